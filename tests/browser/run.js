// Browser tests of dist/ in Debian's headless Chromium, driven by
// playwright-core (no browser download: executablePath is Debian's).
//   node tests/browser/run.js   (after ./serve.sh --build-only)
// Screenshots go to build/screenshots/ for review.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const shots = path.join(root, 'build/screenshots');
const pageUrl = 'file://' + path.join(dist, 'index.html');

async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function cliAnalysis(file) {
  return JSON.parse(execFileSync(path.join(root, 'build/native/textexplorer'), ['analyze', file]));
}

const tests = [
  ['file:// page shows the first bundled article sentence by sentence', async (browser) => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageUrl);
    await page.waitForSelector('#article .sentence');
    const count = await page.locator('#article .sentence').count();
    const first = fs.readdirSync(path.join(root, 'data/articles')).filter((n) => n.endsWith('.txt')).sort()[0];
    assert.strictEqual(count, cliAnalysis(path.join(root, 'data/articles', first)).sentences.length);
    assert.deepStrictEqual(errors, []);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'file-first-article.png'), fullPage: true });
    await page.close();
  }],
];

(async () => {
  const browser = await launch();
  let passed = 0, failed = 0;
  for (const [name, test] of tests) {
    try {
      await test(browser);
      console.log(`ok: ${name}`);
      passed++;
    } catch (e) {
      console.log(`FAIL: ${name}: ${e.message}`);
      failed++;
    }
  }
  await browser.close();
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
