// The benchmark's measuring half (tests/bench/run.sh builds, then runs this):
//   node tests/bench/bench.js [--runs 5] [--sizes 1,4,16] [--dist DIR]
//                             [--native BIN] [--wasm-bench TX_BENCH_JS]
//                             [--no-browser] [--no-adversarial]
// Builds the corpora (data/articles/*.txt repeated to 1, 4 and 16 MB) in
// build/bench/, measures end-to-end analysis natively (tx_bench, with ICU's
// segmentation as the floor; and each step of analyze() natively and in
// wasm), in Node (the wasm module through its public API) and in headless
// Chromium (main thread and a Blob worker), native and the module in
// alternation (in Node and on Chromium's main thread), the page's cold
// load from file:// and the bytes of dist/, then writes
// build/bench/results.md and results.json and prints the table.
// MB means 2^20 bytes of UTF-8 input everywhere; rates are medians of --runs.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'build/bench');
const MB = 1 << 20;
// Every timed series (native and wasm) follows untimed whole runs of its
// corpus until WARM_UP_MB of text have been analysed (at least one run;
// tx_bench does the same natively). V8 first compiles wasm with a baseline
// compiler and moves hot functions to its optimising tier only after they
// have run for a while, compiling on background threads whose CPU time would
// otherwise land in the timed runs: at 1 MB the first eight runs measured
// 10-25% slower than the later ones, at 4 and 16 MB only the first did.
// WARM_UP, a sentence, loads the module's lexicons before that.
const WARM_UP = 'Le 23 janvier 2025, Anthropic a annoncé 50 milliards de dollars (43,3 milliards d’euros).';
const WARM_UP_MB = 16;
const warmUpRuns = (mb) => Math.max(1, Math.ceil(WARM_UP_MB / mb));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

// --- corpora -------------------------------------------------------------------
// One block = every bundled article (sorted by name) followed by a blank
// line; a corpus is the block repeated until it reaches the size, whole
// copies only (so no character is cut). The page rebuilds the same text
// from the block, so every engine analyses identical input.
function articleBlock() {
  const dir = path.join(root, 'data/articles');
  return fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
    .map((n) => fs.readFileSync(path.join(dir, n), 'utf8').trim() + '\n\n').join('');
}
function makeCorpora(sizes) {
  const block = articleBlock();
  const blockBytes = Buffer.byteLength(block);
  fs.mkdirSync(out, { recursive: true });
  return sizes.map((mb) => {
    const repeats = Math.ceil((mb * MB) / blockBytes);
    const file = path.join(out, `corpus-${mb}MB.txt`);
    const text = block.repeat(repeats);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    return { mb, file, repeats, bytes: Buffer.byteLength(text) };
  });
}

// --- Node (wasm): one process per corpus, so peak RSS belongs to it ------------
async function nodeChild(corpus, runs, modulePath) {
  const TextExplorer = require(modulePath);
  const tx = await TextExplorer.load();
  const text = fs.readFileSync(corpus, 'utf8');
  const mb = Buffer.byteLength(text) / MB;
  for (let r = warmUpRuns(mb); r > 0; r--) tx.analyze(text);  // untimed (see WARM_UP)
  const speeds = [], cpuSpeeds = [];
  let figures = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
    figures = tx.analyze(text).figures.length;
    const c = process.cpuUsage(c0);
    speeds.push(mb / (Number(process.hrtime.bigint() - t0) / 1e9));
    cpuSpeeds.push(mb / ((c.user + c.system) / 1e6));
  }
  const maxrssKb = process.resourceUsage().maxRSS;
  // The module alone, as native is measured: UTF-8 bytes in, JSON bytes out
  // (copied into and left in wasm memory; no decoding or JSON.parse). A raw
  // instance (the factory's Emscripten module) also shows how far its heap
  // grew, which the public instance hides.
  const raw = await TextExplorer.factory();
  const heapBefore = raw.HEAP8.buffer.byteLength;
  const bytes = new TextEncoder().encode(text);
  const moduleCpuSpeeds = [], moduleSpeeds = [];
  for (let r = -warmUpRuns(mb); r < runs; r++) {  // r < 0: untimed (see WARM_UP)
    const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
    raw.inputBuffer(bytes.length).set(bytes);
    raw.analyze('auto', 'EUR', '', '');
    const c = process.cpuUsage(c0);
    if (r < 0) continue;
    moduleCpuSpeeds.push(mb / ((c.user + c.system) / 1e6));
    moduleSpeeds.push(mb / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  const heapAfter = raw.HEAP8.buffer.byteLength;
  process.stdout.write(JSON.stringify({ mbps: median(speeds), runs_mbps: speeds, cpu_mbps: median(cpuSpeeds),
                                        cpu_runs_mbps: cpuSpeeds, module_cpu_mbps: median(moduleCpuSpeeds),
                                        module_cpu_runs_mbps: moduleCpuSpeeds, module_mbps: median(moduleSpeeds),
                                        module_runs_mbps: moduleSpeeds, figures,
                                        maxrss_kb: maxrssKb, heap_initial: heapBefore,
                                        heap_after: heapAfter }) + '\n');
}

// --- native and the module in alternation -------------------------------------
// The phases above run minutes apart, and this host's speed drifts more than
// that within minutes, so a ratio of two medians can be off by a third.
// Here each round times native (a tx_bench process, which warms up itself)
// and then the module, best of `runs` each, by CPU time; the ratio is the
// median of the rounds' ratios. The module warms up in each round as
// tx_bench does, on WARM_UP_MB of text: on this host a process that sat
// idle (here while tx_bench ran) runs slower for a while, with no page
// faults (1 MB in 40-47 ms instead of 26 ms, for 3 to 6 runs after 2 s
// idle, in Node and in Chromium alike), which alone made some rounds read
// the module at 60% of its speed.
async function interleavedChild(corpus, runs, rounds, modulePath, nativeBin) {
  const bytes = fs.readFileSync(corpus);
  const mb = bytes.length / MB;
  const raw = await require(modulePath).factory();
  const analyze = () => {
    raw.inputBuffer(bytes.length).set(bytes);
    raw.analyze('auto', 'EUR', '', '');
  };
  for (let r = warmUpRuns(mb); r > 0; r--) analyze();
  const result = await alternate(rounds, () => nativeBest(nativeBin, corpus, runs, 'analysis_cpu_runs_mbps'), () => {
    for (let r = warmUpRuns(mb); r > 0; r--) analyze();
    let module = 0;
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage();
      analyze();
      const c = process.cpuUsage(c0);
      module = Math.max(module, mb / ((c.user + c.system) / 1e6));
    }
    return module;
  });
  process.stdout.write(JSON.stringify(result) + '\n');
}

// The best of `runs` native rates (MB/s, the tx_bench field `key`) on a
// corpus, in a tx_bench process of its own (which warms up itself); an
// {error} when it fails.
function nativeBest(nativeBin, file, runs, key) {
  const n = spawnSync(nativeBin, ['analyze', file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (n.status !== 0) return { error: (n.stderr || '').trim() };
  return Math.max(...JSON.parse(n.stdout.trim().split('\n').pop())[key]);
}

// `rounds` rounds of a native rate then a module rate (moduleRate may be
// async); the ratio is the median of the rounds' ratios.
async function alternate(rounds, nativeRate, moduleRate) {
  const ratios = [];
  for (let k = 0; k < rounds; k++) {
    const native = nativeRate();
    if (native.error) return native;
    const module = await moduleRate();
    ratios.push({ native, module, ratio: module / native });
  }
  return { rounds: ratios, ratio: median(ratios.map((x) => x.ratio)) };
}

function runInterleaved(corpora, runs, modulePath, nativeBin) {
  return corpora.map((c) => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--interleaved-child',
                                           c.file, String(runs), '6', modulePath, nativeBin],
                        { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) return { error: (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ') };
    return JSON.parse(r.stdout.trim().split('\n').pop());
  });
}

function runNode(corpora, runs, modulePath) {
  return corpora.map((c) => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--node-child',
                                           c.file, String(runs), modulePath],
                        { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) return { error: (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ') };
    return JSON.parse(r.stdout.trim().split('\n').pop());
  });
}

// --- native ----------------------------------------------------------------------
function runNative(bin, corpora, runs) {
  const run = (args) => {
    const r = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) return { error: (r.stderr || '').trim() || `exit ${r.status}` };
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const ends = corpora.length > 1 ? [corpora[0], corpora[corpora.length - 1]] : corpora;
  return {
    corpora: corpora.map((c) => run(['analyze', c.file, String(runs)])),
    stages: ends.map((c) => ({ mb: c.mb, ...run(['stages', c.file, String(runs)]) })),
    rates: [100000, 1000000].map((n) => run(['rates', String(n), String(runs)])),
    adversarial: process.argv.includes('--no-adversarial') ? [] : runAdversarial(bin, Math.min(runs, 3)),
  };
}

// --- wasm steps: the same tx_bench built with emscripten, in Node -------------
// Wall-clock time (wasm has no CPU clock): which step loses most in wasm.
function runWasmStages(benchJs, corpus, runs) {
  const r = spawnSync(process.execPath, ['--no-experimental-fetch', benchJs, 'stages', corpus.file, String(runs)],
                      { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').pop() || `exit ${r.status}` };
  return { mb: corpus.mb, ...JSON.parse(r.stdout.trim().split('\n').pop()) };
}

// --- adversarial inputs: one pattern repeated, 256 KB vs 1 MB -----------------
// Cost must grow linearly on any input, not just on news text. Each pattern
// is a stress for one extractor; a rate at 1 MB well under the 256 KB rate
// means superlinear work. Runs under a 4 GB address-space limit, so a
// runaway allocation ends as an error instead of taking the machine down.
// The last four are full stops and exclamation marks that end no sentence.
const ADVERSARIAL = ['New York ', 'Paris Londres Berlin Madrid Rome ', '$4bn ', '12,5 % ',
  '50 milliards de dollars (43,3 milliards d’euros) ', 'Le 23 janvier 2025 ', 'M. ', 'A ', '1 ',
  'entre 1 et 2 et ', 'Paris, ', 'Anthropic\n', 'a.b ', 'x.y.z ', '1. ', '1! '];
function runAdversarial(bin, runs) {
  const dir = path.join(out, 'adversarial');
  fs.mkdirSync(dir, { recursive: true });
  return ADVERSARIAL.map((pattern, k) => {
    const row = { pattern, sizes: [] };
    for (const bytes of [256 << 10, 1 << 20]) {
      const unit = Buffer.from(pattern);
      const file = path.join(dir, `pattern${k}-${bytes}.txt`);
      fs.writeFileSync(file, Buffer.concat(Array(Math.floor(bytes / unit.length)).fill(unit)));
      // One untimed run, not WARM_UP_MB: these compare two sizes of one pattern.
      const r = spawnSync('sh', ['-c', 'ulimit -v 4194304; exec "$0" "$@"', bin, 'analyze', file, String(runs), '0'],
                          { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 600000 });
      row.sizes.push(r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop())
                                    : { error: ((r.stderr || '').trim() || `killed (${r.signal || r.status})`).slice(0, 120) });
    }
    return row;
  });
}

// --- headless Chromium -----------------------------------------------------------
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
                       '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// What the page paints an analysis with: sentences (first page), highlights
// (.hl in the <text-explorer> element), or other likely names.
const PAINT_SELECTOR = '.sentence, .hl, .highlight, mark, .figure, .entity, [data-figure], [data-entity]';

// Opens url in a fresh context and waits until the page has painted its
// first analysis: window.__txSeen is when an analysis element reached the
// DOM, window.__txPainted the second animation frame after it (the frame
// that shows it), both from navigation start (performance.timeOrigin).
async function openPainted(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript((selector) => {
    // The page may draw inside open shadow roots (a custom element),
    // which neither document.querySelector nor a MutationObserver on
    // the document sees: poll every 4 ms through them instead.
    const find = (root) => {
      if (root.querySelector(selector)) return true;
      for (const e of root.querySelectorAll('*')) if (e.shadowRoot && find(e.shadowRoot)) return true;
      return false;
    };
    const timer = setInterval(() => {
      if (!document.documentElement || !find(document)) return;
      clearInterval(timer);
      window.__txSeen = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__txPainted = performance.now(); }));
    }, 4);
  }, PAINT_SELECTOR);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__txPainted !== undefined, null, { timeout: 120000 });
  return { context, page };
}

async function runBrowser(distDir, corpora, runs, nativeBin) {
  const { chromium } = require(path.join(root, 'tests/browser/node_modules/playwright-core'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const url = 'file://' + path.join(distDir, 'index.html');
  const result = { cold_load_ms: null, cold_load_dom_ms: null, main: [], worker: [] };
  try {
    // Cold load: a fresh context each time (see openPainted).
    const painted = [], inDom = [];
    for (let r = 0; r < runs; r++) {
      const { context, page } = await openPainted(browser, url);
      const t = await page.evaluate(() => [window.__txSeen, window.__txPainted]);
      inDom.push(t[0]);
      painted.push(t[1]);
      await context.close();
    }
    result.cold_load_ms = median(painted);
    result.cold_load_dom_ms = median(inDom);
    result.cold_load_runs_ms = painted;

    const block = articleBlock();
    // Each series starts once the page has painted its own first analysis,
    // so that work does not overlap the timed runs.
    for (const c of corpora) {
      const { context, page } = await openPainted(browser, url);
      result.main.push(await page.evaluate(mainThread, { block, repeats: c.repeats, runs, warmUp: WARM_UP, warmUpMb: WARM_UP_MB }));
      await context.close();
    }
    for (const c of corpora) {
      const { context, page } = await openPainted(browser, url);
      result.worker.push(await page.evaluate(inWorker, { block, repeats: c.repeats, runs, warmUp: WARM_UP, warmUpMb: WARM_UP_MB }));
      await context.close();
    }
    result.interleaved = [];
    for (const c of corpora) {
      const { context, page } = await openPainted(browser, url);
      result.interleaved.push(await chromiumInterleaved(page, block, c, Math.min(runs, 3), 6, nativeBin));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}

// Native and the page's module on Chromium's main thread in alternation, as
// interleavedChild does in Node, by wall clock both (a page has no CPU
// clock): each round the best of `runs` native runs, then the best of
// `runs` module runs, after the same warm-up as tx_bench's (see
// interleavedChild); the ratio is the median of the rounds' ratios.
async function chromiumInterleaved(page, block, corpus, runs, rounds, nativeBin) {
  await page.evaluate(async ({ block, repeats, warmUpMb }) => {
    const bytes = new TextEncoder().encode(block.repeat(repeats));
    const raw = await TextExplorer.factory();
    const analyze = () => {
      raw.inputBuffer(bytes.length).set(bytes);
      raw.analyze('auto', 'EUR', '', '');
    };
    const mb = bytes.length / (1 << 20);
    const warmUpRuns = Math.max(1, Math.ceil(warmUpMb / mb));
    for (let r = warmUpRuns; r > 0; r--) analyze();
    window.__txAlternation = { analyze, mb, warmUpRuns };
  }, { block, repeats: corpus.repeats, warmUpMb: WARM_UP_MB });
  return alternate(rounds, () => nativeBest(nativeBin, corpus.file, runs, 'analysis_runs_mbps'), () =>
    page.evaluate((runs) => {
      const { analyze, mb, warmUpRuns } = window.__txAlternation;
      for (let r = warmUpRuns; r > 0; r--) analyze();
      let best = 0;
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        analyze();
        best = Math.max(best, mb / ((performance.now() - t0) / 1000));
      }
      return best;
    }, runs));
}

// Runs in the page: the page's own module, public API, main thread.
// Then the module alone, as in Node: UTF-8 bytes in, JSON bytes out.
async function mainThread({ block, repeats, runs, warmUp, warmUpMb }) {
  const text = block.repeat(repeats);
  const bytes = new TextEncoder().encode(text);
  const mb = bytes.length / (1 << 20);
  const raw = await TextExplorer.factory();
  const tx = TextExplorer.wrap(raw);
  const series = (analyze) => {
    for (let r = Math.max(1, Math.ceil(warmUpMb / mb)); r > 0; r--) analyze();
    const speeds = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      analyze();
      speeds.push(mb / ((performance.now() - t0) / 1000));
    }
    return speeds;
  };
  tx.analyze(warmUp);
  const speeds = series(() => tx.analyze(text));
  const moduleSpeeds = series(() => {
    raw.inputBuffer(bytes.length).set(bytes);
    raw.analyze('auto', 'EUR', '', '');
  });
  const median = (v) => [...v].sort((a, b) => a - b)[(v.length - 1) >> 1];
  return { mbps: median(speeds), runs_mbps: speeds, module_mbps: median(moduleSpeeds), module_runs_mbps: moduleSpeeds };
}

// Runs in the page: a Blob worker built from the page's factory's source
// and the public API's wrap() (works from file://), as the page's own
// worker is (web/ui/runner.js): a string in, objects out.
async function inWorker({ block, repeats, runs, warmUp, warmUpMb }) {
  const body = `
    var module = null;
    var ready = factory().then(function (m) { module = m; return wrap(m); });
    onmessage = function (event) {
      ready.then(function (tx) {
        try {
          var text = event.data.text, bytes = new TextEncoder().encode(text), mb = bytes.length / (1 << 20);
          var series = function (analyze) {
            for (var w = Math.max(1, Math.ceil(event.data.warmUpMb / mb)); w > 0; w--) analyze();
            var speeds = [];
            for (var r = 0; r < event.data.runs; r++) {
              var t0 = performance.now();
              analyze();
              speeds.push(mb / ((performance.now() - t0) / 1000));
            }
            return speeds;
          };
          tx.analyze(event.data.warmUp);
          var speeds = series(function () { tx.analyze(text); });
          var moduleSpeeds = series(function () {
            module.inputBuffer(bytes.length).set(bytes);
            module.analyze('auto', 'EUR', '', '');
          });
          postMessage({ runs_mbps: speeds, module_runs_mbps: moduleSpeeds, heap: module.HEAP8.buffer.byteLength });
        } catch (e) { postMessage({ error: String(e && e.message || e) }); }
      });
    };`;
  const source = 'var _scriptDir;\nvar factory = (' + TextExplorer.factory.toString() + ');\n' +
                 'var wrap = (' + TextExplorer.wrap.toString() + ');\n' + body;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const reply = await new Promise((resolve) => {
    worker.onmessage = (e) => resolve(e.data);
    worker.onerror = (e) => resolve({ error: e.message || 'worker failed' });
    worker.postMessage({ text: block.repeat(repeats), runs, warmUp, warmUpMb });
  });
  worker.terminate();
  URL.revokeObjectURL(url);
  if (reply.error) return reply;
  const median = (v) => [...v].sort((a, b) => a - b)[(v.length - 1) >> 1];
  return { mbps: median(reply.runs_mbps), runs_mbps: reply.runs_mbps, module_mbps: median(reply.module_runs_mbps),
           module_runs_mbps: reply.module_runs_mbps, heap: reply.heap };
}

// --- bytes of dist/ ----------------------------------------------------------------
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
function embeddedData(sub) {
  // What core/embed_data.cmake embeds: every file but .md .py .sh and backups.
  const files = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/(\.md|\.py|\.sh|~)$/.test(e.name)) files.push(p);
    }
  };
  walk(path.join(root, 'data', sub));
  return Buffer.concat(files.map((f) => fs.readFileSync(f)));
}
function distSizes(distDir) {
  const files = fs.readdirSync(distDir).filter((n) => fs.statSync(path.join(distDir, n)).isFile()).sort();
  const perFile = files.map((n) => {
    const b = fs.readFileSync(path.join(distDir, n));
    return { file: n, raw: b.length, gzip: gz(b) };
  });
  const icuDir = execFileSync(path.join(root, 'wasm/icu/build-icu.sh'), ['--print-dir'], { encoding: 'utf8' }).trim();
  const icuDat = path.join(icuDir, 'icudt72l.dat');
  // The module is one script with the wasm inlined as a base64 data URI
  // (SINGLE_FILE), gzipped first when wasm/pack.js did so. Each embedded
  // part costs there what it costs alone, encoded the same way: the shares
  // are estimates, "code" is what is left (wasm code, JS glue, page UI).
  const parts = {};
  const moduleFile = perFile.find((f) => f.file === 'text-explorer.js');
  let inlined = { gzipped: false };
  if (moduleFile) {
    const source = fs.readFileSync(path.join(distDir, 'text-explorer.js'), 'latin1');
    const uris = source.match(/data:application\/octet-stream;base64,[A-Za-z0-9+/=]+/g) || [];
    const uri = uris.sort((a, b) => b.length - a.length)[0];
    if (uri) {
      const bytes = Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64');
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      inlined = { gzipped, inlined_bytes: uri.length, wasm_bytes: gzipped ? zlib.gunzipSync(bytes).length : bytes.length };
    }
  }
  const share = (buf) => {
    const encoded = Buffer.from((inlined.gzipped ? zlib.gzipSync(buf, { level: 9 }) : buf).toString('base64'));
    return { raw: encoded.length, gzip: gz(encoded), source_bytes: buf.length };
  };
  parts.icu_data = fs.existsSync(icuDat) ? share(fs.readFileSync(icuDat)) : { raw: 0, gzip: 0, source_bytes: 0 };
  parts.lexicons = share(embeddedData('lexicons'));
  parts.rates = share(embeddedData('rates'));
  if (moduleFile) {
    parts.code = { raw: moduleFile.raw - parts.icu_data.raw - parts.lexicons.raw - parts.rates.raw,
                   gzip: moduleFile.gzip - parts.icu_data.gzip - parts.lexicons.gzip - parts.rates.gzip };
  }
  const sum = (list, k) => list.reduce((a, f) => a + f[k], 0);
  const articles = perFile.filter((f) => f.file === 'articles.js');
  const page = perFile.filter((f) => f.file !== 'text-explorer.js' && f.file !== 'articles.js');
  parts.articles = { raw: sum(articles, 'raw'), gzip: sum(articles, 'gzip') };
  parts.page_files = { raw: sum(page, 'raw'), gzip: sum(page, 'gzip'), files: page.map((f) => f.file) };
  return { dir: distDir, files: perFile, parts, inlined_wasm: inlined, total: { raw: sum(perFile, 'raw'), gzip: sum(perFile, 'gzip') } };
}

// --- report ------------------------------------------------------------------------
const f1 = (x) => (typeof x === 'number' && isFinite(x) ? x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2) : '—');
const kb = (n) => (typeof n === 'number' ? `${(n / 1024).toFixed(0)} KiB` : '—');
const mib = (n) => (typeof n === 'number' ? `${(n / MB).toFixed(1)} MiB` : '—');
const pct = (x) => (typeof x === 'number' && isFinite(x) ? `${(x * 100).toFixed(0)}%` : '—');

// Rates: CPU time of the measuring process where it can be read (native,
// Node), wall-clock time in Chromium. CPU time keeps the numbers meaningful
// on a machine shared with other work; wall-clock rates are in results.json.
function rows(r) {
  return r.corpora.map((c, i) => ({
    c, n: r.native.corpora[i] || {}, nd: r.node[i] || {},
    bm: (r.browser && r.browser.main[i]) || {}, bw: (r.browser && r.browser.worker[i]) || {},
  }));
}
const both = (cpu, wall) => `${f1(cpu)} (${f1(wall)})`;

function report(r) {
  const L = [];
  const R = rows(r);
  L.push(`# TextExplorer benchmark`, '');
  L.push(`${r.date} · ${r.machine} · load average ${r.load.start.map((x) => x.toFixed(1)).join(' ')} at start, ` +
         `${r.load.end.map((x) => x.toFixed(1)).join(' ')} at end · ${r.runs} runs per figure (median), after untimed runs of ${WARM_UP_MB} MB of text (at least one) · MB = 2^20 bytes of UTF-8`, '');
  L.push(`Corpus: data/articles/*.txt repeated (whole copies) to each size. End-to-end = UTF-8 text in, analysis out ` +
         `(native: analyze() + to_json(), JSON bytes out; module, in Node and in Chromium: the same work in wasm, UTF-8 ` +
         `bytes copied in, JSON bytes out; API, in Node and in Chromium: the public analyze(), a JS string in, objects ` +
         `out, so TextEncoder, TextDecoder and JSON.parse included). Floor = ICU sentence + word segmentation of the ` +
         `same text (with its UTF-8 decoding), natively.`, '');
  L.push('## Throughput (MB/s)', '');
  L.push('Native and Node: by CPU time of the process (wall-clock in parentheses). Chromium: wall-clock, so its ' +
         'ratios are to native wall-clock.', '');
  L.push('| corpus | ICU floor | native | native / floor | Node module | module / native | Node API | API / native | ' +
         'Chromium module, main | Chromium module, worker | worker module / native | Chromium API, main | Chromium API, worker | figures | entities |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { c, n, nd, bm, bw } of R) {
    L.push(`| ${c.mb} MB (${(c.bytes / MB).toFixed(2)}) | ${both(n.floor_cpu_mbps, n.floor_mbps)} | ` +
           `${both(n.analysis_cpu_mbps, n.analysis_mbps)} | ${pct(n.analysis_cpu_mbps / n.floor_cpu_mbps)} | ` +
           `${both(nd.module_cpu_mbps, nd.module_mbps)} | ${pct(nd.module_cpu_mbps / n.analysis_cpu_mbps)} | ` +
           `${both(nd.cpu_mbps, nd.mbps)} | ${pct(nd.cpu_mbps / n.analysis_cpu_mbps)} | ` +
           `${f1(bm.module_mbps)} | ${f1(bw.module_mbps)} | ${pct(bw.module_mbps / n.analysis_mbps)} | ` +
           `${f1(bm.mbps)} | ${f1(bw.mbps)} | ${n.figures ?? '—'} | ${n.entities ?? '—'} |`);
    for (const x of [n, nd, bm, bw]) if (x.error) L.push(`| | error: ${x.error} | | | | | | | | | | | | | |`);
  }
  const a = R[0], b = R[R.length - 1];
  const rate = (get) => pct(get(b) / get(a));
  L.push(`| rate at ${b.c.mb} MB / at ${a.c.mb} MB | ${rate((x) => x.n.floor_cpu_mbps)} | ` +
         `${rate((x) => x.n.analysis_cpu_mbps)} | | ${rate((x) => x.nd.module_cpu_mbps)} | | ` +
         `${rate((x) => x.nd.cpu_mbps)} | | ${rate((x) => x.bm.module_mbps)} | ${rate((x) => x.bw.module_mbps)} | | ` +
         `${rate((x) => x.bm.mbps)} | ${rate((x) => x.bw.mbps)} | | |`);
  L.push('');
  if (r.interleaved) {
    L.push('Native and the Node module in alternation (6 rounds, each the best of 3 native runs in a tx_bench process, ' +
           `then the best of 3 module runs, each side after untimed runs of ${WARM_UP_MB} MB; CPU time), module / native:`, '');
    r.corpora.forEach((c, i) => {
      const x = r.interleaved[i] || {};
      L.push(x.rounds ? `- ${c.mb} MB: median **${pct(x.ratio)}**; rounds ` +
                        x.rounds.map((y) => `${f1(y.module)}/${f1(y.native)}`).join(', ') + ' MB/s'
                      : `- ${c.mb} MB: error: ${x.error}`);
    });
    L.push('');
  }
  const chromiumAlternation = r.browser && r.browser.interleaved;
  if (chromiumAlternation) {
    L.push('Native and the Chromium module on the main thread in alternation (6 rounds, each the best of 3 native runs ' +
           `in a tx_bench process, then the best of 3 module runs in the page, each side after untimed runs of ${WARM_UP_MB} MB; ` +
           'wall-clock both), module / native:', '');
    r.corpora.forEach((c, i) => {
      const x = chromiumAlternation[i] || {};
      L.push(x.rounds ? `- ${c.mb} MB: median **${pct(x.ratio)}**; rounds ` +
                        x.rounds.map((y) => `${f1(y.module)}/${f1(y.native)}`).join(', ') + ' MB/s'
                      : `- ${c.mb} MB: error: ${x.error}`);
    });
    L.push('');
  }
  const st = (r.native.stages || []).filter((x) => x.steps);
  if (st.length) {
    L.push('## Where time goes (per step of analyze(), MB/s)', '');
    L.push('Native: CPU time. wasm: the same steps in Node, wall-clock time.', '');
    const last = st[st.length - 1];
    const w = r.wasm_stages && r.wasm_stages.steps && r.wasm_stages.mb === last.mb ? r.wasm_stages : null;
    const wasmHead = w ? ` wasm at ${w.mb} MB | wasm / native |` : '';
    L.push(`| step | ${st.map((x) => `native ${x.mb} MB`).join(' | ')} | share at ${last.mb} MB |${wasmHead}`);
    L.push(`|---|${st.map(() => '---:').join('|')}|---:|${w ? '---:|---:|' : ''}`);
    last.steps.forEach((step, i) => {
      const wasmCells = w ? ` ${f1(w.steps[i].mbps)} | ${pct(w.steps[i].mbps / step.mbps)} |` : '';
      L.push(`| ${step.step} | ${st.map((x) => f1(x.steps[i].mbps)).join(' | ')} | ` +
             `${pct(step.seconds / last.sum_of_steps_seconds)} |${wasmCells}`);
    });
    L.push('');
  }
  L.push('## Peak memory', '');
  L.push('| corpus | native peak RSS | Node peak RSS | wasm heap after (Node) | wasm heap after (Chromium worker) |');
  L.push('|---|---:|---:|---:|---:|');
  for (const { c, n, nd, bw } of R) {
    L.push(`| ${c.mb} MB | ${mib(n.maxrss_kb * 1024)} | ${mib(nd.maxrss_kb * 1024)} | ${mib(nd.heap_after)} | ${mib(bw.heap)} |`);
  }
  L.push('');
  if (r.native.rates.length) {
    L.push('## Rates file parsing (native RateTable::parse of an ECB-history CSV, one row per day)', '');
    L.push('| lines | MB | MB/s (CPU) | outcome |', '|---:|---:|---:|---|');
    for (const x of r.native.rates) {
      L.push(`| ${x.lines ?? '—'} | ${f1(x.bytes / MB)} | ${f1(x.parse_cpu_mbps)} | ${x.outcome ?? x.error} |`);
    }
    L.push('');
  }
  if (r.native.adversarial && r.native.adversarial.length) {
    L.push('## Linearity on adversarial inputs (native, one pattern repeated; MB/s by CPU time)', '');
    L.push('| pattern | 256 KB | 1 MB | 1 MB rate / 256 KB rate | peak RSS at 1 MB |', '|---|---:|---:|---:|---:|');
    for (const x of r.native.adversarial) {
      const [a, b] = x.sizes;
      const cell = (y) => (y.error ? `error: ${y.error}` : f1(y.analysis_cpu_mbps));
      const ratio = a.error || b.error ? '—' : pct(b.analysis_cpu_mbps / a.analysis_cpu_mbps);
      const flag = !a.error && !b.error && b.analysis_cpu_mbps / a.analysis_cpu_mbps < 0.6 ? ' **superlinear**' : '';
      L.push(`| \`${JSON.stringify(x.pattern)}\` | ${cell(a)} | ${cell(b)} | ${ratio}${flag} | ${b.error ? '—' : mib(b.maxrss_kb * 1024)} |`);
    }
    L.push('');
  }
  L.push('## Page', '');
  if (r.browser) {
    L.push(`Cold load of dist/index.html from file:// to the first painted analysis element (\`${PAINT_SELECTOR}\`): ` +
           `**${f1(r.browser.cold_load_ms)} ms** (in the DOM at ${f1(r.browser.cold_load_dom_ms)} ms), median of ${r.runs} fresh contexts.`, '');
  } else {
    L.push(`Chromium not measured: ${r.browser_error || 'skipped'}`, '');
  }
  const s = r.sizes, p = s.parts;
  L.push('| part of dist/ | raw | gzip -9 |', '|---|---:|---:|');
  const partRow = (name, x) => L.push(`| ${name} | ${kb(x && x.raw)} | ${kb(x && x.gzip)} |`);
  const how = s.inlined_wasm.gzipped ? 'gzipped, then base64' : 'base64';
  partRow(`code: wasm code, JS glue, page UI (text-explorer.js minus the parts below; wasm ${kb(s.inlined_wasm.wasm_bytes)} inflated)`, p.code);
  partRow(`ICU data (icudt72l.dat, ${kb(p.icu_data.source_bytes)}, in the wasm: ${how})`, p.icu_data);
  partRow(`lexicons (data/lexicons, ${kb(p.lexicons.source_bytes)}, in the wasm)`, p.lexicons);
  partRow(`rates (data/rates, ${kb(p.rates.source_bytes)}, in the wasm)`, p.rates);
  partRow('bundled articles (articles.js)', p.articles);
  partRow(`page files (${p.page_files.files.join(', ')})`, p.page_files);
  partRow('**total dist/** (each file gzipped alone)', s.total);
  L.push('', 'Shares of text-explorer.js are estimates: each part alone, encoded as the module inlines the wasm.', '');
  L.push('## Targets', '');
  L.push('| target | measured | met |', '|---|---|---|');
  for (const t of r.targets) L.push(`| ${t.name} | ${t.measured} | ${t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'} |`);
  L.push('');
  return L.join('\n');
}

function targets(r) {
  const R = rows(r);
  const ok = (x) => typeof x === 'number' && isFinite(x);
  const every = (xs) => (xs.every(ok) ? xs : null);
  const t = [];
  const ratioTarget = (name, xs, min) => {
    const v = every(xs);
    t.push({ name, measured: v ? v.map(pct).join(' / ') : '—', met: v ? v.every((x) => x >= min) : null });
  };
  const sizes = r.corpora.map((c) => `${c.mb}`).join('/') + ' MB';
  ratioTarget(`native analysis >= 1/2 of the ICU segmentation floor (CPU time; ${sizes})`,
              R.map((x) => x.n.analysis_cpu_mbps / x.n.floor_cpu_mbps), 0.5);
  ratioTarget(`wasm in Node >= 2/3 of native: the module, same work as native, in alternation (CPU time; ${sizes})`,
              (r.interleaved || [{}]).map((x) => x.ratio), 2 / 3);
  ratioTarget(`wasm in Node >= 2/3 of native: the module, same work as native, medians of the phases (CPU time; ${sizes})`,
              R.map((x) => x.nd.module_cpu_mbps / x.n.analysis_cpu_mbps), 2 / 3);
  ratioTarget(`wasm in Node >= 2/3 of native: the JS API, objects out (CPU time; ${sizes})`,
              R.map((x) => x.nd.cpu_mbps / x.n.analysis_cpu_mbps), 2 / 3);
  ratioTarget(`wasm in Chromium >= 2/3 of native: the module on the main thread, in alternation (wall-clock both; ${sizes})`,
              ((r.browser && r.browser.interleaved) || [{}]).map((x) => x.ratio), 2 / 3);
  ratioTarget(`wasm in Chromium >= 2/3 of native: the module in a worker (wall-clock both; ${sizes})`,
              R.map((x) => x.bw.module_mbps / x.n.analysis_mbps), 2 / 3);
  ratioTarget(`wasm in Chromium >= 2/3 of native: the module on the main thread (wall-clock both; ${sizes})`,
              R.map((x) => x.bm.module_mbps / x.n.analysis_mbps), 2 / 3);
  ratioTarget(`wasm in Chromium >= 2/3 of native: the JS API on the main thread (wall-clock both; ${sizes})`,
              R.map((x) => x.bm.mbps / x.n.analysis_mbps), 2 / 3);
  const a = R[0], b = R[R.length - 1];
  for (const [name, get] of [['native (CPU)', (x) => x.n.analysis_cpu_mbps],
                             ['Node module (CPU)', (x) => x.nd.module_cpu_mbps], ['Node API (CPU)', (x) => x.nd.cpu_mbps],
                             ['Chromium module, worker (wall)', (x) => x.bw.module_mbps],
                             ['Chromium API, main (wall)', (x) => x.bm.mbps], ['Chromium API, worker (wall)', (x) => x.bw.mbps]]) {
    ratioTarget(`${name}: ${b.c.mb} MB rate within 20% of the ${a.c.mb} MB rate`, [get(b) / get(a)], 0.8);
  }
  t.push({ name: 'dist/ <= 1.5 MB gzipped (1.5 × 2^20 bytes, each file gzipped alone)', measured: kb(r.sizes.total.gzip),
           met: r.sizes.total.gzip <= 1.5 * MB });
  return t;
}

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 12).join('\n').replace(/^\/\/ ?/gm, '') + '\n');
    return;
  }
  if (process.argv[2] === '--node-child') return nodeChild(process.argv[3], Number(process.argv[4]), process.argv[5]);
  if (process.argv[2] === '--interleaved-child') {
    const [corpus, runs, rounds, modulePath, nativeBin] = process.argv.slice(3);
    return interleavedChild(corpus, Number(runs), Number(rounds), modulePath, nativeBin);
  }
  const runs = Number(arg('--runs', '5'));
  const sizes = arg('--sizes', '1,4,16').split(',').map(Number);
  const distDir = path.resolve(arg('--dist', path.join(out, 'dist')));
  const nativeBin = path.resolve(arg('--native', path.join(root, 'build/bench-native/tests/bench/tx_bench')));
  const wasmBench = path.resolve(arg('--wasm-bench', path.join(root, 'build/bench-wasm/tests/bench/tx_bench.js')));
  const modulePath = path.join(distDir, 'text-explorer.js');
  const say = (m) => process.stderr.write(`\x1b[1m==> ${m}\x1b[0m\n`);

  const corpora = makeCorpora(sizes);
  const r = { date: new Date().toISOString(), runs, load: { start: os.loadavg() },
              machine: `${os.cpus().length} × ${os.cpus()[0].model.trim()}, node ${process.version}`,
              corpora, dist: distDir };
  say('native (tx_bench)');
  r.native = runNative(nativeBin, corpora, runs);
  say('Node (wasm module)');
  r.node = runNode(corpora, runs, modulePath);
  say('native and the wasm module in alternation');
  r.interleaved = runInterleaved(corpora, Math.min(runs, 3), modulePath, nativeBin);
  if (fs.existsSync(wasmBench)) {
    say('Node (wasm tx_bench: steps)');
    r.wasm_stages = runWasmStages(wasmBench, corpora[corpora.length - 1], runs);
  }
  if (!process.argv.includes('--no-browser')) {
    say('headless Chromium (cold load, main thread, worker, alternation with native)');
    try {
      r.browser = await runBrowser(distDir, corpora, runs, nativeBin);
    } catch (e) {
      r.browser = null;
      r.browser_error = e.message;
      process.stderr.write(`browser: ${e.message}\n`);
    }
  }
  r.sizes = distSizes(distDir);
  r.load.end = os.loadavg();
  r.targets = targets(r);
  const md = report(r);
  fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify(r, null, 2) + '\n');
  fs.writeFileSync(path.join(out, 'results.md'), md + '\n');
  process.stdout.write(md + '\n');
  process.stderr.write(`wrote ${path.relative(root, path.join(out, 'results.md'))} and results.json\n`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack || e}\n`);
  process.exit(1);
});
