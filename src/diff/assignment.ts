/**
 * The optimal assignment: pair rows with columns, each at most once, so that
 * the sum of the paired scores is as large as possible (the Hungarian method,
 * in its shortest-augmenting-path form with potentials, O(n²·m)). Written here
 * rather than taken from npm: it is forty lines, and the packages that offer it
 * either pull in a matrix library or are single-maintainer ports with no types;
 * the tests check it against brute force.
 */

/**
 * For each row, the column it is paired with, or -1. Only pairs with a score
 * above 0 are kept: a pair scoring 0 is no better than leaving both unpaired.
 */
export function maxScoreAssignment(scores: readonly (readonly number[])[]): number[] {
  const rows = scores.length;
  const cols = rows === 0 ? 0 : scores[0]!.length;
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  // The method below wants no more rows than columns: solve the transpose otherwise.
  if (rows > cols) {
    const transposed = Array.from({ length: cols }, (_, j) => scores.map((r) => r[j]!));
    const byCol = maxScoreAssignment(transposed);
    const byRow = new Array<number>(rows).fill(-1);
    byCol.forEach((i, j) => {
      if (i >= 0) byRow[i] = j;
    });
    return byRow;
  }
  let max = 0;
  for (const r of scores) for (const s of r) max = Math.max(max, s);
  // Minimise cost = max − score, 1-based as in the textbook statement; column 0 is the virtual start.
  const cost = (i: number, j: number) => max - scores[i - 1]![j - 1]!;
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const rowOfCol = new Array<number>(cols + 1).fill(0);
  const way = new Array<number>(cols + 1).fill(0);
  for (let i = 1; i <= rows; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Array<number>(cols + 1).fill(Infinity);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOfCol[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const reduced = cost(i0, j) - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[rowOfCol[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfCol[j0] = rowOfCol[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= cols; j++) {
    const i = rowOfCol[j]!;
    if (i > 0 && scores[i - 1]![j - 1]! > 0) result[i - 1] = j - 1;
  }
  return result;
}
