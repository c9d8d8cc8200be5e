/**
 * A diff as a 新旧对照表, the table official revisions are published in:
 * 序号 | 原文（A） | 现文（B） | 说明, one row for each pair of duties, one row
 * for each duty on one side only, in document order (the engine already
 * interleaves B's unpaired duties by their position). In 原文 what B lacks is
 * marked deleted; in 现文 what A lacks is marked inserted; a duty on one side
 * only is marked whole. Pure: the engine's result in, plain rows out, which
 * the docx, xlsx, Markdown and HTML writers each show their own way.
 */
import type { Duty, Unit } from '../corpus/model.js';
import type { DiffEntry, DiffGroup } from '../diff/align.js';
import { documentLabel } from './corpus-tables.js';
import type { UnitDiff } from './diff.js';
import { labelsFor, type Lang } from './labels.js';
import { runsCell, type RichCell, type TextRun } from './table.js';

/** One side of a row: the duty as printed (its label, then its text) with its changes marked. */
export interface ComparisonSide {
  readonly duty: Duty;
  /** The id to show (short where unambiguous). */
  readonly id: string;
  /** The label and text as marked runs; `text` is the label followed by the duty's text. */
  readonly cell: RichCell;
}

export interface ComparisonRow {
  /** 序号: 1, 2, 3… in table order. */
  readonly index: number;
  readonly group: DiffGroup;
  /** 原文: A's duty, or null for a duty only B has. */
  readonly a: ComparisonSide | null;
  /** 现文: B's duty, or null for a duty only A has. */
  readonly b: ComparisonSide | null;
  /** The pair's similarity (1 for the same text), null for a duty on one side only. */
  readonly similarity: number | null;
  /** 说明: what happened to the duty (修改, 删除…), and a change of numbering where a pair is numbered differently. */
  readonly note: string;
}

export interface ComparisonTable {
  /** `外贸发展中心职能新旧对照表`, or with both names when A and B are different units. */
  readonly title: string;
  /** Who A and B are: `原文（A）：wmfzzx 外贸发展中心（外贸发展事务局），商办发〔2003〕9号`. */
  readonly captionA: string;
  readonly captionB: string;
  /** The counts per group and the overall similarity, in the table's language. */
  readonly summary: string;
  /** Column headers: 序号, 原文（A）, 现文（B）, 说明. */
  readonly headers: readonly [string, string, string, string];
  readonly rows: readonly ComparisonRow[];
}

export interface ComparisonOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  readonly lang?: Lang;
}

function unitTitle(unit: Unit, idOf: (u: Unit) => string): string {
  return `${idOf(unit)} ${unit.name}${unit.externalName ? `（${unit.externalName}）` : ''}`;
}

/** The runs of one side: the label unmarked, then the text's steps that belong to this side. */
function sideRuns(entry: DiffEntry<Duty>, side: 'a' | 'b'): TextRun[] {
  const duty = entry[side]!;
  const label: TextRun[] = duty.label ? [{ text: duty.label }] : [];
  if (entry.group === 'same') return [...label, { text: duty.text }];
  if (entry.group === 'onlyA') return [...label, { text: duty.text, mark: 'deleted' }];
  if (entry.group === 'onlyB') return [...label, { text: duty.text, mark: 'inserted' }];
  const own = side === 'a' ? 'delete' : 'insert';
  const runs = entry.changes
    .filter((c) => c.op === 'equal' || c.op === own)
    .map((c): TextRun => {
      const text = side === 'a' ? c.a : c.b;
      if (c.op === 'equal') return { text };
      return { text, mark: side === 'a' ? 'deleted' : 'inserted' };
    });
  return [...label, ...runs];
}

export function comparisonTable(view: UnitDiff, options: ComparisonOptions): ComparisonTable {
  const L = labelsFor(options.lang);
  const { a, b, diff } = view;
  const side = (entry: DiffEntry<Duty>, s: 'a' | 'b'): ComparisonSide | null => {
    const duty = entry[s];
    return duty ? { duty, id: options.idOf(duty), cell: runsCell(sideRuns(entry, s)) } : null;
  };
  const rows = diff.entries.map((entry, k): ComparisonRow => {
    const renumbered = entry.a && entry.b && entry.a.numbering !== entry.b.numbering;
    const note = L.comparisonNote[entry.group] + (renumbered ? L.comparisonRenumbered(entry.a!.numbering, entry.b!.numbering) : '');
    return {
      index: k + 1,
      group: entry.group,
      a: side(entry, 'a'),
      b: side(entry, 'b'),
      similarity: entry.similarity ?? null,
      note,
    };
  });
  return {
    title: L.comparisonTitle(a.name, b.name),
    captionA: L.comparisonCaption('A', unitTitle(a, options.idOf), documentLabel(a.doc)),
    captionB: L.comparisonCaption('B', unitTitle(b, options.idOf), documentLabel(b.doc)),
    summary: L.comparisonSummary(diff.summary),
    headers: [L.comparisonIndex, L.comparisonOriginal, L.comparisonRevised, L.comparisonExplanation],
    rows,
  };
}
