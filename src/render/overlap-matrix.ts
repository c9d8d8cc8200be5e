/**
 * The overlap matrix: for every pair of units, how many of the row unit's
 * duties are in an overlap group with the column unit (and so what share of
 * its duties it shares with that unit), with the units ordered so that units
 * that share much sit together. Built from overlap's groups; the engine is
 * not touched. The terminal rendering (Unicode block shading) is here too;
 * the SVG and HTML maps are in overlap-map.ts.
 */
import type { Duty, Unit } from '../corpus/model.js';
import type { DutyOverlap } from './overlap.js';
import { safeLine } from './safe-text.js';
import { displayWidth } from './wrap.js';

/** More units than this make a map no one can read (and an SVG of tens of megabytes): the caller refuses. */
export const MAX_MATRIX_UNITS = 150;

export class MatrixTooLarge extends Error {
  override readonly name = 'MatrixTooLarge';
  constructor(readonly units: number, readonly limit: number) {
    super(`${units} units share duties, more than a matrix shows (limit ${limit})`);
  }
}

export interface OverlapMatrix {
  /** The units shown, in cluster order. */
  readonly units: readonly Unit[];
  /** Units compared that share no duty with any other (left out of the matrix). */
  readonly without: readonly Unit[];
  /** shared[i][j]: the duties of units[i] in a group with units[j] (empty on the diagonal), in reading order. */
  readonly shared: readonly (readonly Duty[])[][];
  /** share[i][j] = shared[i][j].length / duties of units[i] (0 when it has none). */
  readonly share: readonly (readonly number[])[];
  /** groups[i][j]: the overlap groups (indexes into `groupList`) holding both units[i] and units[j]. */
  readonly groups: readonly (readonly number[])[][];
  readonly groupList: readonly DutyOverlap[];
}

/**
 * The matrix for the units compared (`units`, in corpus order) and the
 * groups overlap found among them. Units that share nothing are listed in
 * `without` rather than shown as empty rows; more than `limit` units sharing
 * something throws MatrixTooLarge.
 */
export function overlapMatrix(groups: readonly DutyOverlap[], units: readonly Unit[], limit = MAX_MATRIX_UNITS): OverlapMatrix {
  const sharing = new Set<Unit>();
  for (const g of groups) for (const u of g.units) sharing.add(u);
  const shown = units.filter((u) => sharing.has(u));
  const without = units.filter((u) => !sharing.has(u));
  if (shown.length > limit) throw new MatrixTooLarge(shown.length, limit);
  const n = shown.length;
  const index = new Map(shown.map((u, i) => [u, i]));
  const dutySets = shown.map(() => shown.map(() => new Set<Duty>()));
  const groupIdx: number[][][] = shown.map(() => shown.map(() => []));
  groups.forEach((g, k) => {
    const at = g.units.map((u) => index.get(u)!);
    for (const i of at) {
      for (const j of at) {
        if (i === j) continue;
        groupIdx[i]![j]!.push(k);
        for (const m of g.members) if (m.duty.unit === shown[i]) dutySets[i]![j]!.add(m.duty);
      }
    }
  });
  const readingOrder = (u: Unit) => new Map(u.duties.map((d, k) => [d, k]));
  const sharedRaw = dutySets.map((row, i) => {
    const order = readingOrder(shown[i]!);
    return row.map((set) => [...set].sort((a, b) => order.get(a)! - order.get(b)!));
  });
  const shareRaw = sharedRaw.map((row, i) => row.map((ds) => (shown[i]!.duties.length === 0 ? 0 : ds.length / shown[i]!.duties.length)));
  const order = clusterOrder(shareRaw.map((row, i) => row.map((s, j) => (i === j ? 1 : (s + shareRaw[j]![i]!) / 2))));
  return {
    units: order.map((i) => shown[i]!),
    without,
    shared: order.map((i) => order.map((j) => sharedRaw[i]![j]!)),
    share: order.map((i) => order.map((j) => shareRaw[i]![j]!)),
    groups: order.map((i) => order.map((j) => groupIdx[i]![j]!)),
    groupList: groups,
  };
}

/**
 * A leaf order from agglomerative clustering with average linkage on a
 * symmetric similarity matrix: the two most alike clusters merge first, and
 * each merge joins the two clusters' orders at the ends that are most alike,
 * so neighbours in the order are alike. Ties go to the earlier units, so the
 * order is deterministic. O(n³), fine for the few hundred units a map shows.
 */
export function clusterOrder(similarity: readonly (readonly number[])[]): number[] {
  const n = similarity.length;
  const sim = (a: number, b: number) => similarity[a]![b]!;
  let clusters: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const linkage = (x: readonly number[], y: readonly number[]) => {
    let total = 0;
    for (const a of x) for (const b of y) total += sim(a, b);
    return total / (x.length * y.length);
  };
  while (clusters.length > 1) {
    let best = -Infinity;
    let bx = 0;
    let by = 1;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const l = linkage(clusters[x]!, clusters[y]!);
        if (l > best) {
          best = l;
          bx = x;
          by = y;
        }
      }
    }
    const cx = clusters[bx]!;
    const cy = clusters[by]!;
    // The four ways to join two orders; keep the one whose meeting ends are most alike (the first on a tie).
    const joins = [
      [cx, cy],
      [cx, [...cy].reverse()],
      [[...cx].reverse(), cy],
      [[...cx].reverse(), [...cy].reverse()],
    ] as const;
    let joined = [...cx, ...cy];
    let bestEnds = -Infinity;
    for (const [p, q] of joins) {
      const s = sim(p[p.length - 1]!, q[0]!);
      if (s > bestEnds) {
        bestEnds = s;
        joined = [...p, ...q];
      }
    }
    clusters = [...clusters.slice(0, bx), joined, ...clusters.slice(bx + 1, by), ...clusters.slice(by + 1)];
  }
  return clusters[0] ?? [];
}

/**
 * The shading of a share, lightest to darkest, with the share each begins at.
 * Finer at the low end, where real units are: most share a duty or two of ten.
 */
const SHADES: readonly (readonly [number, string])[] = [
  [0.5, '█'],
  [0.3, '▓'],
  [0.15, '▒'],
  [0, '░'],
];

export function shadeOf(share: number): string {
  if (share <= 0) return '·';
  return SHADES.find(([from]) => share >= from)![1];
}

export interface MatrixTextLabels {
  /** The legend line, given the shading characters' meanings. */
  readonly legend: string;
  /** The line naming units that share nothing (given their names joined). */
  readonly without: (names: string) => string;
  /** Said instead of a matrix when no unit shares a duty. */
  readonly none: string;
}

export const MATRIX_TEXT_LABELS: Readonly<Record<'zh' | 'en', MatrixTextLabels>> = {
  zh: {
    legend: '行单位的职责中与列单位交叉的比例：· 无  ░ <15%  ▒ 15–30%  ▓ 30–50%  █ ≥50%',
    without: (names) => `无交叉职责：${names}`,
    none: '没有单位之间有交叉职责',
  },
  en: {
    legend: "share of the row unit's duties shared with the column unit: · none  ░ <15%  ▒ 15–30%  ▓ 30–50%  █ ≥50%",
    without: (names) => `sharing no duty: ${names}`,
    none: 'no unit shares a duty with another',
  },
};

/**
 * The matrix for a terminal: one row per unit (number, name, a two-column
 * shaded cell per other unit), the columns headed by the same numbers, and a
 * legend. Names are in the rows only: a terminal cannot set them vertically.
 */
export function renderMatrixText(matrix: OverlapMatrix, options: { readonly labels: MatrixTextLabels; readonly idOf: (u: Unit) => string }): string {
  const { labels } = options;
  if (matrix.units.length === 0) return labels.none + '\n';
  const n = matrix.units.length;
  const numberWidth = String(n).length;
  const names = matrix.units.map((u, i) => `${String(i + 1).padStart(numberWidth)} ${safeLine(u.name)}`);
  const nameWidth = Math.max(...names.map(displayWidth));
  const cellWidth = Math.max(2, numberWidth);
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  const header = ' '.repeat(nameWidth) + '  ' + matrix.units.map((_, j) => String(j + 1).padStart(cellWidth)).join(' ');
  const rows = matrix.units.map((u, i) => {
    const cells = matrix.units.map((_, j) => (i === j ? ' '.repeat(cellWidth - 1) + '╲' : shadeOf(matrix.share[i]![j]!).repeat(cellWidth)));
    return `${pad(names[i]!, nameWidth)}  ${cells.join(' ')}  ${safeLine(options.idOf(u))}`;
  });
  const lines = [header, ...rows, '', labels.legend];
  if (matrix.without.length > 0) lines.push(labels.without(matrix.without.map((u) => safeLine(u.name)).join('、')));
  return lines.join('\n') + '\n';
}

export interface MatrixJson {
  /** The units in the matrix's (cluster) order. */
  units: { id: string; name: string; duties: number }[];
  /** shared[i][j]: ids of the duties of units[i] in an overlap group with units[j]. */
  shared: string[][][];
  /** share[i][j]: shared[i][j].length / units[i].duties, rounded to 4 places. */
  share: number[][];
  /** Units compared that share no duty with another. */
  without: string[];
}

export function matrixJson(matrix: OverlapMatrix): MatrixJson {
  return {
    units: matrix.units.map((u) => ({ id: u.id, name: u.name, duties: u.duties.length })),
    shared: matrix.shared.map((row) => row.map((ds) => ds.map((d) => d.id))),
    share: matrix.share.map((row) => row.map((s) => Math.round(s * 10000) / 10000)),
    without: matrix.without.map((u) => u.id),
  };
}
