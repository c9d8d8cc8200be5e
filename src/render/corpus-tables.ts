/**
 * The corpus (or some of its units) as tables: one duty a row for CSV, and
 * the workbook an xlsx export writes. Pure: model in, table values out.
 */
import type { Doc, Duty, Unit } from '../corpus/model.js';
import type { SheetSpec, Table, TableCell, WorkbookSpec } from './table.js';

export interface DocumentGroup {
  readonly doc: Doc;
  readonly units: readonly Unit[];
}

/** Units grouped by their document, documents and units in load order. */
export function groupByDocument(units: readonly Unit[]): DocumentGroup[] {
  const groups = new Map<Doc, Unit[]>();
  for (const unit of units) {
    const list = groups.get(unit.doc);
    if (list) list.push(unit);
    else groups.set(unit.doc, [unit]);
  }
  return [...groups].map(([doc, list]) => ({ doc, units: list }));
}

/** How a document is named in a table cell: its number where it has one. */
export function documentLabel(doc: Doc): string {
  return doc.numberNormalized ?? doc.number ?? doc.id;
}

/** CSV columns: machine-friendly names; ids are the full, stable ones. */
export const DUTY_CSV_COLUMNS = [
  'id', 'document', 'document_number', 'unit', 'unit_name', 'section', 'label', 'numbering', 'depth', 'parent', 'text', 'notes',
] as const;

/** Every duty of the units, one a row, in reading order. */
export function dutyTable(units: readonly Unit[]): Table {
  const rows: TableCell[][] = [];
  for (const unit of units) {
    for (const d of unit.duties) {
      rows.push([
        d.id,
        unit.doc.id,
        unit.doc.numberNormalized ?? unit.doc.number ?? '',
        unit.id,
        unit.name,
        d.section ? `${d.section.label ?? ''}${d.section.title}` : '',
        d.label ?? '',
        d.numbering,
        d.depth,
        d.parent?.id ?? '',
        d.text,
        d.notes.join('\n'),
      ]);
    }
  }
  return { columns: DUTY_CSV_COLUMNS.map((header) => ({ header })), rows };
}

export interface CorpusWorkbookOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  /** Who made the workbook, e.g. `mandates 0.1.0`. */
  readonly creator: string;
  readonly created: Date;
}

export const OVERVIEW_SHEET = 'overview';
export const ALL_DUTIES_SHEET = 'all-duties';

function unitSheetKey(unit: Unit): string {
  return `unit:${unit.id}`;
}

function dutyText(d: Duty): TableCell {
  return d.depth > 0 ? { text: d.text, indent: d.depth } : d.text;
}

/**
 * The xlsx export: an overview (one row per unit, linking to its sheet, with
 * its document's title, number, issuer and date), every duty on one sheet
 * with an autofilter, then one sheet per unit.
 */
export function corpusWorkbook(units: readonly Unit[], options: CorpusWorkbookOptions): WorkbookSpec {
  const groups = groupByDocument(units);
  const dutyCount = units.reduce((n, u) => n + u.duties.length, 0);
  // Editorial notes get a column only where some unit or duty has them.
  const unitNotes = units.some((u) => u.notes.length > 0);
  const dutyNotes = units.some((u) => u.duties.some((d) => d.notes.length > 0));
  const notesColumn = { header: '备注', maxWidth: 40 };
  const overview: SheetSpec = {
    key: OVERVIEW_SHEET,
    name: '概览',
    autoFilter: true,
    columns: [
      { header: '单位', maxWidth: 30 },
      { header: '对外称', maxWidth: 24 },
      { header: '职能数' },
      { header: 'ID' },
      { header: '文件标题', maxWidth: 50 },
      { header: '文号' },
      { header: '发文机关', maxWidth: 24 },
      { header: '日期' },
      ...(unitNotes ? [notesColumn] : []),
    ],
    rows: units.map((u) => [
      { text: u.name, link: { sheet: unitSheetKey(u) } },
      u.externalName ?? '',
      u.duties.length,
      options.idOf(u),
      u.doc.title,
      u.doc.numberNormalized ?? u.doc.number ?? '',
      u.doc.issuer ?? '',
      u.doc.date ?? '',
      ...(unitNotes ? [u.notes.join('\n')] : []),
    ]),
  };
  const allDuties: SheetSpec = {
    key: ALL_DUTIES_SHEET,
    name: '全部职能',
    autoFilter: true,
    columns: [
      { header: '文件' }, { header: '单位', maxWidth: 24 }, { header: '序号' }, { header: '职能', maxWidth: 70 }, { header: 'ID' },
      ...(dutyNotes ? [notesColumn] : []),
    ],
    rows: units.flatMap((u) =>
      u.duties.map((d) => [documentLabel(u.doc), u.name, d.numbering, d.text, options.idOf(d), ...(dutyNotes ? [d.notes.join('\n')] : [])]),
    ),
  };
  const unitSheets = units.map((u): SheetSpec => ({
    key: unitSheetKey(u),
    name: u.name,
    columns: [{ header: '序号' }, { header: '职能', maxWidth: 80 }, { header: 'ID' }, ...(dutyNotes ? [notesColumn] : [])],
    rows: u.duties.map((d) => [d.numbering, dutyText(d), options.idOf(d), ...(dutyNotes ? [d.notes.join('\n')] : [])]),
  }));
  const title = groups.length === 1 ? groups[0]!.doc.title : `机构主要职能（${groups.length} 个文件）`;
  return {
    properties: {
      title,
      subject: '机构主要职能',
      creator: options.creator,
      description: `${units.length} 个单位，${dutyCount} 项职能。${groups.map((g) => documentLabel(g.doc)).join('；')}`,
      keywords: groups.map((g) => documentLabel(g.doc)).join('; '),
      created: options.created,
    },
    sheets: [overview, allDuties, ...unitSheets],
  };
}
