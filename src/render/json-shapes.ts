/**
 * The JSON shapes every command prints with --json (documented in docs/json.md).
 * Keys are always present; what the source lacks is null, never missing, so a
 * script can rely on the shape.
 */
import type { Note } from '../corpus/format.js';
import type { Doc, Duty, Unit } from '../corpus/model.js';

export interface DocJson {
  id: string;
  title: string;
  number: string | null;
  numberNormalized: string | null;
  issuer: string | null;
  date: string | null;
  dateText: string | null;
  recipients: string[];
  attachment: { label: string; reference: string | null } | null;
  /** Editorial notes as the corpus holds them: plain text, or { zh, en } from the importer. */
  notes: Note[];
  unitCount: number;
  dutyCount: number;
  source: string;
}

export interface UnitSummaryJson {
  id: string;
  key: string;
  document: string;
  name: string;
  externalName: string | null;
  aliases: string[];
  dutyCount: number;
  /** The unit this one is part of (a 三定 department → its body unit), by id. */
  parent: string | null;
}

export interface SectionJson {
  key: string;
  label: string | null;
  title: string;
}

/** A section as its unit lists it: with the text before its first item. */
export interface UnitSectionJson extends SectionJson {
  /** Text between the section's title and its first numbered item, as printed. */
  preamble: string | null;
}

export interface DutyJson {
  id: string;
  path: string;
  unit: string;
  document: string;
  label: string | null;
  numbering: string;
  depth: number;
  parent: string | null;
  section: SectionJson | null;
  text: string;
  /** Editorial notes as the corpus holds them: plain text, or { zh, en } from the importer. */
  notes: Note[];
}

export interface UnitJson extends UnitSummaryJson {
  heading: string | null;
  /** Text before the first numbered item (a 三定's preamble), as printed. */
  preamble: string | null;
  /** Staffing (人员编制) as printed. */
  staffing: string | null;
  /** Editorial notes as the corpus holds them: plain text, or { zh, en } from the importer. */
  notes: Note[];
  sections: UnitSectionJson[];
  duties: DutyJson[];
}

export function docJson(doc: Doc): DocJson {
  return {
    id: doc.id,
    title: doc.title,
    number: doc.number ?? null,
    numberNormalized: doc.numberNormalized ?? null,
    issuer: doc.issuer ?? null,
    date: doc.date ?? null,
    dateText: doc.dateText ?? null,
    recipients: [...doc.recipients],
    attachment: doc.attachment ? { label: doc.attachment.label, reference: doc.attachment.reference ?? null } : null,
    notes: [...doc.notes],
    unitCount: doc.units.length,
    dutyCount: doc.units.reduce((n, u) => n + u.duties.length, 0),
    source: doc.source,
  };
}

export function unitSummaryJson(unit: Unit): UnitSummaryJson {
  return {
    id: unit.id,
    key: unit.key,
    document: unit.doc.id,
    name: unit.name,
    externalName: unit.externalName ?? null,
    aliases: [...unit.aliases],
    dutyCount: unit.duties.length,
    parent: unit.parent?.id ?? null,
  };
}

export function dutyJson(duty: Duty): DutyJson {
  return {
    id: duty.id,
    path: duty.path,
    unit: duty.unit.id,
    document: duty.unit.doc.id,
    label: duty.label ?? null,
    numbering: duty.numbering,
    depth: duty.depth,
    parent: duty.parent?.id ?? null,
    section: duty.section ? { key: duty.section.key, label: duty.section.label ?? null, title: duty.section.title } : null,
    text: duty.text,
    notes: [...duty.notes],
  };
}

export function unitJson(unit: Unit): UnitJson {
  return {
    ...unitSummaryJson(unit),
    heading: unit.heading ?? null,
    preamble: unit.preamble ?? null,
    staffing: unit.staffing ?? null,
    notes: [...unit.notes],
    sections: unit.sections.map((s) => ({ key: s.key, label: s.label ?? null, title: s.title, preamble: s.preamble ?? null })),
    duties: unit.duties.map(dutyJson),
  };
}

/** Version of the export shapes below (`mandates export --format json|jsonl`); schema/export.schema.json describes them. */
export const EXPORT_VERSION = 1;

/** A document in an export: its metadata, body, and the exported units with every duty. */
export interface ExportDocumentJson extends DocJson {
  body: string | null;
  /** The exported units, in document order (all of them, or those named on the command line). */
  units: UnitJson[];
}

/** `mandates export --format json`. */
export interface ExportJson {
  /** Version of this shape; it changes only when a field changes meaning or goes away. */
  version: 1;
  documents: ExportDocumentJson[];
}

/** The document a JSONL line's duty belongs to (no body, no unit list). */
export type ExportLineDocumentJson = Pick<DocJson, 'id' | 'title' | 'number' | 'numberNormalized' | 'issuer' | 'date'>;

/** One line of `mandates export --format jsonl`: one duty, with its unit and document. */
export interface ExportLineJson {
  version: 1;
  document: ExportLineDocumentJson;
  unit: UnitSummaryJson;
  duty: DutyJson;
}

/** The export of some units, grouped by document in load order. */
export function exportJson(groups: readonly { doc: Doc; units: readonly Unit[] }[]): ExportJson {
  return {
    version: EXPORT_VERSION,
    documents: groups.map(({ doc, units }) => ({ ...docJson(doc), body: doc.body ?? null, units: units.map(unitJson) })),
  };
}

export function exportLineDocumentJson(doc: Doc): ExportLineDocumentJson {
  const { id, title, number, numberNormalized, issuer, date } = docJson(doc);
  return { id, title, number, numberNormalized, issuer, date };
}

/** JSONL: one line per duty, in reading order. */
export function exportLines(units: readonly Unit[]): ExportLineJson[] {
  const lines: ExportLineJson[] = [];
  const docs = new Map<Doc, ExportLineDocumentJson>();
  for (const unit of units) {
    let document = docs.get(unit.doc);
    if (!document) docs.set(unit.doc, (document = exportLineDocumentJson(unit.doc)));
    const summary = unitSummaryJson(unit);
    for (const duty of unit.duties) lines.push({ version: EXPORT_VERSION, document, unit: summary, duty: dutyJson(duty) });
  }
  return lines;
}
