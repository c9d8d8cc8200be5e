import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openFile, screenshotDir, type BrowserSession } from '../helpers/browser.js';
import { run } from '../helpers/run.js';

const EDITION = ['--corpus', join(process.cwd(), 'corpus/sbf-2003-9.yaml'), '--corpus', join(process.cwd(), 'test/fixtures/edition-b.yaml')];

describe('diff A B -o x.html', () => {
  it('writes the 新旧对照表 as a page: a row per pair or one-sided duty, deletions and insertions marked', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mandates-diff-html-'));
    const r = await run(['diff', 'sbf-2003-9/wmfzzx', 'edition-b/wmfzzx', ...EDITION, '-o', '对照表.html'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mandates: wrote 对照表\.html \(html\): /);
    const html = readFileSync(join(d, '对照表.html'), 'utf8');
    expect(html).toContain('<th>序号</th><th>原文（A）</th><th>现文（B）</th><th>说明</th>');
    expect(html).toContain('原文（A）：sbf-2003-9/wmfzzx 外贸发展中心（外贸发展事务局），商办发〔2003〕9号');
    expect(html).toMatch(/<del>[^<]+<\/del>/);
    expect(html).toMatch(/<ins>[^<]+<\/ins>/);
    expect(html).not.toContain('<script');
    const rows = html.match(/<tr class="(same|changed|onlyA|onlyB)">/g)!;
    expect(rows.length).toBeGreaterThan(5);
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '--stat', '-o', 'x.html'], { cwd: d })).code).toBe(2);
  });
});

describeBrowser('diff html in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  it('opens offline, side by side on a screen, a card per row on a phone, and prints on A4 landscape', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mandates-diff-html-'));
    const file = join(d, 'diff.html');
    await run(['diff', 'sbf-2003-9/wmfzzx', 'edition-b/wmfzzx', ...EDITION, '-o', file]);
    const opened = await openFile(session, file);
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests()).toEqual([]);
    // Side by side: 原文 and 现文 cells of a row are level.
    const level = await opened.page.$eval('tr.changed', (tr) => {
      const [, a, b] = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
      return a!.top === b!.top && a!.right <= b!.left + 1;
    });
    expect(level).toBe(true);
    expect(await opened.page.$eval('del', (el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await opened.page.$eval('ins', (el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    await opened.screenshot(1280, 'diff');
    const phone = await openFile(session, file, 390);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot(390, 'diff');
    await opened.page.pdf({ path: join(screenshotDir(), 'diff-print.pdf'), preferCSSPageSize: true });
  });
});
