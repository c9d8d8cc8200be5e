import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxScoreAssignment } from '../../src/diff/assignment.js';

/** The best total over every way of pairing rows with distinct columns (or leaving them unpaired). */
function bruteForceBest(scores: number[][]): number {
  const cols = scores[0]?.length ?? 0;
  const best = (row: number, used: boolean[]): number => {
    if (row === scores.length) return 0;
    let top = best(row + 1, used);
    for (let j = 0; j < cols; j++) {
      if (used[j]) continue;
      used[j] = true;
      top = Math.max(top, scores[row]![j]! + best(row + 1, used));
      used[j] = false;
    }
    return top;
  };
  return best(0, new Array<boolean>(cols).fill(false));
}

const total = (scores: number[][], pairing: number[]) => pairing.reduce((s, j, i) => s + (j >= 0 ? scores[i]![j]! : 0), 0);

describe('maxScoreAssignment', () => {
  it('prefers the best total over the greedy choice', () => {
    // Greedy would take 0.9 (row 0 → col 0) and leave row 1 with 0.1; the optimum pairs crosswise.
    expect(maxScoreAssignment([[0.9, 0.8], [0.85, 0.1]])).toEqual([1, 0]);
  });

  it('handles more rows than columns, and leaves zero-score pairs unpaired', () => {
    expect(maxScoreAssignment([[0], [0.5], [0.7]])).toEqual([-1, -1, 0]);
    expect(maxScoreAssignment([[0, 0], [0, 0]])).toEqual([-1, -1]);
    expect(maxScoreAssignment([])).toEqual([]);
    expect(maxScoreAssignment([[], []])).toEqual([-1, -1]);
  });

  it('finds the optimal total on any small matrix, each column used at most once', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) => fc.array(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2, noNaN: true })), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(matrix, (scores) => {
        const pairing = maxScoreAssignment(scores);
        const cols = pairing.filter((j) => j >= 0);
        expect(new Set(cols).size).toBe(cols.length);
        for (const [i, j] of pairing.entries()) if (j >= 0) expect(scores[i]![j]!).toBeGreaterThan(0);
        expect(total(scores, pairing)).toBeCloseTo(bruteForceBest(scores), 9);
      }),
      { numRuns: 300 },
    );
  });
});
