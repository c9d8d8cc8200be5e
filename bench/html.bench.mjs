// The HTML export in a browser: how big the page is, how long Chromium takes
// to open it, and how long the search box takes to answer, at 1,000–100,000
// duties (the synthetic corpus of generate-corpus.mjs). Needs Debian's
// chromium (or MANDATES_CHROMIUM); skipped with a note without it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { row } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = process.env.MANDATES_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`skipped: no Chromium at ${chromium} (apt-get install -y chromium)`);
  process.exit(0);
}
const { launch } = await import('puppeteer-core');
const dir = mkdtempSync(join(tmpdir(), 'mandates-html-bench-'));
const sizes = (process.env.HTML_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const profile = join(dir, 'profile');
const browser = await launch({
  executablePath: chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`],
});
const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log('| duties | page | written in | opens in (load event) | first search (许可证) | next search (许可证 签发) | duties found |');
console.log('|---|---|---|---|---|---|---|');
try {
  for (const duties of sizes) {
    const yaml = join(dir, `c${duties}.yaml`);
    const html = join(dir, `c${duties}.html`);
    execFileSync(process.execPath, [join(root, 'bench/generate-corpus.mjs'), '--duties', String(duties), '--units', String(Math.max(2, duties / 50)), '-o', yaml]);
    let t = performance.now();
    execFileSync(process.execPath, [join(root, 'bin/mandates'), 'export', '--corpus', yaml, '-o', html], { stdio: 'ignore' });
    const written = performance.now() - t;
    const page = await browser.newPage();
    page.setDefaultTimeout(300_000);
    t = performance.now();
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load', timeout: 300_000 });
    const opened = performance.now() - t;
    const search = async (q) => {
      const start = performance.now();
      await page.$eval('#q', (input, v) => {
        input.value = v;
        input.dispatchEvent(new Event('search'));
      }, q);
      await page.waitForFunction((v) => document.body.getAttribute('data-query') === v, {}, q);
      return performance.now() - start;
    };
    const first = await search('许可证');
    const next = await search('许可证 签发');
    const found = await page.$eval('#status', (el) => el.textContent);
    console.log(`| ${duties.toLocaleString('en-US')} | ${mb(statSync(html).size)} | ${s(written)} | ${s(opened)} | ${s(first)} | ${s(next)} | ${found} |`);
    if (duties === Math.max(...sizes)) {
      row({ what: `\`export -o x.html\` of ${duties.toLocaleString('en-US')} duties in Chromium: page size; opens in; first / next search`, figure: `${mb(statSync(html).size)}; ${s(opened)}; ${s(first)} / ${s(next)}` });
    }
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
