/**
 * Tables and workbooks as plain values: what the tabular renderers (csv,
 * xlsx, Markdown tables) take. The corpus export builds these, and so can
 * search hits and diff results, so every table-shaped output shares one
 * writer per format.
 */

import { labelsFor, type Lang } from './labels.js';

export interface TableColumn {
  readonly header: string;
  /** In a spreadsheet, the widest this column grows (in Latin character widths; CJK count two) before its text wraps. */
  readonly maxWidth?: number;
}

/** A link from a cell: to another sheet of the same workbook (by its key), or to a URL. */
export type CellLink = { readonly sheet: string } | { readonly url: string };

/**
 * What a stretch of a cell's text is, not how it looks: each writer shows it
 * its own way (xlsx: a rich-text run; Markdown: bold, <del>, <ins>; csv:
 * plain text, which it is).
 */
export type RunMark = 'match' | 'deleted' | 'inserted';

export interface TextRun {
  readonly text: string;
  readonly mark?: RunMark;
}

export interface RichCell {
  /** The whole text (with runs: the runs' texts joined). */
  readonly text: string;
  /** A link (a linked cell shows its text plain: its runs are not used). */
  readonly link?: CellLink;
  /** Indent level of the text in a spreadsheet (a sub-item under its parent). */
  readonly indent?: number;
  /** The text in marked stretches; build with runsCell so `text` agrees. */
  readonly runs?: readonly TextRun[];
}

export type TableCell = string | number | null | RichCell;

export interface Table {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}

/** One sheet of a workbook. */
export interface SheetSpec extends Table {
  /** How links name this sheet; the sheet's visible name is derived from `name`. */
  readonly key: string;
  /** The wanted sheet name; the xlsx writer makes it valid (≤ 31 characters, none of []:*?/\) and unique. */
  readonly name: string;
  readonly autoFilter?: boolean;
}

export interface WorkbookProperties {
  readonly title: string;
  readonly creator: string;
  readonly subject?: string;
  readonly description?: string;
  readonly keywords?: string;
  /** When the workbook was made; a renderer never reads the clock itself. */
  readonly created: Date;
}

export interface WorkbookSpec {
  readonly properties: WorkbookProperties;
  readonly sheets: readonly SheetSpec[];
}

/** A cell of marked runs (adjacent runs with the same mark merged, empty ones dropped). */
export function runsCell(runs: readonly TextRun[]): RichCell {
  const merged: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.mark === run.mark) merged[merged.length - 1] = { text: last.text + run.text, mark: run.mark };
    else merged.push(run.mark === undefined ? { text: run.text } : { text: run.text, mark: run.mark });
  }
  return { text: merged.map((r) => r.text).join(''), runs: merged };
}

/** A cell as plain text (what csv and Markdown write). */
export function cellText(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return cell.text;
}

/** When results were made, as a details sheet or heading shows it: `2026-11-27 09:30 UTC`, the same in every time zone the file is read in. */
export function detailsDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A sheet of name–value rows: the query or summary that goes beside a list of results. */
export function detailsSheet(key: string, name: string, details: readonly (readonly [string, TableCell])[], lang: Lang = 'zh'): SheetSpec {
  const L = labelsFor(lang);
  return {
    key,
    name,
    columns: [{ header: L.field }, { header: L.value, maxWidth: 80 }],
    rows: details.map(([field, value]) => [field, value]),
  };
}

/** How a list of results (search hits, a diff) becomes an xlsx: the results, then optionally a sheet of details (the query, a summary). */
export function resultsWorkbook(sheet: Omit<SheetSpec, 'key'>, properties: WorkbookProperties, details?: SheetSpec): WorkbookSpec {
  return { properties, sheets: [{ ...sheet, key: 'results' }, ...(details ? [details] : [])] };
}
