import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { renderMarkdownTable } from '../../src/render/markdown.js';
import { resultsWorkbook, runsCell, type Table } from '../../src/render/table.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { zipEntry } from '../helpers/zip.js';

const table: Table = {
  columns: [{ header: 'text' }, { header: 'n' }],
  rows: [
    [runsCell([{ text: '管理' }, { text: '许可证', mark: 'match' }, { text: '签发' }]), 1],
    [runsCell([{ text: '负责中国' }, { text: '贸易', mark: 'deleted' }, { text: '投资', mark: 'inserted' }, { text: '指南' }]), 2],
    [runsCell([{ text: '=HYPERLINK("http://evil.example/","点击")', mark: 'match' }, { text: '，其他。' }]), 3],
    [runsCell([{ text: '没有标记的文字' }]), 4],
  ],
};

async function load(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb.worksheets[0]!;
}

type Runs = { richText: { text: string; font?: Partial<ExcelJS.Font> }[] };

describe('marked runs in a table cell', () => {
  it('runsCell merges neighbours with the same mark, drops empty runs, and keeps text in step', () => {
    const cell = runsCell([{ text: 'a' }, { text: '' }, { text: 'b', mark: 'match' }, { text: 'c', mark: 'match' }, { text: 'd' }]);
    expect(cell.runs).toEqual([{ text: 'a' }, { text: 'bc', mark: 'match' }, { text: 'd' }]);
    expect(cell.text).toBe('abcd');
  });

  for (const variant of ['shared', 'inline'] as const) {
    it(`xlsx: each cell gets its own rich text, styled by mark (strings ${variant})`, async () => {
      const buffer = await renderXlsx(
        resultsWorkbook({ name: 'r', ...table }, { title: 't', creator: 'c', created: new Date(0) }),
        { sharedStringsMaxRows: variant === 'shared' ? 1000 : 0 },
      );
      const ws = await load(buffer);
      // exceljs's streaming writer alone would give every rich cell the first one's text (exceljs#2267).
      const a2 = ws.getCell('A2').value as Runs;
      const a3 = ws.getCell('A3').value as Runs;
      expect(a2.richText.map((r) => r.text)).toEqual(['管理', '许可证', '签发']);
      expect(a2.richText[1]!.font).toMatchObject({ bold: true, color: { argb: 'FFC00000' }, name: '等线' });
      expect(a2.richText[0]!.font?.bold).toBeUndefined();
      expect(a3.richText.map((r) => r.text)).toEqual(['负责中国', '贸易', '投资', '指南']);
      expect(a3.richText[1]!.font).toMatchObject({ strike: true, color: { argb: 'FFC00000' } });
      expect(a3.richText[2]!.font).toMatchObject({ underline: true, color: { argb: 'FF00803C' } });
      // A cell with no marked run is a plain string.
      expect(ws.getCell('A5').value).toBe('没有标记的文字');
      // Rich text that starts like a formula stays text, marked quotePrefix like any such cell.
      expect((ws.getCell('A4').value as Runs).richText[0]!.text).toBe('=HYPERLINK("http://evil.example/","点击")');
      const sheet = zipEntry(buffer, 'xl/worksheets/sheet1.xml')!;
      expect(sheet).not.toContain('<f>');
      const style = Number(/<c r="A4" s="(\d+)"/.exec(sheet)![1]);
      const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(zipEntry(buffer, 'xl/styles.xml')!)![1]!.match(/<xf\b[^>]*>/g)!;
      expect(xfs[style]).toContain('quotePrefix="1"');
      // Widths are measured on the whole text.
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(22);
    });
  }

  it('Markdown: matches bold (** between letters, <strong> at punctuation), deletions <del>, insertions <ins><strong> (underlined and bold, as a 新旧对照表 marks them), all escaped', () => {
    const md = renderMarkdownTable({
      columns: [{ header: 'text' }],
      rows: [
        ...table.rows.map((r) => [r[0]!]),
        [runsCell([{ text: '的' }, { text: '《规定》', mark: 'match' }, { text: '中' }])],
        [runsCell([{ text: 'a|b*', mark: 'match' }, { text: '<x>' }, { text: '_y_', mark: 'deleted' }])],
      ],
    });
    expect(md.split('\n').slice(2, -1)).toEqual([
      '| 管理**许可证**签发 |',
      '| 负责中国<del>贸易</del><ins><strong>投资</strong></ins>指南 |',
      '| <strong>=HYPERLINK("http://evil.example/","点击")</strong>，其他。 |',
      '| 没有标记的文字 |',
      '| 的<strong>《规定》</strong>中 |',
      '| <strong>a\\|b\\*</strong>\\<x\\><del>\\_y\\_</del> |',
    ]);
  });

  it('CSV: runs are plain text, neutralised like any cell', () => {
    const rows = parseCsv(renderCsv(table), { relaxQuotes: false }) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '管理许可证签发',
      '负责中国贸易投资指南',
      '\'=HYPERLINK("http://evil.example/","点击")，其他。',
      '没有标记的文字',
    ]);
  });
});
