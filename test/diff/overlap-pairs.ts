// Pairs of clause texts as strings ("i j similarity"), for the tests of overlap's candidate searches
// (prefix-candidates.test.ts, overlap-sketch-parts.test.ts): what a search found, and every pair weighed one by one.
import type { ClauseTexts } from '../../src/diff/overlap.js';
import type { EdgeList } from '../../src/diff/overlap-edges.js';

/** The edges, in the order found. */
export const listed = (edges: EdgeList): string[] => Array.from({ length: edges.count }, (_, e) => `${edges.i[e]} ${edges.j[e]} ${edges.similarity[e]}`);

/** Every pair (i < j) at least `min` alike, weighed one by one, except two texts of one and the same unit; sorted. */
export function everyPair<D>(texts: ClauseTexts<D>, min: number): string[] {
  const pairs: string[] = [];
  for (let j = 0; j < texts.count; j++) {
    for (let i = 0; i < j; i++) {
      if (texts.soleUnit[i]! >= 0 && texts.soleUnit[i] === texts.soleUnit[j]) continue;
      const s = texts.similarity(i, j);
      if (s >= min) pairs.push(`${i} ${j} ${s}`);
    }
  }
  return pairs.sort();
}
