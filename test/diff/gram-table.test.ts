import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramNumbers, GramTable } from '../../src/diff/gram-table.js';
import { bigrams } from '../../src/diff/similarity.js';

// Characters from every range whose order differs between code points and UTF-16 code units, plus punctuation.
const CHARS = ['\u{0}', 'a', 'Z', '甲', '乙', '\u{d7ff}', '\u{e000}', '\u{fffd}', '\u{ffff}', 'ｱ', '\u{10000}', '\u{20000}', '\u{2a6d6}', '\u{1f600}', '\u{10ffff}', '、', '。', '★', ' '];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join(''));

describe('bigram numbers', () => {
  it('are the bigrams of a text, one per occurrence, and sort as the bigrams do as strings', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const numbers: number[] = [];
        const strings: string[] = [];
        for (const t of texts) {
          const before = numbers.length;
          bigramNumbers(t, numbers);
          const grams = bigrams([...t]);
          expect(numbers.length - before).toBe(grams.length);
          strings.push(...grams);
        }
        // Same text, same number; different text, different number; and the same order.
        for (let i = 0; i < numbers.length; i++) {
          for (let j = 0; j < numbers.length; j++) {
            const byString = strings[i]! < strings[j]! ? -1 : strings[i]! > strings[j]! ? 1 : 0;
            expect(Math.sign(numbers[i]! - numbers[j]!)).toBe(byString);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('count a text of one character as that character, and leave punctuation out', () => {
    const one: number[] = [];
    bigramNumbers('、甲。', one);
    const pair: number[] = [];
    bigramNumbers('甲、乙', pair);
    expect(one).toHaveLength(1);
    expect(pair).toHaveLength(1);
    expect(one[0]).toBeLessThan(pair[0]!); // 甲 before 甲乙, as strings sort
    const none: number[] = [];
    bigramNumbers('、。★', none);
    expect(none).toEqual([]);
  });
});

describe('the bigram table', () => {
  it('gives each distinct number one index, in order of first sight, through many resizes', () => {
    const table = new GramTable();
    const keys = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 150_000 * 2 ** 22 + (i % 3));
    const seen = new Map<number, number>();
    const given = keys.map((k) => table.index(k));
    const expected = keys.map((k) => {
      if (!seen.has(k)) seen.set(k, seen.size);
      return seen.get(k);
    });
    // (Compared once, not key by key: 200,000 expect calls took seconds.)
    expect(given).toEqual(expected);
    expect(table.size).toBe(seen.size);
    expect([...seen.keys()].map((k) => table.get(k))).toEqual([...seen.values()]);
    expect(table.numbers.slice(0, 3)).toEqual([...seen.keys()].slice(0, 3));
  });
});
