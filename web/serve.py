#!/usr/bin/env python3
"""Serves dist/ on localhost with the right content types and the page's
Content-Security-Policy as a header; no logic. --port 0 picks a free port
(the first line printed names it)."""
import argparse
import functools
import http.server
import os
import sys

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src blob:"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
        ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
        ".md": "text/markdown; charset=utf-8", ".csv": "text/csv; charset=utf-8",
    }

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # quiet unless asked
        if self.server.verbose:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.dir)
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    except OSError as e:
        sys.exit(f"serve.sh: cannot listen on port {args.port}: {e.strerror}. "
                 f"Is another server running? Try PORT={args.port + 1} ./serve.sh")
    server.verbose = args.verbose
    port = server.server_address[1]
    index = os.path.join(os.path.abspath(args.dir), "index.html")
    print(f"TextExplorer is served at http://localhost:{port}/", flush=True)
    print(f"or open it from disk: file://{index}", flush=True)
    print("(Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
