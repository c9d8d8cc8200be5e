import { UserError } from '../errors.js';
import { parseLabelOrdinal } from '../text/numerals.js';
import type { DocumentFile, DutyFile, SectionFile } from './format.js';
import type { Corpus, Doc, Duty, Section, Unit } from './model.js';

export type FieldPath = readonly (string | number)[];

/** A parsed document and a way to turn a field path into `file:line:col`. */
export interface ParsedDocument {
  readonly doc: DocumentFile;
  readonly source: string;
  readonly locate: (path: FieldPath) => string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** A field path as a reader writes it: units[2].duties[0].label. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(document)';
}

/** Strip the trailing 、 or . from a parent's label when it prefixes a child's numbering. */
function citeLabel(label: string): string {
  let cited = citedLabels.get(label);
  if (cited === undefined) citedLabels.set(label, (cited = label.replace(/[、.．,，:：\s]+$/u, '')));
  return cited;
}

/**
 * A large corpus repeats a few dozen labels (一、 二、 （一）…) a hundred
 * thousand times: each is parsed once.
 */
const citedLabels = new Map<string, string>();
const labelOrdinals = new Map<string, number | undefined>();
function labelOrdinal(label: string): number | undefined {
  if (labelOrdinals.has(label)) return labelOrdinals.get(label);
  const n = parseLabelOrdinal(label);
  labelOrdinals.set(label, n);
  return n;
}

/**
 * Turn validated documents into the linked model, checking what the schema
 * cannot: unique ids, and a unit having duties or sections but not both.
 * Every problem is reported, one line each, with its location.
 */
export function buildCorpus(parsed: readonly ParsedDocument[]): Corpus {
  const problems: string[] = [];
  const documents: Doc[] = [];
  const units: Unit[] = [];
  const duties: Duty[] = [];
  // Where each document id was first seen, found only when a duplicate needs it (locating may parse the file again).
  const docIds = new Map<string, () => string>();

  for (const { doc: file, source, locate } of parsed) {
    const problem = (path: FieldPath, message: string) =>
      problems.push(`${locate(path)}: ${formatFieldPath(path)}: ${message}`);
    const seenAt = docIds.get(file.id);
    if (seenAt !== undefined) {
      problem(['id'], `duplicate document id "${file.id}" (also at ${seenAt()}); give one of them another id`);
      continue;
    }
    docIds.set(file.id, () => locate(['id']));

    const doc: Mutable<Doc> = {
      id: file.id,
      title: file.title,
      recipients: file.recipients ?? [],
      notes: file.notes ?? [],
      units: [],
      source,
    };
    for (const key of ['number', 'numberNormalized', 'issuer', 'date', 'dateText', 'body', 'attachment'] as const) {
      if (file[key] !== undefined) (doc as Record<string, unknown>)[key] = file[key];
    }
    documents.push(doc);

    const unitKeys = new Set<string>();
    file.units.forEach((u, ui) => {
      if (unitKeys.has(u.id)) problem(['units', ui, 'id'], `duplicate unit id "${u.id}" in document ${file.id}`);
      unitKeys.add(u.id);
      if (u.duties !== undefined && u.sections !== undefined) {
        problem(['units', ui], 'a unit has either "duties" or "sections", not both');
      } else if (u.duties === undefined && u.sections === undefined) {
        problem(['units', ui], 'a unit needs "duties" (or "sections")');
      }
      const unit: Mutable<Unit> = {
        id: `${file.id}/${u.id}`,
        key: u.id,
        doc,
        name: u.name,
        aliases: u.aliases ?? [],
        notes: u.notes ?? [],
        sections: [],
        duties: [],
      };
      if (u.externalName !== undefined) unit.externalName = u.externalName;
      if (u.heading !== undefined) unit.heading = u.heading;
      if (u.preamble !== undefined) unit.preamble = u.preamble;
      if (u.staffing !== undefined) unit.staffing = u.staffing;
      const paths = new Set<string>();

      const keyFor = (node: { id?: string; label?: string }, unlabelled: () => string): string =>
        node.id ?? (node.label !== undefined ? String(labelOrdinal(node.label) ?? unlabelled()) : unlabelled());

      const addDuties = (
        list: readonly DutyFile[],
        fieldPath: FieldPath,
        prefix: string,
        citePrefix: string,
        depth: number,
        section: Section | undefined,
        parent: Mutable<Duty> | undefined,
      ): Duty[] => {
        let paragraphs = 0;
        let positional = 0;
        return list.map((d, di) => {
          positional++;
          const key = keyFor(d, () => (d.label === undefined ? `p${++paragraphs}` : `n${positional}`));
          const path = prefix ? `${prefix}.${key}` : key;
          const here = [...fieldPath, di];
          if (paths.has(path)) {
            problem(d.label !== undefined ? [...here, 'label'] : here,
              `duty id "${unit.id}/${path}" is used twice (numbering repeats?); give this duty an explicit "id"`);
          }
          paths.add(path);
          const numbering = citePrefix + (d.label !== undefined ? citeLabel(d.label) : `¶${paragraphs}`);
          const duty: Mutable<Duty> = {
            id: `${unit.id}/${path}`,
            path,
            unit,
            children: [],
            numbering,
            depth,
            text: d.text,
            notes: d.notes ?? [],
          };
          if (d.label !== undefined) duty.label = d.label;
          if (section) duty.section = section;
          if (parent) duty.parent = parent;
          unit.duties.push(duty);
          duties.push(duty);
          if (d.items) {
            duty.children = addDuties(d.items, [...here, 'items'], path, numbering, depth + 1, section, duty);
          }
          return duty;
        });
      };

      if (u.sections) {
        const sectionKeys = new Set<string>();
        u.sections.forEach((s: SectionFile, si) => {
          const key = keyFor(s, () => `s${si + 1}`);
          if (sectionKeys.has(key)) {
            problem(['units', ui, 'sections', si], `section id "${key}" is used twice in ${unit.id}; give it an explicit "id"`);
          }
          sectionKeys.add(key);
          const section: Mutable<Section> = { key, title: s.title, duties: [] };
          if (s.label !== undefined) section.label = s.label;
          if (s.preamble !== undefined) section.preamble = s.preamble;
          section.duties = addDuties(s.duties, ['units', ui, 'sections', si, 'duties'], key,
            s.label !== undefined ? citeLabel(s.label) : '', 0, section, undefined);
          unit.sections.push(section);
        });
      } else if (u.duties) {
        addDuties(u.duties, ['units', ui, 'duties'], '', '', 0, undefined, undefined);
      }
      doc.units.push(unit);
      units.push(unit);
    });

    // Parents are linked once every unit of the document exists (a department may precede its body unit).
    file.units.forEach((u, ui) => {
      if (u.parent === undefined) return;
      const unit = doc.units[ui] as Mutable<Unit> | undefined;
      const parent = doc.units.find((p) => p.key === u.parent);
      if (!parent) problem(['units', ui, 'parent'], `no unit "${u.parent}" in document ${file.id}`);
      else if (parent.key === u.id) problem(['units', ui, 'parent'], 'a unit cannot be its own parent');
      else if (unit) unit.parent = parent;
    });
    doc.units.forEach((unit, ui) => {
      let up = unit.parent;
      for (let steps = 0; up && steps <= doc.units.length; steps++) {
        if (up === unit) {
          problem(['units', ui, 'parent'], `units' parents go round in a circle through "${unit.key}"`);
          break;
        }
        up = up.parent;
      }
    });
  }

  if (problems.length > 0) throw new UserError(problems[0]!, problems.slice(1));
  return { documents, units, duties };
}
