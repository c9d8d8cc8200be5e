/**
 * Overlaps (职责交叉): responsibilities that several units are given in the
 * same or nearly the same words. Duties are compared clause by clause (a duty
 * is often several responsibilities joined by ；), because a responsibility
 * shared with another unit is usually one clause of a longer duty: 负责“中国
 * 合作指南”的日常运营… closes a duty of 国际经济合作事务局 that begins with
 * something else entirely.
 */
import { comparableText } from '../text/comparable.js';
import { BOUND_SLACK, EdgeList } from './overlap-edges.js';
import { PairSet } from './pair-set.js';
import { sketchCandidates, sketchTrees } from './overlap-sketch.js';
import { bigramNumbers, GramTable } from './gram-table.js';

export interface OverlapMember<D> {
  readonly duty: D;
  /** The clause of the duty's original text that overlaps (the whole text when the duty is one clause). */
  readonly clause: string;
}

export interface OverlapGroup<D, U> {
  /** The distinct units of the members, in corpus order. */
  readonly units: readonly U[];
  /** The lowest similarity between any two members: every member is at least this alike to every other. */
  readonly similarity: number;
  /** In corpus order. */
  readonly members: readonly OverlapMember<D>[];
}

export interface OverlapOptions<D> {
  /** Clauses less alike than this are not an overlap (default DEFAULT_MIN_SIMILARITY). */
  readonly minSimilarity?: number;
  /**
   * The duties whose wording says what is common and so weighs little
   * (default: the duties compared). Pass the whole corpus when comparing a few
   * units, so that 受商务部委托 is known for the boilerplate it is.
   */
  readonly background?: readonly D[];
  /**
   * Weigh every pair of clauses that could reach `minSimilarity` (prefix filtering), instead of the candidates
   * that sketches find: exact, and refused (OverlapTooLarge) past `maxPairs`.
   */
  readonly exact?: boolean;
  /** With `exact`: refuse (OverlapTooLarge) rather than weigh more clause pairs than this (default MAX_CANDIDATE_PAIRS). */
  readonly maxPairs?: number;
}

/**
 * On the seed, with the weighting below, the three 指南 clauses are at least
 * 0.53 alike, training and seminars 0.40, 宣传推介 0.36; at 0.30 clauses that
 * share little more than 承担…组织实施 boilerplate begin to group.
 */
export const DEFAULT_MIN_SIMILARITY = 0.35;

/**
 * The most clause pairs findOverlaps weighs (the work of its candidate search,
 * counted before it starts). On the synthetic corpus (bench/diff.bench.mjs),
 * whose duties recombine the seed's clauses and so overlap far more than real
 * notices, 10,000 duties need 38 million (about 4 s on 2 cores) and 30,000
 * need 321 million (about 32 s); a corpus needing more than this is refused
 * rather than left to run for minutes.
 */
export const MAX_CANDIDATE_PAIRS = 200_000_000;

/** The most duties findOverlaps takes at once: indexing 100,000 takes a few seconds; far more would take minutes and gigabytes before the pairs could even be counted. */
export const MAX_DUTIES = 200_000;

/**
 * Thrown before any pair is compared when the duties are too many
 * (`pairs` undefined) or would need more than `limit` clause pairs weighed:
 * the caller learns in seconds, instead of after hours or an exhausted heap.
 */
export class OverlapTooLarge extends Error {
  override readonly name = 'OverlapTooLarge';
  constructor(
    /** The number of duties given. */
    readonly duties: number,
    /** The number of clause pairs the candidate search would weigh; undefined when the duties alone are too many. */
    readonly pairs: number | undefined,
    /** MAX_DUTIES or the pair limit, whichever was exceeded. */
    readonly limit: number,
  ) {
    super(pairs === undefined ? `${duties} duties (limit ${limit})` : `${duties} duties need ${pairs} clause pairs compared (limit ${limit})`);
  }
}

const CLAUSE_END = /[；;。！!？?]/u;

interface ClauseText {
  readonly text: string;
  readonly key: string;
}

/**
 * A duty's clauses and their comparable keys; `keys` remembers the key of each clause seen (the background is often
 * the duties compared). A clause with nothing to compare has no bigrams, and its callers pass over it.
 */
function clausesOf(text: string, keys: Map<string, string>): ClauseText[] {
  return text
    .split(CLAUSE_END)
    .map((t) => t.trim())
    .map((t) => {
      let key = keys.get(t);
      if (key === undefined) keys.set(t, (key = comparableText(t).chars.join('')));
      return { text: t, key };
    });
}

/**
 * Group clauses of different units that say the same or nearly the same
 * thing, most shared first (more units, then more alike). Groups are built
 * by complete linkage: two groups merge only if every member of one is at
 * least `minSimilarity` alike to every member of the other, so a long clause
 * that touches two topics cannot chain them into one group.
 *
 * How it scales: clauses that are the same once normalised are compared once
 * (as one "text"), and only candidate pairs are weighed. By default the
 * candidates come from sketches (overlap-sketch.ts): fast at any size, and
 * approximate. With `exact`, they come from an inverted index of each text's
 * rarest bigrams only, as many as a pair needs to share to reach
 * `minSimilarity` (prefix filtering: exact, no pair above the cut-off is
 * missed); the number of pairs that index would yield is counted before any
 * is weighed, so a corpus that needs too many is refused with OverlapTooLarge
 * instead of running for hours.
 */
export function findOverlaps<D extends { readonly text: string; readonly unit: U }, U>(
  duties: readonly D[],
  options: OverlapOptions<D> = {},
): OverlapGroup<D, U>[] {
  const min = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const limit = Math.min(options.maxPairs ?? MAX_CANDIDATE_PAIRS, 2 ** 32 - 1);
  if (duties.length > MAX_DUTIES) throw new OverlapTooLarge(duties.length, undefined, MAX_DUTIES);
  if (min > 1) return [];
  const trees = options.exact ? undefined : sketchTrees(min);
  const texts = clauseTexts(duties, options.background);
  if (trees === undefined) return groupTexts(texts, prefixCandidates(texts, min, duties.length, limit), min);
  const edges = sketchCandidates(texts, min, trees);
  return groupTexts(texts, edges, min, foundRank(texts, edges, min));
}

/**
 * The distinct clause texts of the duties compared, each as its bigrams
 * weighed by rarity, in flat arrays: what a candidate search and the grouping
 * share. Text numbers follow the duties' order.
 */
export interface ClauseTexts<D> {
  /** How many distinct texts. */
  readonly count: number;
  /** How many distinct bigrams; bigram ids run from the heaviest (rarest) to the lightest. */
  readonly grams: number;
  /** Text t's bigrams are at start[t] … start[t+1]−1 of ids and weights, sorted by id. */
  readonly start: Int32Array;
  readonly ids: Int32Array;
  /** A bigram's count in the text times its weight. */
  readonly weights: Float64Array;
  /** The sum of a text's weights. */
  readonly totals: Float64Array;
  /** What weight each text has from a position on (for cutting a comparison short once it cannot reach a cut-off). */
  readonly restFrom: Float64Array;
  /** The one unit a text occurs in (a number per unit), or −1 when it occurs in several. */
  readonly soleUnit: Int32Array;
  /** Each text's clauses (numbers into clauseDuty and clauseText), in corpus order. */
  readonly occurrences: readonly (readonly number[])[];
  readonly clauseDuty: readonly D[];
  readonly clauseText: readonly string[];
  /** The weighted Dice similarity of two texts, or −1 as soon as it is sure to fall under `atLeast`. */
  similarity(p: number, q: number, atLeast?: number): number;
}

export function clauseTexts<D extends { readonly text: string; readonly unit: U }, U>(duties: readonly D[], background: readonly D[] | undefined): ClauseTexts<D> {
  // Every distinct bigram gets an index as first seen (src/diff/gram-table.ts), and every distinct clause key its
  // bigrams once, as (index, count) runs in flat arrays: a national corpus has hundreds of thousands of keys and
  // millions of bigrams, too many for a Map per key or a string per bigram (random text of 100,000 duties needed
  // 2 GB that way).
  const table = new GramTable();
  const profileOf = new Map<string, number>();
  const profileStart: number[] = [0];
  const profileGram: number[] = [];
  const profileCount: number[] = [];
  const scratch: number[] = [];
  const profile = (key: string): number => {
    let p = profileOf.get(key);
    if (p !== undefined) return p;
    scratch.length = 0;
    bigramNumbers(key, scratch);
    for (let i = 0; i < scratch.length; i++) scratch[i] = table.index(scratch[i]!);
    scratch.sort((x, y) => x - y);
    for (let i = 0; i < scratch.length; ) {
      let j = i + 1;
      while (scratch[j] === scratch[i]) j++;
      profileGram.push(scratch[i]!);
      profileCount.push(j - i);
      i = j;
    }
    p = profileStart.length - 1;
    profileStart.push(profileGram.length);
    profileOf.set(key, p);
    return p;
  };
  const size = (p: number) => profileStart[p + 1]! - profileStart[p]!;

  // Clauses, and the distinct texts they are (by comparable key).
  const keys = new Map<string, string>();
  const clauseDuty: D[] = [];
  const clauseText: string[] = [];
  const textOf = new Map<string, number>();
  const textProfile: number[] = [];
  const occurrences: number[][] = [];
  for (const duty of duties) {
    for (const c of clausesOf(duty.text, keys)) {
      const p = profile(c.key);
      if (size(p) === 0) continue;
      let t = textOf.get(c.key);
      if (t === undefined) {
        textOf.set(c.key, (t = textProfile.length));
        textProfile.push(p);
        occurrences.push([]);
      }
      occurrences[t]!.push(clauseDuty.length);
      clauseDuty.push(duty);
      clauseText.push(c.text);
    }
  }
  const nTexts = textProfile.length;

  // Inverse document frequency over the background's clauses, smoothed so that a bigram in every clause still weighs ln 2.
  const countIn = (p: number) => {
    nBackground++;
    for (let k = profileStart[p]!; k < profileStart[p + 1]!; k++) df[profileGram[k]!]!++;
  };
  let nBackground = 0;
  let df: Int32Array;
  if (background) {
    const backgroundProfiles: number[] = [];
    for (const d of background) for (const c of clausesOf(d.text, keys)) backgroundProfiles.push(profile(c.key));
    df = new Int32Array(table.size);
    for (const p of backgroundProfiles) if (size(p) > 0) countIn(p);
  } else {
    df = new Int32Array(table.size);
    occurrences.forEach((occ, t) => occ.forEach(() => countIn(textProfile[t]!)));
  }
  const weightOf = (n: number) => Math.log(1 + nBackground / (df[n] || 1));

  // Bigram ids in order of rarity (heaviest first), so that a text's bigrams sorted by id start with its rarest.
  const inTexts = new Uint8Array(table.size);
  for (const p of textProfile) for (let k = profileStart[p]!; k < profileStart[p + 1]!; k++) inTexts[profileGram[k]!] = 1;
  // A bigram's weight falls as its count rises, so heaviest first is fewest clauses first, then the bigram's
  // text (its number sorts as its text: millions of bigrams of equal count in random-looking text).
  const byCount = new Map<number, number[]>();
  inTexts.forEach((used, n) => {
    if (!used) return;
    const d = df[n] || 1;
    let list = byCount.get(d);
    if (!list) byCount.set(d, (list = []));
    list.push(table.numbers[n]!);
  });
  const gramId = new Int32Array(table.size).fill(-1);
  const gramWeight: number[] = [];
  for (const d of [...byCount.keys()].sort((x, y) => x - y)) {
    for (const key of Float64Array.from(byCount.get(d)!).sort()) {
      const n = table.get(key);
      gramId[n] = gramWeight.length;
      gramWeight.push(weightOf(n));
    }
  }
  byCount.clear();

  // Each text's bigrams as (id, count × weight), sorted by id, in one flat array.
  const start = new Int32Array(nTexts + 1);
  textProfile.forEach((p, t) => (start[t + 1] = start[t]! + size(p)));
  const ids = new Int32Array(start[nTexts]!);
  const weights = new Float64Array(start[nTexts]!);
  const totals = new Float64Array(nTexts);
  const order: number[] = [];
  textProfile.forEach((p, t) => {
    order.length = 0;
    for (let k = profileStart[p]!; k < profileStart[p + 1]!; k++) order.push(k);
    order.sort((x, y) => gramId[profileGram[x]!]! - gramId[profileGram[y]!]!);
    order.forEach((k, i) => {
      const id = gramId[profileGram[k]!]!;
      const w = profileCount[k]! * gramWeight[id]!;
      ids[start[t]! + i] = id;
      weights[start[t]! + i] = w;
      totals[t]! += w;
    });
  });
  profileOf.clear();
  keys.clear();

  // What weight each text has from a position on, for cutting a comparison short once it cannot reach the cut-off.
  const restFrom = new Float64Array(ids.length);
  for (let t = 0; t < nTexts; t++) {
    let rest = 0;
    for (let k = start[t + 1]! - 1; k >= start[t]!; k--) restFrom[k] = rest += weights[k]!;
  }

  const similarity = weightedDice(start, ids, weights, totals, restFrom);

  // The one unit a text occurs in (a number per unit), or −1 when it occurs in several: two texts of one and the same unit are no overlap.
  const unitNumber = new Map<U, number>();
  const soleUnit = Int32Array.from(occurrences, (occ) => {
    const units = new Set(occ.map((c) => clauseDuty[c]!.unit));
    if (units.size > 1) return -1;
    const [u] = units;
    if (!unitNumber.has(u!)) unitNumber.set(u!, unitNumber.size);
    return unitNumber.get(u!)!;
  });

  return { count: nTexts, grams: gramWeight.length, start, ids, weights, totals, restFrom, soleUnit, occurrences, clauseDuty, clauseText, similarity };
}

/**
 * The weighted Dice similarity of two texts, or −1 as soon as it is sure to fall under `atLeast`. Made here, apart
 * from clauseTexts, so that the function (kept for the whole run) holds on to these arrays only, not to clauseTexts'
 * maps of every bigram.
 */
function weightedDice(start: Int32Array, ids: Int32Array, weights: Float64Array, totals: Float64Array, restFrom: Float64Array) {
  return (p: number, q: number, atLeast = 0): number => {
    if (p === q) return 1;
    let i = start[p]!;
    let j = start[q]!;
    const ei = start[p + 1]!;
    const ej = start[q + 1]!;
    const need = ((atLeast * (totals[p]! + totals[q]!)) / 2) * BOUND_SLACK;
    let shared = 0;
    while (i < ei && j < ej) {
      if (shared + Math.min(restFrom[i]!, restFrom[j]!) < need) return -1;
      const a = ids[i]!;
      const b = ids[j]!;
      if (a === b) shared += Math.min(weights[i++]!, weights[j++]!);
      else if (a < b) i++;
      else j++;
    }
    return (2 * shared) / (totals[p]! + totals[q]!);
  };
}

/**
 * Prefix filtering. Dice ≥ min needs shared ≥ min·T/(2−min) for either text's total weight T (shared ≤ the other's
 * total bounds the other's size), so a pair above the cut-off shares one of each text's rarest bigrams up to where
 * the rest weighs less than that: text t's prefix is start[t] … prefixEnd[t]−1.
 */
function prefixEnds<D>(texts: ClauseTexts<D>, min: number): Int32Array {
  const { count: nTexts, start, weights, totals } = texts;
  const prefixEnd = new Int32Array(nTexts);
  for (let t = 0; t < nTexts; t++) {
    const need = ((min * totals[t]!) / (2 - min)) * BOUND_SLACK;
    let rest = totals[t]!;
    let k = start[t]!;
    while (k < start[t + 1]! && rest >= need && (need > 0 || rest > 0)) rest -= weights[k++]!;
    prefixEnd[t] = k;
  }
  return prefixEnd;
}

/**
 * Where each edge (i < j) stands in the order the prefix filtering finds its pairs: by j, then by the first bigram of
 * j's prefix that i's prefix shares, then by i. The grouping breaks ties of similarity by this rank, so pairs found
 * another way are grouped exactly as the exact search would group the same pairs.
 */
export function foundRank<D>(texts: ClauseTexts<D>, edges: EdgeList, min: number): Int32Array {
  const { start, ids } = texts;
  const prefixEnd = prefixEnds(texts, min);
  const m = edges.count;
  const from = new Int32Array(texts.count + 1);
  for (let e = 0; e < m; e++) from[edges.j[e]! + 1]!++;
  for (let t = 0; t < texts.count; t++) from[t + 1]! += from[t]!;
  const slot = new Int32Array(m);
  const next = from.slice(0, texts.count);
  for (let e = 0; e < m; e++) slot[next[edges.j[e]!]!++] = e;
  const key = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const i = edges.i[e]!;
    const j = edges.j[e]!;
    let a = start[j]!;
    let b = start[i]!;
    while (a < prefixEnd[j]! && b < prefixEnd[i]! && ids[a] !== ids[b]) {
      if (ids[a]! < ids[b]!) a++;
      else b++;
    }
    if (b === prefixEnd[i]) a = prefixEnd[j]!;
    key[e] = (a - start[j]!) * 2 ** 32 + i;
  }
  const rank = new Int32Array(m);
  for (let t = 0; t < texts.count; t++) {
    const group = slot.subarray(from[t]!, from[t + 1]!);
    if (group.length > 1) group.sort((x, y) => key[x]! - key[y]!);
    group.forEach((e, k) => (rank[e] = from[t]! + k));
  }
  return rank;
}

/** Candidates by prefix filtering: every pair at least `min` alike, in the order found; refuses (OverlapTooLarge) more than `limit` pairs. */
export function prefixCandidates<D>(texts: ClauseTexts<D>, min: number, duties: number, limit: number): EdgeList {
  const { count: nTexts, start, ids, totals, soleUnit, similarity } = texts;
  const prefixEnd = prefixEnds(texts, min);
  const postingLength = new Int32Array(texts.grams);
  let pairs = 0;
  for (let t = 0; t < nTexts; t++) for (let k = start[t]!; k < prefixEnd[t]!; k++) pairs += postingLength[ids[k]!]!++;
  if (pairs > limit) throw new OverlapTooLarge(duties, pairs, limit);

  // Candidate pairs through the prefix index (each pair once: a text meets only the texts indexed before it), kept if alike enough.
  const postings = Array.from({ length: texts.grams }, (_, g) => new Int32Array(postingLength[g]!));
  const filled = new Int32Array(texts.grams);
  const seenBy = new Int32Array(nTexts).fill(-1);
  const lowRatio = (min / (2 - min)) * BOUND_SLACK;
  const edges = new EdgeList();
  for (let t = 0; t < nTexts; t++) {
    const tt = totals[t]!;
    const unit = soleUnit[t]!;
    for (let k = start[t]!, end = prefixEnd[t]!; k < end; k++) {
      const g = ids[k]!;
      const list = postings[g]!;
      for (let m = 0, n = filled[g]!; m < n; m++) {
        const o = list[m]!;
        if (seenBy[o] === t) continue;
        seenBy[o] = t;
        const to = totals[o]!;
        if ((to < tt ? to < lowRatio * tt : tt < lowRatio * to) || (unit >= 0 && soleUnit[o] === unit)) continue;
        const s = similarity(o, t, min);
        if (s < min) continue;
        edges.push(o, t, s);
      }
      postings[g]![filled[g]!++] = t;
    }
  }
  return edges;
}

/** Complete linkage over the texts, taking the edges most alike first (ties in the order given), then the groups of clauses across units. */
export function groupTexts<D extends { readonly unit: U }, U>(texts: ClauseTexts<D>, edges: EdgeList, min: number, rank?: Int32Array): OverlapGroup<D, U>[] {
  const { count: nTexts, occurrences, clauseDuty, clauseText } = texts;
  const { i: edgeI, j: edgeJ, similarity: edgeSim, count: nEdges } = edges;
  // Most alike first; ties in the order found (or by `rank`). Similarity (to 2⁻²⁰) and index (under 2³²) packed in
  // one exact double, so the native numeric sort does it.
  const order = new Float64Array(nEdges);
  for (let e = 0; e < nEdges; e++) order[e] = Math.round((1 - edgeSim[e]!) * 2 ** 20) * 2 ** 32 + (rank ? rank[e]! : e);
  order.sort();
  if (rank) {
    const edgeAt = new Int32Array(nEdges);
    for (let e = 0; e < nEdges; e++) edgeAt[rank[e]!] = e;
    for (let k = 0; k < nEdges; k++) order[k] = order[k]! - (order[k]! % 2 ** 32) + edgeAt[order[k]! % 2 ** 32]!;
  }

  // Complete linkage over texts; a text's occurrences are identical, so every text starts as a group of similarity 1.
  // Whether two groups link, and how alike their least alike pair is, do not depend on the order their pairs are
  // weighed in: each member of the smaller group has its weights spread out by bigram once, and every member of the
  // other is weighed against it (the same sums, in the same order, as `similarity`, so the same values).
  const { start, ids, weights, totals, restFrom } = texts;
  const spread = new Float64Array(texts.grams);
  const alike = (p: number, q: number): number => {
    const need = ((min * (totals[p]! + totals[q]!)) / 2) * BOUND_SLACK;
    let shared = 0;
    for (let k = start[q]!, end = start[q + 1]!; k < end; k++) {
      if (shared + restFrom[k]! < need) return -1;
      const w = spread[ids[k]!]!;
      if (w > 0) shared += Math.min(w, weights[k]!);
    }
    return (2 * shared) / (totals[p]! + totals[q]!);
  };
  const clusterOf = Int32Array.from({ length: nTexts }, (_, t) => t);
  const clusters = new Map<number, { members: number[]; similarity: number }>();
  const blocked = new PairSet();
  for (let k = 0; k < nEdges; k++) {
    const e = order[k]! % 2 ** 32;
    const i = edgeI[e]!;
    const j = edgeJ[e]!;
    const x = clusterOf[i]!;
    const y = clusterOf[j]!;
    if (x === y) continue;
    if (blocked.has(x, y)) continue;
    const cx = clusters.get(x)?.members ?? [i];
    const cy = clusters.get(y)?.members ?? [j];
    let lowest = Math.min(clusters.get(x)?.similarity ?? 1, clusters.get(y)?.similarity ?? 1, edgeSim[e]!);
    let linked = true;
    const [few, many] = cx.length <= cy.length ? [cx, cy] : [cy, cx];
    for (const p of few) {
      for (let g = start[p]!, end = start[p + 1]!; g < end; g++) spread[ids[g]!] = weights[g]!;
      for (let m = 0; m < many.length; m++) {
        const q = many[m]!;
        const s = (p === i && q === j) || (p === j && q === i) ? edgeSim[e]! : alike(p, q);
        if (s < min) {
          // A member unlike one text is likely unlike the next one tried: it goes first (the order of a group's
          // members does not matter, they are sorted at the end).
          [many[0], many[m]] = [q, many[0]!];
          linked = false;
          break;
        }
        lowest = Math.min(lowest, s);
      }
      for (let g = start[p]!, end = start[p + 1]!; g < end; g++) spread[ids[g]!] = 0;
      if (!linked) break;
    }
    // A failed pair of groups stays failed: groups only grow, and the pair that failed stays in them.
    if (!linked) {
      blocked.add(x, y);
      continue;
    }
    const [keep, gone] = cx.length >= cy.length ? [x, y] : [y, x];
    const merged = { members: [...cx, ...cy], similarity: lowest };
    for (const m of clusters.get(gone)?.members ?? [gone]) clusterOf[m] = keep;
    clusters.delete(gone);
    clusters.set(keep, merged);
  }

  const groups: { first: number; group: OverlapGroup<D, U> }[] = [];
  for (let t = 0; t < nTexts; t++) {
    if (clusterOf[t] !== t) continue;
    const c = clusters.get(t) ?? { members: [t], similarity: 1 };
    const members = c.members.flatMap((m) => occurrences[m]!).sort((p, q) => p - q);
    const units: U[] = [];
    for (const m of members) if (!units.includes(clauseDuty[m]!.unit)) units.push(clauseDuty[m]!.unit);
    if (units.length < 2) continue;
    groups.push({
      first: members[0]!,
      group: { units, similarity: c.similarity, members: members.map((m) => ({ duty: clauseDuty[m]!, clause: clauseText[m]! })) },
    });
  }
  groups.sort((p, q) => q.group.units.length - p.group.units.length || q.group.similarity - p.group.similarity || p.first - q.first);
  return groups.map((g) => g.group);
}
