/**
 * Character bigrams as numbers, for overlap's index of a whole corpus: hundreds of thousands of clause keys and
 * millions of distinct bigrams, where a string per bigram and a Map keyed by them would cost gigabytes.
 *
 * A bigram's number sorts as its text does (UTF-16 code units, as `<` on strings compares), so ordering bigrams
 * by number is ordering them by text. Each character maps to a rank that keeps that order: characters below the
 * surrogates keep their code point, characters beyond U+FFFF (two code units, the first a surrogate) come next in
 * code point order, and U+E000–U+FFFF come last. A bigram is rank(a)·2²² + rank(b) + 1; a text of one character
 * counts that character alone, rank(a)·2²², which sorts before every bigram it begins, as the shorter string does.
 */
import { isPunctuation } from './similarity.js';

const SHIFT = 2 ** 22;

/**
 * Code points numbered 0 … 0x10FFFF in UTF-16 order, with no gaps: U+0000–U+D7FF as they are, then U+10000–U+10FFFF
 * from 0xD800, then U+E000–U+FFFF from 0x10D800. (A lone surrogate, never in text decoded from UTF-8, keeps its code
 * unit.)
 */
function rank(cp: number): number {
  if (cp > 0xffff) return cp - 0x2800;
  if (cp >= 0xe000) return cp + 0xff800;
  return cp;
}

/** 1 punctuation or symbol, 2 kept; 0 not yet looked at. */
const kind = new Uint8Array(0x110000);

function kept(cp: number): boolean {
  let k = kind[cp]!;
  // Stryker disable next-line ConditionalExpression: a cache; looking a character up again gives the same kind
  if (k === 0) kind[cp] = k = isPunctuation(String.fromCodePoint(cp)) ? 1 : 2;
  return k === 2;
}

/** The bigram numbers of a comparable text, one per occurrence (as similarity.ts's `bigrams`), into `out`. */
export function bigramNumbers(text: string, out: number[]): void {
  let prev = -1;
  let count = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!kept(cp)) continue;
    count++;
    if (prev >= 0) out.push(rank(prev) * SHIFT + rank(cp) + 1);
    prev = cp;
  }
  if (count === 1) out.push(rank(prev) * SHIFT);
}

/** An open-addressing table from bigram number to a dense index (0, 1, 2, … in order of first sight). */
export class GramTable {
  private keys = new Float64Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  /** The bigram numbers by index. */
  readonly numbers: number[] = [];

  get size(): number {
    return this.numbers.length;
  }

  private slot(key: number): number {
    let h = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    let i = h & this.mask;
    // Stryker disable next-line ArithmeticOperator: probing backwards instead would find every key just the same
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The index of `key`, given a new one when first seen. */
  index(key: number): number {
    const i = this.slot(key);
    if (this.keys[i] === key) return this.values[i]!;
    const n = this.numbers.length;
    this.keys[i] = key;
    this.values[i] = n;
    this.numbers.push(key);
    // Stryker disable next-line EqualityOperator: growing one key sooner gives the same indexes
    if (this.numbers.length * 2 > this.mask) this.grow();
    return n;
  }

  /** The index of a key seen before. */
  get(key: number): number {
    return this.values[this.slot(key)]!;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.numbers.forEach((key, n) => {
      const i = this.slot(key);
      this.keys[i] = key;
      this.values[i] = n;
    });
  }
}
