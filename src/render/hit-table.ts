/** Search hits as a terminal table, every matched span highlighted. */
import type { ChalkInstance } from 'chalk';
import type { Hit } from '../search/index.js';
import { highlight, segmentsOf } from './hits.js';
import { renderTable, type Cell } from './listing.js';
import { safeLine } from './safe-text.js';

export interface HitTableOptions {
  readonly width: number;
  readonly color: ChalkInstance;
  readonly idOf: (hit: Hit) => string;
}

/** Unit names wrap beyond this many columns, leaving the room to the text. */
const UNIT_MAX = 16;
/** The text wraps to no fewer columns than this while other columns can give way. */
const TEXT_MIN = 20;

export function renderHitTable(hits: readonly Hit[], options: HitTableOptions): string {
  const { color } = options;
  const matched = (text: string) => highlight(color, text);
  const rows: Cell[][] = hits.map((hit) => [
    hit.duty.unit.name,
    // The id above its numbering: two lines of one cell.
    `${safeLine(options.idOf(hit))}\n${safeLine(hit.duty.numbering)}`,
    hit.kind,
    segmentsOf(hit.duty.text, hit.spans).map((s) => (s.matched ? { text: s.text, style: matched } : { text: s.text })),
  ]);
  return renderTable(
    [{ header: 'unit', wrap: true, maxWidth: UNIT_MAX }, { header: 'duty' }, { header: 'match' }, { header: 'text', wrap: true, minWidth: TEXT_MIN }],
    rows,
    { width: options.width, color },
  );
}
