/**
 * The corpus (or some of its units) as tables: one duty a row for CSV, and
 * the workbook an xlsx export writes. Pure: model in, table values out.
 */
import type { Doc, Duty, Section, Unit } from '../corpus/model.js';
import { noteText, type Note } from '../corpus/notes.js';
import { labelsFor, type Lang } from './labels.js';
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

/** Notes in one cell, one a line, each in the output's language. */
export function notesCell(notes: readonly Note[], lang: Lang): string {
  return notes.map((n) => noteText(n, lang)).join('\n');
}

/** Every duty of the units, one a row, in reading order; notes in `lang`. */
export function dutyTable(units: readonly Unit[], lang: Lang = 'zh'): Table {
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
        notesCell(d.notes, lang),
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
  /** The language of the labels and importer notes (default Chinese). */
  readonly lang?: Lang;
}

export const OVERVIEW_SHEET = 'overview';
export const ALL_DUTIES_SHEET = 'all-duties';
export const DOCUMENTS_SHEET = 'documents';

function unitSheetKey(unit: Unit): string {
  return `unit:${unit.id}`;
}

function dutyText(d: Duty): TableCell {
  return d.depth > 0 ? { text: d.text, indent: d.depth } : d.text;
}

/** A duty then its sub-items, depth first: the reading order. */
function withSubItems(duties: readonly Duty[]): Duty[] {
  return duties.flatMap((d) => [d, ...withSubItems(d.children)]);
}

/** A unit's sheet in reading order: each section's row (label, title), its preamble, then its duties; a unit without sections, its duties. */
function unitSheetRows(u: Unit, duty: (d: Duty) => TableCell[], width: number): TableCell[][] {
  if (u.sections.length === 0) return u.duties.map(duty);
  const pad = (cells: TableCell[]) => [...cells, ...Array<TableCell>(width - cells.length).fill('')];
  return u.sections.flatMap((s: Section) => [
    pad([s.label ?? '', s.title]),
    ...(s.preamble !== undefined ? [pad(['', s.preamble])] : []),
    ...withSubItems(s.duties).map(duty),
  ]);
}

/** A document's attachment in one cell, as the document walk words it. */
function attachmentText(doc: Doc): string {
  if (!doc.attachment) return '';
  const { label, reference } = doc.attachment;
  return reference === undefined ? label : reference.includes(label) ? reference : `${label}：${reference}`;
}

/**
 * The xlsx export: an overview (one row per unit, linking to its sheet, with
 * its document's title, number, issuer and date, then the unit's own fields
 * where some unit has them: notes, parent, departments, heading, aliases,
 * preamble, staffing), every duty on one sheet with an autofilter, one sheet
 * per unit (section rows before their duties), and last a sheet of the
 * documents' heads (title, number, issuer, dates, recipients, body,
 * attachment, notes): every string the corpus holds for the exported units.
 */
export function corpusWorkbook(units: readonly Unit[], options: CorpusWorkbookOptions): WorkbookSpec {
  const groups = groupByDocument(units);
  const dutyCount = units.reduce((n, u) => n + u.duties.length, 0);
  // Editorial notes get a column only where some unit or duty has them.
  const unitNotes = units.some((u) => u.notes.length > 0);
  const dutyNotes = units.some((u) => u.duties.some((d) => d.notes.length > 0));
  const lang = options.lang ?? 'zh';
  const L = labelsFor(lang);
  const notes = (list: readonly Note[]) => notesCell(list, lang);
  const notesColumn = { header: L.notes, maxWidth: 40 };
  const exported = new Set(units);
  const partsOf = (u: Unit) => u.doc.units.filter((p) => p.parent === u);
  // The unit's own fields, each a column only where some exported unit has it.
  const unitFields = [
    { header: L.partOf, maxWidth: 30, has: (u: Unit) => u.parent !== undefined, cell: (u: Unit): TableCell => (!u.parent ? '' : exported.has(u.parent) ? { text: u.parent.name, link: { sheet: unitSheetKey(u.parent) } } : u.parent.name) },
    { header: L.parts, maxWidth: 40, has: (u: Unit) => partsOf(u).length > 0, cell: (u: Unit): TableCell => partsOf(u).map((p) => p.name).join('、') },
    { header: L.heading, maxWidth: 40, has: (u: Unit) => u.heading !== undefined, cell: (u: Unit): TableCell => u.heading ?? '' },
    { header: L.aliases, maxWidth: 30, has: (u: Unit) => u.aliases.length > 0, cell: (u: Unit): TableCell => u.aliases.join('、') },
    { header: L.preamble, maxWidth: 60, has: (u: Unit) => u.preamble !== undefined, cell: (u: Unit): TableCell => u.preamble ?? '' },
    { header: L.staffing, maxWidth: 60, has: (u: Unit) => u.staffing !== undefined, cell: (u: Unit): TableCell => u.staffing ?? '' },
  ].filter((f) => units.some(f.has));
  const overview: SheetSpec = {
    key: OVERVIEW_SHEET,
    name: L.overviewSheet,
    autoFilter: true,
    columns: [
      { header: L.unit, maxWidth: 30 },
      { header: L.externalName, maxWidth: 24 },
      { header: L.dutyCount },
      { header: L.id },
      { header: L.documentTitle, maxWidth: 50 },
      { header: L.number },
      { header: L.issuer, maxWidth: 24 },
      { header: L.date },
      ...(unitNotes ? [notesColumn] : []),
      ...unitFields.map((f) => ({ header: f.header, maxWidth: f.maxWidth })),
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
      ...(unitNotes ? [notes(u.notes)] : []),
      ...unitFields.map((f) => f.cell(u)),
    ]),
  };
  const allDuties: SheetSpec = {
    key: ALL_DUTIES_SHEET,
    name: L.allDutiesSheet,
    autoFilter: true,
    columns: [
      { header: L.document }, { header: L.unit, maxWidth: 24 }, { header: L.numbering }, { header: L.duty, maxWidth: 70 }, { header: L.id },
      ...(dutyNotes ? [notesColumn] : []),
    ],
    rows: units.flatMap((u) =>
      u.duties.map((d) => [documentLabel(u.doc), u.name, d.numbering, d.text, options.idOf(d), ...(dutyNotes ? [notes(d.notes)] : [])]),
    ),
  };
  // The numbering as printed (一、, （三）), a column at the end where some label is not just the numbering a reader cites.
  const printedLabels = units.some((u) => u.duties.some((d) => d.label !== undefined && d.label !== d.numbering));
  const unitColumns = [
    { header: L.numbering }, { header: L.duty, maxWidth: 80 }, { header: L.id },
    ...(dutyNotes ? [notesColumn] : []),
    ...(printedLabels ? [{ header: L.label, maxWidth: 16 }] : []),
  ];
  const dutyRow = (d: Duty): TableCell[] => [
    d.numbering, dutyText(d), options.idOf(d), ...(dutyNotes ? [notes(d.notes)] : []), ...(printedLabels ? [d.label ?? ''] : []),
  ];
  const unitSheets = units.map((u): SheetSpec => ({
    key: unitSheetKey(u),
    name: u.name,
    columns: unitColumns,
    rows: unitSheetRows(u, dutyRow, unitColumns.length),
  }));
  const docs = groups.map((g) => g.doc);
  // Each document field a column only where some exported document has it; the title always.
  const docFields = [
    { header: L.documentTitle, maxWidth: 50, cell: (d: Doc) => d.title },
    { header: L.number, maxWidth: 24, cell: (d: Doc) => d.numberNormalized ?? d.number ?? '' },
    { header: L.numberAsPrinted, maxWidth: 24, cell: (d: Doc) => (d.number !== undefined && d.number !== d.numberNormalized ? d.number : '') },
    { header: L.issuer, maxWidth: 24, cell: (d: Doc) => d.issuer ?? '' },
    { header: L.date, cell: (d: Doc) => d.date ?? '' },
    { header: L.dateText, maxWidth: 24, cell: (d: Doc) => d.dateText ?? '' },
    { header: L.recipients, maxWidth: 40, cell: (d: Doc) => d.recipients.join('、') },
    { header: L.body, maxWidth: 80, cell: (d: Doc) => d.body ?? '' },
    { header: L.attachment, maxWidth: 40, cell: attachmentText },
    { header: L.notes, maxWidth: 40, cell: (d: Doc) => notes(d.notes) },
  ].filter((f, k) => k === 0 || docs.some((d) => f.cell(d) !== ''));
  const documents: SheetSpec = {
    key: DOCUMENTS_SHEET,
    name: L.documentsSheet,
    columns: docFields.map((f) => ({ header: f.header, maxWidth: f.maxWidth })),
    rows: docs.map((d) => docFields.map((f) => f.cell(d))),
  };
  const title = groups.length === 1 ? groups[0]!.doc.title : L.workbookTitleMany(groups.length);
  return {
    properties: {
      title,
      subject: L.workbookSubject,
      creator: options.creator,
      description: `${L.workbookDescription(units.length, dutyCount)}${groups.map((g) => documentLabel(g.doc)).join(lang === 'zh' ? '；' : '; ')}`,
      keywords: groups.map((g) => documentLabel(g.doc)).join('; '),
      created: options.created,
    },
    sheets: [overview, allDuties, ...unitSheets, documents],
  };
}
