import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { renderMarkdownTable } from '../../src/render/markdown.js';
import { resultsWorkbook, type Table } from '../../src/render/table.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { zipEntry } from '../helpers/zip.js';

// What search or diff would hand the table writers: their own columns and rows, not the corpus.
const hits: Table = {
  columns: [{ header: '单位' }, { header: '职能', maxWidth: 40 }, { header: '得分' }, { header: '来源' }],
  rows: [
    ['配额许可证事务局', '受商务部委托，管理全国许可证发证机构及各种进出口商品许可证件的签发工作并监督检查。', 3, { text: '官网', link: { url: 'https://example.org/notice?id=9' } }],
    ['外贸发展中心', null, 1.5, ''],
  ],
};

describe('generic tables through every tabular writer', () => {
  it('csv', () => {
    expect(parseCsv(renderCsv(hits))).toEqual([
      ['单位', '职能', '得分', '来源'],
      ['配额许可证事务局', hits.rows[0]![1], '3', '官网'],
      ['外贸发展中心', '', '1.5', ''],
    ]);
  });

  it('markdown', () => {
    expect(renderMarkdownTable(hits).split('\n')).toEqual([
      '| 单位 | 职能 | 得分 | 来源 |',
      '| --- | --- | --- | --- |',
      `| 配额许可证事务局 | ${hits.rows[0]![1]} | 3 | [官网](<https://example.org/notice?id=9>) |`,
      '| 外贸发展中心 |  | 1.5 |  |',
      '',
    ]);
  });

  it('xlsx: numbers stay numbers, URLs become external links, one frozen sheet', async () => {
    const buffer = await renderXlsx(
      resultsWorkbook({ name: 'search: 许可证', columns: hits.columns, rows: hits.rows, autoFilter: true }, { title: '搜索结果', creator: 't', created: new Date(0) }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('search_ 许可证');
    expect(ws.getCell('C2').value).toBe(3);
    expect(ws.getCell('C3').value).toBe(1.5);
    expect(ws.getCell('D2').value).toEqual({ text: '官网', hyperlink: 'https://example.org/notice?id=9' });
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getColumn(2).width).toBe(42);
    expect(ws.autoFilter).toBe('A1:D3');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(zipEntry(buffer, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="https://example.org/notice?id=9" TargetMode="External"');
  });
});
