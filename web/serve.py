#!/usr/bin/env python3
"""Serves dist/ on localhost with the right content types; no logic."""
import argparse
import functools
import http.server
import os
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    http.server.SimpleHTTPRequestHandler.extensions_map.update({
        ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
        ".html": "text/html", ".txt": "text/plain; charset=utf-8"})
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=args.dir)
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    except OSError as e:
        sys.exit(f"serve.sh: cannot listen on port {args.port}: {e.strerror}. "
                 f"Is another server running? Try PORT={args.port + 1} ./serve.sh")
    index = os.path.join(os.path.abspath(args.dir), "index.html")
    print(f"TextExplorer is served at http://localhost:{args.port}/", flush=True)
    print(f"or open it from disk: file://{index}", flush=True)
    print("(Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
