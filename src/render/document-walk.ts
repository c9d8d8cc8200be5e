/**
 * What a document-shaped export (Markdown, and any renderer that wants it)
 * holds, in the document's own order, as a flat list of typed blocks. Pure:
 * the model in, plain values out; a renderer only decides how each block
 * looks, never what goes in or in which order, so no field is forgotten.
 *
 * Order, for each document with exported units:
 *   document-start (title) → document-field × (number normalised, and as
 *   printed where it differs, issuer, date, date as printed, recipients, attachment) →
 *   body → note × (the document's) → the units → document-end.
 * For each unit (a department, one whose `parent` is an exported unit, is
 * walked inside its parent rather than at the top):
 *   unit-start (name, depth) → unit-field × (externalName, aliases, heading,
 *   partOf, parts) → note × → preamble → then, for a unit with sections, each
 *   section-start (label, title) → section preamble → duty × (each duty then
 *   its sub-items, with their notes) → section-end; the departments
 *   (parts-start, each department's unit walk, parts-end) and the staffing
 *   stand where a 三定 provision has them: in the gap of the section numbering
 *   (一、职责调整 二、主要职责 [三、内设机构] [四、人员编制] 五、其他事项 六、附则),
 *   at the end when the numbering has no gap. A unit without sections: its
 *   duties, then departments, then staffing. → unit-end.
 */
import type { Note } from '../corpus/format.js';
import type { Doc, Duty, Section, Unit } from '../corpus/model.js';
import { parseLabelOrdinal } from '../text/numerals.js';
import { groupByDocument } from './corpus-tables.js';

export type DocumentField = 'number' | 'numberNormalized' | 'issuer' | 'date' | 'dateText' | 'recipients' | 'attachment';
export type UnitField = 'externalName' | 'aliases' | 'heading' | 'partOf' | 'parts';

export type WalkBlock =
  | { readonly kind: 'document-start'; readonly doc: Doc }
  | { readonly kind: 'document-field'; readonly doc: Doc; readonly field: DocumentField; readonly text: string }
  | { readonly kind: 'body'; readonly doc: Doc; readonly text: string }
  | { readonly kind: 'note'; readonly note: Note; readonly depth: number }
  | { readonly kind: 'document-end'; readonly doc: Doc }
  /** depth: 0 for a unit at the top, 1 for a department of it… */
  | { readonly kind: 'unit-start'; readonly unit: Unit; readonly depth: number }
  /** `parts` text is the departments' names, `partOf` the parent's name; the units themselves are on `units`. */
  | { readonly kind: 'unit-field'; readonly unit: Unit; readonly field: UnitField; readonly text: string; readonly units?: readonly Unit[] }
  | { readonly kind: 'preamble'; readonly unit: Unit; readonly text: string }
  | { readonly kind: 'section-start'; readonly unit: Unit; readonly section: Section }
  | { readonly kind: 'section-preamble'; readonly unit: Unit; readonly section: Section; readonly text: string }
  | { readonly kind: 'section-end'; readonly unit: Unit; readonly section: Section }
  /** A duty; its sub-items follow as duties of their own (duty.depth says how deep). */
  | { readonly kind: 'duty'; readonly duty: Duty }
  | { readonly kind: 'parts-start'; readonly unit: Unit; readonly parts: readonly Unit[] }
  | { readonly kind: 'parts-end'; readonly unit: Unit }
  | { readonly kind: 'staffing'; readonly unit: Unit; readonly text: string }
  | { readonly kind: 'unit-end'; readonly unit: Unit; readonly depth: number };

/**
 * Where a body unit's departments and staffing stand among its sections:
 * before the first section whose number skips (一 二 五: before 五), else after
 * the last.
 */
export function partsPosition(sections: readonly Section[]): number {
  for (let k = 0; k < sections.length; k++) {
    const n = sections[k]!.label === undefined ? undefined : parseLabelOrdinal(sections[k]!.label!);
    if (n === undefined || n < k + 1) return sections.length;
    if (n > k + 1) return k;
  }
  return sections.length;
}

function dutyBlocks(duty: Duty, out: WalkBlock[]): void {
  out.push({ kind: 'duty', duty });
  for (const note of duty.notes) out.push({ kind: 'note', note, depth: duty.depth + 1 });
  for (const child of duty.children) dutyBlocks(child, out);
}

function unitBlocks(unit: Unit, children: ReadonlyMap<Unit, readonly Unit[]>, depth: number, out: WalkBlock[]): void {
  const parts = children.get(unit) ?? [];
  out.push({ kind: 'unit-start', unit, depth });
  if (unit.externalName !== undefined) out.push({ kind: 'unit-field', unit, field: 'externalName', text: unit.externalName });
  if (unit.aliases.length > 0) out.push({ kind: 'unit-field', unit, field: 'aliases', text: unit.aliases.join('、') });
  if (unit.heading !== undefined) out.push({ kind: 'unit-field', unit, field: 'heading', text: unit.heading });
  if (unit.parent) out.push({ kind: 'unit-field', unit, field: 'partOf', text: unit.parent.name, units: [unit.parent] });
  const allParts = unit.doc.units.filter((u) => u.parent === unit);
  if (allParts.length > 0) out.push({ kind: 'unit-field', unit, field: 'parts', text: allParts.map((u) => u.name).join('、'), units: allParts });
  for (const note of unit.notes) out.push({ kind: 'note', note, depth: 0 });
  if (unit.preamble !== undefined) out.push({ kind: 'preamble', unit, text: unit.preamble });
  const partsAndStaffing = () => {
    if (parts.length > 0) {
      out.push({ kind: 'parts-start', unit, parts });
      for (const p of parts) unitBlocks(p, children, depth + 1, out);
      out.push({ kind: 'parts-end', unit });
    }
    if (unit.staffing !== undefined) out.push({ kind: 'staffing', unit, text: unit.staffing });
  };
  const section = (s: Section) => {
    out.push({ kind: 'section-start', unit, section: s });
    if (s.preamble !== undefined) out.push({ kind: 'section-preamble', unit, section: s, text: s.preamble });
    for (const d of s.duties) dutyBlocks(d, out);
    out.push({ kind: 'section-end', unit, section: s });
  };
  if (unit.sections.length > 0) {
    const at = partsPosition(unit.sections);
    unit.sections.slice(0, at).forEach(section);
    partsAndStaffing();
    unit.sections.slice(at).forEach(section);
  } else {
    for (const d of unit.duties) if (d.parent === undefined) dutyBlocks(d, out);
    partsAndStaffing();
  }
  out.push({ kind: 'unit-end', unit, depth });
}

function documentBlocks(doc: Doc, units: readonly Unit[], out: WalkBlock[]): void {
  out.push({ kind: 'document-start', doc });
  const field = (f: DocumentField, text: string | undefined) => {
    if (text !== undefined && text !== '') out.push({ kind: 'document-field', doc, field: f, text });
  };
  // The number in its standard form first, as printed beside it where it differs.
  field('numberNormalized', doc.numberNormalized);
  if (doc.number !== doc.numberNormalized) field('number', doc.number);
  field('issuer', doc.issuer);
  field('date', doc.date);
  field('dateText', doc.dateText);
  field('recipients', doc.recipients.join('、'));
  if (doc.attachment) {
    const { label, reference } = doc.attachment;
    field('attachment', reference === undefined ? label : reference.includes(label) ? reference : `${label}：${reference}`);
  }
  if (doc.body !== undefined) out.push({ kind: 'body', doc, text: doc.body });
  for (const note of doc.notes) out.push({ kind: 'note', note, depth: 0 });
  const exported = new Set(units);
  const children = new Map<Unit, Unit[]>();
  const roots: Unit[] = [];
  for (const u of units) {
    // A department whose parent is exported is walked inside it (even when the parent comes later in the file).
    if (u.parent && exported.has(u.parent)) {
      const list = children.get(u.parent);
      if (list) list.push(u);
      else children.set(u.parent, [u]);
    } else {
      roots.push(u);
    }
  }
  for (const u of roots) unitBlocks(u, children, 0, out);
  out.push({ kind: 'document-end', doc });
}

/** The exported units, grouped by document, as blocks in each document's own order. */
export function walkDocuments(units: readonly Unit[]): WalkBlock[] {
  const out: WalkBlock[] = [];
  for (const { doc, units: list } of groupByDocument(units)) documentBlocks(doc, list, out);
  return out;
}
