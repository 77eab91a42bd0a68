// The contract's promise: the native CLI and the wasm module return the same
// object for the same input and options. Runs every bundled article (and a
// few edge texts) through both and compares them with sorted keys; also
// checks that every span's offsets slice its own text in JavaScript.
//   node tests/parity/parity.js   (after ./serve.sh --build-only)
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'build/native/textexplorer');
const TextExplorer = require(path.join(root, 'dist/text-explorer.js'));

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
  }
  return value;
}

function native(text, args) {
  const file = path.join(os.tmpdir(), `parity-${process.pid}.txt`);
  fs.writeFileSync(file, text);
  try {
    return JSON.parse(execFileSync(cli, ['analyze', file, ...args], { maxBuffer: 1 << 28 }));
  } finally {
    fs.unlinkSync(file);
  }
}

const articles = fs.readdirSync(path.join(root, 'data/articles'))
  .filter((n) => n.endsWith('.txt'))
  .map((n) => ({ name: n, text: fs.readFileSync(path.join(root, 'data/articles', n), 'utf8') }));
const cases = [
  ...articles.map((a) => ({ ...a, options: {} })),
  ...articles.map((a) => ({ ...a, name: a.name + ' --to USD --date 2020-03-16', options: { to: 'USD', date: '2020-03-16' } })),
  { name: 'empty', text: '', options: {} },
  { name: 'english', text: 'Shell said on March 3, 2024 it would invest $4bn (€3.7bn) in Rotterdam, about 12% more.', options: { lang: 'en' } },
  { name: 'emoji and RTL', text: '😀 Le 23 janvier 2025, مرحبا 50 milliards de dollars 👍🏽.', options: {} },
];

(async () => {
  const tx = await TextExplorer.load();
  let passed = 0, failed = 0;
  for (const c of cases) {
    const args = [];
    if (c.options.lang) args.push('--lang', c.options.lang);
    if (c.options.to) args.push('--to', c.options.to);
    if (c.options.date) args.push('--date', c.options.date);
    try {
      const fromWasm = tx.analyze(c.text, c.options);
      const fromCli = native(c.text, args);
      assert.deepStrictEqual(sorted(fromWasm), sorted(fromCli), 'CLI and wasm differ');
      assert.strictEqual(fromWasm.length, c.text.length, 'length is not in UTF-16 units');
      for (const item of [...fromWasm.entities, ...fromWasm.figures]) {
        assert.strictEqual(c.text.slice(item.start, item.end), item.text,
                           `offsets [${item.start}, ${item.end}) do not slice "${item.text}"`);
      }
      console.log(`ok: ${c.name}`);
      passed++;
    } catch (e) {
      console.log(`FAIL: ${c.name}: ${e.message.split('\n').slice(0, 12).join('\n')}`);
      failed++;
    }
  }
  console.log(`parity: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
