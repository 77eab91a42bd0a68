// Browser tests of dist/ in Debian's headless Chromium, driven by
// playwright-core (no browser download: executablePath is Debian's).
//   node tests/browser/run.js            (after ./serve.sh --build-only)
//   TX_DIST=build/web-dist node tests/browser/run.js   (another dist/)
//   node tests/browser/run.js hash csp   (only tests whose name has a word)
// One line per test (ok: / FAIL:), then "browser: N passed, N failed".
// Expected highlights come from the analysis the same dist/text-explorer.js
// gives in Node for the same text and options (the parity suite checks that
// this equals the native CLI), never from hard-coded counts.
// Screenshots go to build/screenshots/ for review.
'use strict';
const assert = require('assert');
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '../..');
const dist = path.resolve(process.env.TX_DIST || path.join(root, 'dist'));
const shots = path.join(root, 'build/screenshots');
const pageUrl = 'file://' + path.join(dist, 'index.html');
const articlesDir = path.join(root, 'data/articles');
const fixtures = path.join(__dirname, 'fixtures');
const fake = require('./fixtures/fake-analysis.js');
const only = process.argv.slice(2);

const TextExplorer = require(path.join(dist, 'text-explorer.js'));
let tx = null;  // the module in Node, loaded before the tests

const bundled = fs.readdirSync(articlesDir).filter((n) => n.endsWith('.txt')).sort().map((name) => {
  const id = name.slice(0, -4);
  const meta = JSON.parse(fs.readFileSync(path.join(articlesDir, id + '.json'), 'utf8'));
  return { id, meta, text: fs.readFileSync(path.join(articlesDir, name), 'utf8') };
});

// The test pages (tests/browser/pages, fixtures) beside a link to dist/, in
// a temporary folder, so that they load dist/text-explorer.js as a host
// page would.
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'tx-browser-'));
for (const name of fs.readdirSync(path.join(__dirname, 'pages'))) {
  fs.copyFileSync(path.join(__dirname, 'pages', name), path.join(site, name));
}
fs.symlinkSync(dist, path.join(site, 'dist'));
fs.symlinkSync(fixtures, path.join(site, 'fixtures'));
fs.writeFileSync(path.join(site, 'article.txt'), bundled[0].text);
// The hostile host without our script: the reference for the host's own styles.
fs.writeFileSync(path.join(site, 'hostile-ref.html'),
  fs.readFileSync(path.join(site, 'hostile.html'), 'utf8').replace(/<script src="dist\/text-explorer.js"><\/script>/, ''));
const siteUrl = (name) => 'file://' + path.join(site, name);

async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A page in a fresh context that records page errors, console errors and
// CSP violations (the recorder is injected by the browser, outside any CSP).
async function open(browser, options = {}) {
  const context = await browser.newContext({
    locale: options.locale || 'fr-FR',
    viewport: options.viewport || { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
    });
  });
  page.violations = () => page.evaluate(() => window.__violations);
  page.errors = errors;
  page.done = () => context.close();
  return page;
}

// Waits until the <text-explorer> matching `selector` has shown an analysis
// (data-status=ready), failing with its message on an error.
async function ready(page, selector = 'text-explorer', timeout = 20000) {
  const handle = await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const status = el && el.getAttribute('data-status');
    if (status === 'error') return { error: el.shadowRoot.querySelector('.status').textContent };
    return status === 'ready' && el.analysis ? { ok: true } : false;
  }, selector, { timeout, polling: 50 });
  const result = await handle.jsonValue();
  if (result.error) throw new Error('the element shows an error: ' + result.error);
}

// What an element shows: its analysis, options, text and highlights.
async function shown(page, selector = 'text-explorer') {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const marks = Array.from(el.shadowRoot.querySelectorAll('.hl'));
    const byRef = new Map();
    for (const m of marks) {
      if (!byRef.has(m.dataset.ref)) byRef.set(m.dataset.ref, []);
      byRef.get(m.dataset.ref).push(m);
    }
    const highlights = marks.filter((m) => m.hasAttribute('data-start')).map((m) => ({
      type: m.dataset.type, start: Number(m.dataset.start), end: Number(m.dataset.end),
      text: byRef.get(m.dataset.ref).map((n) => n.textContent).join(''),
    }));
    return { analysis: el.analysis, options: el.options, text: el.text, highlights,
             articleText: el.shadowRoot.querySelector('.text').textContent };
  }, selector);
}

// The page shows exactly the analysis the module gives in Node for the same
// text and options: one highlight per entity and figure, with its type,
// offsets and text.
function checkHighlights(view, label) {
  const expected = tx.analyze(view.text, view.options);
  assert.deepStrictEqual(view.analysis, expected, `${label}: the page's analysis differs from Node's`);
  assert.strictEqual(view.articleText, view.text, `${label}: the article is not shown literally`);
  const want = [...expected.entities.map((e) => `${e.type}:${e.start}:${e.end}`),
                ...expected.figures.map((f) => `${f.kind}:${f.start}:${f.end}`)].sort();
  const got = view.highlights.map((h) => `${h.type}:${h.start}:${h.end}`).sort();
  assert.deepStrictEqual(got, want, `${label}: highlights differ from the analysis`);
  for (const h of view.highlights) {
    assert.strictEqual(h.text, view.text.slice(h.start, h.end), `${label}: highlight ${h.start}-${h.end} text`);
  }
  return expected;
}

function countsByType(analysis) {
  const counts = {};
  for (const e of analysis.entities) counts[e.type] = (counts[e.type] || 0) + 1;
  for (const f of analysis.figures) counts[f.kind] = (counts[f.kind] || 0) + 1;
  return counts;
}

async function noProblems(page, label) {
  assert.deepStrictEqual(await page.violations(), [], `${label}: CSP violations`);
  assert.deepStrictEqual(page.errors, [], `${label}: errors`);
}

async function shot(page, name, fullPage = true) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage });
}

// RFC 4180 parser: quoted fields with commas, doubled quotes and newlines.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    field += c; i++;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// Dispatches a paste (text) or a drop (files) as the browser would.
async function pasteText(page, selector, text) {
  await page.evaluate(([sel, t]) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const target = document.querySelector(sel);
    target.focus();
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [selector, text]);
}
async function dropFiles(page, selector, files) {
  await page.evaluate(([sel, list]) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    const target = document.querySelector(sel);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, [selector, files.map((f) => ({ name: f.name, type: f.type, bytes: Array.from(f.bytes) }))]);
}

async function docCount(page) { return page.evaluate(() => TextExplorerApp.docs.length); }
async function waitDocs(page, n) {
  await page.waitForFunction((k) => TextExplorerApp.docs.length >= k, n, { timeout: 10000 });
}

// Starts web/serve.py on a free loopback port; returns {url, stop}.
function serve(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [path.join(root, 'web/serve.py'), '--port', '0', '--dir', dir],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error('serve.py did not start: ' + out)); }, 10000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${m[1]}/`,
                  stop: () => new Promise((r) => { child.once('exit', r); child.kill(); }) });
      }
    });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
  });
}

const tests = [
  ['ui helpers in Node: CSV, hash, runs, contrast, currency, decoding', async () => {
    const ui = TextExplorer.ui;
    assert.strictEqual(typeof TextExplorer.load, 'function');
    assert.strictEqual(typeof TextExplorer.factory, 'function');
    // CSV quoting round trip (RFC 4180).
    const rows = [['a', 'b,c', 'say "hi"', 'two\nlines', '', 12.5, null]];
    assert.deepStrictEqual(parseCsv(ui.toCsv(rows)), [['a', 'b,c', 'say "hi"', 'two\nlines', '', '12.5', '']]);
    const csv = parseCsv(ui.figuresCsv(fake.analysis));
    assert.strictEqual(csv.length, fake.analysis.figures.length + 1);
    assert.deepStrictEqual(csv.slice(1).map((r) => r[3]), fake.analysis.figures.map((f) => f.text));
    // Hash round trip, junk refused.
    const state = { article: 'a b/é', to: 'USD', date: '2024-01-05', lang: 'en' };
    assert.deepStrictEqual(ui.parseHash(ui.formatHash(state)), state);
    assert.deepStrictEqual(ui.parseHash('#to=usd<script>&date=2024-1-5&lang=xx'), {});
    // Overlapping spans nest; a crossing span is continued.
    const runs = ui.highlightRuns([{ start: 0, end: 10 }, { start: 2, end: 4 }, { start: 8, end: 12 }], 12);
    assert.deepStrictEqual(runs.map((r) => [r.start, r.end, r.open]),
      [[0, 2, [0]], [2, 4, [0, 1]], [4, 8, [0]], [8, 10, [0, 2]], [10, 12, [2]]]);
    // Lines (blocks) are outermost; a highlight across a line break continues.
    assert.deepStrictEqual(ui.highlightRuns([{ start: 0, end: 10 }, { start: 0, end: 5, block: true },
                                             { start: 5, end: 12, block: true }], 12).map((r) => r.open),
      [[1, 0], [2, 0], [2]]);
    assert.deepStrictEqual(ui.highlightRuns([{ start: 5, end: 3 }, { start: -1, end: 2 }, { start: 0, end: 99 }], 4)
      .map((r) => r.open), [[]]);
    // WCAG AA: text on every tint >= 4.5, type colours on white >= 3.
    for (const t of ui.ALL_TYPES) {
      const p = ui.PALETTE[t];
      assert.ok(ui.contrastRatio(ui.INK, p.bg) >= 4.5, `${t}: text on ${p.bg} is ${ui.contrastRatio(ui.INK, p.bg).toFixed(2)}`);
      assert.ok(ui.contrastRatio(p.line, ui.PAGE) >= 3, `${t}: ${p.line} on white is ${ui.contrastRatio(p.line, ui.PAGE).toFixed(2)}`);
    }
    assert.strictEqual(ui.contrastRatio('#000000', '#ffffff').toFixed(0), '21');
    // The reader's currency.
    assert.strictEqual(ui.defaultCurrency(['en-US', 'en'], ['EUR', 'USD']), 'USD');
    assert.strictEqual(ui.defaultCurrency(['fr-CH'], ['EUR', 'USD']), 'EUR');  // CHF unknown to that table
    assert.strictEqual(ui.defaultCurrency(['fr'], ['EUR', 'USD']), 'EUR');
    // Bytes: invalid UTF-8 replaced and counted, real U+FFFD not counted.
    const bad = ui.decodeBytes(new Uint8Array([0x41, 0xff, 0xef, 0xbf, 0xbd, 0xc3]));
    assert.strictEqual(bad.text, 'A\uFFFD\uFFFD\uFFFD');
    assert.strictEqual(bad.replaced, 2);
    assert.strictEqual(ui.decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text, 'a');
    assert.strictEqual(ui.decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).text, 'a');
    assert.strictEqual(ui.utf8Length('é😀a'), 2 + 4 + 1);
    assert.strictEqual(ui.formatIsoDate('2025-01-23', 'fr'), '23 janvier 2025');
    assert.strictEqual(ui.formatIsoDate('--04-07', 'fr'), '7 avril');
    assert.strictEqual(ui.formatIsoDate('2025-01', 'en'), 'January 2025');
  }],

  ['file:// page shows each bundled article with one highlight per entity and figure', async (browser) => {
    const page = await open(browser);
    for (const article of bundled) {
      await page.goto(pageUrl + '#article=' + encodeURIComponent(article.id));
      await page.waitForFunction((t) => document.querySelector('text-explorer').text === t, article.text);
      await ready(page);
      const view = await shown(page);
      const analysis = checkHighlights(view, article.id);
      // The legend counts what the analysis has, type by type.
      const legend = await page.evaluate(() => Object.fromEntries(Array.from(
        document.querySelector('text-explorer').shadowRoot.querySelectorAll('.legend button'))
        .map((b) => [b.dataset.toggle, Number(b.querySelector('.count').textContent)])));
      const counts = countsByType(analysis);
      for (const t of TextExplorer.ui.ALL_TYPES) assert.strictEqual(legend[t], counts[t] || 0, `legend ${t}`);
      // The list shows title, source and date.
      const item = await page.locator('#articles button[aria-current="true"]').textContent();
      assert.ok(item.includes(article.meta.title) && item.includes(article.meta.source), item);
      console.log(`   ${article.id}: ${analysis.entities.length} entities, ${analysis.figures.length} figures, ` +
                  `${analysis.conversions.length} conversions, ${(analysis.checks || []).length} checks`);
    }
    await shot(page, 'page-desktop');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.waitForTimeout(200);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `at 360 px the page is ${width} px wide`);
    await shot(page, 'page-360-top', false);
    await shot(page, 'page-360');
    await noProblems(page, 'file page');
    await page.done();
  }],

  ['cold load from file:// to the first painted analysis', async (browser) => {
    const page = await open(browser);
    const start = Date.now();
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-first-analysis'), null, { timeout: 20000 });
    const sincePageStart = await page.evaluate(() => Number(document.documentElement.getAttribute('data-first-analysis')));
    console.log(`   first analysis painted ${sincePageStart} ms after navigation start (${Date.now() - start} ms wall)`);
    // How fast is the benchmark's business (tests/bench); here: it painted.
    assert.ok(Number.isFinite(sincePageStart) && sincePageStart > 0, `bad mark ${sincePageStart}`);
    await noProblems(page, 'cold load');
    await page.done();
  }],

  ['served page (web/serve.py): same highlights, CSP header, only same-origin requests', async (browser) => {
    const server = await serve(site);
    try {
      const page = await open(browser);
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      const article = bundled[bundled.length - 1];
      const response = await page.goto(server.url + 'dist/index.html#article=' + article.id);
      assert.ok(/worker-src blob:/.test(response.headers()['content-security-policy'] || ''), 'no CSP header');
      await page.waitForFunction((t) => document.querySelector('text-explorer').text === t, article.text);
      await ready(page);
      checkHighlights(await shown(page), 'served');
      // A text by URL (src attribute), and an HTML one reduced to its text.
      await page.goto(server.url + 'embed-src.html');
      await ready(page, '#by-txt');
      await ready(page, '#by-html');
      const byTxt = await shown(page, '#by-txt');
      assert.strictEqual(byTxt.text, bundled[0].text.replace(/\s+$/, ''));
      checkHighlights(byTxt, 'src=article.txt');
      const byHtml = await shown(page, '#by-html');
      checkHighlights(byHtml, 'src=hostile-article.html');
      assert.ok(byHtml.text.includes('Anthropic investira 50 milliards'), byHtml.text);
      assert.ok(!/__pwned/.test(byHtml.text), 'script text kept');
      assert.strictEqual(await page.evaluate(() => window.__pwned), undefined);
      const origin = new URL(server.url).origin;
      const foreign = requests.filter((u) => !u.startsWith(origin) && !/^(blob|data):/.test(u));
      assert.deepStrictEqual(foreign, []);
      await noProblems(page, 'served');
      await page.done();
    } finally {
      await server.stop();
    }
  }],

  ['offline: every request intercepted, none leaves the page', async (browser) => {
    const page = await open(browser);
    const leaked = [], seen = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|blob|data):/.test(url)) return route.continue();
      leaked.push(url);
      return route.abort();
    });
    page.on('request', (r) => seen.push(r.url()));
    await page.goto(pageUrl);
    await ready(page);
    await pasteText(page, '#drop', 'Paris, le 3 mars 2024 : 12 % de hausse.');
    await ready(page);
    await page.click('#export-json');
    await page.waitForTimeout(200);
    assert.deepStrictEqual(leaked, []);
    assert.deepStrictEqual(seen.filter((u) => !/^(file|blob|data):/.test(u)), []);
    await noProblems(page, 'offline');
    await page.done();
  }],

  ['CSP page: embedded element and Blob worker with no violation', async (browser) => {
    const page = await open(browser);
    await page.goto(siteUrl('csp.html'));
    await ready(page);
    checkHighlights(await shown(page), 'csp');
    // A large text goes to the Blob worker, which the CSP allows.
    const text = (bundled[0].text + '\n\n').repeat(Math.ceil(150000 / bundled[0].text.length));
    await page.evaluate((t) => document.querySelector('text-explorer').setDocument({ text: t, title: 'grand' }), text);
    await ready(page, 'text-explorer', 30000);
    assert.strictEqual(await page.evaluate(() => TextExplorer.ui.runner.workerState), 'ready');
    checkHighlights(await shown(page), 'csp worker');
    await noProblems(page, 'csp');
    await page.done();
  }],

  ['CSP that refuses workers: analysis falls back to the main thread and says so', async (browser) => {
    const page = await open(browser);
    await page.goto(siteUrl('csp-noworker.html'));
    await ready(page);
    await page.evaluate(() => {
      TextExplorer.ui.runner.mode = 'worker';
      document.querySelector('text-explorer').setDocument({ text: 'Le 3 mars 2024, 50 milliards de dollars.', title: 'x' });
    });
    await ready(page);
    checkHighlights(await shown(page), 'no-worker');
    const state = await page.evaluate(() => TextExplorer.ui.runner.workerState);
    assert.ok(state === 'refused' || state === 'failed', state);
    const note = await page.evaluate(() => document.querySelector('text-explorer').shadowRoot.querySelector('.note').textContent);
    assert.ok(/fil principal/.test(note), note);
    const violations = await page.violations();
    assert.ok(violations.every((v) => /^worker-src|^script-src/.test(v)), violations.join('; '));
    assert.deepStrictEqual(page.errors.filter((e) => !/Content Security Policy|worker/i.test(e)), []);
    await page.done();
  }],

  ['hostile host: own global Module and aggressive CSS; element renders, host untouched', async (browser) => {
    const page = await open(browser);
    const hostStyle = () => page.evaluate(() => Object.fromEntries(
      ['host-title', 'host-para', 'host-mark', 'host-button', 'sheets'].map((cls) => {
        if (cls === 'sheets') return [cls, document.styleSheets.length + '/' + document.adoptedStyleSheets.length];
        const cs = getComputedStyle(document.querySelector('.' + cls));
        return [cls, ['display', 'color', 'font-size', 'font-family', 'background-color', 'letter-spacing',
                      'text-transform', 'line-height', 'margin-top', 'padding-left', 'border-top-width']
          .map((p) => cs.getPropertyValue(p)).join('|')];
      })));
    await page.goto(siteUrl('hostile-ref.html'));
    const reference = await hostStyle();
    await page.goto(siteUrl('hostile.html'));
    await ready(page);
    checkHighlights(await shown(page), 'hostile host');
    assert.deepStrictEqual(await hostStyle(), reference, 'the element changed the host page');
    const look = await page.evaluate(() => {
      const el = document.querySelector('text-explorer');
      const box = el.getBoundingClientRect();
      const hl = el.shadowRoot.querySelector('.hl[data-start]');
      const text = el.shadowRoot.querySelector('.text');
      return { height: box.height, width: box.width, display: getComputedStyle(el).display,
               hl: hl && getComputedStyle(hl).backgroundColor, hlVisible: hl && hl.getBoundingClientRect().height > 0,
               font: getComputedStyle(text).fontSize, transform: getComputedStyle(text).textTransform,
               spacing: getComputedStyle(text).letterSpacing, hostMarker: Module.hostMarker,
               calledRun: Module.calledRun, used: window.__hostModuleUsed };
    });
    assert.strictEqual(look.display, 'block');
    assert.ok(look.height > 200 && look.width > 300, JSON.stringify(look));
    assert.ok(look.hlVisible, 'highlight not visible');
    assert.strictEqual(look.font, '16px');
    assert.strictEqual(look.transform, 'none');
    assert.strictEqual(look.spacing, 'normal');
    assert.strictEqual(look.hostMarker, 42);
    assert.strictEqual(look.calledRun, undefined);
    assert.strictEqual(look.used, undefined);
    await shot(page, 'hostile-host');
    // Injected later, asynchronously, into the reference page.
    await page.goto(siteUrl('hostile-ref.html'));
    await page.evaluate(() => {
      const el = document.createElement('text-explorer');
      el.id = 'late';
      el.textContent = 'Le 23 janvier 2025, Anthropic a levé 2 milliards d’euros.';
      document.body.append(el);
      const s = document.createElement('script');
      s.src = 'dist/text-explorer.js';
      s.async = true;
      document.head.append(s);
    });
    await ready(page, '#late');
    checkHighlights(await shown(page, '#late'), 'injected');
    assert.deepStrictEqual(page.errors, []);
    await page.done();
  }],

  ['element attributes: to, lang, date, heading, src; changing one analyses again', async (browser) => {
    const page = await open(browser);
    await page.goto(siteUrl('attributes.html'));
    await ready(page, '#unknown-currency');
    await ready(page, '#options');
    const unknown = await shown(page, '#unknown-currency');
    checkHighlights(unknown, 'to=XYZ');
    assert.strictEqual(unknown.analysis.rates.to, 'EUR');
    const note = await page.evaluate(() => document.querySelector('#unknown-currency').shadowRoot.querySelector('.note').textContent);
    assert.ok(/XYZ/.test(note) && /EUR/.test(note), note);
    const options = await shown(page, '#options');
    checkHighlights(options, 'lang=en');
    assert.deepStrictEqual(options.options, { lang: 'en', to: 'USD', date: '2020-03-16' });
    assert.strictEqual(options.analysis.language, 'en');
    assert.strictEqual(options.analysis.rates.date, '2020-03-16');
    assert.strictEqual(await page.evaluate(() => document.querySelector('#options').shadowRoot.querySelector('h2').textContent), 'An English text');
    const currencies = tx.resetRates().currencies;
    const other = currencies.find((c) => c !== 'USD' && c !== 'EUR') || 'EUR';
    await page.evaluate((c) => document.querySelector('#options').setAttribute('to', c), other);
    await page.waitForFunction((c) => document.querySelector('#options').analysis.rates.to === c, other);
    await ready(page, '#options');
    checkHighlights(await shown(page, '#options'), 'to changed');
    // A src a file:// page cannot read: a clear message, in an alert.
    await page.waitForFunction(() => document.querySelector('#missing').getAttribute('data-status') === 'error');
    const message = await page.evaluate(() => document.querySelector('#missing').shadowRoot.querySelector('[role=alert]').textContent);
    assert.ok(/Impossible de lire « missing.txt »/.test(message), message);
    await page.done();
  }],

  ['hostile article: markup shown as text, nothing runs', async (browser) => {
    const page = await open(browser);
    await page.goto(pageUrl);
    await ready(page);
    const hostile = 'Le 3 mars 2024 <script>window.__pwned = "script"</script> ' +
      '<img src=x onerror="window.__pwned = \'img\'"> <a href="javascript:window.__pwned=\'link\'">lien</a> ' +
      '<svg onload="window.__pwned=\'svg\'"></svg> <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe> ' +
      '{{constructor.constructor("window.__pwned=1")()}} 50 milliards de dollars.';
    const before = await docCount(page);
    await pasteText(page, '#drop', hostile);
    await waitDocs(page, before + 1);
    await ready(page);
    const view = await shown(page);
    assert.strictEqual(view.text, hostile);
    checkHighlights(view, 'hostile article');
    // An HTML file: reduced to its text, its scripts and handlers dropped.
    const html = fs.readFileSync(path.join(fixtures, 'hostile-article.html'));
    await dropFiles(page, '#drop', [{ name: 'piege.html', type: 'text/html', bytes: html }]);
    await waitDocs(page, before + 2);
    await ready(page);
    const fromHtml = await shown(page);
    assert.ok(fromHtml.text.includes('Fin de l’article <script>ceci est du texte</script>.'), fromHtml.text);
    assert.ok(!fromHtml.text.includes('__pwned'), fromHtml.text);
    await page.waitForTimeout(300);
    const inside = await page.evaluate(() => {
      const root = document.querySelector('text-explorer').shadowRoot;
      return { pwned: window.__pwned, scripts: document.scripts.length,
               tags: Array.from(root.querySelectorAll('.text *')).filter((n) => !n.matches('mark.hl, div.para, div.doc'))
                 .map((n) => n.tagName),
               title: TextExplorerApp.current.title };
    });
    assert.strictEqual(inside.pwned, undefined);
    assert.deepStrictEqual(inside.tags, []);
    assert.strictEqual(inside.scripts, 3);
    assert.strictEqual(inside.title, 'Un article piégé');
    await noProblems(page, 'hostile article');
    await page.done();
  }],

  ['paste and drop: .txt (with invalid bytes), .md, .html; cross-article view grows', async (browser) => {
    const page = await open(browser);
    await page.goto(pageUrl);
    await ready(page);
    const start = await docCount(page);
    const pasted = 'Le 12 novembre 2025, Microsoft et Nvidia ont promis 15 milliards de dollars.';
    await pasteText(page, '#drop', pasted);
    await waitDocs(page, start + 1);
    await ready(page);
    checkHighlights(await shown(page), 'pasted');
    // A .txt with two invalid bytes: decoded, replaced, and the reader told.
    const txt = Buffer.concat([Buffer.from('Le 3 mars 2024, '), Buffer.from([0xff, 0xfe]), Buffer.from(' 12 % de plus.')]);
    await dropFiles(page, '#drop', [{ name: 'abime.txt', type: 'text/plain', bytes: txt }]);
    await waitDocs(page, start + 2);
    await ready(page);
    const damaged = await shown(page);
    assert.strictEqual(damaged.text, 'Le 3 mars 2024, \uFFFD\uFFFD 12 % de plus.');
    checkHighlights(damaged, 'damaged');
    const told = await page.textContent('#byo-status');
    assert.ok(/2 octet\(s\) invalide\(s\)/.test(told), told);
    // Two files in one drop: .md kept as written, .html reduced to text.
    await dropFiles(page, '#drop', [
      { name: 'notes.md', type: 'text/markdown', bytes: Buffer.from('# Notes\n\nLe 5 mai 2024, 3 milliards d’euros.\n') },
      { name: 'page.html', type: 'text/html', bytes: Buffer.from('<html><head><title>Titre HTML</title></head><body><h1>Titre</h1><p>Le 7 avril 2025,<br>12,5 % de hausse.</p></body></html>') }]);
    await waitDocs(page, start + 4);
    await ready(page);
    const docs = await page.evaluate(() => TextExplorerApp.docs.map((d) => ({ title: d.title, text: d.text })));
    const md = docs.find((d) => d.title === 'notes.md');
    assert.strictEqual(md.text, '# Notes\n\nLe 5 mai 2024, 3 milliards d’euros.\n');
    const html = docs.find((d) => d.title === 'Titre HTML');
    assert.strictEqual(html.text, 'Titre\n\nLe 7 avril 2025,\n12,5 % de hausse.');
    checkHighlights(await shown(page), 'html file');
    // Every loaded text is a column of the cross-article view (when it has entities).
    await page.waitForFunction(() => TextExplorerApp.docs.every((d) => d.analysis), null, { timeout: 15000 });
    const cross = await page.evaluate(() => ({
      columns: document.querySelectorAll('#cross thead th').length - 1,
      rows: document.querySelectorAll('#cross tbody tr').length,
      keys: TextExplorer.ui.crossEntities(TextExplorerApp.docs).length,
    }));
    if (cross.keys) {
      assert.strictEqual(cross.columns, start + 4);
      assert.strictEqual(cross.rows, Math.min(cross.keys, 20));
    }
    await shot(page, 'page-after-drops');
    await noProblems(page, 'paste and drop');
    await page.done();
  }],

  ['exports: the JSON equals the analysis, the CSV has a header and one row per figure', async (browser) => {
    const page = await open(browser);
    for (const [what, setup] of [
      ['bundled', async () => { await page.goto(pageUrl); await ready(page); }],
      ['fixture', async () => {
        await page.evaluate((f) => TextExplorerApp.addDocument(f.text, 'Fixture, "quotes"', { analysis: f.analysis }), fake);
        await page.waitForFunction(() => TextExplorerApp.current.title.startsWith('Fixture'));
        await ready(page);
      }]]) {
      await setup();
      const view = await shown(page);
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
      const exported = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
      assert.deepStrictEqual(exported, view.analysis, what + ': JSON');
      if (what === 'bundled') assert.deepStrictEqual(exported, tx.analyze(view.text, view.options));
      else assert.deepStrictEqual(exported, fake.analysis);
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
      assert.ok(csvDownload.suggestedFilename().endsWith('.csv'));
      const csv = fs.readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
      const rows = parseCsv(csv);
      assert.strictEqual(rows[0][0], 'index');
      assert.ok(rows[0].includes('text') && rows[0].includes('converted_value'));
      assert.strictEqual(rows.length, view.analysis.figures.length + 1, what + ': CSV rows');
      const col = (name) => rows[0].indexOf(name);
      view.analysis.figures.forEach((f, i) => {
        assert.strictEqual(rows[i + 1][col('text')], f.text);
        assert.strictEqual(rows[i + 1][col('kind')], f.kind);
        assert.strictEqual(rows[i + 1][col('value')], f.value === null ? '' : String(f.value));
        assert.strictEqual(Number(rows[i + 1][col('start')]), f.start);
      });
      for (const c of view.analysis.conversions) {
        assert.strictEqual(rows[c.figure + 1][col('converted_value')], c.value === null ? '' : String(c.value));
      }
    }
    await noProblems(page, 'exports');
    await page.done();
  }],

  ['URL hash restores the article, currency and date; changes write it back', async (browser) => {
    const page = await open(browser);
    const currencies = tx.resetRates().currencies;
    const to = currencies.includes('USD') ? 'USD' : currencies[0];
    const article = bundled[bundled.length - 1];
    await page.goto(`${pageUrl}#article=${article.id}&to=${to}&date=2024-01-05`);
    await page.waitForFunction((t) => document.querySelector('text-explorer').text === t, article.text);
    await ready(page);
    const check = async (label, wantTo, wantDate, wantArticle) => {
      const state = await page.evaluate(() => {
        const el = document.querySelector('text-explorer');
        return { id: TextExplorerApp.current.id, options: el.options, rates: el.analysis.rates,
                 select: el.shadowRoot.querySelector('select[id$="-to"]').value,
                 date: el.shadowRoot.querySelector('input[type=date]').value, hash: location.hash };
      });
      assert.strictEqual(state.id, wantArticle, label + ': article');
      assert.strictEqual(state.options.to, wantTo, label + ': to');
      assert.strictEqual(state.rates.to, wantTo, label + ': analysis to');
      assert.strictEqual(state.select, wantTo, label + ': currency selector');
      assert.strictEqual(state.options.date, wantDate, label + ': date');
      assert.strictEqual(state.date, wantDate, label + ': date input');
      return state;
    };
    await check('from hash', to, '2024-01-05', article.id);
    checkHighlights(await shown(page), 'hash');
    // The reader picks another currency and date: the hash follows.
    const other = currencies.find((c) => c !== to && c !== 'EUR') || 'EUR';
    await page.evaluate(([c, d]) => {
      const root = document.querySelector('text-explorer').shadowRoot;
      const select = root.querySelector('select[id$="-to"]');
      select.value = c;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const input = root.querySelector('input[type=date]');
      input.value = d;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, [other, '2023-06-30']);
    await page.waitForFunction((c) => document.querySelector('text-explorer').analysis.rates.to === c &&
      document.querySelector('text-explorer').analysis.rates.date === '2023-06-30', other);
    await ready(page);
    const state = await check('after change', other, '2023-06-30', article.id);
    assert.deepStrictEqual(TextExplorer.ui.parseHash(state.hash), { article: article.id, to: other, date: '2023-06-30' });
    await page.reload();
    await ready(page);
    await check('after reload', other, '2023-06-30', article.id);
    // Editing the hash by hand switches the article.
    await page.evaluate((id) => { location.hash = '#article=' + id; }, bundled[0].id);
    await page.waitForFunction((id) => TextExplorerApp.current.id === id, bundled[0].id);
    await ready(page);
    const first = await shown(page);
    assert.strictEqual(first.text, bundled[0].text);
    checkHighlights(first, 'hash edit');
    await noProblems(page, 'hash');
    await page.done();
  }],

  ['load rates: a good file, a malformed one (previous table stays), reset', async (browser) => {
    const page = await open(browser);
    await page.goto(pageUrl);
    await ready(page);
    const small = path.join(fixtures, 'rates-small.csv');
    const bad = path.join(fixtures, 'rates-bad.csv');
    const expectSmall = tx.loadRates(fs.readFileSync(small, 'utf8'));
    let expectBad = '';
    try { tx.loadRates(fs.readFileSync(bad, 'utf8')); } catch (e) { expectBad = e.message; }
    const builtin = tx.resetRates();
    assert.ok(expectBad, 'the malformed fixture is accepted by the module');
    const options = () => page.evaluate(() => Array.from(document.querySelector('text-explorer').shadowRoot
      .querySelectorAll('select[id$="-to"] option')).map((o) => o.value));
    await page.setInputFiles('#rates-file', small);
    await page.waitForFunction(() => /devises/.test(document.getElementById('rates-status').textContent));
    const status = await page.textContent('#rates-status');
    assert.ok(status.includes(expectSmall.oldest) && status.includes(expectSmall.newest), status);
    await ready(page);
    assert.deepStrictEqual(await options(), expectSmall.currencies.slice().sort());
    const view = await shown(page);
    // The page's analysis now uses the loaded table: the same call in Node with it agrees.
    tx.loadRates(fs.readFileSync(small, 'utf8'));
    try { assert.deepStrictEqual(view.analysis, tx.analyze(view.text, view.options)); } finally { tx.resetRates(); }
    await page.setInputFiles('#rates-file', bad);
    await page.waitForFunction(() => document.getElementById('rates-status').classList.contains('error'));
    const refused = await page.textContent('#rates-status');
    assert.ok(refused.includes(expectBad) && /restent en usage/.test(refused), refused);
    assert.deepStrictEqual(await options(), expectSmall.currencies.slice().sort(), 'the table changed after an error');
    await page.click('#rates-reset');
    await page.waitForFunction(() => /rétablis/.test(document.getElementById('rates-status').textContent));
    await ready(page);
    assert.deepStrictEqual(await options(), builtin.currencies.slice().sort());
    await noProblems(page, 'rates');
    await page.done();
  }],

  ['large text: Blob worker from file://, progress shown, page stays responsive', async (browser) => {
    const page = await open(browser);
    await page.goto(pageUrl);
    await ready(page);
    const unit = bundled.map((a) => a.text).join('\n\n') + '\n\n';
    const text = unit.repeat(Math.ceil(1.2e6 / unit.length));
    await page.evaluate((t) => { window.__big = t; }, text);  // not timed: the test's own transfer
    await page.evaluate(() => {
      window.__gaps = [];
      let last = performance.now();
      window.__ticker = setInterval(() => { const now = performance.now(); window.__gaps.push(now - last); last = now; }, 20);
    });
    const started = Date.now();
    await page.evaluate(() => { TextExplorerApp.addDocument(window.__big, 'Grand texte'); });
    await page.waitForFunction(() => {
      const root = document.querySelector('text-explorer').shadowRoot;
      return !root.querySelector('.status').hidden && root.querySelector('.status progress');
    }, null, { polling: 20 });
    const status = await page.evaluate(() => document.querySelector('text-explorer').shadowRoot.querySelector('.status').textContent);
    assert.ok(/arrière-plan|Affichage/.test(status), status);
    await page.waitForFunction((n) => document.querySelector('text-explorer').text.length === n, text.length);
    await ready(page, 'text-explorer', 60000);
    const elapsed = Date.now() - started;
    const gaps = await page.evaluate(() => { clearInterval(window.__ticker); return window.__gaps; });
    const worst = Math.max(...gaps);
    const state = await page.evaluate(() => TextExplorer.ui.runner.workerState);
    assert.strictEqual(state, 'ready');
    const view = await shown(page);
    assert.strictEqual(view.text, text);
    checkHighlights(view, 'large');
    console.log(`   ${(text.length / 1e6).toFixed(1)} M chars, ${view.highlights.length} highlights: ` +
                `${elapsed} ms to ready, longest main-thread stall ${Math.round(worst)} ms`);
    // Responsive, without a clock bound (timing lives in the benchmark): the
    // analysis ran in the worker and the main thread kept running its timer.
    assert.ok(gaps.length >= 3, `the main thread ran its timer only ${gaps.length} times`);
    await shot(page, 'large-text', false);
    // Beyond the page's limit: a clear message, no analysis.
    await page.evaluate(() => { TextExplorerApp.addDocument('a'.repeat(TextExplorer.ui.PAGE_MAX_BYTES + 1), 'Trop grand'); });
    await page.waitForFunction(() => document.querySelector('text-explorer').getAttribute('data-status') === 'error');
    const message = await page.evaluate(() => document.querySelector('text-explorer').shadowRoot.querySelector('.status').textContent);
    assert.ok(/au plus 20 Mo/.test(message) && /ligne de commande/.test(message), message);
    assert.strictEqual(await page.evaluate(() => document.querySelector('text-explorer').shadowRoot.querySelector('[role=alert]') !== null), true);
    await noProblems(page, 'large');
    await page.done();
  }],

  ['fixture analysis: tooltips, keyboard, entity stepping, table flags, chart, toggles', async (browser) => {
    const page = await open(browser);
    await page.goto(pageUrl);
    await ready(page);
    await page.evaluate((f) => TextExplorerApp.addDocument(f.text, 'Analyse de démonstration', { analysis: f.analysis }), fake);
    await page.waitForFunction(() => TextExplorerApp.current.title === 'Analyse de démonstration');
    await ready(page);
    const a = fake.analysis;
    const view = await shown(page);
    assert.deepStrictEqual(view.analysis, a);
    const want = [...a.entities.map((e) => `${e.type}:${e.start}:${e.end}`), ...a.figures.map((f) => `${f.kind}:${f.start}:${f.end}`)].sort();
    assert.deepStrictEqual(view.highlights.map((h) => `${h.type}:${h.start}:${h.end}`).sort(), want);
    for (const h of view.highlights) assert.strictEqual(h.text, a.length && fake.text.slice(h.start, h.end));
    const root = 'text-explorer >> ';
    // "Claude 3" crosses "3 millions": one continuation fragment.
    assert.strictEqual(await page.locator(root + '.hl.cont').count(), 1);
    // Hover on the dollars: normalized value, conversion, the article's check, the rule.
    const money = a.figures.findIndex((f) => f.text === '50 milliards de dollars');
    await page.hover(root + `.hl[data-ref="f${money}"]`);
    const tip = (await page.locator(root + '.tip').textContent()).replace(/[\u00a0\u202f]/g, ' ');
    assert.ok(tip.includes('50 Md $ ≈ 44,4 Md € · BCE 2025-05-09'), tip);
    assert.ok(tip.includes('Règle : money.number_scale_currency') && tip.includes('désaccord avec la BCE'), tip);
    // Keyboard: Tab into the text, then arrows from highlight to highlight.
    await page.locator(root + '.text').focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.querySelector('text-explorer').shadowRoot.activeElement.dataset.ref);
    const order = await page.evaluate(() => Array.from(document.querySelector('text-explorer').shadowRoot
      .querySelectorAll('.hl[data-start]')).map((n) => n.dataset.ref));
    assert.strictEqual(first, order[0]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const third = await page.evaluate(() => document.querySelector('text-explorer').shadowRoot.activeElement.dataset.ref);
    assert.strictEqual(third, order[2]);
    assert.ok(await page.locator(root + '.tip').isVisible());
    const described = await page.evaluate(() => document.querySelector('text-explorer').shadowRoot.activeElement.getAttribute('aria-describedby'));
    assert.ok(described && described.endsWith('-tip'));
    await page.keyboard.press('Escape');
    assert.ok(!(await page.locator(root + '.tip').isVisible()));
    // Entity panel: grouped by key, sorted by mentions; a choice steps through them.
    const panel = await page.locator(root + '.entities button').allTextContents();
    const groups = TextExplorer.ui.groupEntities(a.entities);
    assert.strictEqual(panel.length, groups.length);
    assert.ok(panel[0].startsWith(groups[0].name) && panel[0].endsWith(String(groups[0].mentions.length)), panel[0]);
    const positions = [];
    for (let i = 0; i < groups[0].mentions.length + 1; i++) {
      await page.locator(root + '.entities button').first().click();
      positions.push(await page.evaluate(() => {
        const r = document.querySelector('text-explorer').shadowRoot;
        return [r.querySelector('.position').textContent, Number(r.querySelector('.hl.current').dataset.start)];
      }));
    }
    const n = groups[0].mentions.length;
    assert.deepStrictEqual(positions.map((p) => p[1]), [...groups[0].mentions.map((m) => m.start), groups[0].mentions[0].start]);
    assert.ok(positions[1][0].endsWith(`mention 2 sur ${n}`), positions[1][0]);
    // Figures table: one row per figure; the check's two figures flagged.
    const rows = await page.evaluate(() => Array.from(document.querySelector('text-explorer').shadowRoot
      .querySelectorAll('.figures tbody tr')).map((tr) => ({ check: tr.dataset.check || '', cells: Array.from(tr.cells).map((c) => c.textContent) })));
    assert.strictEqual(rows.length, a.figures.length);
    const flagged = rows.map((r, i) => r.check ? i : -1).filter((i) => i >= 0);
    assert.deepStrictEqual(flagged, a.checks[0].figures);
    assert.ok(rows.every((r) => !r.check || r.check === 'disagrees'));
    assert.strictEqual(rows[money].cells[4], '44 436 544 614,29 €');
    const rub = a.figures.findIndex((f) => f.unit === 'RUB');
    assert.ok(rows[rub].cells[4].startsWith('non convertibleno ECB rate for RUB'), rows[rub].cells[4]);
    // Chart: one bar per money amount with a value in EUR.
    const bars = await page.locator(root + '.chart rect.bar').count();
    assert.strictEqual(bars, TextExplorer.ui.moneyInTarget(a).filter((m) => m.value !== null).length);
    // A legend toggle hides a type from the text and from the keyboard path.
    await page.locator(root + '.legend button[data-toggle="ORG"]').click();
    assert.strictEqual(await page.locator(root + '.legend button[data-toggle="ORG"]').getAttribute('aria-pressed'), 'false');
    const orgBackground = await page.evaluate(() => getComputedStyle(document.querySelector('text-explorer').shadowRoot
      .querySelector('.hl[data-type="ORG"]')).backgroundColor);
    assert.strictEqual(orgBackground, 'rgba(0, 0, 0, 0)');
    await page.locator(root + '.legend button[data-toggle="ORG"]').click();
    // The cross-article view lists the fixture's entities in its column.
    const crossRow = await page.locator(`#cross tbody tr[data-key="${groups[0].key}"]`).count();
    assert.strictEqual(crossRow, 1);
    await page.locator(root + '.hl[data-start]').first().hover();
    await shot(page, 'fixture-desktop');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.evaluate(() => document.querySelector('text-explorer').scrollIntoView());
    await page.waitForTimeout(200);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `at 360 px the page is ${width} px wide`);
    await shot(page, 'fixture-360', false);
    await shot(page, 'fixture-360-full');
    await noProblems(page, 'fixture');
    await page.done();
  }],

  ['keyboard alone reaches everything; every control has a name; text contrast AA', async (browser) => {
    const page = await open(browser);
    await page.goto(pageUrl);
    await ready(page);
    await page.evaluate((f) => TextExplorerApp.addDocument(f.text, 'Démo', { analysis: f.analysis }), fake);
    await ready(page);
    // Tab from the top: which controls get the focus, in order.
    const reached = new Set();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        let a = document.activeElement;
        while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
        if (!a) return '';
        const outline = getComputedStyle(a).outlineStyle;
        if (a !== document.body && outline === 'none' && !a.matches('input[type=file]')) return 'NO-OUTLINE ' + a.outerHTML.slice(0, 80);
        return a.id || a.className || a.tagName;
      }));
    }
    const list = Array.from(reached);
    assert.ok(!list.some((r) => r.startsWith('NO-OUTLINE')), list.filter((r) => r.startsWith('NO-OUTLINE')).join('\n'));
    for (const want of ['export-json', 'hl', 'file']) {
      assert.ok(list.some((r) => r.split(' ').includes(want) || r === want), `Tab never reaches ${want}: ${list.join(', ')}`);
    }
    // Accessible names of every control, in the page and the shadow root.
    const unnamed = await page.evaluate(() => {
      const name = (n, root) => {
        if (n.getAttribute('aria-label')) return n.getAttribute('aria-label');
        if (n.getAttribute('aria-labelledby')) return n.getAttribute('aria-labelledby').split(' ').map((id) => (root.getElementById(id) || {}).textContent || '').join(' ');
        if (n.labels && n.labels.length) return n.labels[0].textContent;
        return n.textContent || n.title || '';
      };
      const out = [];
      for (const root of [document, document.querySelector('text-explorer').shadowRoot]) {
        for (const n of root.querySelectorAll('button, select, input, textarea, [tabindex="0"], [role=region], svg[role=img]')) {
          if (!name(n, root).trim()) out.push(n.outerHTML.slice(0, 100));
        }
      }
      return out;
    });
    assert.deepStrictEqual(unnamed, []);
    // Contrast of the text the page actually shows, against its background.
    const low = await page.evaluate(() => {
      const parse = (c) => { const m = c.match(/[\d.]+/g).map(Number); return { rgb: m.slice(0, 3), a: m.length > 3 ? m[3] : 1 }; };
      const lum = (rgb) => { const c = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
      const background = (n) => {
        for (; n; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode) {
          if (n.nodeType !== 1) continue;
          const bg = parse(getComputedStyle(n).backgroundColor);
          if (bg.a > 0.5) return bg.rgb;
        }
        return [255, 255, 255];
      };
      const out = [];
      const visit = (root) => {
        for (const n of root.querySelectorAll('*')) {
          if (n.shadowRoot) visit(n.shadowRoot);
          const own = Array.from(n.childNodes).some((c) => c.nodeType === 3 && c.textContent.trim());
          if (!own || !n.getClientRects().length || n.closest('svg, .tip')) continue;
          const cs = getComputedStyle(n);
          if (cs.visibility === 'hidden') continue;
          const fg = parse(cs.color).rgb, bg = background(n);
          const l1 = lum(fg), l2 = lum(bg);
          const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
          if (ratio < 4.5) out.push(`${n.tagName}.${n.className} ${ratio.toFixed(2)} "${n.textContent.trim().slice(0, 30)}"`);
        }
      };
      visit(document);
      return out;
    });
    assert.deepStrictEqual(low, []);
    await noProblems(page, 'keyboard');
    await page.done();
  }],

  ['default currency follows the reader’s locale when the rates know it', async (browser) => {
    const page = await open(browser, { locale: 'en-US' });
    await page.goto(pageUrl);
    await ready(page);
    const currencies = tx.resetRates().currencies;
    const want = currencies.includes('USD') ? 'USD' : 'EUR';
    const got = await page.evaluate(() => document.querySelector('text-explorer').analysis.rates.to);
    assert.strictEqual(got, want);
    checkHighlights(await shown(page), 'en-US');
    await noProblems(page, 'locale');
    await page.done();
  }],
];

(async () => {
  tx = await TextExplorer.load();
  const browser = await launch();
  let passed = 0, failed = 0;
  const started = Date.now();
  for (const [name, test] of tests) {
    if (only.length && !only.some((w) => name.toLowerCase().includes(w.toLowerCase()))) continue;
    const t0 = Date.now();
    try {
      await Promise.race([test(browser), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 90 s')), 90000))]);
      console.log(`ok: ${name} (${Date.now() - t0} ms)`);
      passed++;
    } catch (e) {
      console.log(`FAIL: ${name}: ${e.message.split('\n').slice(0, 16).join('\n')}`);
      failed++;
    }
  }
  await browser.close();
  fs.rmSync(site, { recursive: true, force: true });
  console.log(`   (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.log(`FAIL: test runner: ${e.stack}`);
  console.log('browser: 0 passed, 1 failed');
  process.exit(1);
});
