/**
 * The corpus (or some of its units) as a Word document that reads like the
 * notice: per document its title (Heading 1), number, recipients, body,
 * attachment line, issuer and date; per unit a heading (Heading 2, so Word's
 * navigation pane lists document and units), its preamble, its sections
 * (Heading 3), its duties with their numbering as printed, its staffing;
 * editorial notes and what the corpus adds (ids, names, parent) in 楷体.
 * Nothing the corpus holds for these units is left out. Written as a stream
 * (docx-stream.ts), so memory stays bounded at any size. Heavy (docx): load
 * with `await import()`.
 */
import { Writable } from 'node:stream';
import type { Doc, Duty, Section, Unit } from '../corpus/model.js';
import { noteText, type Note } from '../corpus/notes.js';
import { groupByDocument } from './corpus-tables.js';
import { partsPosition } from './document-walk.js';
import { labelsFor, type Lang } from './labels.js';
import { ASIDE_SIZE, paragraphXml, writeStreamingDocx } from './docx-stream.js';

export interface CorpusDocxOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  readonly creator: string;
  /** Labels of what the corpus adds (ids, names); Chinese unless given. */
  readonly labels?: CorpusDocxLabels;
  /** The language of the labels (when `labels` is not given) and of importer notes; Chinese by default. */
  readonly lang?: Lang;
}

export interface CorpusDocxLabels {
  readonly note: string;
  readonly id: string;
  readonly externalName: string;
  readonly aliases: string;
  readonly partOf: string;
  readonly parts: string;
  readonly staffing: string;
  readonly documentId: string;
  readonly title: (documents: number) => string;
  /** The language importer notes are shown in. */
  readonly lang: Lang;
}

/** The labels from the shared table (labels.ts). */
export function corpusDocxLabels(lang: Lang): CorpusDocxLabels {
  const L = labelsFor(lang);
  return {
    note: L.note, id: L.id, externalName: L.externalName, aliases: L.aliases, partOf: L.partOf, parts: L.parts,
    staffing: L.staffing, documentId: L.id, title: L.workbookTitleMany, lang,
  };
}


/** Paragraphs of a multi-line field, each indented as body text. */
function* paragraphs(text: string): Generator<string> {
  for (const line of text.split(/\r?\n/)) if (line.trim() !== '') yield paragraphXml('body', line, 'body');
}

/** What the corpus adds to the text (notes, ids, names): 楷体, smaller, so it is not taken for the notice's words. */
function aside(text: string): string {
  return paragraphXml('aside', text, 'subheading', ASIDE_SIZE);
}

function* noteLines(notes: readonly Note[], L: CorpusDocxLabels): Generator<string> {
  for (const n of notes) yield aside(`${L.note}：${noteText(n, L.lang)}`);
}

function* dutyBlocks(duties: readonly Duty[], L: CorpusDocxLabels): Generator<string> {
  for (const d of duties) {
    yield paragraphXml('body', `${d.label ?? ''}${d.text}`, 'body');
    yield* noteLines(d.notes, L);
    yield* dutyBlocks(d.children, L);
  }
}

function* sectionBlocks(section: Section, L: CorpusDocxLabels): Generator<string> {
  yield paragraphXml('heading3', `${section.label ?? ''}${section.title}`, 'subheading');
  yield* paragraphs(section.preamble ?? '');
  yield* dutyBlocks(section.duties, L);
}

function* unitBlocks(unit: Unit, exported: ReadonlySet<Unit>, options: CorpusDocxOptions, L: CorpusDocxLabels, depth = 0): Generator<string> {
  const heading = unit.heading ?? `${unit.name}${unit.externalName ? `（${unit.externalName}）` : ''}`;
  const facts = [`${L.id}：${options.idOf(unit)}`];
  if (!heading.includes(unit.name)) facts.push(unit.name);
  if (unit.externalName && !heading.includes(unit.externalName)) facts.push(`${L.externalName}：${unit.externalName}`);
  if (unit.aliases.length > 0) facts.push(`${L.aliases}：${unit.aliases.join('、')}`);
  if (unit.parent) facts.push(`${L.partOf}：${unit.parent.name}`);
  const parts = unit.doc.units.filter((u) => u.parent === unit && exported.has(u));
  if (parts.length > 0) facts.push(`${L.parts}：${parts.map((u) => u.name).join('、')}`);
  const top = unit.duties.filter((d) => d.parent === undefined);
  // A 三定's departments and staffing stand where its sections' numbering leaves a gap for them (三、内设机构 四、人员编制).
  const at = partsPosition(unit.sections);
  yield depth === 0 ? paragraphXml('heading2', heading, 'heading') : paragraphXml('heading4', heading, 'body');
  yield aside(facts.join('；'));
  yield* noteLines(unit.notes, L);
  yield* paragraphs(unit.preamble ?? '');
  if (unit.sections.length > 0) for (const s of unit.sections.slice(0, at)) yield* sectionBlocks(s, L);
  else yield* dutyBlocks(top, L);
  if (parts.length > 0) {
    yield paragraphXml('heading3', L.parts, 'subheading');
    for (const p of parts) yield* unitBlocks(p, exported, options, L, depth + 1);
  }
  if (unit.staffing) {
    yield paragraphXml('heading3', L.staffing, 'subheading');
    yield* paragraphs(unit.staffing);
  }
  for (const s of unit.sections.slice(at)) yield* sectionBlocks(s, L);
}

function* documentBlocks(doc: Doc, units: readonly Unit[], exported: ReadonlySet<Unit>, options: CorpusDocxOptions, L: CorpusDocxLabels): Generator<string> {
  const number = doc.number ?? doc.numberNormalized;
  yield paragraphXml('heading1', doc.title, 'heading');
  if (number) yield paragraphXml('centred', number, 'body');
  if (doc.numberNormalized && doc.number && doc.numberNormalized !== doc.number) yield aside(doc.numberNormalized);
  yield aside(`${L.documentId}：${doc.id}`);
  if (doc.recipients.length > 0) yield paragraphXml('plain', `${doc.recipients.join('，')}：`, 'body');
  yield* paragraphs(doc.body ?? '');
  if (doc.attachment) yield paragraphXml('body', doc.attachment.reference ?? doc.attachment.label, 'body');
  if (doc.attachment?.reference && !doc.attachment.reference.includes(doc.attachment.label)) yield aside(doc.attachment.label);
  if (doc.issuer) yield paragraphXml('right', doc.issuer, 'body');
  if (doc.dateText ?? doc.date) yield paragraphXml('right', (doc.dateText ?? doc.date)!, 'body');
  if (doc.dateText && doc.date) yield aside(doc.date);
  yield* noteLines(doc.notes, L);
  // A department follows its body unit (under 内设机构) when both are exported.
  for (const unit of units) if (!(unit.parent && exported.has(unit.parent))) yield* unitBlocks(unit, exported, options, L);
}

/**
 * Write the units as a .docx to `out`, paragraph by paragraph (memory stays
 * bounded however many duties there are); resolves when the file is complete.
 */
export async function writeCorpusDocx(units: readonly Unit[], options: CorpusDocxOptions, out: Writable): Promise<void> {
  const L = options.labels ?? corpusDocxLabels(options.lang ?? 'zh');
  const groups = groupByDocument(units);
  const exported = new Set(units);
  function* body(): Generator<string> {
    for (const g of groups) yield* documentBlocks(g.doc, g.units, exported, options, L);
  }
  await writeStreamingDocx(
    {
      title: groups.length === 1 ? groups[0]!.doc.title : L.title(groups.length),
      creator: options.creator,
      subject: groups.map((g) => g.doc.numberNormalized ?? g.doc.number ?? g.doc.id).join('；'),
    },
    body(),
    out,
  );
}

/** The units as the bytes of a .docx file (in memory: for tests and small exports; the CLI streams with writeCorpusDocx). */
export async function renderCorpusDocx(units: readonly Unit[], options: CorpusDocxOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await writeCorpusDocx(units, options, sink);
  return Buffer.concat(chunks);
}
