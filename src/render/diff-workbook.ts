/**
 * A diff of two units' duties as an xlsx workbook: one row per entry, the
 * character-level changes as marked runs (the xlsx writer shows deletions
 * red and struck through, insertions green and underlined), and a summary
 * sheet. Pure: the engine's result in, a workbook spec out.
 */
import type { Duty, Unit } from '../corpus/model.js';
import type { DiffEntry, DiffGroup } from '../diff/align.js';
import { documentLabel } from './corpus-tables.js';
import type { UnitDiff } from './diff.js';
import { detailsDate, detailsSheet, resultsWorkbook, runsCell, type TableCell, type TextRun, type WorkbookSpec } from './table.js';

export const GROUP_LABEL: Readonly<Record<DiffGroup, string>> = { same: 'same', changed: 'changed', onlyA: 'only in A', onlyB: 'only in B' };

export interface DiffWorkbookOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  readonly creator: string;
  /** When the diff ran; a renderer never reads the clock itself. */
  readonly created: Date;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A's text with what B lacks marked deleted (a changed pair only: a one-sided duty is plain, its group says the rest). */
function textA(e: DiffEntry<Duty>): TableCell {
  if (!e.a) return null;
  if (e.group !== 'changed') return e.a.text;
  return runsCell(e.changes.filter((c) => c.op !== 'insert').map((c): TextRun => (c.op === 'delete' ? { text: c.a, mark: 'deleted' } : { text: c.a })));
}

/** B's text with what A lacks marked inserted. */
function textB(e: DiffEntry<Duty>): TableCell {
  if (!e.b) return null;
  if (e.group !== 'changed') return e.b.text;
  return runsCell(e.changes.filter((c) => c.op !== 'delete').map((c): TextRun => (c.op === 'insert' ? { text: c.b, mark: 'inserted' } : { text: c.b })));
}

/** The redline: every step from A to B in one text, so reading the column down turns A into B. */
function redline(e: DiffEntry<Duty>): TableCell {
  return runsCell(
    e.changes.map((c): TextRun => (c.op === 'delete' ? { text: c.a, mark: 'deleted' } : c.op === 'insert' ? { text: c.b, mark: 'inserted' } : { text: c.b })),
  );
}

function unitTitle(unit: Unit, idOf: (u: Unit) => string): string {
  return `${idOf(unit)} ${unit.name}${unit.externalName ? `（${unit.externalName}）` : ''}`;
}

export function diffWorkbook(view: UnitDiff, options: DiffWorkbookOptions): WorkbookSpec {
  const { a, b, diff } = view;
  const { summary } = diff;
  const entries = {
    name: 'diff',
    autoFilter: true,
    columns: [
      { header: 'group' },
      { header: 'A id' },
      { header: 'A numbering' },
      { header: 'A text', maxWidth: 50 },
      { header: 'B id' },
      { header: 'B numbering' },
      { header: 'B text', maxWidth: 50 },
      { header: 'similarity' },
      { header: 'changes', maxWidth: 60 },
    ],
    rows: diff.entries.map((e): TableCell[] => [
      GROUP_LABEL[e.group],
      e.a ? options.idOf(e.a) : null,
      e.a?.numbering ?? null,
      textA(e),
      e.b ? options.idOf(e.b) : null,
      e.b?.numbering ?? null,
      textB(e),
      e.similarity === undefined ? null : round(e.similarity),
      redline(e),
    ]),
  };
  const summarySheet = detailsSheet('summary', 'summary', [
    ['A', unitTitle(a, options.idOf)],
    ['A document', documentLabel(a.doc)],
    ['B', unitTitle(b, options.idOf)],
    ['B document', documentLabel(b.doc)],
    ['same', summary.same],
    ['changed', summary.changed],
    ['only in A', summary.onlyA],
    ['only in B', summary.onlyB],
    ['similarity', round(summary.similarity)],
    ['min similarity', diff.minSimilarity],
    ['date', detailsDate(options.created)],
  ]);
  return resultsWorkbook(
    entries,
    {
      title: `diff: ${a.name} → ${b.name}`,
      subject: 'mandates diff',
      creator: options.creator,
      description: `${summary.same} same, ${summary.changed} changed, ${summary.onlyA} only in A, ${summary.onlyB} only in B; similarity ${summary.similarity.toFixed(2)}`,
      keywords: `${options.idOf(a)}; ${options.idOf(b)}`,
      created: options.created,
    },
    summarySheet,
  );
}
