// How the default overlap engine is measured against the exact one (test/diff/overlap-sketch.test.ts and
// bench/overlap.bench.mjs): recall of groups, as docs/diff.md defines it.
import type { OverlapGroup } from '../../src/diff/overlap.js';

/** A group as its members: each member's duty id and clause, in the group's (corpus) order. */
export function groupKey(group: OverlapGroup<{ readonly id: string }, unknown>): string {
  return group.members.map((m) => `${m.duty.id}\u0000${m.clause}`).join('\u0001');
}

/**
 * The share of the exact engine's groups that `found` reproduces with identical members (the same clauses of the
 * same duties, no more, no fewer); 1 when the exact engine finds none.
 */
export function groupRecall(exact: readonly OverlapGroup<{ readonly id: string }, unknown>[], found: readonly OverlapGroup<{ readonly id: string }, unknown>[]): number {
  if (exact.length === 0) return 1;
  const have = new Set(found.map(groupKey));
  return exact.filter((g) => have.has(groupKey(g))).length / exact.length;
}
