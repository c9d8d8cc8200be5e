/** Search hits as a terminal table, every matched span highlighted. */
import type { ChalkInstance } from 'chalk';
import type { Hit } from '../search/index.js';
import { highlight, segmentsOf } from './hits.js';
import { labelsFor, type Lang } from './labels.js';
import { renderTable, type Cell } from './listing.js';
import { safeLine } from './safe-text.js';

export interface HitTableOptions {
  readonly width: number;
  readonly color: ChalkInstance;
  readonly idOf: (hit: Hit) => string;
  /** The language of the labels (default Chinese). */
  readonly lang?: Lang;
}

/** Unit names wrap beyond this many columns, leaving the room to the text. */
const UNIT_MAX = 16;
/** The text wraps to no fewer columns than this while other columns can give way. */
const TEXT_MIN = 20;

export function renderHitTable(hits: readonly Hit[], options: HitTableOptions): string {
  const { color } = options;
  const L = labelsFor(options.lang);
  const matched = (text: string) => highlight(color, text);
  const rows: Cell[][] = hits.map((hit) => [
    hit.duty.unit.name,
    // The id above its numbering: two lines of one cell.
    `${safeLine(options.idOf(hit))}\n${safeLine(hit.duty.numbering)}`,
    L.matchKind[hit.kind],
    segmentsOf(hit.duty.text, hit.spans).map((s) => (s.matched ? { text: s.text, style: matched } : { text: s.text })),
  ]);
  return renderTable(
    [{ header: L.unit, wrap: true, maxWidth: UNIT_MAX }, { header: L.duty }, { header: L.match }, { header: L.text, wrap: true, minWidth: TEXT_MIN }],
    rows,
    { width: options.width, color },
  );
}
