// Shared by the robustness tests: the checks every analysis must pass in
// JavaScript, and a raw instance of the module whose heap is visible.
'use strict';
const assert = require('assert');

// Replaces lone surrogates by U+FFFD, as TextEncoder does on the way in.
function wellFormed(s) {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// Every number anywhere in the object is finite (JSON.parse turns 1e999
// into Infinity; NaN cannot even be written in JSON).
function assertFiniteNumbers(value, where = 'analysis') {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${where} is ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => assertFiniteNumbers(v, `${where}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) assertFiniteNumbers(value[k], `${where}.${k}`);
  }
}

// The contract, as a page would rely on it: length in UTF-16 units,
// text.slice(start, end) === item.text for every entity and figure (a lone
// surrogate of the input reads as U+FFFD in item.text), lists sorted by
// start, sentences in range, conversions pointing at figures, finite numbers.
function checkAnalysis(text, a) {
  assert.strictEqual(a.schema, 'textexplorer.analysis/1');
  assert.strictEqual(a.length, text.length, 'length is not in UTF-16 units');
  let end = 0;
  for (const [s, e] of a.sentences) {
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && end <= s && s < e && e <= text.length,
              `sentence [${s}, ${e}) out of order or range`);
    end = e;
  }
  for (const list of ['entities', 'figures']) {
    let previous = 0;
    for (const item of a[list]) {
      assert.ok(0 <= item.start && item.start < item.end && item.end <= text.length,
                `${list} [${item.start}, ${item.end}) out of range`);
      assert.ok(item.start >= previous, `${list} not sorted by start at ${item.start}`);
      previous = item.start;
      const slice = text.slice(item.start, item.end);
      assert.ok(slice === item.text || wellFormed(slice) === item.text,
                `${list} [${item.start}, ${item.end}) slices ${JSON.stringify(slice)}, not ${JSON.stringify(item.text)}`);
    }
  }
  for (const c of a.conversions) {
    assert.ok(Number.isInteger(c.figure) && c.figure >= 0 && c.figure < a.figures.length,
              `conversion of figure ${c.figure} out of range`);
  }
  assertFiniteNumbers(a);
}

// A second instance of the module (TextExplorer.factory() resolves to the
// Emscripten module, whose HEAP8.buffer is the wasm memory) behind the
// public API's own wrapper, so its heap can be watched.
async function loadRaw(TextExplorer) {
  const module = await TextExplorer.factory();
  return { module, heap: () => module.HEAP8.buffer.byteLength, ...TextExplorer.wrap(module) };
}

module.exports = { assertFiniteNumbers, checkAnalysis, loadRaw, wellFormed };
