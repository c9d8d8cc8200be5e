/**
 * Diff two lists of duties (two units, or one unit in two editions): pair each
 * duty of A with at most one of B so that the pairs are as similar as possible
 * overall, then sort every duty into one group. The result is plain data that
 * any renderer (text, Markdown, JSON, a spreadsheet) can take.
 */
import { comparableText } from '../text/comparable.js';
import { maxScoreAssignmentFlat } from './assignment.js';
import { textChanges, type TextChange } from './char-changes.js';
import { bigramProfile } from './similarity.js';

export type DiffGroup = 'same' | 'changed' | 'onlyA' | 'onlyB';

export interface DiffEntry<T> {
  readonly group: DiffGroup;
  readonly a: T | undefined;
  readonly b: T | undefined;
  /** 1 for `same`, the pair's similarity for `changed`, undefined for a duty on one side only. */
  readonly similarity: number | undefined;
  /** Character-level steps from A's text to B's (a single `delete` or `insert` for a one-sided duty). */
  readonly changes: readonly TextChange[];
}

export interface DiffSummary {
  readonly same: number;
  readonly changed: number;
  readonly onlyA: number;
  readonly onlyB: number;
  /**
   * 2·Σ pair similarity / (duties in A + duties in B): 1 when every duty has
   * an identical partner, 0 when none has a partner.
   */
  readonly similarity: number;
}

export interface DutiesDiff<T> {
  /** A's duties in A's order, each of B's unpaired duties placed before the next duty paired with a later duty of B. */
  readonly entries: readonly DiffEntry<T>[];
  readonly summary: DiffSummary;
  /** Pairs less alike than this were left unpaired. */
  readonly minSimilarity: number;
}

/**
 * Pairs less similar than this are not pairs: both duties are reported on
 * their own side. On the seed, unrelated duties of two units score below 0.2
 * and the loosest real counterparts (the 指南 duties of 外贸发展中心 and
 * 投资促进中心) score 0.32; an edition that rewords a duty keeps it far above.
 */
export const DEFAULT_MIN_SIMILARITY = 0.25;

/**
 * The most duty pairs diffDuties weighs: every duty of A is compared with
 * every duty of B and the optimal pairing is solved over that matrix. Two
 * units of 2,000 duties (4 million pairs) take seconds (docs/speed.md,
 * bench/diff.bench.mjs); real units have tens.
 */
export const MAX_DUTY_PAIRS = 4_000_000;

/** Thrown before any comparison when A and B together make more than `limit` duty pairs. */
export class DiffTooLarge extends Error {
  override readonly name = 'DiffTooLarge';
  constructor(
    readonly dutiesA: number,
    readonly dutiesB: number,
    readonly limit: number,
  ) {
    super(`${dutiesA} × ${dutiesB} duty pairs (limit ${limit})`);
  }
}

/** A score that makes duties identical once normalised pair with each other before any merely similar duty. */
const SAME_SCORE = 2;

export function diffDuties<T extends { readonly text: string }>(
  a: readonly T[],
  b: readonly T[],
  options: { minSimilarity?: number } = {},
): DutiesDiff<T> {
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  if (a.length * b.length > MAX_DUTY_PAIRS) throw new DiffTooLarge(a.length, b.length, MAX_DUTY_PAIRS);
  // Each text's bigrams as ids with counts: a pair's shared count is a sum of integers (the same sums diceSimilarity
  // makes, so the same values to the last bit), in any order.
  const gramIds = new Map<string, number>();
  const prepare = (d: T) => {
    const comparable = comparableText(d.text);
    const grams = [...bigramProfile(comparable.chars)].map(([g, n]) => {
      let id = gramIds.get(g);
      if (id === undefined) gramIds.set(g, (id = gramIds.size));
      return [id, n] as const;
    });
    return { key: comparable.chars.join(''), ids: Int32Array.from(grams, (x) => x[0]), counts: Int32Array.from(grams, (x) => x[1]), total: grams.reduce((t, x) => t + x[1], 0) };
  };
  const pa = a.map(prepare);
  const pb = b.map(prepare);
  // B's bigrams inverted (which duties have each, how often): a row of A then sums its shared counts over
  // the duties that share a bigram with it, instead of merging with every duty of B.
  const cols = b.length;
  const postingStart = new Int32Array(gramIds.size + 1);
  for (const y of pb) for (const g of y.ids) postingStart[g + 1]!++;
  for (let g = 0; g < gramIds.size; g++) postingStart[g + 1]! += postingStart[g]!;
  const postingDuty = new Int32Array(postingStart[gramIds.size]!);
  const postingCount = new Int32Array(postingStart[gramIds.size]!);
  const fill = postingStart.slice(0, gramIds.size);
  pb.forEach((y, j) => {
    y.ids.forEach((g, k) => {
      postingDuty[fill[g]!] = j;
      postingCount[fill[g]!++] = y.counts[k]!;
    });
  });
  const keyIds = new Map<string, number>();
  const keyId = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  };
  const keysB = Int32Array.from(pb, (y) => keyId(y.key));
  const similarity = new Float64Array(a.length * cols);
  const scores = new Float64Array(a.length * cols);
  const shared = new Int32Array(cols);
  pa.forEach((x, i) => {
    shared.fill(0);
    for (let k = 0; k < x.ids.length; k++) {
      const g = x.ids[k]!;
      const n = x.counts[k]!;
      for (let p = postingStart[g]!, end = postingStart[g + 1]!; p < end; p++) shared[postingDuty[p]!]! += Math.min(n, postingCount[p]!);
    }
    const key = keyId(x.key);
    const row = i * cols;
    for (let j = 0; j < cols; j++) {
      const same = key === keysB[j];
      const total = x.total + pb[j]!.total;
      const sim = same ? 1 : total === 0 ? 0 : (2 * shared[j]!) / total;
      similarity[row + j] = sim;
      scores[row + j] = same ? SAME_SCORE : sim >= minSimilarity ? sim : 0;
    }
  });
  const partnerOfA = maxScoreAssignmentFlat(scores, a.length, cols);
  const partnerOfB = new Array<number>(b.length).fill(-1);
  partnerOfA.forEach((j, i) => {
    if (j >= 0) partnerOfB[j] = i;
  });

  const entries: DiffEntry<T>[] = [];
  let nextB = 0;
  const flushOnlyB = (before: number) => {
    for (; nextB < before; nextB++) {
      if (partnerOfB[nextB] !== -1) continue;
      entries.push({ group: 'onlyB', a: undefined, b: b[nextB], similarity: undefined, changes: textChanges('', b[nextB]!.text) });
    }
  };
  let pairSum = 0;
  a.forEach((duty, i) => {
    const j = partnerOfA[i]!;
    if (j < 0) {
      entries.push({ group: 'onlyA', a: duty, b: undefined, similarity: undefined, changes: textChanges(duty.text, '') });
      return;
    }
    flushOnlyB(j);
    const same = pa[i]!.key === pb[j]!.key;
    const sim = same ? 1 : similarity[i * cols + j]!;
    pairSum += sim;
    entries.push({ group: same ? 'same' : 'changed', a: duty, b: b[j], similarity: sim, changes: textChanges(duty.text, b[j]!.text) });
  });
  flushOnlyB(b.length);

  const count = (g: DiffGroup) => entries.filter((e) => e.group === g).length;
  const total = a.length + b.length;
  return {
    entries,
    minSimilarity,
    summary: {
      same: count('same'),
      changed: count('changed'),
      onlyA: count('onlyA'),
      onlyB: count('onlyB'),
      similarity: total === 0 ? 1 : (2 * pairSum) / total,
    },
  };
}
