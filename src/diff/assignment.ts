/**
 * The optimal assignment: pair rows with columns, each at most once, so that
 * the sum of the paired scores is as large as possible (the Hungarian method,
 * in its shortest-augmenting-path form with potentials). Written here rather
 * than taken from npm: the packages that offer it either pull in a matrix
 * library or are single-maintainer ports with no types, and none would give
 * the same pairs as before where several pairings are equally good.
 *
 * Diff score matrices are sparse (most pairs of duties score 0, below the
 * cut-off), and the dense method spends its time there: where pairs tie, a
 * search walks through hundreds of already-paired columns, and each step
 * rescans every column, O(n³) in all (44 s for two unrelated units of 2,000
 * duties). This one takes the same steps, with the same floating-point
 * operations on the same values, so it picks the same pairs, ties included
 * (test/diff/assignment.test.ts checks it against the dense method kept in
 * test/diff/assignment-reference.ts); it only avoids touching the columns a
 * step cannot change:
 *
 * - A row's cost to a column it scores 0 with is `(max − u[row]) − v[col]`, so
 *   one number per visited row (`max − u[row]`) stands for all of them, and
 *   the least of those numbers bounds every column at once: the reduced cost
 *   of a column is min(its explicit value, least − v[col]). Rounding is
 *   monotonic, so that bound is exact, not approximate.
 * - The smallest reduced cost (leftmost on ties, as the dense scan finds it)
 *   comes from two segment trees: the explicit values, and v (the bound is
 *   smallest where v is largest).
 * - Which row last lowered a column (`way`) is worked out only for columns
 *   that join the path: the first visited row whose bound reaches the
 *   column's cost, found by bisection over the running least bound.
 * - A step whose cost change (delta) is 0 changes nothing; only a non-zero
 *   delta is applied to every column, as the dense method does at each step.
 *
 * Where nearly every pair scores above 0 (every duty much like every other),
 * there is nothing to skip: each step scans the columns as the dense method
 * does, and the time is the dense method's (O(n²·m) at worst).
 */

/**
 * For each row, the column it is paired with, or -1. Scores are finite and at
 * least 0; only pairs with a score above 0 are kept: a pair scoring 0 is no
 * better than leaving both unpaired.
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
  for (let k = 0; k < rows * cols; k++) {
    const s = scores[k]!;
    // The shortcut for zero scores (below) holds because no score is less than 0.
    if (!(s >= 0 && s < Infinity)) throw new RangeError(`score ${s} at row ${Math.floor(k / cols)}, column ${k % cols}: scores are finite and at least 0`);
  }
  return assign(scores, rows, cols);
}

function assign(scores: Float64Array, rows: number, cols: number): number[] {
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  // The method below wants no more rows than columns: solve the transpose otherwise.
  if (rows > cols) {
    const transposed = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) transposed[j * rows + i] = scores[i * cols + j]!;
    const byCol = assign(transposed, cols, rows);
    const byRow = new Array<number>(rows).fill(-1);
    byCol.forEach((i, j) => {
      if (i >= 0) byRow[i] = j;
    });
    return byRow;
  }
  let max = 0;
  for (let k = 0; k < scores.length; k++) max = Math.max(max, scores[k]!);

  // Each row's scores above 0, columns 1-based (column 0 is the method's virtual start).
  let nonZero = 0;
  for (let k = 0; k < scores.length; k++) if (scores[k]! > 0) nonZero++;
  const rowStart = new Int32Array(rows + 2);
  const entryCol = new Int32Array(nonZero);
  const entryScore = new Float64Array(nonZero);
  // Row i (1-based) is entries rowStart[i] … rowStart[i + 1] − 1 (row 1 from 0).
  for (let i = 0, p = 0; i < rows; i++) {
    for (let j = 0, base = i * cols; j < cols; j++) {
      const s = scores[base + j]!;
      if (s > 0) {
        entryCol[p] = j + 1;
        entryScore[p++] = s;
      }
    }
    rowStart[i + 2] = p;
  }

  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const rowOfCol = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  const usedCols = new Int32Array(cols + 1);
  // A column's reduced cost as set by scores above 0 (or carried over a non-zero delta), and the column it came from.
  const explicit = new Float64Array(cols + 1);
  const explicitWay = new Int32Array(cols + 1);
  // The rows visited since the last non-zero delta: where each was reached from, and the running least bound.
  const visitFrom = new Int32Array(rows + 1);
  const visitLeast = new Float64Array(rows + 1);

  let size = 1;
  while (size < cols + 1) size *= 2;
  const depth = Math.log2(size);
  // Leftmost least explicit cost among unused columns; greatest v among unused columns.
  const minValue = new Float64Array(2 * size);
  const minCol = new Int32Array(2 * size);
  const maxV = new Float64Array(2 * size);
  const pullMin = (node: number) => {
    const l = 2 * node;
    const r = l + 1;
    const k = minValue[l]! <= minValue[r]! ? l : r;
    minValue[node] = minValue[k]!;
    minCol[node] = minCol[k]!;
  };
  const setExplicit = (j: number, value: number) => {
    let node = size + j;
    minValue[node] = value;
    minCol[node] = j;
    for (node >>= 1; node >= 1; node >>= 1) pullMin(node);
  };
  const rebuildMin = () => {
    for (let j = 0; j < size; j++) {
      minValue[size + j] = j <= cols && used[j] === 0 ? explicit[j]! : Infinity;
      minCol[size + j] = j;
    }
    for (let node = size - 1; node >= 1; node--) pullMin(node);
  };
  const removeV = (j: number) => {
    let node = size + j;
    maxV[node] = -Infinity;
    for (node >>= 1; node >= 1; node >>= 1) maxV[node] = Math.max(maxV[2 * node]!, maxV[2 * node + 1]!);
  };

  for (let i = 1; i <= rows; i++) {
    rowOfCol[0] = i;
    used.fill(0);
    explicit.fill(Infinity);
    // Column 0, the start, is usedCols[0] (never written, so 0); used[0] is never read.
    let usedCount = 1;
    rebuildMin();
    for (let j = 0; j < size; j++) maxV[size + j] = j >= 1 && j <= cols ? v[j]! : -Infinity;
    for (let node = size - 1; node >= 1; node--) maxV[node] = Math.max(maxV[2 * node]!, maxV[2 * node + 1]!);
    let visits = 0;
    let least = Infinity;
    // The tree of explicit costs is stale after a row that scores above 0 with many columns (or a non-zero delta):
    // the least cost is then found by one scan, as the dense method does, and the tree rebuilt only when a sparse
    // row needs it again. Rows dense with scores (every duty like every other) cost no more than the dense method.
    let stale = false;
    /** The column that last lowered unused column j's reduced cost, which is now `bound` or its explicit value. */
    const wayOf = (j: number, bound: number) => {
      if (explicit[j]! <= bound) return explicitWay[j]!;
      let lo = 0;
      let hi = visits - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (visitLeast[mid]! - v[j]! <= bound) hi = mid;
        else lo = mid + 1;
      }
      return visitFrom[lo]!;
    };
    let j0 = 0;
    do {
      const i0 = rowOfCol[j0]!;
      const ui0 = u[i0]!;
      const start = rowStart[i0]!;
      const end = rowStart[i0 + 1]!;
      const bulk = (end - start) * depth > size;
      if (bulk) stale = true;
      else if (stale) {
        rebuildMin();
        stale = false;
      }
      for (let p = start; p < end; p++) {
        const j = entryCol[p]!;
        if (used[j] === 1) continue;
        const reduced = max - entryScore[p]! - ui0 - v[j]!;
        const bound = least - v[j]!;
        if (reduced < explicit[j]! && reduced < bound) {
          explicit[j] = reduced;
          explicitWay[j] = j0;
          if (!stale) setExplicit(j, reduced);
        }
      }
      // The row's cost to every column it scores 0 with, before v (max − 0 is max: the dense method's sum exactly).
      const zeroCost = max - ui0;
      if (zeroCost < least) least = zeroCost;
      visitFrom[visits] = j0;
      visitLeast[visits++] = least;

      const boundStar = least - maxV[1]!;
      let delta: number;
      let j1: number;
      if (stale) {
        // Leftmost least of min(explicit, least − v) over unused columns: what the two trees give, in one scan.
        delta = Infinity;
        j1 = 0;
        for (let j = 1; j <= cols; j++) {
          if (used[j] === 1) continue;
          const e = explicit[j]!;
          const b = least - v[j]!;
          const m = e < b ? e : b;
          if (m < delta) {
            delta = m;
            j1 = j;
          }
        }
      } else if (minValue[1]! < boundStar) {
        delta = minValue[1]!;
        j1 = minCol[1]!;
      } else {
        let node = 1;
        while (node < size) {
          const l = 2 * node;
          node = least - maxV[l]! <= boundStar ? l : l + 1;
        }
        delta = boundStar;
        j1 = minValue[1]! === boundStar ? Math.min(node - size, minCol[1]!) : node - size;
      }
      way[j1] = wayOf(j1, least - v[j1]!);

      if (delta !== 0) {
        for (let k = 0; k < usedCount; k++) {
          const j = usedCols[k]!;
          u[rowOfCol[j]!]! += delta;
          v[j]! -= delta;
        }
        for (let j = 1; j <= cols; j++) {
          if (used[j] === 1 || j === j1) continue;
          const bound = least - v[j]!;
          if (explicit[j]! <= bound) {
            explicit[j]! -= delta;
          } else {
            explicitWay[j] = wayOf(j, bound);
            explicit[j] = bound - delta;
          }
        }
        visits = 0;
        least = Infinity;
        used[j1] = 1;
        stale = true;
      } else {
        used[j1] = 1;
        if (!stale) setExplicit(j1, Infinity);
      }
      usedCols[usedCount++] = j1;
      removeV(j1);
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
