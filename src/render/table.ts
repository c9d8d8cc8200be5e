/**
 * Tables and workbooks as plain values: what the tabular renderers (csv,
 * xlsx, Markdown tables) take. The corpus export builds these, and so can
 * search hits and diff results, so every table-shaped output shares one
 * writer per format.
 */

export interface TableColumn {
  readonly header: string;
  /** In a spreadsheet, the widest this column grows (in Latin character widths; CJK count two) before its text wraps. */
  readonly maxWidth?: number;
}

/** A link from a cell: to another sheet of the same workbook (by its key), or to a URL. */
export type CellLink = { readonly sheet: string } | { readonly url: string };

export interface RichCell {
  readonly text: string;
  readonly link?: CellLink;
  /** Indent level of the text in a spreadsheet (a sub-item under its parent). */
  readonly indent?: number;
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

/** A cell as plain text (what csv and Markdown write). */
export function cellText(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return cell.text;
}

/** A workbook of one sheet: how a list of results (search hits, a diff) becomes an xlsx. */
export function singleSheetWorkbook(sheet: Omit<SheetSpec, 'key'>, properties: WorkbookProperties): WorkbookSpec {
  return { properties, sheets: [{ ...sheet, key: 'results' }] };
}
