import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openFile, type BrowserSession } from '../helpers/browser.js';
import { run } from '../helpers/run.js';

describeBrowser('overlap map in Chromium', () => {
  let session: BrowserSession;
  const dir = mkdtempSync(join(tmpdir(), 'mandates-map-'));
  beforeAll(async () => {
    session = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  it('opens offline with one cell per pair of units; a cell lists the duties the two share, linked', async () => {
    const file = join(dir, 'map.html');
    const r = await run(['overlap', '-o', file]);
    expect(r.code).toBe(0);
    const opened = await openFile(session, file);
    const { page } = opened;
    // Six units: 6 × 5 ordered pairs, each its own cell (row unit's share with the column unit).
    const cells = await page.$$eval('.cell', (gs) => gs.map((g) => `${g.getAttribute('data-i')},${g.getAttribute('data-j')}`));
    expect(cells).toHaveLength(30);
    expect(new Set(cells).size).toBe(30);
    const names = await page.$$eval('svg text', (ts) => ts.map((t) => t.textContent));
    expect(names.filter((t) => t === '外贸发展中心')).toHaveLength(2);

    // The cell of 外贸发展中心 (row) × 投资促进中心 (column).
    const at = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('svg text[text-anchor="end"]:not([writing-mode])')].map((t) => t.textContent);
      return { i: rows.indexOf('外贸发展中心'), j: rows.indexOf('投资促进中心') };
    });
    await page.hover(`.cell[data-i="${at.i}"][data-j="${at.j}"]`);
    const tip = await page.$eval('#tip', (t) => ({ shown: getComputedStyle(t).display !== 'none', text: t.textContent, links: [...t.querySelectorAll('a')].map((a) => a.getAttribute('href')) }));
    expect(tip.shown).toBe(true);
    expect(tip.text).toContain('外贸发展中心的10项职责中有4项与投资促进中心交叉（40%）');
    expect(tip.text).toContain('负责“中国贸易指南”的日常运营并向企业提供信息资料');
    expect(tip.links).toContain('#sbf-2003-9/wmfzzx/6');
    expect(tip.links).toContain('#sbf-2003-9/tzcjzx/4');
    // The link leads to the duty in the list below the map.
    expect(await page.$eval('[id="sbf-2003-9/wmfzzx/6"]', (li) => li.textContent)).toContain('中国贸易指南');

    await opened.screenshot(1280, 'overlap-map');
    await page.click(`.cell[data-i="${at.i}"][data-j="${at.j}"]`);
    await opened.screenshot(390, 'overlap-map-tapped');
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests()).toEqual([]);
  });

  it('the SVG renders with no name clipped', async () => {
    const file = join(dir, 'map.svg');
    expect((await run(['overlap', '-o', file])).code).toBe(0);
    const opened = await openFile(session, file);
    const overflow = await opened.page.evaluate(() => {
      const svg = document.documentElement as unknown as SVGSVGElement;
      const w = svg.width.baseVal.value;
      const h = svg.height.baseVal.value;
      return [...svg.querySelectorAll('text')]
        .map((t) => ({ t: t.textContent, b: t.getBBox() }))
        .filter(({ b }) => b.x < 0 || b.y < 0 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5)
        .map(({ t }) => t);
    });
    expect(overflow).toEqual([]);
    await opened.screenshot(1280, 'overlap-svg');
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests()).toEqual([]);
  });
});
