/**
 * A diff as an xlsx workbook: the 新旧对照表 (序号 | 原文（A） | 现文（B） |
 * 说明, deletions struck through, insertions underlined and bold), then the
 * columns a script filters on (group, ids, numbering, similarity), and a
 * summary sheet. Pure: the engine's result in, a workbook spec out.
 */
import type { Duty, Unit } from '../corpus/model.js';
import { labelsFor, type Lang } from './labels.js';
import { comparisonTable } from './comparison-table.js';
import { documentLabel } from './corpus-tables.js';
import type { UnitDiff } from './diff.js';
import { detailsDate, resultsWorkbook, type SheetSpec, type TableCell, type WorkbookSpec } from './table.js';

export interface DiffWorkbookOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  readonly creator: string;
  /** When the diff ran; a renderer never reads the clock itself. */
  readonly created: Date;
  readonly lang?: Lang;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function diffWorkbook(view: UnitDiff, options: DiffWorkbookOptions): WorkbookSpec {
  const L = labelsFor(options.lang);
  const table = comparisonTable(view, options);
  const { a, b, diff } = view;
  const { summary } = diff;
  const [index, original, revised, explanation] = table.headers;
  const entries = {
    name: L.comparisonSheet,
    autoFilter: true,
    columns: [
      { header: index },
      { header: original, maxWidth: 50 },
      { header: revised, maxWidth: 50 },
      { header: explanation, maxWidth: 30 },
      { header: L.group },
      { header: L.sideId('A') },
      { header: L.sideNumbering('A') },
      { header: L.sideId('B') },
      { header: L.sideNumbering('B') },
      { header: L.similarity },
    ],
    rows: table.rows.map((row): TableCell[] => [
      row.index,
      row.a?.cell ?? null,
      row.b?.cell ?? null,
      row.note,
      L.comparisonNote[row.group],
      row.a?.id ?? null,
      row.a?.duty.numbering ?? null,
      row.b?.id ?? null,
      row.b?.duty.numbering ?? null,
      row.similarity === null ? null : round(row.similarity),
    ]),
  };
  const note = L.comparisonNote;
  const details: [string, TableCell][] = [
    [L.comparisonOriginal, `${options.idOf(a)} ${a.name}${a.externalName ? `（${a.externalName}）` : ''}`],
    [L.sideDocument('A'), documentLabel(a.doc)],
    [L.comparisonRevised, `${options.idOf(b)} ${b.name}${b.externalName ? `（${b.externalName}）` : ''}`],
    [L.sideDocument('B'), documentLabel(b.doc)],
    [note.same, summary.same],
    [note.changed, summary.changed],
    [note.onlyA, summary.onlyA],
    [note.onlyB, summary.onlyB],
    [L.similarity, round(summary.similarity)],
    [L.minSimilarity, diff.minSimilarity],
    [L.date, detailsDate(options.created)],
  ];
  const summarySheet: SheetSpec = {
    key: 'summary',
    name: L.summarySheet,
    columns: [{ header: L.field }, { header: L.value, maxWidth: 80 }],
    rows: details,
  };
  return resultsWorkbook(
    entries,
    {
      title: table.title,
      subject: L.diffSubject,
      creator: options.creator,
      description: table.summary,
      keywords: `${options.idOf(a)}; ${options.idOf(b)}`,
      created: options.created,
    },
    summarySheet,
  );
}
