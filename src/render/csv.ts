import { cellText, type Table } from './table.js';

/**
 * What a spreadsheet would read as the start of a formula (OWASP, CSV
 * injection): = + - @, and tab or carriage return, which some spreadsheets
 * skip before looking for one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Would a spreadsheet take this text for a formula (when it reads a CSV, or when a user edits the cell)? */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A cell a spreadsheet will show as text: a leading ' keeps = + - @ from starting a formula. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

function field(text: string): string {
  return `"${neutraliseFormula(text).replace(/"/g, '""')}"`;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel on Chinese Windows reads UTF-8 rather than GBK. */
  readonly bom?: boolean;
}

/**
 * RFC 4180 CSV: a header row, CRLF line ends, every field quoted (quotes
 * doubled), so commas, quotes and line breaks inside a duty stay in their
 * field. Fields that would start a formula get a leading ' (OWASP).
 */
export function renderCsv(table: Table, options: CsvOptions = {}): string {
  const lines = [table.columns.map((c) => field(c.header)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((_, i) => field(cellText(row[i] ?? null))).join(','));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
