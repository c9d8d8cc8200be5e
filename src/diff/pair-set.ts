// The pairs of groups that failed to link in overlap's grouping (src/diff/overlap.ts), remembered so that they are
// not weighed again.

/** A set of unordered pairs of numbers under 2³¹ (open addressing, linear probing): Set<number> boxes keys past 2³¹. */
export class PairSet {
  private low = new Int32Array(1 << 10).fill(-1);
  private high = new Int32Array(1 << 10);
  private size = 0;

  /** How many pairs are in the set. */
  get count(): number {
    return this.size;
  }

  has(a: number, b: number): boolean {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const mask = this.low.length - 1;
    for (let at = hashPair(lo, hi) & mask; this.low[at] !== -1; at = (at + 1) & mask) {
      if (this.low[at] === lo && this.high[at] === hi) return true;
    }
    return false;
  }

  add(a: number, b: number): void {
    if (2 * (this.size + 1) > this.low.length) this.rehash();
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const mask = this.low.length - 1;
    let at = hashPair(lo, hi) & mask;
    for (; this.low[at] !== -1; at = (at + 1) & mask) if (this.low[at] === lo && this.high[at] === hi) return;
    this.low[at] = lo;
    this.high[at] = hi;
    this.size++;
  }

  private rehash(): void {
    const [low, high] = [this.low, this.high];
    this.low = new Int32Array(2 * low.length).fill(-1);
    this.high = new Int32Array(2 * low.length);
    this.size = 0;
    for (let at = 0; at < low.length; at++) if (low[at] !== -1) this.add(low[at]!, high[at]!);
  }
}

function hashPair(lo: number, hi: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ hi;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}
