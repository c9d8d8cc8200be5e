import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxScoreAssignment, maxScoreAssignmentFlat } from '../../src/diff/assignment.js';
import { referenceAssignment, referenceAssignmentFlat } from './assignment-reference.js';

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

  it('refuses a score that is negative, infinite or not a number, naming where it is', () => {
    expect(() => maxScoreAssignment([[0.5, -0.1]])).toThrow(/score -0.1 at row 0, column 1/);
    expect(() => maxScoreAssignment([[0.5], [Number.NaN]])).toThrow(/score NaN at row 1, column 0/);
    expect(() => maxScoreAssignment([[Infinity]])).toThrow(RangeError);
  });
});

// The sparse method must make the dense method's choices wherever several pairings are equally good: equal scores
// (duplicated duties), scores whose sums tie only up to rounding (0.1 + 0.2 against 0.3), rows of zeros. Small
// palettes make such ties the rule rather than the exception.
describe('maxScoreAssignment against the dense method it replaced', () => {
  const palettes = [
    [0.25, 0.5, 1 / 3, 2 / 3, 0.1, 0.2, 0.3, 0.7, 1, 2],
    [1, 2],
    [0.1, 0.2, 0.30000000000000004, 0.3, 0.6, 0.7],
    [0.5],
    [1e-9, 1e-12, 0.25, 0.25 + 1e-16, 0.5000000000000001],
  ];
  const tieHeavy = (maxSide: number) =>
    fc
      .record({ rows: fc.integer({ min: 1, max: maxSide }), cols: fc.integer({ min: 1, max: maxSide }), palette: fc.constantFrom(...palettes), zeros: fc.double({ min: 0, max: 1, noNaN: true }) })
      .chain(({ rows, cols, palette, zeros }) =>
        fc.tuple(
          fc.constant(rows),
          fc.constant(cols),
          fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...palette)), { minLength: rows * cols, maxLength: rows * cols }).map((cells) => Float64Array.from(cells, ([z, s]) => (z < zeros ? 0 : s))),
          // Copy some rows onto others: duplicated duties on one side.
          fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(rows - 1)), { maxLength: 3 }),
        ),
      )
      .map(([rows, cols, flat, copies]) => {
        for (const [from, to] of copies) flat.copyWithin(to * cols, from * cols, from * cols + cols);
        return { rows, cols, flat };
      });

  it('pairs small tie-heavy matrices exactly as the dense method', () => {
    fc.assert(
      fc.property(tieHeavy(9), ({ rows, cols, flat }) => {
        expect(maxScoreAssignmentFlat(flat, rows, cols)).toEqual(referenceAssignmentFlat(flat, rows, cols));
      }),
      { numRuns: 3000 },
    );
  });

  it('pairs larger tie-heavy matrices exactly as the dense method', () => {
    fc.assert(
      fc.property(tieHeavy(70), ({ rows, cols, flat }) => {
        expect(maxScoreAssignmentFlat(flat, rows, cols)).toEqual(referenceAssignmentFlat(flat, rows, cols));
      }),
      { numRuns: 150 },
    );
  });

  it('pairs matrices of arbitrary scores exactly as the dense method', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }))
      .chain(([r, c]) => fc.array(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2, noNaN: true })), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(matrix, (scores) => {
        expect(maxScoreAssignment(scores)).toEqual(referenceAssignment(scores));
      }),
      { numRuns: 500 },
    );
  });

  it('pairs a 400 × 300 matrix of zeros with a few equal scores as the dense method (long searches through tied columns)', () => {
    const rows = 400;
    const cols = 300;
    const flat = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i += 7) for (let j = i % 5; j < cols; j += 41) flat[i * cols + j] = 0.5;
    const got = maxScoreAssignmentFlat(flat, rows, cols);
    expect(got).toEqual(referenceAssignmentFlat(flat, rows, cols));
    expect(got.filter((j) => j >= 0).length).toBeGreaterThan(30);
  });
});
