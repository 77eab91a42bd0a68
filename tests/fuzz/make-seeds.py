#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (not committed; rebuilt by smoke.sh):

  make-seeds.py OUT_DIR      -> OUT_DIR/analyze/  and  OUT_DIR/rates/

analyze seeds: the bundled articles (data/articles), the shared sample
articles, and every string literal of the unit tests' example tables
(tests/core/*_test.cc), each behind the 4 option bytes fuzz_analyze.cc
reads (language, currency, date, repair flag).
rates seeds: the head of the ECB history CSV, a daily CSV and a daily XML
in the ECB's layouts, and the literals of the rates tests.
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
LITERAL = re.compile(r'(?<![A-Za-z0-9_])(?:u8|u|U|L)?"((?:[^"\\\n]|\\.)*)"')
SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'",
                  "a": "\a", "b": "\b", "f": "\f", "v": "\v", "?": "?"}


def c_unescape(body):
    """C string literal body -> bytes (\\x takes at most two hex digits)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\" or i + 1 == len(body):
            out += c.encode("utf-8")
            i += 1
            continue
        e = body[i + 1]
        if e == "x":
            m = re.match(r"[0-9A-Fa-f]{1,2}", body[i + 2:])
            out.append(int(m.group(0), 16) if m else 0)
            i += 2 + (len(m.group(0)) if m else 0)
        elif e in "uU":
            n = 4 if e == "u" else 8
            try:
                out += chr(int(body[i + 2:i + 2 + n], 16)).encode("utf-8", "surrogatepass")
            except ValueError:
                pass
            i += 2 + n
        else:
            out += SIMPLE_ESCAPES.get(e, e).encode("utf-8")
            i += 2
    return bytes(out)


def literals(paths):
    seen = []
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lstrip().startswith(("#include", "//")):
                continue
            for m in LITERAL.finditer(line):
                b = c_unescape(m.group(1))
                if len(b) >= 2 and b not in seen:
                    seen.append(b)
    return seen


def write(folder, seeds):
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for s in seeds:
        (folder / hashlib.sha1(s).hexdigest()[:16]).write_bytes(s)
    return len(seeds)


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build/fuzz/seeds")
    tests = sorted((ROOT / "tests/core").glob("*_test.cc"))
    articles = sorted((ROOT / "data/articles").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))

    # Option bytes: (language, currency, date, flags); see fuzz_analyze.cc.
    analyze = []
    for i, a in enumerate(articles):
        text = a.read_bytes()
        analyze.append(bytes([0, 0, 0, 1]) + text)
        analyze.append(bytes([1, 1 + i % 5, 1 + i % 7, 1]) + text)
    for i, lit in enumerate(literals(tests)):
        analyze.append(bytes([i % 3, i % 6, i % 8, 1]) + lit)
    analyze.append(bytes([0, 0, 0, 0]) + b"ab\xe9t\xe9 50 milliards de dollars")

    rates = []
    hist = SHARED / "data/ecb-eurofxref-hist.csv"
    if hist.exists():
        lines = hist.read_bytes().splitlines(keepends=True)
        rates.append(b"".join(lines[:40]))
        rates.append(b"".join(lines[:3]))
        rates.append(lines[0] + b"".join(lines[-5:]))
    rates.append(b"Date, USD, JPY, GBP, CHF, \n09 May 2025, 1.1252, 163.36, 0.8477, 0.9353, \n")
    rates.append(
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
        b'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">\n'
        b"\t<gesmes:subject>Reference rates</gesmes:subject>\n"
        b"\t<Cube>\n\t\t<Cube time='2025-05-09'>\n"
        b"\t\t\t<Cube currency='USD' rate='1.1252'/>\n\t\t\t<Cube currency='JPY' rate='163.36'/>\n"
        b"\t\t</Cube>\n\t\t<Cube time='2025-05-08'>\n\t\t\t<Cube currency='USD' rate='1.1297'/>\n"
        b"\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>\n")
    rate_tests = [t for t in tests if re.search(r"rate|ecb|conver", t.name)]
    rates += [lit for lit in literals(rate_tests) if b"," in lit or b"<" in lit]

    n_analyze = write(out / "analyze", analyze)
    n_rates = write(out / "rates", rates)
    print(f"seeds: {n_analyze} for analyze, {n_rates} for rates in {out}")


if __name__ == "__main__":
    main()
