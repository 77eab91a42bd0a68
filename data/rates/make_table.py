#!/usr/bin/env python3
"""Builds data/rates/ecb-rates.bin, the compact ECB rate table embedded in
TextExplorer, from the ECB history CSV (eurofxref-hist.csv layout).

    python3 data/rates/make_table.py [SOURCE.csv] [OUT.bin]

SOURCE defaults to ../shared/data/ecb-eurofxref-hist.csv beside the repo,
OUT to ecb-rates.bin beside this script. The output is decoded again and
compared with the CSV cell by cell before it is written; the format is in
README.md and its C++ decoder in core/compact_rates.cc (keep both in step).
"""
import gzip
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_SOURCE = os.path.join(REPO, '..', 'shared', 'data', 'ecb-eurofxref-hist.csv')
DEFAULT_OUT = os.path.join(HERE, 'ecb-rates.bin')

VERSION = 1
TOP = 1 << 24
MASK32 = 0xFFFFFFFF
# Adaptive frequency models: +INCREMENT per symbol seen, halved above LIMIT
# (so Range / total >= 2^11 and the models follow changes of volatility).
INCREMENT = 32
LIMIT = 1 << 13
DIRECT = 16          # zigzag residuals below this are one symbol each
MAX_BITS = 32        # residual buckets by bit length 5..32
RESIDUAL_SYMBOLS = DIRECT + (MAX_BITS - 4)
GAP_SYMBOLS = 33     # day gaps 1..32, then an escape
MAX_MANTISSA = 1 << 30
NO_REFERENCE = 255


def days_from_civil(y, m, d):
    """Days since 1970-01-01 (H. Hinnant's algorithm; the C++ side is identical)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return '%04d-%02d-%02d' % (y + (m <= 2), m, d)


class Model:
    def __init__(self, n):
        self.freq = [1] * n
        self.total = n

    def cum(self, s):
        return sum(self.freq[:s])

    def update(self, s):
        self.freq[s] += INCREMENT
        self.total += INCREMENT
        if self.total > LIMIT:
            self.freq = [(f + 1) >> 1 for f in self.freq]
            self.total = sum(self.freq)


class Encoder:
    """Range coder with carry (the LZMA / 7-Zip PPMd layout)."""

    def __init__(self):
        self.low, self.range, self.cache, self.cache_size = 0, MASK32, 0, 1
        self.out = bytearray()

    def _shift_low(self):
        if (self.low & MASK32) < 0xFF000000 or (self.low >> 32) != 0:
            carry = self.low >> 32
            temp = self.cache
            while True:
                self.out.append((temp + carry) & 0xFF)
                temp = 0xFF
                self.cache_size -= 1
                if self.cache_size == 0:
                    break
            self.cache = (self.low >> 24) & 0xFF
        self.cache_size += 1
        self.low = (self.low << 8) & MASK32

    def encode(self, cum, freq, total):
        r = self.range // total
        self.low += r * cum
        self.range = r * freq
        while self.range < TOP:
            self.range = (self.range << 8) & MASK32
            self._shift_low()

    def symbol(self, model, s):
        self.encode(model.cum(s), model.freq[s], model.total)
        model.update(s)

    def bits(self, value, n):
        assert 0 <= value < (1 << n), (value, n)
        while n > 0:
            k = min(n, 16)
            n -= k
            self.encode((value >> n) & ((1 << k) - 1), 1, 1 << k)

    def finish(self):
        for _ in range(5):
            self._shift_low()
        return bytes(self.out)


class Decoder:
    def __init__(self, data):
        self.data, self.pos = data, 0
        self.range, self.code = MASK32, 0
        for _ in range(5):
            self.code = ((self.code << 8) | self._byte()) & MASK32

    def _byte(self):
        b = self.data[self.pos] if self.pos < len(self.data) else 0
        self.pos += 1
        return b

    def _decode(self, total, find):
        self.range //= total
        v = min(self.code // self.range, total - 1)
        cum, freq, s = find(v)
        self.code -= cum * self.range
        self.range *= freq
        while self.range < TOP:
            self.code = ((self.code << 8) | self._byte()) & MASK32
            self.range = (self.range << 8) & MASK32
        return s

    def symbol(self, model):
        def find(v):
            cum = 0
            for s, f in enumerate(model.freq):
                if v < cum + f:
                    return cum, f, s
                cum += f
            raise ValueError('corrupt stream')
        s = self._decode(model.total, find)
        model.update(s)
        return s

    def bits(self, n):
        value = 0
        while n > 0:
            k = min(n, 16)
            n -= k
            value = (value << k) | self._decode(1 << k, lambda v: (v, 1, v))
        return value


def zigzag(e):
    return 2 * e if e >= 0 else -2 * e - 1


def unzigzag(m):
    return m >> 1 if m % 2 == 0 else -((m + 1) >> 1)


def predict(prev, ref_now, ref_prev):
    """prev * ref_now / ref_prev rounded half up: the currency moves like its reference."""
    if ref_now is None or ref_prev is None:
        return prev
    return (2 * prev * ref_now + ref_prev) // (2 * ref_prev)


class ResidualCoder:
    """Residuals of one currency: small ones as symbols, large ones as a bit
    length, the two bits below the leading one (modelled), then raw bits."""

    def __init__(self):
        self.main = Model(RESIDUAL_SYMBOLS)
        self.high = {}

    def _high(self, b):
        return self.high.setdefault(b, Model(4))

    def encode(self, enc, e):
        m = zigzag(e)
        if m < DIRECT:
            enc.symbol(self.main, m)
            return
        b = m.bit_length()
        assert b <= MAX_BITS, e
        enc.symbol(self.main, DIRECT + b - 5)
        enc.symbol(self._high(b), (m >> (b - 3)) & 3)
        enc.bits(m & ((1 << (b - 3)) - 1), b - 3)

    def decode(self, dec):
        s = dec.symbol(self.main)
        if s < DIRECT:
            return unzigzag(s)
        b = s - DIRECT + 5
        high = dec.symbol(self._high(b))
        m = (1 << (b - 1)) | (high << (b - 3)) | dec.bits(b - 3)
        return unzigzag(m)


# ---------------------------------------------------------------- the CSV

def read_history_csv(path):
    """(dates ascending as day numbers, {code: [mantissa or None]}, {code: scale}, order)."""
    with open(path, encoding='utf-8-sig') as f:
        lines = f.read().split('\n')
    header = [c.strip() for c in lines[0].rstrip('\r').split(',')]
    if header[0] != 'Date':
        sys.exit('%s: line 1 does not start with Date' % path)
    if header[-1] == '':
        header.pop()
    codes = header[1:]
    for c in codes:
        if not re.fullmatch('[A-Z]{3}', c):
            sys.exit('%s: bad currency %r' % (path, c))
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        line = line.rstrip('\r')
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split(',')]
        if len(cells) == len(codes) + 2 and cells[-1] == '':
            cells.pop()
        if len(cells) != len(codes) + 1:
            sys.exit('%s: line %d has %d cells' % (path, n, len(cells)))
        y, m, d = (int(x) for x in cells[0].split('-'))
        day = days_from_civil(y, m, d)
        if civil_from_days(day) != cells[0]:
            sys.exit('%s: line %d: bad date %r' % (path, n, cells[0]))
        rows.append((day, cells[1:], n))
    rows.sort()
    for a, b in zip(rows, rows[1:]):
        if a[0] == b[0]:
            sys.exit('%s: date %s twice' % (path, civil_from_days(a[0])))
    days = [r[0] for r in rows]
    text = {c: [r[1][i] for r in rows] for i, c in enumerate(codes)}
    scales, mantissas = {}, {}
    for c in codes:
        decimals = []
        for v in text[c]:
            if v == 'N/A':
                continue
            if not re.fullmatch(r'[0-9]+(\.[0-9]+)?', v):
                sys.exit('%s: %s: %r is not a rate' % (path, c, v))
            decimals.append(len(v.split('.')[1]) if '.' in v else 0)
        scale = max(decimals) if decimals else 0
        scales[c] = scale
        col = []
        for v in text[c]:
            if v == 'N/A':
                col.append(None)
                continue
            whole, _, frac = v.partition('.')
            m = int(whole + frac + '0' * (scale - len(frac)))
            if not 0 < m < MAX_MANTISSA:
                sys.exit('%s: %s: %r is out of range' % (path, c, v))
            col.append(m)
        mantissas[c] = col
    return days, mantissas, scales, codes


def runs_of(col):
    runs, start = [], None
    for i, v in enumerate(col + [None]):
        if v is not None and start is None:
            start = i
        elif v is None and start is not None:
            runs.append((start, i - start))
            start = None
    return runs


def residuals(col, ref):
    out = []
    for i, x in enumerate(col):
        if x is None or i == 0 or col[i - 1] is None:
            continue
        p = predict(col[i - 1], ref[i] if ref else None, ref[i - 1] if ref else None)
        out.append(x - p)
    return out


def cost(res):
    """Bits the residual coder would spend (ideal code lengths, same models)."""
    import math
    main, high, bits = Model(RESIDUAL_SYMBOLS), {}, 0.0
    for e in res:
        m = zigzag(e)
        s = m if m < DIRECT else DIRECT + m.bit_length() - 5
        bits -= math.log2(main.freq[s] / main.total)
        main.update(s)
        if m >= DIRECT:
            b = m.bit_length()
            h = high.setdefault(b, Model(4))
            t = (m >> (b - 3)) & 3
            bits -= math.log2(h.freq[t] / h.total) - (b - 3)
            h.update(t)
    return bits


def choose_references(mantissas, codes):
    """For each currency, the earlier currency whose daily moves predict it
    best (a USD peg such as HKD), or none."""
    refs = {}
    for i, c in enumerate(codes):
        best, best_cost = None, cost(residuals(mantissas[c], None))
        for r in codes[:i]:
            overlap = sum(1 for a, b in zip(mantissas[c], mantissas[r]) if a is not None and b is not None)
            if overlap < 0.5 * sum(1 for a in mantissas[c] if a is not None):
                continue
            k = cost(residuals(mantissas[c], mantissas[r]))
            if k < 0.98 * best_cost:
                best, best_cost = r, k
        refs[c] = best
    return refs


# ------------------------------------------------------------- the format

def encode(days, mantissas, scales, codes, refs):
    enc = Encoder()
    enc.bits(VERSION, 16)
    enc.bits(len(days), 24)
    enc.bits(days[0] + (1 << 23), 24)
    gaps = Model(GAP_SYMBOLS)
    for a, b in zip(days, days[1:]):
        g = b - a
        assert g >= 1
        if g <= GAP_SYMBOLS - 1:
            enc.symbol(gaps, g - 1)
        else:
            enc.symbol(gaps, GAP_SYMBOLS - 1)
            enc.bits(g, 24)
    enc.bits(len(codes), 8)
    for c in codes:
        for ch in c:
            enc.bits(ord(ch) - ord('A'), 5)
        enc.bits(scales[c], 5)
        ref = refs[c]
        enc.bits(codes.index(ref) if ref else NO_REFERENCE, 8)
        col = mantissas[c]
        runs = runs_of(col)
        enc.bits(len(runs), 16)
        coder = ResidualCoder()
        refcol = mantissas[ref] if ref else None
        for start, length in runs:
            enc.bits(start, 24)
            enc.bits(length, 24)
            enc.bits(col[start], 30)
            for i in range(start + 1, start + length):
                p = predict(col[i - 1], refcol[i] if refcol else None, refcol[i - 1] if refcol else None)
                coder.encode(enc, col[i] - p)
    return enc.finish()


def decode(blob):
    dec = Decoder(blob)
    assert dec.bits(16) == VERSION
    n = dec.bits(24)
    days = [dec.bits(24) - (1 << 23)]
    gaps = Model(GAP_SYMBOLS)
    for _ in range(n - 1):
        s = dec.symbol(gaps)
        days.append(days[-1] + (s + 1 if s < GAP_SYMBOLS - 1 else dec.bits(24)))
    codes, mantissas, scales = [], {}, {}
    for _ in range(dec.bits(8)):
        c = ''.join(chr(ord('A') + dec.bits(5)) for _ in range(3))
        scales[c] = dec.bits(5)
        ref = dec.bits(8)
        refcol = mantissas[codes[ref]] if ref != NO_REFERENCE else None
        col = [None] * n
        coder = ResidualCoder()
        for _ in range(dec.bits(16)):
            start, length = dec.bits(24), dec.bits(24)
            col[start] = dec.bits(30)
            for i in range(start + 1, start + length):
                p = predict(col[i - 1], refcol[i] if refcol else None, refcol[i - 1] if refcol else None)
                col[i] = p + coder.decode(dec)
        codes.append(c)
        mantissas[c] = col
    return days, mantissas, scales, codes


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    days, mantissas, scales, codes = read_history_csv(source)
    refs = choose_references(mantissas, codes)
    blob = encode(days, mantissas, scales, codes, refs)
    if decode(blob) != (days, mantissas, scales, codes):
        sys.exit('make_table.py: the table does not decode to the CSV')
    with open(source, 'rb') as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    cells = sum(1 for c in codes for v in mantissas[c] if v is not None)
    head = ('generated by data/rates/make_table.py, do not edit\n'
            'TXRATES%d %s %s..%s days=%d currencies=%d rates=%d sha256=%s\n' % (
                VERSION, os.path.basename(source), civil_from_days(days[0]),
                civil_from_days(days[-1]), len(days), len(codes), cells, digest))
    data = head.encode('ascii') + blob
    with open(out, 'wb') as f:
        f.write(data)
    print('%s: %d bytes, %d gzipped (%d days, %d currencies, %d rates; references %s)' % (
        out, len(data), len(gzip.compress(data, 9)), len(days), len(codes), cells,
        ' '.join('%s<-%s' % (c, r) for c, r in refs.items() if r)))


if __name__ == '__main__':
    main()
