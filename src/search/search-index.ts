import type { Duty, Unit } from '../corpus/model.js';
import { distinctChars, foldForSearch, foldJoined } from './fold.js';

/**
 * What a query runs against: every duty's folded text, joined into one string
 * (one duty a line) so that a literal term is a single indexOf scan and a
 * pattern a single regex pass over the whole corpus.
 */
export interface SearchIndex {
  /** How many duties. */
  readonly size: number;
  /** Duty number d, 0 ≤ d < size (a compiled corpus builds it only when asked: see src/corpus/compiled.ts). */
  duty(d: number): Duty;
  /** Duty d's unit, without building the duty (a search narrowed to units reads every duty's). */
  unitOf(d: number): Unit;
  /** Duty d's text folded for search (same number of code points as the original). */
  folded(d: number): string;
  /** The folded texts joined by \n. */
  readonly haystack: string;
  /** Where each duty's folded text starts in `haystack`; one extra entry past the end. */
  readonly starts: Int32Array;
  /** Whether some text has characters outside the BMP (UTF-16 and code point offsets then differ). */
  readonly astral: boolean;
  /** The distinct characters of `haystack` (BMP code units, ascending): the alphabet that character classes draw from. */
  readonly chars: Uint16Array;
}

export function buildSearchIndex(duties: readonly Duty[]): SearchIndex {
  const texts = duties.map((d) => d.text);
  const { folded: whole, sameLength } = foldJoined(texts.join('\n'));
  // Rarely (characters beyond the BMP), fold duty by duty instead.
  const each = sameLength ? texts : texts.map(foldForSearch);
  const haystack = sameLength ? whole : each.join('\n');
  const starts = new Int32Array(duties.length + 1);
  let at = 0;
  for (let i = 0; i < duties.length; i++) {
    starts[i] = at;
    at += each[i]!.length + 1;
  }
  starts[duties.length] = at;
  return {
    size: duties.length,
    duty: (d) => duties[d]!,
    unitOf: (d) => duties[d]!.unit,
    folded: (d) => haystack.slice(starts[d]!, starts[d + 1]! - 1),
    haystack,
    starts,
    astral: !sameLength && /[\ud800-\udfff]/.test(haystack),
    chars: distinctChars(haystack),
  };
}

/**
 * Maps increasing positions in the haystack to duty numbers. Every scan meets
 * positions in increasing order, so walking forward beats a binary search.
 */
export class DutyCursor {
  private d = 0;
  constructor(private readonly starts: Int32Array) {}
  at(pos: number): number {
    while (this.starts[this.d + 1]! <= pos) this.d++;
    return this.d;
  }
}
