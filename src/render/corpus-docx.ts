/**
 * The corpus (or some of its units) as a Word document that reads like the
 * notice: per document its title (Heading 1), number, recipients, body,
 * attachment line, issuer and date; per unit a heading (Heading 2, so Word's
 * navigation pane lists document and units), its preamble, its sections
 * (Heading 3), its duties with their numbering as printed, its staffing;
 * editorial notes and what the corpus adds (ids, names, parent) in 楷体.
 * Nothing the corpus holds for these units is left out. Heavy (docx): load
 * with `await import()`.
 */
import { AlignmentType, HeadingLevel, Paragraph, type ISectionOptions } from 'docx';
import type { Doc, Duty, Section, Unit } from '../corpus/model.js';
import { noteText, type Note } from '../corpus/notes.js';
import { groupByDocument } from './corpus-tables.js';
import { partsPosition } from './html-corpus.js';
import { labelsFor, type Lang } from './labels.js';
import { bodyParagraph, officialDocument, packDocx, run, SIZE } from './docx-style.js';

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


type Block = ISectionOptions['children'][number];

/** Paragraphs of a multi-line field, each indented as body text. */
function paragraphs(text: string): Paragraph[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').map((line) => bodyParagraph([run(line, 'body')]));
}

/** What the corpus adds to the text (notes, ids, names): 楷体, smaller, so it is not taken for the notice's words. */
function aside(text: string): Paragraph {
  return bodyParagraph([run(text, 'subheading', { size: SIZE.四号 })], { spacing: { line: 440, lineRule: 'exact' } });
}

function noteLines(notes: readonly Note[], L: CorpusDocxLabels): Paragraph[] {
  return notes.map((n) => aside(`${L.note}：${noteText(n, L.lang)}`));
}

function dutyBlocks(duties: readonly Duty[], options: CorpusDocxOptions, L: CorpusDocxLabels): Block[] {
  return duties.flatMap((d) => [
    bodyParagraph([run(`${d.label ?? ''}${d.text}`, 'body')]),
    ...noteLines(d.notes, L),
    ...dutyBlocks(d.children, options, L),
  ]);
}

function sectionBlocks(section: Section, options: CorpusDocxOptions, L: CorpusDocxLabels): Block[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(`${section.label ?? ''}${section.title}`, 'subheading')] }),
    ...paragraphs(section.preamble ?? ''),
    ...dutyBlocks(section.duties, options, L),
  ];
}

function unitBlocks(unit: Unit, exported: ReadonlySet<Unit>, options: CorpusDocxOptions, L: CorpusDocxLabels, depth = 0): Block[] {
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
  const sections = (list: readonly Section[]) => list.flatMap((s) => sectionBlocks(s, options, L));
  return [
    new Paragraph({ heading: depth === 0 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_4, children: [run(heading, depth === 0 ? 'heading' : 'body')] }),
    aside(facts.join('；')),
    ...noteLines(unit.notes, L),
    ...paragraphs(unit.preamble ?? ''),
    ...(unit.sections.length > 0 ? sections(unit.sections.slice(0, at)) : dutyBlocks(top, options, L)),
    ...(parts.length > 0
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(L.parts, 'subheading')] }),
          ...parts.flatMap((p) => unitBlocks(p, exported, options, L, depth + 1)),
        ]
      : []),
    ...(unit.staffing ? [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(L.staffing, 'subheading')] }), ...paragraphs(unit.staffing)] : []),
    ...sections(unit.sections.slice(at)),
  ];
}

function documentBlocks(doc: Doc, units: readonly Unit[], exported: ReadonlySet<Unit>, options: CorpusDocxOptions, L: CorpusDocxLabels): Block[] {
  const centred = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, 'body')] });
  const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 * 2 }, children: [run(text, 'body')] });
  const number = doc.number ?? doc.numberNormalized;
  const blocks: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(doc.title, 'heading')] })];
  if (number) blocks.push(centred(number));
  if (doc.numberNormalized && doc.number && doc.numberNormalized !== doc.number) blocks.push(aside(doc.numberNormalized));
  blocks.push(aside(`${L.documentId}：${doc.id}`));
  if (doc.recipients.length > 0) blocks.push(new Paragraph({ children: [run(`${doc.recipients.join('，')}：`, 'body')] }));
  blocks.push(...paragraphs(doc.body ?? ''));
  if (doc.attachment) blocks.push(bodyParagraph([run(doc.attachment.reference ?? doc.attachment.label, 'body')]));
  if (doc.attachment?.reference && !doc.attachment.reference.includes(doc.attachment.label)) blocks.push(aside(doc.attachment.label));
  if (doc.issuer) blocks.push(right(doc.issuer));
  if (doc.dateText ?? doc.date) blocks.push(right((doc.dateText ?? doc.date)!));
  if (doc.dateText && doc.date) blocks.push(aside(doc.date));
  blocks.push(...noteLines(doc.notes, L));
  // A department follows its body unit (under 内设机构) when both are exported.
  for (const unit of units) if (!(unit.parent && exported.has(unit.parent))) blocks.push(...unitBlocks(unit, exported, options, L));
  return blocks;
}

export function corpusDocument(units: readonly Unit[], options: CorpusDocxOptions) {
  const L = options.labels ?? corpusDocxLabels(options.lang ?? 'zh');
  const groups = groupByDocument(units);
  const exported = new Set(units);
  return officialDocument({
    title: groups.length === 1 ? groups[0]!.doc.title : L.title(groups.length),
    creator: options.creator,
    subject: groups.map((g) => g.doc.numberNormalized ?? g.doc.number ?? g.doc.id).join('；'),
    children: groups.flatMap((g) => documentBlocks(g.doc, g.units, exported, options, L)),
  });
}

/** The units as the bytes of a .docx file. */
export async function renderCorpusDocx(units: readonly Unit[], options: CorpusDocxOptions): Promise<Buffer> {
  return packDocx(corpusDocument(units, options));
}
