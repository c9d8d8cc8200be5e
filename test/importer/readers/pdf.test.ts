// The PDF reader around the layout: which pieces of a page's text layer are
// the notice's lines (not rotated stamps or margin notes), the title in the
// info dictionary, and the refusals (scans of one page or many, passwords).
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readPdf } from '../../../src/importer/readers/pdf.js';
import { readSource } from '../../../src/importer/readers/read-source.js';
import { pdf, type PdfText } from '../../helpers/pdf-build.js';

const read = (bytes: Uint8Array, name = 'n.pdf') => readSource(bytes, { name, decoder: iconv });

/** A short notice page: a centred title and three body lines, 16 pt. */
const page = (extra: readonly PdfText[] = []): PdfText[] => [
  { text: '商务部主要职责', x: 220.5, y: 760, size: 22 },
  { text: '一、拟订国内外贸易和国际经济合作的发展战略。', x: 80, y: 700 },
  { text: '二、负责推进流通产业结构调整。', x: 80, y: 672 },
  { text: '三、承办国务院交办的其他事项。', x: 80, y: 644 },
  ...extra,
];
const BODY = '商务部主要职责\n一、拟订国内外贸易和国际经济合作的发展战略。\n二、负责推进流通产业结构调整。\n三、承办国务院交办的其他事项。';
const bodyOf = (text: string) => text.replace(/^\u3000+/u, '');

describe('PDF pages', () => {
  it('reads the upright text of a page, in the size it is set in', async () => {
    const source = await read(pdf([page()]));
    expect(source.format).toBe('pdf');
    expect(bodyOf(source.text)).toBe(BODY);
    expect(source.dropped).toEqual([]);
  });

  it('leaves out rotated stamps and vertical margin notes, keeps text only slightly skewed', async () => {
    const extra: PdfText[] = [
      // A 机密 stamp turned a quarter, a 45° watermark, a margin note set vertically (upside down too).
      { text: '机密', x: 40, y: 500, matrix: [0, 1, -1, 0] },
      { text: '样本', x: 200, y: 400, matrix: [0.707, 0.707, -0.707, 0.707] },
      { text: '装订线', x: 30, y: 300, matrix: [0, -1, 1, 0] },
      // Turned or sheared by a fifth: not a line of the body either.
      { text: '斜戳', x: 300, y: 560, matrix: [1, 0.2, 0, 1] },
      { text: '倾斜', x: 300, y: 540, matrix: [1, 0, 0.2, 1] },
      // Skewed by 3 % (a scanned-and-traced page): still the body.
      { text: '四、完成其他工作。', x: 80, y: 616, matrix: [1, 0.03, 0, 1] },
      { text: '五、其余事项。', x: 80, y: 588, matrix: [1, 0, 0.03, 1] },
    ];
    const source = await read(pdf([page(extra)]));
    expect(bodyOf(source.text)).toBe(`${BODY}\n四、完成其他工作。\n五、其余事项。`);
  });

  it('reads text set by a scaled text matrix at the size it shows', async () => {
    // Size 1 in Tf, scaled 16 by the matrix (as many generators write it);.
    const scaled = page().map((t) => ({ ...t, size: 1, matrix: [t.size ?? 16, 0, 0, t.size ?? 16] as const }));
    expect(bodyOf((await read(pdf([scaled]))).text)).toBe(BODY);
  });

  it('reads the pages in order', async () => {
    const second: PdfText[] = [{ text: '四、完成党中央交办的其他任务。', x: 80, y: 760 }];
    expect(bodyOf((await read(pdf([page(), second]))).text)).toBe(`${BODY}\n四、完成党中央交办的其他任务。`);
  });
});

describe('PDF title', () => {
  it('takes the info dictionary’s title when it is a Chinese title of six characters or more', async () => {
    const meta = async (title?: string) => (await read(pdf([page()], title === undefined ? {} : { title }))).metadata;
    expect(await meta(' 商务部主要职责内设机构和人员编制规定 ')).toEqual({ title: '商务部主要职责内设机构和人员编制规定' });
    expect(await meta('关于印发通知')).toEqual({ title: '关于印发通知' });
    expect(await meta('印发的通知')).toEqual({});
    expect(await meta('Microsoft Word - 文档1.docx')).toEqual({});
    expect(await meta()).toEqual({});
  });
});

describe('PDF refusals', () => {
  it('refuses pages with no text (a scan of several pages) in one line', async () => {
    const scan = pdf([[], [], []]);
    await expect(read(scan, 'scan.pdf')).rejects.toThrow(UserError);
    await expect(read(scan, 'scan.pdf')).rejects.toThrow(
      /^scan\.pdf: the PDF has no text layer \(its 3 pages are images: a scan\?\); mandates does not do OCR: import the document's \.docx or web page, or run OCR first$/u,
    );
    // Only a rotated stamp on the page: nothing of the body either.
    await expect(readPdf(pdf([[{ text: '机密', x: 40, y: 500, matrix: [0, 1, -1, 0] }]]), 'stamp.pdf')).rejects.toThrow(/^stamp\.pdf: the PDF has no text layer \(its page is an image/u);
  });

  it('loads Adobe’s CMaps by their names only: a font that names a path as its CMap gets no file read', async () => {
    const line: PdfText[] = [{ text: '一、拟订国内外贸易和国际经济合作的发展战略。', x: 80, y: 700 }];
    expect((await read(pdf([line]))).text).toBe('一、拟订国内外贸易和国际经济合作的发展战略。');
    // ../cmaps/UniGB-UCS2-H would be the very same file, reached through the parent folder.
    await expect(read(pdf([line], { cmap: '#2E#2E#2Fcmaps#2FUniGB-UCS2-H' }), 'path.pdf')).rejects.toThrow(/^path\.pdf: the PDF has no text layer/u);
  });

  it('refuses a PDF encrypted with a password in one line', async () => {
    const encrypted = readFileSync(new URL('../../fixtures/import/office/encrypted.pdf', import.meta.url));
    await expect(read(encrypted, 'locked.pdf')).rejects.toThrow(/^locked\.pdf: the PDF is encrypted with a password; open it, save a copy without the password, and import that$/u);
  });
});
