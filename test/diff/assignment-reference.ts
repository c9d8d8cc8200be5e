// The optimal assignment as diffDuties solved it before it went sparse: the dense Hungarian method, O(n²·m).
// Kept as the oracle the sparse one (src/diff/assignment.ts) must agree with pair for pair, tie-breaks included.

/**
 * For each row, the column it is paired with, or -1. Only pairs with a score
 * above 0 are kept: a pair scoring 0 is no better than leaving both unpaired.
 */
export function referenceAssignment(scores: readonly (readonly number[])[]): number[] {
  const rows = scores.length;
  const cols = rows === 0 ? 0 : scores[0]!.length;
  const flat = new Float64Array(rows * cols);
  scores.forEach((r, i) => flat.set(r, i * cols));
  return referenceAssignmentFlat(flat, rows, cols);
}

/** The same, for a matrix in one flat array, row after row: the form diffDuties builds (no array per row). */
export function referenceAssignmentFlat(scores: Float64Array, rows: number, cols: number): number[] {
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  // The method below wants no more rows than columns: solve the transpose otherwise.
  if (rows > cols) {
    const transposed = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) transposed[j * rows + i] = scores[i * cols + j]!;
    const byCol = referenceAssignmentFlat(transposed, cols, rows);
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
