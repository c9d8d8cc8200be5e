// PairSet, the set of unordered pairs that overlap's grouping keeps of groups that failed to link, against a plain
// Set of strings: through many growths of its table, with numbers from 0 to 2³¹ − 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairSet } from '../../src/diff/pair-set.js';

const number = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }));
const key = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);

describe('PairSet', () => {
  it('holds what was added, either way round, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(number, number), { maxLength: 300 }), fc.array(fc.tuple(number, number), { maxLength: 100 }), (added, asked) => {
        const set = new PairSet();
        const model = new Set<string>();
        for (const [a, b] of added) {
          set.add(a, b);
          model.add(key(a, b));
          expect(set.has(a, b)).toBe(true);
          expect(set.has(b, a)).toBe(true);
        }
        expect(set.count).toBe(model.size);
        for (const [a, b] of [...asked, ...added]) expect(set.has(a, b)).toBe(model.has(key(a, b)));
      }),
      { numRuns: 200 },
    );
  });

  it('grows past its first table many times over and keeps every pair', () => {
    const set = new PairSet();
    // 5,000 pairs, many sharing a number; then some of them again, the other way round too, which adds nothing.
    for (let a = 0; a < 100; a++) for (let b = 0; b < 50; b++) set.add(a, 1000 + b * 7);
    for (let a = 0; a < 100; a += 3) set.add(1000, a);
    for (let a = 0; a < 100; a += 2) set.add(1000 + 7 * (a % 50), a);
    expect(set.count).toBe(5000);
    for (let a = 0; a < 100; a++) {
      for (let b = 0; b < 50; b++) expect(set.has(1000 + b * 7, a)).toBe(true);
      expect(set.has(a, a)).toBe(false);
      expect(set.has(a, 1001)).toBe(false);
      expect(set.has(a + 1000, 2000)).toBe(false);
    }
    // A pair of equal numbers is a pair like any other.
    set.add(5, 5);
    expect(set.has(5, 5)).toBe(true);
    expect(set.count).toBe(5001);
  });

  it('tells a pair from pairs that share one of its numbers, where those fill the table', () => {
    // A thousand pairs with 0 as their lower number, a thousand with 5,000 as their higher: asking for a new pair
    // that shares either number probes slots full of pairs that share it.
    const set = new PairSet();
    for (let n = 1; n <= 1000; n++) set.add(0, n);
    for (let n = 1; n <= 1000; n++) set.add(n + 2000, 5000);
    for (let n = 1001; n <= 2000; n++) expect(set.has(0, n)).toBe(false);
    for (let n = 3001; n <= 4000; n++) expect(set.has(5000, n)).toBe(false);
    for (let n = 1; n <= 1000; n++) expect(set.has(n, 0) && set.has(5000, n + 2000)).toBe(true);
    expect(set.count).toBe(2000);
  });
});
