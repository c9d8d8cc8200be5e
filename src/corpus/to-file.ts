import { parseLabelOrdinal } from '../text/numerals.js';
import type { DocumentFile, DutyFile, SectionFile, UnitFile } from './format.js';
import type { Doc, Duty, Unit } from './model.js';

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/**
 * Siblings back to the file format. An explicit `id` is written only where
 * the loader would not derive the same path segment from the label (the same
 * rule as buildCorpus), so a round trip gives the same ids without cluttering
 * the file.
 */
function dutiesFile(duties: readonly Duty[]): DutyFile[] {
  let paragraphs = 0;
  let positional = 0;
  return duties.map((d) => {
    positional++;
    const own = lastSegment(d.path);
    const derived = d.label !== undefined ? String(parseLabelOrdinal(d.label) ?? `n${positional}`) : `p${paragraphs + 1}`;
    const out: Partial<DutyFile> = {};
    if (d.label !== undefined) out.label = d.label;
    out.text = d.text;
    if (own !== derived) out.id = own;
    else if (d.label === undefined) paragraphs++;
    if (d.notes.length > 0) out.notes = [...d.notes];
    if (d.children.length > 0) out.items = dutiesFile(d.children);
    return out as DutyFile;
  });
}

/** `parent` is written only when the parent unit is written too, so the file still loads. */
function unitFile(unit: Unit, written: ReadonlySet<Unit>): UnitFile {
  const out: Partial<UnitFile> = { id: unit.key, name: unit.name };
  if (unit.externalName !== undefined) out.externalName = unit.externalName;
  if (unit.aliases.length > 0) out.aliases = [...unit.aliases];
  if (unit.heading !== undefined) out.heading = unit.heading;
  if (unit.parent !== undefined && written.has(unit.parent)) out.parent = unit.parent.key;
  if (unit.notes.length > 0) out.notes = [...unit.notes];
  if (unit.preamble !== undefined) out.preamble = unit.preamble;
  if (unit.staffing !== undefined) out.staffing = unit.staffing;
  if (unit.sections.length > 0) {
    out.sections = unit.sections.map((s, si): SectionFile => {
      const derived = s.label !== undefined ? String(parseLabelOrdinal(s.label) ?? `s${si + 1}`) : `s${si + 1}`;
      const section: Partial<SectionFile> = {};
      if (s.label !== undefined) section.label = s.label;
      section.title = s.title;
      if (s.preamble !== undefined) section.preamble = s.preamble;
      if (s.key !== derived) section.id = s.key;
      section.duties = dutiesFile(s.duties);
      return section as SectionFile;
    });
  } else {
    out.duties = dutiesFile(unit.duties.filter((d) => d.parent === undefined));
  }
  return out as UnitFile;
}

/** A document as the corpus format writes it, with only `units` (in document order) — the inverse of loading. */
export function documentFile(doc: Doc, units: readonly Unit[] = doc.units): DocumentFile {
  const out: Partial<DocumentFile> = { mandates: 1, id: doc.id, title: doc.title };
  for (const key of ['number', 'numberNormalized', 'issuer', 'date', 'dateText'] as const) {
    if (doc[key] !== undefined) out[key] = doc[key];
  }
  if (doc.recipients.length > 0) out.recipients = [...doc.recipients];
  if (doc.body !== undefined) out.body = doc.body;
  if (doc.attachment !== undefined) out.attachment = { ...doc.attachment };
  if (doc.notes.length > 0) out.notes = [...doc.notes];
  const written = new Set(units);
  out.units = units.map((u) => unitFile(u, written));
  return out as DocumentFile;
}
