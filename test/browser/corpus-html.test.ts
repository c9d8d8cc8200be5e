import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { foldForSearch } from '../../src/search/fold.js';
import { describeBrowser, launchBrowser, openFile, screenshotDir, type BrowserSession, type OpenedPage } from '../helpers/browser.js';
import { run } from '../helpers/run.js';

describeBrowser('export -o corpus.html in Chromium', () => {
  let session: BrowserSession;
  const dir = mkdtempSync(join(tmpdir(), 'mandates-html-'));
  const file = join(dir, 'corpus.html');
  beforeAll(async () => {
    expect((await run(['export', '-o', file])).code).toBe(0);
    session = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  /** The duties the search lists (ids), in corpus order. */
  const shown = (opened: OpenedPage) => opened.page.$$eval('#results li', (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.getAttribute('data-id')));

  async function search(opened: OpenedPage, query: string) {
    await opened.page.click('#q', { count: 3 });
    await opened.page.keyboard.press('Backspace');
    await opened.page.type('#q', query);
    // The page says which query its results are for once it has run it.
    await opened.page.waitForFunction((q) => document.body.getAttribute('data-query') === q, {}, query);
  }

  it('opens with no console error and no request but the file itself', async () => {
    const opened = await openFile(session, file);
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toHaveLength(1);
    expect(opened.foreignRequests()).toEqual([]);
    await opened.screenshot(1280, 'corpus');
    // As a phone opens it: at 390 px from the start (the contents start folded).
    const phone = await openFile(session, file, 390);
    expect(await phone.page.$eval('nav.toc details', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot(390, 'corpus');
    expect(phone.errors).toEqual([]);
  });

  it('typing 许可证 shows the six 配额许可证事务局 duties, the matches marked', async () => {
    const opened = await openFile(session, file);
    await search(opened, '许可证');
    const ids = await shown(opened);
    expect(ids.sort()).toEqual(['1', '2', '3', '6', '7', '8'].map((p) => `sbf-2003-9/pexkzswj/${p}`));
    expect(await opened.page.$eval('#status', (s) => s.textContent)).toBe('6项职能');
    const marks = await opened.page.$$eval('#results mark', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThanOrEqual(6);
    expect(new Set(marks)).toEqual(new Set(['许可证']));
    // Each result says where it stands, and links to the duty in the document.
    expect(await opened.page.$eval('#results li', (li) => li.querySelector('.where')!.textContent)).toBe('配额许可证事务局 一、 pexkzswj/1');
    // The document itself is out of the way while results are listed.
    expect(await opened.page.$$eval('section.unit', (ss) => ss.filter((s) => (s as HTMLElement).offsetParent !== null).length)).toBe(0);
    await opened.screenshot(1280, 'corpus-search');
    await opened.screenshot(390, 'corpus-search');
    await opened.page.setViewport({ width: 1280, height: 900 });
    await opened.page.click('#results li:nth-child(3) .where a');
    await opened.page.waitForFunction(() => !document.body.classList.contains('searching'));
    expect(await opened.page.$eval('li.d:target', (li) => li.id)).toBe('sbf-2003-9/pexkzswj/3');
    expect(opened.errors).toEqual([]);
  });

  it('folds as the CLI does: traditional, full-width and bracket forms find the same duties; words are ANDed', async () => {
    const opened = await openFile(session, file);
    await search(opened, '許可證');
    expect((await shown(opened)).length).toBe(6);
    await search(opened, '许可证　财务');
    expect(await shown(opened)).toEqual(['sbf-2003-9/pexkzswj/6']);
    await search(opened, '中国合作指南');
    expect(await shown(opened)).toEqual(['sbf-2003-9/gjjjhzswj/8']);
    await search(opened, '沒有這個詞');
    expect(await opened.page.$eval('#status', (s) => s.textContent)).toBe('没有职能含有这些词');
    await search(opened, '');
    expect(await opened.page.$$eval('li.d', (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).length)).toBe(60);
    expect(await shown(opened)).toEqual([]);
  });

  it('reads Latin terms as pinyin when nothing matches as typed, as the CLI does, and says so', async () => {
    const opened = await openFile(session, file);
    const quota = ['1', '2', '3', '6', '7', '8'].map((p) => `sbf-2003-9/pexkzswj/${p}`);
    for (const q of ['xukezheng', 'xkz', 'XKZ', 'xukezhen', 'xuke证']) {
      await search(opened, q);
      expect((await shown(opened)).sort(), q).toEqual(quota);
      expect(await opened.page.$eval('#status', (s) => s.textContent), q).toBe('没有完全相同的词；按拼音找到6项职能');
      // Each result is labelled, and the characters read are marked.
      expect(await opened.page.$$eval('#results li', (lis) => lis.map((li) => li.querySelector('.kind')?.textContent)), q).toEqual(Array(6).fill('拼音'));
      expect(new Set(await opened.page.$$eval('#results mark', (ms) => ms.map((m) => m.textContent))), q).toEqual(new Set(['许可证']));
    }
    await opened.screenshot(1280, 'corpus-pinyin');
    // Typed as it stands, the exact match wins: no pinyin label.
    await search(opened, '许可证');
    expect(await opened.page.$eval('#status', (s) => s.textContent)).toBe('6项职能');
    expect(await opened.page.$$eval('#results .kind', (ks) => ks.length)).toBe(0);
    // The same duties as `mandates search`, query by query (a lone letter, capitals as initials, polyphones, ü as v,
    // an apostrophe between syllables: xian finds three duties in the bundled corpus, xi'an one).
    for (const q of ['xkz', 'xu ke zheng', 'xu ke zhen', 'lvhua', 'diaoyan', 'tiaoyan', 'wto', 'WTO', 'x', 'dzzhengwu', 'xkz 财务', 'xian', "xi'an"]) {
      await search(opened, q);
      const cli = await run(['search', ...q.split(' '), '--all', '--json']);
      const ids = cli.code === 0 ? (JSON.parse(cli.stdout) as { id: string }[]).map((h) => h.id) : [];
      expect((await shown(opened)).sort(), q).toEqual(ids.sort());
    }
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests()).toEqual([]);
    expect(opened.requests).toHaveLength(1);
  });

  it("the page's fold is the CLI's, character for character", async () => {
    const opened = await openFile(session, file);
    const sample = '許可證ＡＢＣ（一）〔2003〕【】“引号”　全角空格ÀÉ臺灣發展國際經濟合作事務局';
    const inPage = await opened.page.evaluate((s) => {
      const pairs = JSON.parse(document.getElementById('fold-table')!.textContent!) as string;
      const m = new Map<string, string>();
      for (let k = 0; k < pairs.length; k += 2) m.set(pairs[k]!, pairs[k + 1]!);
      return [...s].map((c) => m.get(c) ?? c).join('');
    }, sample);
    expect(inPage).toBe(foldForSearch(sample));
  });

  it('a duty anchor scrolls to that duty, also when a search had hidden it; a short id works too', async () => {
    const opened = await openFile(session, file);
    const { page } = opened;
    await page.goto(`${page.url().split('#')[0]}#sbf-2003-9/pexkzswj/3`);
    const inView = () =>
      page.evaluate((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
      }, 'sbf-2003-9/pexkzswj/3');
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await inView()).toBe(true);
    expect(await page.$eval('li.d:target', (li) => li.id)).toBe('sbf-2003-9/pexkzswj/3');
    await opened.screenshot(1280, 'corpus-anchor');
    // Search for something else, then follow the anchor to the hidden duty: the search is cleared.
    await page.evaluate(() => window.scrollTo(0, 0));
    await search(opened, '电子商务');
    await page.evaluate(() => (location.hash = 'jgfwzx/2.3'));
    await page.waitForFunction(() => !document.body.classList.contains('searching'));
    expect(await page.evaluate(() => { const r = document.getElementById('sbf-2003-9/jgfwzx/2.3')!.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
    expect(opened.errors).toEqual([]);
  });

  it('prints on A4 with each unit on a page of its own', async () => {
    const opened = await openFile(session, file);
    const path = join(screenshotDir(), 'corpus-print.pdf');
    await opened.page.pdf({ path, preferCSSPageSize: true });
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
    if (info.status === 0) {
      // A4 (595 × 842 pt), and at least a page per unit.
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info.stdout)!;
      expect(Math.abs(Number(w) - 595.3), info.stdout).toBeLessThan(1.5);
      expect(Math.abs(Number(h) - 841.9), info.stdout).toBeLessThan(1.5);
      expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)![1])).toBeGreaterThanOrEqual(6);
    }
    await opened.page.emulateMediaType('print');
    expect(await opened.page.$eval('header.top', (h) => getComputedStyle(h).display)).toBe('none');
    expect(await opened.page.$$eval('article.doc > section.unit', (ss) => ss.map((s) => getComputedStyle(s).breakBefore))).toEqual(Array(6).fill('page'));
  });
});
