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
  const flat = new Float64Array(rows * cols);
  scores.forEach((r, i) => flat.set(r, i * cols));
  return maxScoreAssignmentFlat(flat, rows, cols);
}

/** The same, for a matrix in one flat array, row after row: the form diffDuties builds (no array per row). */
export function maxScoreAssignmentFlat(scores: Float64Array, rows: number, cols: number): number[] {
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  // The method below wants no more rows than columns: solve the transpose otherwise.
  if (rows > cols) {
    const transposed = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) transposed[j * rows + i] = scores[i * cols + j]!;
    const byCol = maxScoreAssignmentFlat(transposed, cols, rows);
    const byRow = new Array<number>(rows).fill(-1);
    byCol.forEach((i, j) => {
      if (i >= 0) byRow[i] = j;
    });
    return byRow;
  }
  let max = 0;
  for (let k = 0; k < scores.length; k++) max = Math.max(max, scores[k]!);
  // Minimise cost = max − score, 1-based as in the textbook statement; column 0 is the virtual start.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const rowOfCol = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0]!;
      const base = (i0 - 1) * cols - 1;
      const ui0 = u[i0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j] === 1) continue;
        const reduced = max - scores[base + j]! - ui0 - v[j]!;
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
        if (used[j] === 1) {
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
    if (i > 0 && scores[(i - 1) * cols + j - 1]! > 0) result[i - 1] = j - 1;
  }
  return result;
}
