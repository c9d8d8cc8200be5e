/**
 * How a Word file from mandates looks: a notice's typography after GB/T
 * 9704 (党政机关公文格式): A4, margins 37/35/28/26 mm, body 仿宋_GB2312 三号,
 * headings 黑体 then 楷体_GB2312, the page number — 1 — in 宋体 四号 at the foot.
 * Every run names its East Asian font (w:eastAsia), which is what Word and
 * WPS use for Chinese; Latin text and digits are Times New Roman. The font
 * table gives each 公文 font its Windows name as the alternative (仿宋 for
 * 仿宋_GB2312, 楷体 for 楷体_GB2312), so a machine without the GB2312 fonts
 * shows the right family. Heavy (docx): load with `await import()`.
 */
import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';

export const FONT = {
  /** Body text (正文). */
  body: '仿宋_GB2312',
  /** First-level headings, table headers. */
  heading: '黑体',
  /** Second-level headings (sections). */
  subheading: '楷体_GB2312',
  /** The page number. */
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points, by the names Chinese typesetting uses. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小四: 24, 五号: 21 } as const;

export type FontRole = keyof Omit<typeof FONT, 'latin'>;

/** A run's fonts: Latin and digits in Times New Roman, Chinese in the role's font. */
export function runFonts(role: FontRole): NonNullable<IRunOptions['font']> {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia: FONT[role], hint: 'eastAsia' };
}

/** A run of text in a role's font (the style's size unless given). */
export function run(text: string, role: FontRole, extra: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
  return new TextRun({ ...extra, text: wordSafe(text), font: runFonts(role) });
}

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab and line feed, lone
 * surrogates, U+FFFE/U+FFFF) would make Word refuse the whole file: they
 * become visible stand-ins, as on a terminal.
 */
export function wordSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    return cp < 0x20 ? String.fromCodePoint(0x2400 + cp) : '\ufffd';
  });
}

/** A paragraph of body text, first line indented two characters (as a notice's paragraphs are). */
export function bodyParagraph(children: IParagraphOptions['children'], extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ indent: { firstLine: 2 * 320 }, ...extra, children });
}

/** 28 pt exactly: GB/T 9704's 22 lines on a page of 三号 text. */
const LINE = { line: 560, lineRule: 'exact' as const };

/** The styles: Normal as body text, Heading 1–3 (which Word's navigation pane lists) as a notice's title and headings. */
function styles(): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  return {
    default: {
      document: {
        run: { font: runFonts('body'), size: SIZE.三号, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: LINE },
      },
      title: {
        run: { font: runFonts('heading'), size: SIZE.二号, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240, line: 720, lineRule: 'exact' as const } },
      },
      heading1: {
        run: { font: runFonts('heading'), size: SIZE.二号, bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0, keepNext: true, spacing: { before: 240, after: 240, line: 720, lineRule: 'exact' as const } },
      },
      heading2: {
        run: { font: runFonts('heading'), size: SIZE.三号, bold: false, italics: false, color: '000000' },
        paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 280, ...LINE } },
      },
      heading3: {
        run: { font: runFonts('subheading'), size: SIZE.三号, bold: false, color: '000000' },
        paragraph: { outlineLevel: 2, keepNext: true, indent: { firstLine: 640 }, spacing: LINE },
      },
      // GB/T 9704's third level: 仿宋, bold.
      heading4: {
        run: { font: runFonts('body'), size: SIZE.三号, bold: true, italics: false, color: '000000' },
        paragraph: { outlineLevel: 3, keepNext: true, indent: { firstLine: 640 }, spacing: LINE },
      },
    },
  };
}

/** The page number, centred: — 1 —. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFonts('pageNumber'), size: SIZE.四号 })],
      }),
    ],
  });
}

export interface OfficialDocumentOptions {
  readonly title: string;
  readonly creator: string;
  readonly description?: string;
  readonly subject?: string;
  readonly keywords?: string;
  /** Landscape pages (a wide table); portrait otherwise. */
  readonly landscape?: boolean;
  readonly children: ISectionOptions['children'];
}

/** The page: A4 with GB/T 9704's margins (landscape: 25 mm all round, for a wide table). */
function page(landscape: boolean): NonNullable<ISectionOptions['properties']>['page'] {
  // Rounded, not floored as convertMillimetersToTwip does: A4 is 11906 × 16838 twips exactly as Word writes it.
  const mm = (x: number) => Math.round(x * 1440 / 25.4);
  const portrait = { width: mm(210), height: mm(297) };
  return landscape
    ? {
        size: { ...portrait, orientation: PageOrientation.LANDSCAPE },
        margin: { top: mm(25), bottom: mm(25), left: mm(25), right: mm(25), footer: mm(12) },
      }
    : { size: portrait, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(20) } };
}

export function officialDocument(options: OfficialDocumentOptions): Document {
  return new Document({
    title: wordSafe(options.title),
    creator: wordSafe(options.creator),
    description: options.description === undefined ? undefined : wordSafe(options.description),
    subject: options.subject === undefined ? undefined : wordSafe(options.subject),
    keywords: options.keywords === undefined ? undefined : wordSafe(options.keywords),
    styles: styles(),
    sections: [
      {
        properties: { page: page(options.landscape ?? false) },
        footers: { default: pageNumberFooter() },
        children: options.children,
      },
    ],
  });
}

/** One font of the font table: its Windows name as the alternative, and the GB2312 charset so Word substitutes a Chinese face. */
function fontEntry(name: string, altName: string | undefined, family: string, panose: string): string {
  return (
    `<w:font w:name="${name}">${altName ? `<w:altName w:val="${altName}"/>` : ''}` +
    `<w:panose1 w:val="${panose}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="fixed"/></w:font>`
  );
}

/** word/fontTable.xml, replacing the library's (which names no fonts). */
export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  fontEntry('仿宋_GB2312', '仿宋', 'modern', '02010609030101010101') +
  fontEntry('楷体_GB2312', '楷体', 'modern', '02010609030101010101') +
  fontEntry('黑体', 'SimHei', 'modern', '02010609060101010101') +
  fontEntry('宋体', 'SimSun', 'auto', '02010600030101010101') +
  '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
  '</w:fonts>';

/** The finished file's bytes. */
export async function packDocx(doc: Document): Promise<Buffer> {
  const { Packer } = await import('docx');
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
