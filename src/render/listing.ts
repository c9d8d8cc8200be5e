import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { safeLine } from './safe-text.js';
import { displayWidth, wrapText } from './wrap.js';

export interface Column {
  readonly header: string;
  /** Lets this column shrink and wrap when the table is wider than the terminal. */
  readonly wrap?: boolean;
  /** Wrap beyond this many terminal columns even when there is room (long unit names). */
  readonly maxWidth?: number;
  /** A wrapping column shrinks no further than this before the others give way (default 8). */
  readonly minWidth?: number;
}

/** A stretch of a cell's text and how to show it (a highlighted match, say). */
export interface StyledRun {
  readonly text: string;
  readonly style?: (text: string) => string;
}

/**
 * A cell: plain text, or runs of differently styled text. A line break in a
 * cell is kept; anything else a terminal would obey is made visible.
 */
export type Cell = string | readonly StyledRun[];

/** Rows for a pipe: one per line, cells separated by tabs, nothing decorative. */
export function renderTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(safeLine).join('\t') + '\n').join('');
}

/** Each cell's left and right padding, as cli-table3 draws it. */
const PADDING = 2;
/** Wrapping columns shrink to this width before any other column gives way. */
const WRAP_MIN = 8;
/** No column gets narrower than this (two CJK characters): wrapText's own floor. */
const ANY_MIN = 4;

/** A cell's printable characters, each with its style; '\n' stays a line break. */
interface StyledChars {
  readonly chars: string[];
  readonly styles: (((text: string) => string) | undefined)[];
}

function styledChars(cell: Cell): StyledChars {
  const chars: string[] = [];
  const styles: StyledChars['styles'] = [];
  for (const run of typeof cell === 'string' ? [{ text: cell }] : cell) {
    for (const ch of run.text) {
      for (const shown of ch === '\n' ? ch : safeLine(ch)) {
        chars.push(shown);
        styles.push(run.style);
      }
    }
  }
  return { chars, styles };
}

function naturalWidth(cell: StyledChars): number {
  return Math.max(0, ...cell.chars.join('').split('\n').map(displayWidth));
}

/**
 * Wrap to `width` columns first, then style each line on its own, so an
 * escape sequence never spans a line break and never counts as width.
 */
function wrapStyled(cell: StyledChars, width: number): string {
  const lines = wrapText(cell.chars.join(''), width);
  // wrapText drops only spaces at line edges (and the breaks): walk the characters in step with the lines.
  let at = 0;
  return lines
    .map((line) => {
      let out = '';
      let run = '';
      let runStyle: ((text: string) => string) | undefined;
      const flush = () => {
        out += runStyle && run !== '' ? runStyle(run) : run;
        run = '';
      };
      for (const ch of line) {
        while (at < cell.chars.length && cell.chars[at] !== ch) at++;
        const style = cell.styles[at];
        if (style !== runStyle) flush();
        runStyle = style;
        run += ch;
        at++;
      }
      flush();
      return out;
    })
    .join('\n');
}

/**
 * Lower a common ceiling on the column widths until they fit `budget`, no
 * column going below its floor (a column that must not shrink has its own
 * width as floor); what the last step left over goes back, a column each, to
 * the columns the ceiling cut.
 */
function shrinkToFit(widths: readonly number[], floors: readonly number[], budget: number): number[] {
  const total = (ws: readonly number[]) => ws.reduce((s, w) => s + w, 0);
  if (total(widths) <= budget) return [...widths];
  const capped = (ceiling: number) => widths.map((w, i) => Math.min(w, Math.max(ceiling, floors[i]!)));
  let ceiling = Math.max(...widths);
  while (ceiling > 0 && total(capped(ceiling)) > budget) ceiling--;
  const out = capped(ceiling);
  let spare = budget - total(out);
  for (let i = 0; i < out.length && spare > 0; i++) {
    if (out[i]! < widths[i]!) {
      out[i]!++;
      spare--;
    }
  }
  return out;
}

/**
 * A table for a terminal, measuring CJK characters as two columns. Cells are
 * wrapped here (wrapText: Chinese line-breaking rules, nothing cut off) and
 * styled after wrapping; cli-table3 only draws the borders. Columns marked
 * `wrap` share whatever width the others leave; on a terminal too narrow for
 * that, the other columns wrap too. The table is never wider than `width`
 * unless every column is down to a few characters.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: { width: number; color: ChalkInstance; compact?: boolean },
): string {
  const bold = (text: string) => options.color.bold(text);
  const head = columns.map((c) => styledChars([{ text: c.header, style: bold }]));
  const body = rows.map((r) => columns.map((_, i) => styledChars(r[i] ?? '')));
  const natural = columns.map((c, i) =>
    Math.min(Math.max(naturalWidth(head[i]!), ...body.map((r) => naturalWidth(r[i]!)), 1), c.maxWidth ?? Infinity),
  );
  const budget = options.width - (columns.length + 1) - PADDING * columns.length;
  const wrapFloors = columns.map((c, i) => (c.wrap ? Math.min(natural[i]!, c.minWidth ?? WRAP_MIN) : natural[i]!));
  const widths = shrinkToFit(shrinkToFit(natural, wrapFloors, budget), columns.map(() => ANY_MIN), budget);
  const table = new Table({
    head: head.map((h, i) => wrapStyled(h, widths[i]!)),
    colWidths: widths.map((w) => w + PADDING),
    style: { head: [], border: [] },
    // Compact tables draw no rule between rows.
    ...(options.compact ? { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } } : {}),
  });
  for (const r of body) table.push(r.map((cell, i) => wrapStyled(cell, widths[i]!)));
  return table.toString() + '\n';
}

/**
 * A plain listing the way every list command prints one: a compact table on
 * a terminal (`width` given), one tab-separated line a row in a pipe.
 */
export function renderListing(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { width: number | undefined; color: ChalkInstance },
): string {
  return options.width === undefined ? renderTsv(rows) : renderTable(columns, rows, { width: options.width, color: options.color, compact: true });
}
