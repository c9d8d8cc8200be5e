import type { Duty } from '../corpus/model.js';
import { foldTexts } from './fold.js';

/**
 * What a query runs against: every duty's folded text, joined into one string
 * (one duty a line) so that a literal term is a single indexOf scan and a
 * pattern a single regex pass over the whole corpus.
 */
export interface SearchIndex {
  readonly duties: readonly Duty[];
  /** Each duty's text folded for search (same number of code points as the original). */
  readonly folded: readonly string[];
  /** The folded texts joined by \n. */
  readonly haystack: string;
  /** Where each duty's folded text starts in `haystack`; one extra entry past the end. */
  readonly starts: Int32Array;
  /** Whether some text has characters outside the BMP (UTF-16 and code point offsets then differ). */
  readonly astral: boolean;
}

export function buildSearchIndex(duties: readonly Duty[]): SearchIndex {
  const folded = foldTexts(duties.map((d) => d.text));
  const starts = new Int32Array(folded.length + 1);
  let at = 0;
  for (let i = 0; i < folded.length; i++) {
    starts[i] = at;
    at += folded[i]!.length + 1;
  }
  starts[folded.length] = at;
  const haystack = folded.join('\n');
  return { duties, folded, haystack, starts, astral: /[\ud800-\udfff]/.test(haystack) };
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
