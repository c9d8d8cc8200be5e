import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { safeLine } from './safe-text.js';
import { displayWidth } from './wrap.js';

export interface Column {
  readonly header: string;
  /** Lets this column shrink and wrap when the table is wider than the terminal. */
  readonly wrap?: boolean;
}

/** Rows for a pipe: one per line, cells separated by tabs, nothing decorative. */
export function renderTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(safeLine).join('\t') + '\n').join('');
}

/**
 * A table for a terminal, measuring CJK characters as two columns. Columns
 * marked `wrap` share whatever width the others leave.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { width: number; color: ChalkInstance; compact?: boolean },
): string {
  const cells = rows.map((r) => r.map(safeLine));
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))) + 2);
  const borders = columns.length + 1;
  const fixed = natural.reduce((s, w, i) => s + (columns[i]!.wrap ? 0 : w), 0);
  const wrapping = columns.filter((c) => c.wrap).length;
  const spare = Math.max(options.width - borders - fixed, wrapping * 12);
  const colWidths = natural.map((w, i) => (columns[i]!.wrap ? Math.min(w, Math.floor(spare / wrapping)) : w));
  const table = new Table({
    head: columns.map((c) => options.color.bold(c.header)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: false,
    style: { head: [], border: [] },
    // Compact tables draw no rule between rows.
    ...(options.compact ? { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } } : {}),
  });
  for (const r of cells) table.push([...r]);
  return table.toString() + '\n';
}
