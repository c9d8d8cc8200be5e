/**
 * The JSON shapes every command prints with --json (documented in the README).
 * Keys are always present; what the source lacks is null, never missing, so a
 * script can rely on the shape.
 */
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
  notes: string[];
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
}

export interface SectionJson {
  key: string;
  label: string | null;
  title: string;
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
  notes: string[];
}

export interface UnitJson extends UnitSummaryJson {
  heading: string | null;
  notes: string[];
  sections: SectionJson[];
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
    notes: [...unit.notes],
    sections: unit.sections.map((s) => ({ key: s.key, label: s.label ?? null, title: s.title })),
    duties: unit.duties.map(dutyJson),
  };
}
