import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffingHeadline } from '../../src/render/org-chart.js';
import { run } from '../helpers/run.js';
import { allElements, parseXml } from '../helpers/xml.js';

describe('units --tree and show -o chart.svg on an imported 三定 provision', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandates-org-'));
  const yaml = join(dir, 'sanding.yaml');
  beforeAll(async () => {
    expect((await run(['import', 'test/fixtures/import/sanding.txt', '-o', yaml])).code).toBe(0);
  });

  it('units --tree nests the 内设机构 under the body unit, with duty counts and staffing', async () => {
    const r = await run(['units', '--tree', '--corpus', yaml]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'swb-sd  商务部主要职责内设机构和人员编制规定',
      '商务部  swb  职责15项 · 内设机构3个',
      '│  人员编制：商务部机关行政编制为1300名。其中：部长1名、副部长4名，部长助理1名；司局级领导职数105名（含机关党委专职副书记1名）。',
      '├─ 办公厅  bgt  职责1项',
      '├─ 条约法律司  tyfls  职责1项',
      '└─ 外国投资管理司  wgtzgls  职责1项',
      '',
    ]);
  });

  it('units --tree wraps staffing under its rail on a terminal', async () => {
    const r = await run(['units', '--tree', '--corpus', yaml], { tty: 50, env: { NO_COLOR: '1' } });
    const lines = r.stdout.split('\n');
    expect(lines[2]).toMatch(/^│ {2}人员编制：商务部机关行政编制/);
    expect(lines[3]).toMatch(/^│ {2} {10}\S/);
    const { displayWidth } = await import('../../src/render/wrap.js');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(50);
  });

  it('units --tree lists units without parts as roots; --json is unchanged', async () => {
    const r = await run(['units', '--tree']);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'sbf-2003-9  商办发〔2003〕9号  商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知',
      '机关服务中心（机关服务局）  jgfwzx  职责12项',
      '外贸发展中心（外贸发展事务局）  wmfzzx  职责10项',
    ]);
    expect(JSON.parse((await run(['units', '--tree', '--json'])).stdout)).toEqual(JSON.parse((await run(['units', '--json'])).stdout));
  });

  it('show UNIT -o chart.svg draws the tree the unit belongs to, as well-formed SVG', async () => {
    const svg = join(dir, 'chart.svg');
    const r = await run(['show', '条约法律司', '--corpus', yaml, '-o', svg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`mandates: wrote ${svg} (svg): 商务部 and 3 departments\n`);
    const root = parseXml(readFileSync(svg, 'utf8'));
    const units = allElements(root).filter((e) => e.attributes.class === 'unit');
    expect(units.map((g) => g.attributes['data-id'])).toEqual(['swb-sd/swb', 'swb-sd/bgt', 'swb-sd/tyfls', 'swb-sd/wgtzgls']);
    const texts = allElements(units[0]!).filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(['商务部', '职责15项 · 内设机构3个', '商务部机关行政编制为1300名。']);
    // The unit asked for is the one drawn in bold.
    const bold = units.filter((g) => g.children.some((e) => e.name === 'text' && e.attributes['font-weight'] === 'bold' && e.text === '条约法律司'));
    expect(bold).toHaveLength(1);
  });

  it('refuses a duty, a wrong extension and --json with one line and exit 2, writing nothing', async () => {
    const svg = join(dir, 'no.svg');
    for (const argv of [
      ['show', 'bgt/1', '--corpus', yaml, '-o', svg],
      ['show', 'bgt', '--corpus', yaml, '-o', join(dir, 'chart.png')],
      ['show', 'bgt', '--corpus', yaml, '-o', svg, '--json'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^mandates: [^\n]+\n$/);
    }
    expect(existsSync(svg)).toBe(false);
  });
});

describe('staffingHeadline', () => {
  it('takes the first sentence that says 编制, without an article label', () => {
    expect(staffingHeadline('第五条　商务部机关行政编制为1300名。设部长1名，副部长4名。')).toBe('商务部机关行政编制为1300名。');
    expect(staffingHeadline('根据工作需要，\n核定事业编制50名。')).toBe('核定事业编制50名。');
    expect(staffingHeadline('设主任1名。')).toBe('设主任1名。');
  });
});
