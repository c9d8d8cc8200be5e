/**
 * A diff as a Word 新旧对照表: a title, who A and B are, the counts, and the
 * table 序号 | 原文（A） | 现文（B） | 说明 on landscape A4, its header row
 * repeated on every page. Deletions are struck through, insertions
 * underlined and bold, as revisions are published. Heavy (docx): load with
 * `await import()`.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type TextRun,
} from 'docx';
import type { ComparisonTable } from './comparison-table.js';
import { officialDocument, packDocx, run, SIZE } from './docx-style.js';
import type { RichCell } from './table.js';

export interface ComparisonDocxOptions {
  readonly creator: string;
  readonly subject?: string;
  readonly keywords?: string;
}

/** Widths of 序号, 原文, 现文, 说明 in twips: landscape A4 less 25 mm margins is 13,608 twips. */
const COLUMNS = [800, 5200, 5200, 2408] as const;

const cellSize = SIZE.小四;

function markedRuns(cell: RichCell): TextRun[] {
  return (cell.runs ?? [{ text: cell.text }]).map((r) =>
    run(r.text, 'body', {
      size: cellSize,
      strike: r.mark === 'deleted',
      bold: r.mark === 'inserted',
      underline: r.mark === 'inserted' ? { type: UnderlineType.SINGLE } : undefined,
    }),
  );
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
/** Table text is single-spaced, not on the body's fixed 28-point grid. */
const cellSpacing = { line: 300, lineRule: 'auto' as const, before: 40, after: 40 };

function cell(paragraph: Paragraph, width: number, center = false): TableCell {
  return new TableCell({
    children: [paragraph],
    width: { size: width, type: WidthType.DXA },
    borders,
    verticalAlign: center ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
  });
}

function textCell(runs: TextRun[], width: number, align: 'center' | 'justified' | 'left' = 'justified'): TableCell {
  const alignment = align === 'center' ? AlignmentType.CENTER : align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
  return cell(new Paragraph({ children: runs, spacing: cellSpacing, alignment }), width, align === 'center');
}

export function comparisonDocument(table: ComparisonTable, options: ComparisonDocxOptions) {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headers.map((h, i) => textCell([run(h, 'heading', { size: cellSize })], COLUMNS[i]!, 'center')),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        children: [
          textCell([run(String(row.index), 'body', { size: cellSize })], COLUMNS[0], 'center'),
          textCell(row.a ? markedRuns(row.a.cell) : [], COLUMNS[1]),
          textCell(row.b ? markedRuns(row.b.cell) : [], COLUMNS[2]),
          textCell([run(row.note, 'body', { size: cellSize })], COLUMNS[3], 'left'),
        ],
      }),
  );
  const line = (text: string) => new Paragraph({ children: [run(text, 'body', { size: SIZE.四号 })], spacing: { line: 400, lineRule: 'auto' } });
  return officialDocument({
    title: table.title,
    creator: options.creator,
    description: table.summary,
    subject: options.subject,
    keywords: options.keywords,
    landscape: true,
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(table.title, 'heading')] }),
      line(table.captionA),
      line(table.captionB),
      line(table.summary),
      new Paragraph({ children: [], spacing: { line: 200, lineRule: 'auto' } }),
      new Table({
        rows: [header, ...rows],
        width: { size: COLUMNS.reduce((s, w) => s + w, 0), type: WidthType.DXA },
        columnWidths: [...COLUMNS],
        layout: TableLayoutType.FIXED,
      }),
    ],
  });
}

/** The 对照表 as the bytes of a .docx file. */
export async function renderComparisonDocx(table: ComparisonTable, options: ComparisonDocxOptions): Promise<Buffer> {
  return packDocx(comparisonDocument(table, options));
}
