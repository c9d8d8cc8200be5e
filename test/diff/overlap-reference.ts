// The overlap engine as it was before it scaled: every pair of clauses weighed, pairs kept in a Map (O(n²)).
// Kept as the oracle the scalable engine must agree with on small corpora.
/**
 * Overlaps (职责交叉): responsibilities that several units are given in the
 * same or nearly the same words. Duties are compared clause by clause (a duty
 * is often several responsibilities joined by ；), because a responsibility
 * shared with another unit is usually one clause of a longer duty: 负责“中国
 * 合作指南”的日常运营… closes a duty of 国际经济合作事务局 that begins with
 * something else entirely.
 */
import { comparableText } from '../../src/text/comparable.js';
import { bigramProfile, diceSimilarity, type BigramProfile } from '../../src/diff/similarity.js';

import type { OverlapGroup, OverlapMember, OverlapOptions } from '../../src/diff/overlap.js';

/**
 * On the seed, with the weighting below, the three 指南 clauses are at least
 * 0.53 alike, training and seminars 0.40, 宣传推介 0.36; at 0.30 clauses that
 * share little more than 承担…组织实施 boilerplate begin to group.
 */
export const DEFAULT_MIN_SIMILARITY = 0.35;

interface Clause<D, U> {
  readonly duty: D;
  readonly unit: U;
  readonly text: string;
  readonly profile: BigramProfile;
}

const CLAUSE_END = /[；;。！!？?]/u;

function clausesOf<D extends { readonly text: string; readonly unit: U }, U>(duty: D): Clause<D, U>[] {
  return duty.text
    .split(CLAUSE_END)
    .map((t) => t.trim())
    .map((text) => ({ duty, unit: duty.unit, text, profile: bigramProfile(comparableText(text).chars) }))
    .filter((c) => c.profile.size > 0);
}

/** Inverse document frequency over clauses, smoothed so that a bigram in every clause still weighs ln 2. */
function idfWeights(profiles: readonly BigramProfile[]): (gram: string) => number {
  const df = new Map<string, number>();
  for (const p of profiles) for (const g of p.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = profiles.length;
  const cache = new Map<string, number>();
  return (gram) => {
    let w = cache.get(gram);
    if (w === undefined) {
      w = Math.log(1 + n / (df.get(gram) ?? 1));
      cache.set(gram, w);
    }
    return w;
  };
}

/**
 * Group clauses of different units that say the same or nearly the same
 * thing, most shared first (more units, then more alike). Groups are built
 * by complete linkage: two groups merge only if every member of one is at
 * least `minSimilarity` alike to every member of the other, so a long clause
 * that touches two topics cannot chain them into one group.
 */
export function allPairsOverlaps<D extends { readonly text: string; readonly unit: U }, U>(
  duties: readonly D[],
  options: OverlapOptions<D> = {},
): OverlapGroup<D, U>[] {
  const min = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const clauses = duties.flatMap((d) => clausesOf<D, U>(d));
  const background = options.background ? options.background.flatMap((d) => clausesOf<D, U>(d)) : clauses;
  const weight = idfWeights(background.map((c) => c.profile));
  const n = clauses.length;

  // Pairs sharing at least one bigram, found through an inverted index; the shared weight accumulates per pair.
  const postings = new Map<string, { clause: number; count: number }[]>();
  const totals = clauses.map((c, i) => {
    let total = 0;
    for (const [g, count] of c.profile) {
      total += count * weight(g);
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push({ clause: i, count });
    }
    return total;
  });
  const pairSimilarity = new Map<number, number>();
  const edges: { i: number; j: number; similarity: number }[] = [];
  const shared = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const [g, count] of clauses[i]!.profile) {
      const w = weight(g);
      for (const p of postings.get(g)!) {
        if (p.clause <= i) continue;
        if (shared[p.clause] === 0) touched.push(p.clause);
        shared[p.clause]! += Math.min(count, p.count) * w;
      }
    }
    for (const j of touched) {
      const similarity = (2 * shared[j]!) / (totals[i]! + totals[j]!);
      shared[j] = 0;
      if (similarity < min) continue;
      pairSimilarity.set(i * n + j, similarity);
      if (clauses[i]!.unit !== clauses[j]!.unit) edges.push({ i, j, similarity });
    }
  }
  edges.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);

  const simOf = (x: number, y: number) => pairSimilarity.get(Math.min(x, y) * n + Math.max(x, y)) ?? 0;
  const clusterOf = Array.from({ length: n }, (_, i) => i);
  const clusters = new Map<number, { members: number[]; similarity: number }>();
  for (const { i, j, similarity } of edges) {
    const x = clusterOf[i]!;
    const y = clusterOf[j]!;
    if (x === y) continue;
    const cx = clusters.get(x) ?? { members: [i], similarity: 1 };
    const cy = clusters.get(y) ?? { members: [j], similarity: 1 };
    let lowest = Math.min(cx.similarity, cy.similarity, similarity);
    let linked = true;
    for (const p of cx.members) {
      for (const q of cy.members) {
        const s = simOf(p, q);
        if (s < min) linked = false;
        lowest = Math.min(lowest, s);
        if (!linked) break;
      }
      if (!linked) break;
    }
    if (!linked) continue;
    const [keep, gone] = cx.members.length >= cy.members.length ? [x, y] : [y, x];
    const merged = { members: [...cx.members, ...cy.members].sort((p, q) => p - q), similarity: lowest };
    for (const m of merged.members) clusterOf[m] = keep;
    clusters.delete(gone);
    clusters.set(keep, merged);
  }

  const groups = [...clusters.values()].map((c) => {
    const units: U[] = [];
    for (const m of c.members) if (!units.includes(clauses[m]!.unit)) units.push(clauses[m]!.unit);
    return {
      first: c.members[0]!,
      group: {
        units,
        similarity: c.similarity,
        members: c.members.map((m) => ({ duty: clauses[m]!.duty, clause: clauses[m]!.text })),
      },
    };
  });
  groups.sort((p, q) => q.group.units.length - p.group.units.length || q.group.similarity - p.group.similarity || p.first - q.first);
  return groups.map((g) => g.group);
}
