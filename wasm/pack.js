// node pack.js text-explorer.js
// SINGLE_FILE inlines the wasm as base64, and gzip does poorly on base64 of
// uncompressed bytes (the data segment is mostly text lexicons and ICU
// tables). Gzipping the wasm before it is inlined makes the whole file
// about a fifth smaller on the wire; instantiate.js inflates it with the
// platform's DecompressionStream. Idempotent: already packed bytes are kept.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const file = process.argv[2];
const js = fs.readFileSync(file, 'latin1');
const prefix = 'data:application/octet-stream;base64,';
// The runtime also names the prefix on its own; the wasm is the long one.
let dataStart = -1, end = -1;
for (let at = js.indexOf(prefix); at >= 0; at = js.indexOf(prefix, at + 1)) {
  let stop = at + prefix.length;
  while (/[A-Za-z0-9+/=]/.test(js[stop])) stop++;
  if (stop - at > end - dataStart) { dataStart = at + prefix.length; end = stop; }
}
if (end - dataStart < 8) throw new Error(`${file}: no inlined wasm (is it a SINGLE_FILE build?)`);
const wasm = Buffer.from(js.slice(dataStart, end), 'base64');
if (wasm[0] === 0x1f && wasm[1] === 0x8b) process.exit(0);
if (wasm.readUInt32BE(0) !== 0x0061736d) throw new Error(`${file}: the inlined bytes are not wasm`);
const packed = zlib.gzipSync(wasm, { level: 9 }).toString('base64');
fs.writeFileSync(file, js.slice(0, dataStart) + packed + js.slice(end), 'latin1');
