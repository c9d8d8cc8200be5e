/** Renderers for overlap groups: text for a terminal or a pipe, and JSON. */
import type { ChalkInstance } from 'chalk';
import type { Duty, Unit } from '../corpus/model.js';
import type { OverlapGroup } from '../diff/overlap.js';
import { labelsFor, type Lang } from './labels.js';
import { safeLine } from './safe-text.js';
import { displayWidth, wrapText } from './wrap.js';

export type DutyOverlap = OverlapGroup<Duty, Unit>;

export interface OverlapTextOptions {
  readonly color: ChalkInstance;
  /** Wrap to this many columns; undefined writes each member on one line. */
  readonly width: number | undefined;
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  /** The language of the labels (default Chinese). */
  readonly lang?: Lang;
}

/**
 * Each group: a heading (rank, number of units, similarity), then one line
 * per member: duty id, unit name, and the clause that overlaps.
 */
export function renderOverlapText(groups: readonly DutyOverlap[], options: OverlapTextOptions): string {
  const { color, width } = options;
  const L = labelsFor(options.lang);
  const blocks = groups.map((g, k) => {
    const ids = g.members.map((m) => safeLine(options.idOf(m.duty)));
    const names = g.members.map((m) => safeLine(m.duty.unit.name));
    const wi = Math.max(...ids.map(displayWidth));
    const wn = Math.max(...names.map(displayWidth));
    const pad = (s: string, w: number) => s + ' '.repeat(w - displayWidth(s));
    const lines = [color.bold(L.overlapGroup(k + 1, g.units.length, g.similarity))];
    g.members.forEach((m, i) => {
      const lead = `  ${pad(ids[i]!, wi)}  ${pad(names[i]!, wn)}  `;
      const clause = safeLine(m.clause);
      const wrapped = width === undefined ? [clause] : wrapText(clause, width - displayWidth(lead));
      wrapped.forEach((l, j) => lines.push(j === 0 ? `  ${color.dim(pad(ids[i]!, wi))}  ${pad(names[i]!, wn)}  ${l}` : `${' '.repeat(displayWidth(lead))}${l}`));
    });
    return lines.join('\n') + '\n';
  });
  return blocks.join('\n');
}

export interface OverlapMemberJson {
  duty: string;
  unit: string;
  unitName: string;
  numbering: string;
  clause: string;
  text: string;
}

export interface OverlapGroupJson {
  similarity: number;
  units: string[];
  members: OverlapMemberJson[];
}

export function overlapJson(groups: readonly DutyOverlap[]): OverlapGroupJson[] {
  return groups.map((g) => ({
    similarity: Math.round(g.similarity * 10000) / 10000,
    units: g.units.map((u) => u.id),
    members: g.members.map((m) => ({
      duty: m.duty.id,
      unit: m.duty.unit.id,
      unitName: m.duty.unit.name,
      numbering: m.duty.numbering,
      clause: m.clause,
      text: m.duty.text,
    })),
  }));
}
