// Robustness tests of the wasm module in Node: bad and extreme input through
// the public JavaScript API, and the heap over many calls.
//   node tests/robustness/run.js [name-filter]   (after ./serve.sh --build-only)
// Loads dist/text-explorer.js (or $TX_MODULE); runs every tests/robustness/
// *.test.js, each exporting a list of [name, async (context) => ...].
// Last line: "robustness: N passed, N failed"; exit code 1 on any failure.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');
const modulePath = path.resolve(process.env.TX_MODULE || path.join(root, 'dist/text-explorer.js'));
const filter = process.argv[2] || '';

(async () => {
  const TextExplorer = require(modulePath);
  const tx = await TextExplorer.load();
  const context = { TextExplorer, tx, root };
  const files = fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort();
  let passed = 0, failed = 0;
  for (const file of files) {
    for (const [name, test] of require(path.join(__dirname, file))) {
      if (!name.includes(filter)) continue;
      try {
        await test(context);
        console.log(`ok: ${name}`);
        passed++;
      } catch (e) {
        console.log(`FAIL: ${name}: ${String(e && e.message || e).split('\n').slice(0, 8).join('\n')}`);
        failed++;
      }
    }
  }
  console.log(`robustness: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.log(`FAIL: loading ${modulePath}: ${e && e.stack || e}`);
  console.log('robustness: 0 passed, 1 failed');
  process.exit(1);
});
