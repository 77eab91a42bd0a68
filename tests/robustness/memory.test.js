// The wasm heap over many calls: a leak per call would show as growth.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { checkAnalysis, loadRaw } = require('./helpers');

const root = path.resolve(__dirname, '../..');
const articles = fs.readdirSync(path.join(root, 'data/articles')).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => fs.readFileSync(path.join(root, 'data/articles', n), 'utf8'));

module.exports = [
  ['10,000 analyze calls keep the heap flat: it grows < 1 MB from call 1,000 to call 10,000', async ({ TextExplorer }) => {
    const raw = await loadRaw(TextExplorer);
    // Articles, option mixes (conversions to USD, a fixed date, English)
    // and, every 100th call, an error (exceptions must not leak either).
    const options = [{}, { to: 'USD' }, { date: '2020-03-16' }, { lang: 'en', locale: 'en-GB' }];
    let atThousand = 0;
    for (let i = 1; i <= 10000; i++) {
      const text = articles[i % articles.length];
      if (i % 100 === 0) {
        assert.throws(() => raw.analyze(text, { lang: 'de' }), /unknown language/);
      } else {
        let a;
        try {
          a = raw.analyze(text, options[i % options.length]);
        } catch (e) {
          // A currency the table does not know yet: refused, still no leak.
          if (!/unknown currency/.test(e.message)) throw e;
        }
        if (a && i % 1000 === 1) checkAnalysis(text, a);
      }
      if (i === 1000) atThousand = raw.heap();
    }
    const growth = raw.heap() - atThousand;
    assert.ok(growth < 1 << 20, `heap grew by ${growth} bytes (${atThousand} -> ${raw.heap()})`);
  }],
];
