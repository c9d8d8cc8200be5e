// The Word (.docx) reader, and the counters word processors number lists with.
// Fixtures: test/fixtures/import/office/, made by make-fixtures.py there with
// LibreOffice from the .fodt sources beside them (the script says how).
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../../../src/corpus/format.js';
import { parseCorpusText } from '../../../src/corpus/parse.js';
import { UserError } from '../../../src/errors.js';
import { importNotice } from '../../../src/importer/notice.js';
import { formatCounter, renderLevelText, toChineseNumber } from '../../../src/importer/readers/numbering.js';
import { readSource } from '../../../src/importer/readers/read-source.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const office = (name: string) => readFileSync(new URL(`../../fixtures/import/office/${name}`, import.meta.url));
const read = (bytes: Uint8Array, name = 'notice') => readSource(bytes, { name, decoder: iconv });
const importOf = (text: string) => importNotice(text, { initials }).document;
const bundled = parseCorpusText(readFileSync(new URL('../../../corpus/sbf-2003-9.yaml', import.meta.url), 'utf8'), 'b')[0]!.doc;
const withoutUnitNotes = (doc: DocumentFile): DocumentFile => ({ ...doc, units: doc.units.map(({ notes: _n, ...u }) => u) });
const sandingTxt = readFileSync(new URL('../../fixtures/import/sanding.txt', import.meta.url), 'utf8');
const lines = (text: string) => text.split('\n').map((l) => l.replace(/[\s\u00a0\u3000]+/gu, ' ').trim()).filter((l) => l !== '');

describe('numbering as word processors show it', () => {
  it('formats counters in the formats Chinese documents use', () => {
    expect([1, 2, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1001].map(toChineseNumber)).toEqual([
      '一', '二', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千', '一千零一',
    ]);
    expect(formatCounter(12, 'chineseCounting')).toBe('十二');
    expect(formatCounter(3, 'taiwaneseCountingThousand')).toBe('三');
    expect(formatCounter(12, 'chineseLegalSimplified')).toBe('拾贰');
    expect(formatCounter(3, 'ideographTraditional')).toBe('丙');
    expect(formatCounter(3, 'ideographZodiac')).toBe('寅');
    expect(formatCounter(10, 'ideographDigital')).toBe('一〇');
    expect(formatCounter(4, 'decimalEnclosedCircle')).toBe('④');
    expect(formatCounter(12, 'decimalFullWidth')).toBe('１２');
    expect(formatCounter(4, 'lowerRoman')).toBe('iv');
    expect(formatCounter(28, 'upperLetter')).toBe('BB');
    expect(formatCounter(1, 'bullet')).toBeUndefined();
  });

  it('fills a level text with each level’s counter in that level’s format', () => {
    expect(renderLevelText('（%2）', [3, 4], ['chineseCounting', 'chineseCounting'])).toBe('（四）');
    expect(renderLevelText('%1、', [11], ['chineseCounting'])).toBe('十一、');
    expect(renderLevelText('第%1条', [23], ['chineseCounting'])).toBe('第二十三条');
    expect(renderLevelText('%1.%2', [2, 3], ['decimal', 'decimal'])).toBe('2.3');
  });
});

describe('.docx reader', () => {
  it('reads Writer’s automatic list numbering as the labels it shows: the same document as the typed text', async () => {
    const source = await read(office('sanding-numbered.docx'));
    expect(source.format).toBe('docx');
    expect(source.encoding).toBeUndefined();
    expect(lines(source.text)).toEqual(lines(sandingTxt));
    expect(source.text.split('\n')[1]).toMatch(/^\u3000\u3000根据第十一届/u);
    expect(source.dropped).toEqual([]);
    expect(importOf(source.text)).toEqual(importOf(sandingTxt));
  });

  it('imports the seed from .docx to the bundled corpus', async () => {
    const source = await read(office('seed.docx'));
    expect(withoutUnitNotes(importOf(source.text))).toEqual(withoutUnitNotes(bundled));
  });

  it('refuses a damaged .docx in one line', async () => {
    const bytes = office('sanding-numbered.docx');
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    await expect(read(cut, 'cut.docx')).rejects.toThrow(UserError);
    await expect(read(cut, 'cut.docx')).rejects.toThrow(/^cut\.docx: a damaged \.docx file \(the zip container cannot be read: .*\); open and re-save it in Word, WPS or LibreOffice$/u);
  });
});

describe('PDF reader', () => {
  it('joins the lines the page width broke, drops the running header and the — N — folios, repairs the spaces', async () => {
    const source = await read(office('sanding-numbered.pdf'));
    expect(source.format).toBe('pdf');
    // 〔200|8〕 broken at a line end, 11 号 spaced by the PDF: both read as the text prints them.
    expect(source.text).toContain('（国发〔2008〕11号），设立商务部');
    expect(lines(source.text)).toEqual(lines(sandingTxt));
    // The running header (the title, on every page) is reported; the folios are not text at all.
    expect(source.dropped).toEqual(Array(4).fill('商务部主要职责内设机构和人员编制规定'));
    expect(source.text).not.toMatch(/—\s*\d\s*—/u);
    expect(importOf(source.text)).toEqual(importOf(sandingTxt));
  });

  it('imports the seed from PDF to the bundled corpus (a title wrapped over two lines, -N- folios)', async () => {
    const source = await read(office('seed.pdf'));
    expect(source.text.split('\n')[0]).toBe('商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知');
    expect(source.text).toContain('中华人民共和国商务部 二○○三年六月二十六日');
    expect(withoutUnitNotes(importOf(source.text))).toEqual(withoutUnitNotes(bundled));
  });

  it('reads a PDF that names a standard Chinese font instead of embedding one (STSong-Light, UniGB-UCS2-H, no ToUnicode)', async () => {
    // test/fixtures/import/pdf/make-fixtures.py writes it; without Adobe's CMaps its text would be unreadable.
    const source = await read(readFileSync(new URL('../../fixtures/import/pdf/cid-font.pdf', import.meta.url)));
    expect(lines(source.text)).toEqual(lines(sandingTxt));
    expect(importOf(source.text)).toEqual(importOf(sandingTxt));
  });

  it('refuses a scan (pages that are images, no text layer) and a damaged PDF in one line', async () => {
    await expect(read(office('scan.pdf'), 'scan.pdf')).rejects.toThrow(
      /^scan\.pdf: the PDF has no text layer \(its page is an image: a scan\?\); mandates does not do OCR: import the document's \.docx or web page, or run OCR first$/u,
    );
    const damaged = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
    await expect(read(damaged, 'bad.pdf')).rejects.toThrow(/^bad\.pdf: a damaged PDF \(.*\); save it again from the program that made it$/u);
  });
});

describe('.odt reader', () => {
  it('counts list numbers from the list style (一, 二, 三, ... with its prefix and suffix) and shows them as labels', async () => {
    const source = await read(office('sanding-numbered.odt'));
    expect(source.format).toBe('odt');
    expect(lines(source.text)).toEqual(lines(sandingTxt));
    // A list item's second paragraph is not numbered; the style's first-line indent is kept.
    expect(source.text).toContain('\n（一）办公厅。\n\u3000\u3000负责机关日常运转工作');
    expect(importOf(source.text)).toEqual(importOf(sandingTxt));
  });
});

describe('.doc reader', () => {
  it('reads a Word 97–2003 document’s text', async () => {
    const source = await read(office('sanding-typed.doc'));
    expect(source.format).toBe('doc');
    expect(lines(source.text)).toEqual(lines(sandingTxt));
    expect(importOf(source.text)).toEqual(importOf(sandingTxt));
  });

  it('says so when Word numbered the lists automatically (the numbers are not in a .doc’s text)', async () => {
    await expect(read(office('sanding-numbered.doc'), 'n.doc')).rejects.toThrow(
      /^n\.doc: no numbered items in the \.doc's text: Word's automatic list numbers are not stored in a \.doc's text; open it in Word, WPS or LibreOffice, save it as \.docx, and import that$/u,
    );
  });

  it('refuses a damaged .doc in one line', async () => {
    const bytes = office('sanding-typed.doc');
    const damaged = Buffer.concat([bytes.subarray(0, 512), Buffer.alloc(2048, 0xff)]);
    // So damaged that its kind no longer shows: --from doc insists.
    await expect(read(damaged, 'bad.doc')).rejects.toThrow(/^bad\.doc: an Office file that is not a Word document/u);
    await expect(readSource(damaged, { name: 'bad.doc', decoder: iconv, from: 'doc' })).rejects.toThrow(/^bad\.doc: a damaged or unreadable \.doc \(.*\); open it in Word, WPS or LibreOffice and save it as \.docx$/u);
  });
});
