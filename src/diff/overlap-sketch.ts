/**
 * overlap's default candidate search: sketches instead of an exhaustive index.
 *
 * Each clause text gets a weighted MinHash sketch: for every hash function h,
 * the bigram g of the text with the least −ln(u_h(g)) / w(g), where u_h(g) is
 * a fixed pseudo-random number in (0, 1) and w(g) the bigram's weight in the
 * text (its count times its rarity, as in the similarity). Two texts pick the
 * same bigram for h with a probability close to their weighted Jaccard
 * similarity J = Σ min / Σ max (Moulton and Jiang's P-MinHash, 2018), and
 * the weighted Dice similarity that overlap reports is D = 2J / (1 + J), so a
 * pair at the cut-off D = min has J = min / (2 − min).
 *
 * Candidates come from a forest of sorted orders (as in an LSH forest): tree
 * l sorts the texts by their sketch read from h = l on (l, l+1, …, wrapping
 * around), so texts that pick the same bigram at h = l sit together in a
 * block, and within it those that agree further sit closer. Each text meets
 * the texts within WINDOW places of it in each tree that share its first pick
 * there, and is weighed exactly against each of them once.
 *
 * Why this finds what the exact search finds: a pair at the cut-off shares
 * the first pick of a tree with probability J, so with T trees it is missed
 * with probability (1 − J)^T wherever its block is small, and T is 3.5 times
 * what makes that 1 − PAIR_RECALL (29 trees at 0.35, 59 at 0.2): a lower
 * cut-off grows more trees. Where many texts share a pick (a corpus whose
 * clauses recombine the same phrases), the window keeps each text to its
 * likeliest neighbours instead of all of them: that bounds the work at
 * 2·WINDOW·T pairs a text, and is where the engine is approximate; each text
 * then keeps its KEEP most alike pairs, which bounds the grouping's work.
 *
 * Everything is deterministic: the hash functions are fixed integer mixers
 * with a fixed seed, ties go to the lower number, and the sort orders are
 * total.
 */
import type { ClauseTexts } from './overlap.js';
import { BOUND_SLACK, EdgeList } from './overlap-edges.js';

/** The chance that a pair exactly at the cut-off shares a first pick in at least one tree. */
export const PAIR_RECALL = 0.999;

/**
 * How many times the trees PAIR_RECALL asks for the forest grows (and never fewer than MIN_TREES). That many is
 * enough where blocks are small; where they are large, more trees give a pair more chances to fall within a window
 * of each other, and a narrow window then does: on the 10,000-duty synthetic corpus, at 0.35, 100 trees and a window
 * of 6 reproduce 99.7 % of the exact groups, where 29 trees need a window of 40 (and 1.8 times the pairs weighed)
 * for 99.3 %. A lower cut-off means more alike pairs a text, so it needs more trees in proportion.
 */
export const FOREST = 3.5;
export const MIN_TREES = 100;

/** How many texts either side of a text, within a block of its first pick, each tree offers it as candidates. */
export const WINDOW = 6;

/**
 * The most pairs a text keeps with the texts taken before it (the most alike): a bound on the pairs the grouping
 * weighs, and so on its time and memory, for a corpus where every clause is like hundreds of others. On the
 * 10,000-duty synthetic corpus 128 leaves the groups as they are; 64 loses 1 % of them.
 */
export const KEEP = 128;

/**
 * The most trees the forest grows. A cut-off needing more (below about 0.11, where J is under 0.06 and most clauses
 * share that much with many others) is left to the exact search: `sketchTrees` returns undefined.
 */
export const MAX_TREES = 400;

/** How many trees the forest grows for a cut-off, or undefined when that would be more than MAX_TREES. */
export function sketchTrees(min: number): number | undefined {
  const jaccard = min / (2 - min);
  if (!(jaccard > 0)) return undefined;
  if (jaccard >= 1) return MIN_TREES;
  const needed = Math.ceil(Math.log(1 - PAIR_RECALL) / Math.log(1 - jaccard));
  const trees = Math.max(MIN_TREES, Math.ceil(FOREST * needed));
  return trees <= MAX_TREES ? trees : undefined;
}

const SEED = 0x2003_0009;

/** A fixed pseudo-random number in (0, 1) for bigram g and hash function h (murmur3's finaliser over both). */
export function unitRandom(g: number, h: number): number {
  let x = Math.imul(g ^ SEED, 0x9e3779b1) ^ Math.imul(h + 0x632be5ab, 0x85ebca77);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return ((x >>> 0) + 0.5) / 2 ** 32;
}

/**
 * The exponential variates −ln u_h(g) of the bigrams that occur in the most texts (the highest ids), computed once
 * for all texts: at most this many numbers. The others are computed where they occur.
 */
export const SHARED_VARIATES = 1 << 22;

/**
 * The sketches: sketch[t·trees + h] is the bigram text t picks for hash function h, the one of least −ln u_h(g) / w
 * (the lower bigram on a tie). `sharedVariates` (SHARED_VARIATES; a test's to lower) is how many variates are
 * computed once for all texts, kept in single precision: it changes how fast, and which of two bigrams within a
 * rounding of each other is picked, nothing else.
 */
export function sketches<D>(texts: ClauseTexts<D>, trees: number, sharedVariates = SHARED_VARIATES): Int32Array {
  const { count: n, grams, start, ids, weights } = texts;
  const shared = Math.min(grams, Math.floor(sharedVariates / trees));
  const firstShared = grams - shared;
  const variates = new Float32Array(shared * trees);
  for (let g = firstShared; g < grams; g++) for (let h = 0; h < trees; h++) variates[(g - firstShared) * trees + h] = -Math.log(unitRandom(g, h));
  const sketch = new Int32Array(n * trees);
  const best = new Float64Array(trees);
  for (let t = 0; t < n; t++) {
    best.fill(Infinity);
    const row = t * trees;
    for (let k = start[t]!, end = start[t + 1]!; k < end; k++) {
      const g = ids[k]!;
      const w = weights[k]!;
      const at = (g - firstShared) * trees;
      for (let h = 0; h < trees; h++) {
        let v: number;
        if (g >= firstShared) v = variates[at + h]! / w;
        else {
          // −ln u ≥ 1 − u, so when 1 − u is already past best·w this bigram cannot win (the margin covers rounding):
          // most logarithms are never taken, and the sketch is exactly what taking them all would give.
          const u = unitRandom(g, h);
          if (1 - u > best[h]! * w * (1 + 1e-9)) continue;
          v = -Math.log(u) / w;
        }
        if (v < best[h]!) {
          best[h] = v;
          sketch[row + h] = g;
        }
      }
    }
  }
  return sketch;
}

/**
 * Candidate pairs from the sketch forest, weighed exactly, kept if at least `min` alike: each pair once, as (i, j)
 * with i < j. `trees` as sketchTrees gives for `min`.
 */
export function sketchCandidates<D>(texts: ClauseTexts<D>, min: number, trees: number): EdgeList {
  const { count: n, grams, start, ids, weights, totals, restFrom, soleUnit } = texts;
  let sketch: Int32Array | undefined = sketches(texts, trees);

  // Tree l: the texts sorted by their sketch read from h = l on, at order[l·n + place]; where[t·trees + l] is text t's
  // index into order for tree l (a text's places side by side, read in one go), and opens[index] is 1 where a block
  // of one first pick begins. Sorted by the first pick with a counting sort; only a block of more than WINDOW + 1
  // texts (where it decides who meets whom) is then sorted by the picks after it.
  const order = new Int32Array(n * trees);
  const where = new Int32Array(n * trees);
  const opens = new Uint8Array(n * trees);
  const blockEnd = new Int32Array(grams + 1);
  for (let l = 0; l < trees; l++) {
    const sk = sketch;
    const base = l * n;
    blockEnd.fill(0);
    for (let t = 0; t < n; t++) blockEnd[sk[t * trees + l]! + 1]!++;
    for (let g = 0; g < grams; g++) blockEnd[g + 1]! += blockEnd[g]!;
    // blockEnd[g] is now where block g begins; filling moves it to where it ends.
    for (let t = 0; t < n; t++) order[base + blockEnd[sk[t * trees + l]!]!++] = t;
    const byLaterPicks = (p: number, q: number) => {
      const rp = p * trees;
      const rq = q * trees;
      for (let m = 1; m < trees; m++) {
        const h = l + m < trees ? l + m : l + m - trees;
        const d = sk[rp + h]! - sk[rq + h]!;
        if (d !== 0) return d;
      }
      return p - q;
    };
    for (let at = 0; at < n; ) {
      const pick = sk[order[base + at]! * trees + l]!;
      const end = blockEnd[pick]!;
      if (end - at > WINDOW + 1) order.subarray(base + at, base + end).sort(byLaterPicks);
      opens[base + at] = 1;
      for (let a = at; a < end; a++) where[order[base + a]! * trees + l] = base + a;
      at = end;
    }
  }
  sketch = undefined;

  // Each text meets, in every tree, the texts within WINDOW places that share its first pick there and were taken
  // before it, and is weighed against them with its own weights spread out by bigram (the same sums, in the same order, as
  // texts.similarity, so the same values).
  const seenBy = new Int32Array(n).fill(-1);
  const lowRatio = (min / (2 - min)) * BOUND_SLACK;
  const edges = new EdgeList();
  const met = new Int32Array(trees * 2 * WINDOW);
  const spread = new Float64Array(grams);
  const kept = new Int32Array(trees * 2 * WINDOW);
  const keptSim = new Float64Array(trees * 2 * WINDOW);
  let nKept = 0;
  // Texts are taken in the first tree's order, so that one text's candidates are much like the last one's and their
  // weights are still in the processor's cache.
  const taken = new Int32Array(n);
  for (let at = 0; at < n; at++) taken[order[at]!] = at;
  for (let next = 0; next < n; next++) {
    const t = order[next]!;
    const tt = totals[t]!;
    const unit = soleUnit[t]!;
    let m = 0;
    for (let l = 0, end = n; l < trees; l++, end += n) {
      const at = where[t * trees + l]!;
      let from = at;
      while (from > at - WINDOW && opens[from] === 0) from--;
      let to = at + 1;
      while (to <= at + WINDOW && to < end && opens[to] === 0) to++;
      for (let a = from; a < to; a++) {
        const o = order[a]!;
        if (taken[o]! >= next) continue;
        if (seenBy[o] === t) continue;
        seenBy[o] = t;
        met[m++] = o;
      }
    }
    const found = met.subarray(0, m).sort();
    const ts = start[t]!;
    const te = start[t + 1]!;
    for (let k = ts; k < te; k++) spread[ids[k]!] = weights[k]!;
    for (let c = 0; c < m; c++) {
      const o = found[c]!;
      const to = totals[o]!;
      if ((to < tt ? to < lowRatio * tt : tt < lowRatio * to) || (unit >= 0 && soleUnit[o] === unit)) continue;
      const need = ((min * (to + tt)) / 2) * BOUND_SLACK;
      let sum = 0;
      let k = start[o]!;
      const end = start[o + 1]!;
      // (The bound is read at every fourth bigram only: reading it is most of the cost of a step.)
      for (; k < end; k++) {
        if ((k & 3) === 0 && sum + restFrom[k]! < need) break;
        const w = spread[ids[k]!]!;
        if (w > 0) sum += Math.min(weights[k]!, w);
      }
      if (k < end) continue;
      const s = (2 * sum) / (to + tt);
      if (s >= min) {
        kept[nKept] = o;
        keptSim[nKept++] = s;
      }
    }
    // At most KEEP of them, the most alike (ties to the earlier candidate), in candidate order.
    let chosen = Int32Array.from({ length: nKept }, (_, x) => x);
    if (nKept > KEEP) chosen = chosen.sort((x, y) => keptSim[y]! - keptSim[x]! || x - y).subarray(0, KEEP).sort();
    for (const x of chosen) edges.push(Math.min(kept[x]!, t), Math.max(kept[x]!, t), keptSim[x]!);
    nKept = 0;
    for (let k = ts; k < te; k++) spread[ids[k]!] = 0;
  }
  return edges;
}
