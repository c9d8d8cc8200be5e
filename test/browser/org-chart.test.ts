import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openFile, type BrowserSession } from '../helpers/browser.js';
import { run } from '../helpers/run.js';

/** A 三定-shaped corpus with many departments, some with long names, one with its own sub-units. */
function bigSanding(): string {
  const names = ['办公厅', '综合司', '条约法律司', '财务司', '外国投资管理司', '对外投资和经济合作司', '国际经贸关系司', '世界贸易组织司（中国政府世界贸易组织通报咨询局）', '贸易救济调查局', '市场运行和消费促进司', '电子商务和信息化司', '人事司', '机关党委'];
  const units = names.map((n, k) => `  - id: d${k}\n    name: "${n.replace(/（.*/, '')}"\n    parent: body\n    duties:\n${Array.from({ length: k + 1 }, (_, i) => `      - text: 负责第${i + 1}项工作。\n`).join('')}`);
  return `mandates: 1\nid: big-sd\ntitle: 某部主要职责内设机构和人员编制规定\nunits:\n  - id: body\n    name: 某部\n    staffing: 第五条　某部机关行政编制为1300名。其中：部长1名、副部长4名。\n    duties:\n      - text: 拟订发展战略。\n${units.join('')}  - id: sub\n    name: 信息中心\n    parent: d10\n    duties:\n      - text: 负责网站。\n`;
}

describeBrowser('org chart in Chromium', () => {
  let session: BrowserSession;
  const dir = mkdtempSync(join(tmpdir(), 'mandates-chart-'));
  beforeAll(async () => {
    session = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  async function unclipped(file: string, name: string) {
    const opened = await openFile(session, file);
    const result = await opened.page.evaluate(() => {
      const svg = document.documentElement as unknown as SVGSVGElement;
      const w = svg.width.baseVal.value;
      const h = svg.height.baseVal.value;
      const outside: string[] = [];
      const overflowing: string[] = [];
      for (const g of svg.querySelectorAll('g.unit')) {
        const box = g.querySelector('rect')!.getBBox();
        for (const t of g.querySelectorAll('text')) {
          const b = t.getBBox();
          if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5) overflowing.push(t.textContent!);
        }
      }
      for (const t of svg.querySelectorAll('text')) {
        const b = t.getBBox();
        if (b.x < 0 || b.y < 0 || b.x + b.width > w || b.y + b.height > h) outside.push(t.textContent!);
      }
      return { outside, overflowing, units: [...svg.querySelectorAll('g.unit')].map((g) => g.getAttribute('data-id')) };
    });
    await opened.screenshot(1280, name);
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests()).toEqual([]);
    return result;
  }

  it('draws an imported 三定 provision: the body unit over its 内设机构, no text outside its box', async () => {
    const yaml = join(dir, 'sanding.yaml');
    expect((await run(['import', 'test/fixtures/import/sanding.txt', '-o', yaml])).code).toBe(0);
    const svg = join(dir, 'chart.svg');
    expect((await run(['show', '外资司', '--corpus', yaml, '-o', svg])).code).toBe(0);
    const r = await unclipped(svg, 'org-chart-sanding');
    expect(r.units).toEqual(['swb-sd/swb', 'swb-sd/bgt', 'swb-sd/tyfls', 'swb-sd/wgtzgls']);
    expect(r.outside).toEqual([]);
    expect(r.overflowing).toEqual([]);
  });

  it('draws thirteen departments and a sub-unit without clipping a name', async () => {
    const yaml = join(dir, 'big.yaml');
    writeFileSync(yaml, bigSanding());
    const svg = join(dir, 'big.svg');
    expect((await run(['show', 'body', '--corpus', yaml, '-o', svg])).code).toBe(0);
    const r = await unclipped(svg, 'org-chart-big');
    expect(r.units).toHaveLength(15);
    expect(r.outside).toEqual([]);
    expect(r.overflowing).toEqual([]);
  });

  it('draws a unit without departments as one box, its document line unclipped', async () => {
    const svg = join(dir, 'single.svg');
    expect((await run(['show', '许可证', '-o', svg])).code).toBe(0);
    const r = await unclipped(svg, 'org-chart-single');
    expect(r.units).toEqual(['sbf-2003-9/pexkzswj']);
    expect(r.outside).toEqual([]);
    expect(r.overflowing).toEqual([]);
  });
});
