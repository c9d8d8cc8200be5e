// The one terminal table (units, docs, search): wrapped here, styled after
// wrapping, never cut off, never wider than the terminal.
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTable, type Cell, type Column } from '../../src/render/listing.js';
import { displayWidth } from '../../src/render/wrap.js';
import { run } from '../helpers/run.js';

const color = new Chalk({ level: 1 });
const SGR = /\u001b\[(\d+)m/g;
const plain = (line: string) => line.replace(SGR, '');

/** Every escape sequence whole, and every style opened on a line closed on it. */
function expectBalancedEscapes(out: string): void {
  for (const line of out.split('\n')) {
    expect(plain(line), line).not.toContain('\u001b');
    const codes = [...line.matchAll(SGR)].map((m) => Number(m[1]));
    const opened = codes.filter((c) => c === 1 || c === 31).length;
    const closed = codes.filter((c) => c === 22 || c === 39).length;
    expect(opened, line).toBe(closed);
  }
}

/** Column `k`'s text, read down the table with borders, padding and line breaks gone. */
function columnText(out: string, k: number): string {
  return out
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .map((l) => plain(l).split('│')[k + 1]!.trim())
    .join('')
    .replace(/\s+/g, '');
}

function expectFits(out: string, width: number): void {
  for (const line of out.trimEnd().split('\n')) expect(displayWidth(plain(line)), line).toBeLessThanOrEqual(width);
}

const cellText = (c: Cell) => (typeof c === 'string' ? c : c.map((r) => r.text).join(''));

describe('renderTable', () => {
  const columns: Column[] = [{ header: 'id' }, { header: 'external name', wrap: true }, { header: 'title', wrap: true }];
  const rows: Cell[][] = [
    ['sbf-2003-9', '中华人民共和国商务部', '商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知'],
    ['x', [{ text: '承担国家' }, { text: '电子政务', style: (t) => color.red.bold(t) }, { text: '、电子商务重点科研课题的研究。' }], 'short'],
  ];

  it('wraps instead of cutting off, styles each line on its own, stays within the width', () => {
    for (const width of [30, 40, 60, 80, 120]) {
      const out = renderTable(columns, rows, { width, color });
      expect(out).not.toContain('…');
      expectBalancedEscapes(out);
      expectFits(out, width);
      columns.forEach((c, k) => {
        expect(columnText(out, k)).toBe((c.header + rows.map((r) => cellText(r[k]!)).join('')).replace(/\s+/g, ''));
      });
    }
  });

  it('a long header wraps whole: bold on each of its lines', () => {
    const out = renderTable([{ header: 'a rather long header', wrap: true }, { header: 'id' }], [['值', 'x']], { width: 16, color });
    expectBalancedEscapes(out);
    expectFits(out, 16);
    expect(out.split('\n').filter((l) => l.includes('\u001b[1m')).length).toBeGreaterThan(1);
  });

  it('keeps a line break inside a cell and makes escape codes in the data visible', () => {
    const out = renderTable([{ header: 'duty' }], [['jgfwzx/2.1\n二（一）'], ['\u001b[31mred']], { width: 40, color: new Chalk({ level: 0 }) });
    expect(out).toContain('│ jgfwzx/2.1 │\n│ 二（一）   │');
    expect(out).toContain('␛[31mred');
    expect(out).not.toContain('\u001b');
  });

  it('any text at any width: nothing lost, no line too wide, no ellipsis', () => {
    const text = fc.string({ unit: fc.constantFrom(...'许可证电子政务的，。（）ab WTO 1'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 4 }), fc.integer({ min: 40, max: 140 }), (cells, width) => {
        const out = renderTable(columns, cells, { width, color });
        expect(out).not.toContain('…');
        expectBalancedEscapes(out);
        expectFits(out, width);
        columns.forEach((c, k) => {
          expect(columnText(out, k)).toBe((c.header + cells.map((r) => r[k]!).join('')).replace(/\s+/g, ''));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('the commands that print terminal tables', () => {
  for (const [args, width] of [
    [['units'], 60],
    [['units'], 80],
    [['docs'], 60],
    [['docs'], 80],
    [['search', '电子政务'], 70],
    [['search', '许可证', '签发'], 100],
  ] as const) {
    it(`${args.join(' ')} at ${width} columns`, async () => {
      const r = await run([...args], { tty: width, env: { FORCE_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('\u001b[1m');
      expect(r.stdout).not.toContain('…');
      expectBalancedEscapes(r.stdout);
      expectFits(r.stdout, width);
    });
  }

  it('docs wraps the whole title', async () => {
    const r = await run(['docs', '--no-color'], { tty: 60 });
    const titleColumn = 6 - 1;
    expect(columnText(r.stdout, titleColumn)).toBe('文件标题商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知');
  });
});
