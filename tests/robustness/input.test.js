// Bad and extreme input through the public API (TextExplorer.load()).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { assertFiniteNumbers, checkAnalysis, loadRaw } = require('./helpers');

const root = path.resolve(__dirname, '../..');
const articles = fs.readdirSync(path.join(root, 'data/articles')).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => fs.readFileSync(path.join(root, 'data/articles', n), 'utf8'));
const block = articles.map((a) => a.trim() + '\n\n').join('');
const SAMPLE = 'Le 23 janvier 2025, Anthropic a annoncé 50 milliards de dollars (43,3 milliards d’euros).';

function checkAll(tx, texts, options) {
  for (const text of texts) {
    let a;
    try {
      a = tx.analyze(text, options);
    } catch (e) {
      throw new Error(`analyze(${JSON.stringify(text.slice(0, 40))}…) threw: ${e.message}`);
    }
    try {
      checkAnalysis(text, a);
    } catch (e) {
      throw new Error(`${JSON.stringify(text.slice(0, 40))}…: ${e.message}`);
    }
  }
}

// Currencies of {EUR, USD, JPY} the module knows (an unknown one throws).
function knownCurrencies(tx) {
  return ['EUR', 'USD', 'JPY'].filter((to) => {
    try {
      tx.analyze('', { to });
      return true;
    } catch (e) {
      return false;
    }
  });
}

module.exports = [
  ['a text that is not a string throws a TypeError; the module keeps working', async ({ tx }) => {
    for (const bad of [123, null, {}, ['a'], undefined]) {
      assert.throws(() => tx.analyze(bad), TypeError, `analyze(${String(bad)})`);
    }
    checkAll(tx, [SAMPLE]);
  }],

  ['bad options throw an Error naming the problem; the module keeps working', async ({ tx }) => {
    const cases = [[{ lang: 'de' }, /unknown language 'de'/], [{ to: 'XYZ' }, /unknown currency 'XYZ'/],
                   [{ date: '2025-02-30' }, /bad date '2025-02-30'/], [{ date: '23/01/2025' }, /bad date/]];
    for (const [options, message] of cases) {
      assert.throws(() => tx.analyze(SAMPLE, options), message, JSON.stringify(options));
      checkAll(tx, [SAMPLE]);
    }
  }],

  ['a lone surrogate still gives offsets that slice correctly', async ({ tx }) => {
    checkAll(tx, [
      'Le 23 janvier 2025 \uD800 Anthropic a annoncé 50 milliards de dollars.',
      '\uDC00' + articles[0],
      'Anthropic\uD83D a levé 50 milliards de dollars\uDE00 le 7 avril.',
      '50\uD800 milliards de dollars, 12,5\uDFFF %',
      '\uD800'.repeat(1000) + SAMPLE + '\uDC00'.repeat(1000),
      SAMPLE + '\uD83D',
      '\uD800',
    ]);
  }],

  ['NUL characters are text like any other', async ({ tx }) => {
    checkAll(tx, ['\0', '\0'.repeat(1000), 'Le 23 janvier\0 2025, Anthropic a levé 50\0milliards de dollars.',
                  '\0\x0012,5 %\x007,4 gigawatts\0']);
  }],

  ['empty and whitespace-only texts give an empty analysis', async ({ tx }) => {
    for (const text of ['', ' ', '\n\n\n', '\t \r\n ', '\u00A0\u202F\u2009', '\u3000 \u2003\n', '\r\r\r']) {
      for (const lang of ['auto', 'fr', 'en']) {
        const a = tx.analyze(text, { lang });
        checkAnalysis(text, a);
        assert.deepStrictEqual([a.sentences, a.entities, a.figures, a.conversions], [[], [], [], []],
                               `${JSON.stringify(text)} (${lang})`);
      }
    }
  }],

  ['emoji, right-to-left text and combining marks: text.slice(start, end) === item.text', async ({ tx }) => {
    checkAll(tx, [
      '😀 Le 23 janvier 2025, Anthropic 👍🏽 a levé 50 milliards de dollars 🇫🇷.',
      '👨‍👩‍👧‍👦50 milliards de dollars👨‍👩‍👧‍👦 le 7 avril 2025 🏳️‍🌈',
      '💶50 milliards€💶 et 12,5 %💯',
      'مرحبا 50 milliards de dollars שלום le 23 janvier 2025 بالدولار',
      '\u200Fשלום\u200E Anthropic \u202E12,5 %\u202C €50bn',
      'Ame\u0301lie Mauresmo a gagne\u0301 3,5 millions d’euros a\u0300 Paris.',
      '𝟓𝟎 milliards de dollars, ５０ milliards, ٥٠ مليار دولار',
      '\uFEFFLe 23 janvier 2025, 12 %.',
      '\u{10000}\u{10FFFF} 12 % \u{1F600}',
      // The articles with an emoji after each sentence (every later offset
      // moves by 2 UTF-16 units and 4 UTF-8 bytes) and in decomposed form.
      ...articles.map((a) => a.replace(/([.!?]) /g, '$1 😀 ')),
      ...articles.map((a) => a.normalize('NFD')),
      ...articles.map((a) => a.replace(/ /g, '\u202F')),
    ]);
  }],

  ['absurd amounts: every number in the result is finite', async ({ tx }) => {
    const texts = [
      '999999999999999999999 milliards de dollars',
      '999 999 999 999 999 999 999 milliards d’euros',
      '99999999999999999999999999999999999999 billions de dollars',
      '1e308 milliards de dollars',
      '$999,999,999,999,999,999,999 trillion',
      '€9.9e307bn and ¥1e400',
      '0,000000000000000000000000000000000000000000000001 % de hausse',
      '-999999999999999999999 %',
      '999999999999999999999 milliards de milliards de dollars',
      '1' + '0'.repeat(400) + ' milliards de dollars',
      '999999999999999999999 gigawatts et 999999999999999999999 km',
      'plus de 999999999999999999999 milliards de yens (1 dollar)',
    ];
    for (const to of knownCurrencies(tx)) {
      checkAll(tx, texts, { to, date: '2025-05-09' });
      checkAll(tx, texts, { to, lang: 'en' });
    }
  }],

  ['a single 1 MB token', async ({ tx }) => {
    const n = 1 << 20;
    checkAll(tx, ['a'.repeat(n), 'A'.repeat(n), 'Anthropic'.repeat(n / 9 | 0), 'a1'.repeat(n / 2),
                  'https://example.com/' + 'x'.repeat(n), '-'.repeat(n), '.'.repeat(n),
                  '’'.repeat(n / 3 | 0), '😀'.repeat(n / 4)]);
  }],

  ['100,000 digits in a row', async ({ tx }) => {
    const digits = '9'.repeat(100000);
    const texts = ['1'.repeat(100000), digits + ' milliards de dollars', `Le chiffre atteint ${digits} €.`,
                   '0,' + digits + ' %', '1' + '\u202F000'.repeat(33333) + ' euros', '1' + '.000'.repeat(33333) + ' dollars',
                   '1' + ',000'.repeat(33333) + ' dollars', digits + 'e308', '$' + digits + 'bn', '1 '.repeat(50000)];
    checkAll(tx, texts);
    checkAll(tx, texts, { lang: 'en' });
  }],

  ['a text over the size limit is refused with an Error; the module keeps working', async ({ tx }) => {
    assert.throws(() => tx.analyze('a'.repeat(64 * 1024 * 1024 + 1)), /text too large/);
    checkAll(tx, [SAMPLE]);
  }],

  ['a rates file of a million lines: loadRates completes (loads or names the line), analysis goes on', async ({ tx }) => {
    const rows = [];
    const day = new Date(Date.UTC(2025, 4, 9));
    for (let i = 0; i < 1000000; i++) {
      rows.push(`${day.toISOString().slice(0, 10)},1.1252,163.36,0.8477,0.9353,`);
      day.setUTCDate(day.getUTCDate() - 1);
    }
    const files = ['Date,USD,JPY,GBP,CHF,\n' + rows.join('\n') + '\n',
                   'Date,USD,\n' + '2025-05-09,N/A,\n'.repeat(1000000), '\n'.repeat(1000000)];
    for (const contents of files) {
      try {
        const info = tx.loadRates(contents);
        assert.ok(Array.isArray(info.currencies), 'loadRates returned no currencies');
      } catch (e) {
        assert.match(e.message, /line/, 'the error does not name the line');
      }
      checkAll(tx, [SAMPLE]);
      tx.resetRates();
    }
    checkAll(tx, [SAMPLE]);
  }],

  ['repeated 4 MB texts: the heap stops growing after the second call', async ({ TextExplorer }) => {
    // The first call grows the heap to its working size; the second may
    // grow it once more (the previous result is still held while the next
    // call runs); from then on calls of that size reuse the same memory.
    const raw = await loadRaw(TextExplorer);
    const text = block.repeat(Math.ceil((4 << 20) / Buffer.byteLength(block)));
    const heaps = [];
    for (let i = 0; i < 5; i++) {
      checkAnalysis(text, raw.analyze(text));
      heaps.push(raw.heap());
    }
    assert.ok(heaps[4] - heaps[1] < 1 << 20, `heap after calls 1..5: ${heaps.join(', ')} bytes`);
  }],

  ['a 20 MB text completes; the wasm heap after it is at most 32 bytes per input byte', async ({ TextExplorer }) => {
    const raw = await loadRaw(TextExplorer);
    const text = block.repeat(Math.ceil((20 << 20) / Buffer.byteLength(block)));
    const bytes = Buffer.byteLength(text);
    checkAnalysis(text, raw.analyze(text));
    assert.ok(raw.heap() <= 32 * bytes, `heap ${raw.heap()} bytes after a ${bytes}-byte text`);
  }],

  ['no memory for an input: inputBuffer gives null, the module keeps working', async ({ TextExplorer }) => {
    // More than the wasm heap can ever hold (its default ceiling is 2 GiB):
    // the wrapper turns the null into "out of memory" (text-explorer-api.js).
    const raw = await loadRaw(TextExplorer);
    assert.strictEqual(raw.module.inputBuffer(2 ** 31 + 16), null);
    checkAnalysis(SAMPLE, raw.analyze(SAMPLE));
  }],
];
