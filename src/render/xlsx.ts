/**
 * Workbooks to xlsx with exceljs's streaming writer, for small exports and
 * 100,000-duty ones alike: one code path, so links, widths, filters and the
 * frozen header are the same at every size. Heavy (exceljs): load it with
 * `await import()`. Pure in the sense of the render layer: a spec in, bytes
 * out to the stream it is given; it never opens files itself.
 */
import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { startsLikeFormula } from './csv.js';
import type { RichCell, RunMark, SheetSpec, TableCell, TextRun, WorkbookSpec } from './table.js';

/** Excel's limit on a sheet name, in UTF-16 code units. */
const SHEET_NAME_MAX = 31;
/** A font that renders Chinese: Excel's default for Simplified Chinese since 2016; charset 134 (GB2312) steers substitution elsewhere. */
const FONT = { name: '等线', size: 11, family: 2, charset: 134 } as const;
/** Column widths, in Excel's units (widths of the digit 0; a CJK character takes about two). */
const MIN_WIDTH = 6;
/** Cell padding, in the same units. */
const PADDING = 2;
const DEFAULT_MAX_WIDTH = 50;
/** Room for the filter button beside a header. */
const FILTER_BUTTON = 3;
/** Rows written between pauses that let the zip stream drain, which bounds memory. */
const ROWS_PER_PAUSE = 1000;
/**
 * Up to this many rows in all, strings go to the shared-string table (what
 * Excel itself writes); beyond it they are written in the cells, so memory
 * does not grow with the number of distinct strings.
 */
export const SHARED_STRINGS_MAX_ROWS = 50_000;

/** How marked runs look: a match bold dark red (as the terminal shows it), a deletion red struck through, an insertion green, underlined and bold (as a 新旧对照表 marks it). */
const RUN_FONT: Readonly<Record<RunMark, Partial<ExcelJS.Font>>> = {
  match: { ...FONT, bold: true, color: { argb: 'FFC00000' } },
  deleted: { ...FONT, strike: true, color: { argb: 'FFC00000' } },
  inserted: { ...FONT, underline: true, bold: true, color: { argb: 'FF00803C' } },
};

/** Every run names the font: a run's properties replace the cell's font rather than add to it. */
function richText(runs: readonly TextRun[]): ExcelJS.CellRichTextValue {
  return { richText: runs.map((r) => ({ text: r.text, font: r.mark ? RUN_FONT[r.mark] : FONT })) };
}

/** Points per line of wrapped 11-point text: a CJK font's line is taller than Calibri's 15. */
const LINE_HEIGHT = 15.6;


/**
 * Valid, unique sheet names: none of []:*?/\ (nor !, which would break the
 * links that name the sheet), no leading or trailing apostrophe, at most 31
 * characters, unique ignoring case as Excel compares them; "History" is
 * reserved by Excel.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>(['history']);
  return wanted.map((w) => {
    let base = w
      .replace(/[\u0000-\u001f\u007f-\u009f]/gu, '')
      .replace(/[[\]:*?/\\!]/gu, '_')
      .trim()
      .replace(/^'+|'+$/gu, '');
    if (base === '') base = 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      let name = '';
      for (const ch of base) {
        if (name.length + ch.length + suffix.length > SHEET_NAME_MAX) break;
        name += ch;
      }
      name = name.trimEnd().replace(/'+$/u, '') + suffix;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  });
}

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to cell A1 of a sheet, quoted as formulas and links need it. */
function sheetRef(name: string): string {
  return `${quotedSheet(name)}!A1`;
}

/** Column letters: 1 → A, 27 → AA. */
function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

function richOf(cell: TableCell): RichCell | undefined {
  return cell !== null && typeof cell === 'object' ? cell : undefined;
}

/** Is this code point one a spreadsheet draws two digits wide: CJK, Hangul, full-width forms? */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Width units a line of text takes, CJK characters counting two. (In
 * 11-point 等线 a CJK glyph is about 1.9 digits wide, so this errs on the side
 * of room.) Not the terminal's displayWidth: a 100,000-duty export measures
 * every cell, and this plain loop is many times faster.
 */
export function textUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) {
      units += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      units += isWide(text.codePointAt(i)!) ? 2 : 1;
      i++;
    } else {
      units += isWide(c) ? 2 : 1;
    }
  }
  return units;
}

function cellWidth(cell: TableCell): number {
  if (cell === null) return 0;
  if (typeof cell === 'number') return String(cell).length;
  const text = typeof cell === 'string' ? cell : cell.text;
  const indent = (richOf(cell)?.indent ?? 0) * 2;
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, textUnits(line));
  return widest + indent;
}

/**
 * Column widths that fit the text: exceljs has no autofit, so measure, with
 * CJK characters counting two, and cap at the column's maxWidth (the text
 * wraps beyond it).
 */
export function columnWidths(sheet: SheetSpec): number[] {
  return sheet.columns.map((col, i) => {
    const max = col.maxWidth ?? DEFAULT_MAX_WIDTH;
    let width = textUnits(col.header) + (sheet.autoFilter ? FILTER_BUTTON : 0);
    for (const row of sheet.rows) {
      if (width >= max) break;
      width = Math.max(width, cellWidth(row[i] ?? null));
    }
    return Math.max(MIN_WIDTH, Math.ceil(Math.min(width, max)) + PADDING);
  });
}

/**
 * The height a row needs for its wrapped text, or undefined for one line.
 * Excel sizes rows without a height when it opens a file, but LibreOffice
 * and WPS do not, so multi-line rows get one, estimated on the generous side.
 */
export function rowHeight(row: readonly TableCell[], widths: readonly number[]): number | undefined {
  let lines = 1;
  row.forEach((cell, i) => {
    if (cell === null || typeof cell === 'number') return;
    const text = typeof cell === 'string' ? cell : cell.text;
    const usable = Math.max(1, widths[i]! - PADDING - (richOf(cell)?.indent ?? 0) * 2);
    let n = 0;
    for (const line of text.split('\n')) n += Math.max(1, Math.ceil(textUnits(line) / usable));
    lines = Math.max(lines, n);
  });
  return lines > 1 ? Math.ceil(lines * LINE_HEIGHT) : undefined;
}

type Style = Partial<ExcelJS.Style>;

/**
 * The styles, made once and shared: exceljs recognises a style object it has
 * seen before by identity, which keeps a 100,000-row export cheap.
 */
class Styles {
  private readonly cache = new Map<string, Style>();
  /** Indexes (in the workbook's cellXfs) of the styles that carry quotePrefix. */
  readonly quotePrefixed = new Set<number>();

  constructor(private readonly register: (style: Style) => number) {}

  get(kind: 'header' | 'text' | 'link' | 'number', indent = 0, quote = false): Style {
    const key = `${kind}/${indent}/${quote}`;
    let style = this.cache.get(key);
    if (!style) {
      const alignment: Partial<ExcelJS.Alignment> =
        kind === 'number' ? { vertical: 'top', horizontal: 'center' } : { vertical: 'top', wrapText: true };
      // Spreadsheets apply an indent only to explicitly left-aligned text.
      if (indent > 0) Object.assign(alignment, { horizontal: 'left', indent });
      style = {
        font:
          kind === 'header'
            ? { ...FONT, bold: true }
            : kind === 'link'
              ? { ...FONT, underline: true, color: { argb: 'FF0563C1' } }
              : { ...FONT },
        alignment,
      };
      if (kind === 'header') {
        style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
        style.border = { bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
      }
      if (quote) {
        // exceljs merges styles that render alike and knows nothing of quotePrefix; an explicit
        // `locked` (the default anyway) keeps this one a separate entry to mark.
        style.protection = { locked: true };
        this.quotePrefixed.add(this.register(style));
      }
      this.cache.set(key, style);
    }
    return style;
  }
}

/** The workbook's default font (the Normal style, what column widths are measured in) set to FONT, as Chinese Excel has it. */
function chineseDefaultFont(stylesXml: string): string {
  const font = `<font><sz val="${FONT.size}"/><name val="${FONT.name}"/><family val="${FONT.family}"/><charset val="${FONT.charset}"/></font>`;
  return stylesXml.replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/u, `$1${font}`);
}

/** Mark the given cellXfs entries quotePrefix="1" (exceljs writes the attribute for no style). */
function addQuotePrefix(stylesXml: string, indexes: ReadonlySet<number>): string {
  if (indexes.size === 0) return stylesXml;
  return stylesXml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/u, (section) => {
    let i = -1;
    return section.replace(/<xf\b/gu, (tag) => (indexes.has(++i) ? `${tag} quotePrefix="1"` : tag));
  });
}

// exceljs internals this writer relies on (exceljs 4.4), kept in one place.
interface DefinedName {
  name: string;
  localSheetId: number;
  ranges: string[];
}
interface WriterInternals {
  styles: { addStyleModel(style: Style, cellType: ExcelJS.ValueType): number; xml: string };
  sharedStrings: SharedStringsInternals;
  _definedNames: { model: DefinedName[] };
  zip: { append(data: string, options: { name: string }): void };
  addStyles(): Promise<void>;
}
interface SharedStringsInternals {
  add(value: string | ExcelJS.CellRichTextValue): number;
  _values: unknown[];
  _totalRefs: number;
}
interface SheetInternals {
  _sheetRelsWriter: { addHyperlink(link: { address: string; target: string }): void; _hyperlinks: object[] };
}

/**
 * Links within the workbook as Excel writes them: `location` only, no
 * relationship. exceljs's streaming writer would make every link an external
 * relationship, which LibreOffice resolves as a link to another file.
 */
function linkWithinWorkbook(sheet: ExcelJS.Worksheet): void {
  const rels = (sheet as unknown as SheetInternals)._sheetRelsWriter;
  const external = rels.addHyperlink.bind(rels);
  rels.addHyperlink = (link) => {
    if (link.target.startsWith('#')) rels._hyperlinks.push({ address: link.address, target: link.target.slice(1) });
    else external(link);
  };
}

/**
 * exceljs's streaming writer keys its shared-string table by the value
 * itself, so every rich-text value becomes "[object Object]" and all of them
 * share the first one's entry (exceljs#2267). Key rich text by its runs.
 */
function distinctRichText(shared: SharedStringsInternals): void {
  const addText = shared.add.bind(shared);
  const rich = new Map<string, number>();
  shared.add = (value) => {
    if (typeof value !== 'object') return addText(value);
    const key = JSON.stringify(value.richText);
    let index = rich.get(key);
    if (index === undefined) {
      index = shared._values.length;
      shared._values.push(value);
      rich.set(key, index);
    }
    shared._totalRefs++;
    return index;
  };
}

export interface XlsxOptions {
  /** Overrides SHARED_STRINGS_MAX_ROWS (tests use it to exercise both ways of writing strings). */
  readonly sharedStringsMaxRows?: number;
}

/** Write the workbook as xlsx into `sink`; resolves once the sink has finished. */
export async function writeXlsx(spec: WorkbookSpec, sink: Writable, options: XlsxOptions = {}): Promise<void> {
  let failed: (e: Error) => void = () => {};
  const sinkError = new Promise<never>((_, reject) => (failed = reject));
  sink.once('error', (e) => failed(e));
  await Promise.race([build(spec, sink, options), sinkError]);
}

async function build(spec: WorkbookSpec, sink: Writable, options: XlsxOptions): Promise<void> {
  const totalRows = spec.sheets.reduce((n, s) => n + s.rows.length + 1, 0);
  const { properties: p } = spec;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: totalRows <= (options.sharedStringsMaxRows ?? SHARED_STRINGS_MAX_ROWS),
  });
  Object.assign(wb, {
    creator: p.creator,
    lastModifiedBy: p.creator,
    created: p.created,
    modified: p.created,
    title: p.title,
    subject: p.subject,
    description: p.description,
    keywords: p.keywords,
  });
  const internals = wb as unknown as WriterInternals;
  distinctRichText(internals.sharedStrings);
  const styles = new Styles((style) => internals.styles.addStyleModel(style, ExcelJS.ValueType.String));
  internals.addStyles = async () => {
    internals.zip.append(chineseDefaultFont(addQuotePrefix(internals.styles.xml, styles.quotePrefixed)), { name: 'xl/styles.xml' });
  };

  const pause = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    while (sink.writableNeedDrain) await new Promise((resolve) => sink.once('drain', resolve));
  };

  const names = sheetNames(spec.sheets.map((s) => s.name));
  const nameOf = new Map(spec.sheets.map((s, i) => [s.key, names[i]!]));
  const filterNames: DefinedName[] = [];
  let written = 0;
  for (const [si, sheet] of spec.sheets.entries()) {
    const ws = wb.addWorksheet(names[si]!, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      // Printed, the header row repeats on every page.
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '1:1' },
    });
    linkWithinWorkbook(ws);
    const widths = columnWidths(sheet);
    ws.columns = widths.map((width) => ({ width }));
    if (sheet.autoFilter) {
      const last = `${columnLetters(sheet.columns.length)}${sheet.rows.length + 1}`;
      ws.autoFilter = `A1:${last}`;
      // Excel writes this hidden name beside every autofilter, and LibreOffice drops a filter without it.
      filterNames.push({ name: '_xlnm._FilterDatabase', localSheetId: si, ranges: [`${quotedSheet(names[si]!)}!$A$1:$${last.replace(/(\d+)$/, '$$$1')}`] });
    }
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.eachCell((cell) => (cell.style = styles.get('header')));
    header.commit();
    for (const row of sheet.rows) {
      const values = row.map((cell): ExcelJS.CellValue => {
        if (cell === null || typeof cell === 'number' || typeof cell === 'string') return cell;
        if (cell.link) {
          const target = 'sheet' in cell.link ? `#${sheetRef(nameOf.get(cell.link.sheet) ?? cell.link.sheet)}` : cell.link.url;
          return { text: cell.text, hyperlink: target };
        }
        return cell.runs && cell.runs.some((r) => r.mark) ? richText(cell.runs) : cell.text;
      });
      const r = ws.addRow(values);
      const height = rowHeight(row, widths);
      if (height !== undefined) r.height = height;
      row.forEach((cell, ci) => {
        const text = typeof cell === 'string' ? cell : richOf(cell)?.text;
        const quote = text !== undefined && startsLikeFormula(text);
        const kind = typeof cell === 'number' ? 'number' : richOf(cell)?.link ? 'link' : 'text';
        r.getCell(ci + 1).style = styles.get(kind, richOf(cell)?.indent ?? 0, quote);
      });
      r.commit();
      if (++written % ROWS_PER_PAUSE === 0) await pause();
    }
    ws.commit();
    await pause();
  }
  internals._definedNames = { model: filterNames };
  await wb.commit();
}

/** The workbook as one buffer (for small workbooks and tests). */
export async function renderXlsx(spec: WorkbookSpec, options: XlsxOptions = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await writeXlsx(spec, sink, options);
  return Buffer.concat(chunks);
}
