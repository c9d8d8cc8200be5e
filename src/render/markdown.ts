/**
 * Markdown (GitHub-flavoured): the corpus as headings and nested lists with
 * the source's numbering, or one table per unit; and any Table as a pipe
 * table. Corpus text is data: characters Markdown would act on are escaped,
 * control characters shown as visible stand-ins.
 */
import type { Doc, Duty, Unit } from '../corpus/model.js';
import { noteText } from '../corpus/notes.js';
import { walkDocuments } from './document-walk.js';
import { labelsFor, type Labels, type Lang } from './labels.js';
import { safeLine } from './safe-text.js';
import { cellText, type Table, type TableCell, type TextRun } from './table.js';

/** Characters with a meaning anywhere in a line (emphasis, code, links, HTML, entities, tables, GitHub math). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&$!]/g;
/** What only means something at the start of a line: headings, list markers, quotes, setext underlines. */
const LINE_START_SPECIAL = /^([#+\-=>]|\d{1,9}[.)](?=\s|$))/;

function escapeInline(text: string): string {
  return safeLine(text).replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
}

/** Text as Markdown shows it literally, on one line, wherever the line starts (a heading, a list item). */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(LINE_START_SPECIAL, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/** A table cell: no line starts there, so only inline characters (and the pipe) need escaping; line breaks become <br>. */
function escapeCell(text: string): string {
  return text.split(/\r?\n/).map(escapeInline).join('<br>');
}

/** Letters, digits and marks: a ** beside one always opens or closes emphasis, whatever stands on its other side. */
const WORD_EDGE = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * A matched stretch in bold. ** works only where CommonMark's flanking rules
 * let it (it fails in 的**《规定》**中, say: punctuation inside, a letter
 * outside), so a stretch that starts or ends with anything but a letter or
 * digit is bolded with <strong>, which GitHub renders everywhere.
 */
function bold(text: string): string {
  const chars = [...text];
  const delimiter = WORD_EDGE.test(chars[0]!) && WORD_EDGE.test(chars[chars.length - 1]!);
  return delimiter ? `**${escapeCell(text)}**` : `<strong>${escapeCell(text)}</strong>`;
}

function runMarkdown(run: TextRun): string {
  if (run.mark === 'match') return bold(run.text);
  if (run.mark === 'deleted') return `<del>${escapeCell(run.text)}</del>`;
  if (run.mark === 'inserted') return `<ins><strong>${escapeCell(run.text)}</strong></ins>`;
  return escapeCell(run.text);
}

function markdownCell(cell: TableCell): string {
  if (cell !== null && typeof cell === 'object' && cell.link && 'url' in cell.link) {
    return `[${escapeCell(cell.text)}](<${cell.link.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  }
  if (cell !== null && typeof cell === 'object' && cell.runs) return cell.runs.map(runMarkdown).join('');
  return escapeCell(cellText(cell));
}

/** A GitHub pipe table. */
export function renderMarkdownTable(table: Table): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(table.columns.map((c) => escapeCell(c.header))),
    line(table.columns.map(() => '---')),
    ...table.rows.map((row) => line(table.columns.map((_, i) => markdownCell(row[i] ?? null)))),
  ].join('\n') + '\n';
}

/** A one-row table of whichever fields are present (values already Markdown): a short metadata block. */
function metadataTable(fields: readonly (readonly [string, string | undefined])[]): string {
  const present = fields.filter((f): f is readonly [string, string] => f[1] !== undefined && f[1] !== '');
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(present.map(([k]) => k)), line(present.map(() => '---')), line(present.map(([, v]) => v))].join('\n') + '\n';
}

function code(id: string): string {
  return `\`${id}\``;
}

export interface CorpusMarkdownOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  /** One table per unit (numbering, text, id) instead of nested lists. */
  readonly tables?: boolean;
  /** The language of the labels and of importer notes (default Chinese). */
  readonly lang?: Lang;
}

/** Paragraphs of a multi-line field, each its own Markdown paragraph. */
function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).filter((p) => p.trim() !== '').flatMap((p) => [escapeMarkdown(p), '']);
}

/**
 * The units as Markdown, in each document's own order (document-walk.ts):
 * a heading per document with its metadata, body and notes; a heading per
 * unit with its metadata, notes, preamble, sections and duties as nested
 * lists, a 三定's departments nested under 内设机构 where the provision has
 * them, and the staffing. Every string the corpus holds for the exported
 * units appears.
 */
export function renderCorpusMarkdown(units: readonly Unit[], options: CorpusMarkdownOptions): string {
  const lang = options.lang ?? 'zh';
  const L: Labels = labelsFor(lang);
  const out: string[] = [];
  const hashes = (n: number) => '#'.repeat(Math.min(6, n));
  let docFields: [string, string][] = [];
  let unitFields: [string, string][] = [];
  let unitDepth = 0;
  let pendingUnit: Unit | undefined;
  let pendingDoc: Doc | undefined;
  // A unit's --md-table rows, written when the unit's duties end.
  let table: Duty[] = [];
  const flushDoc = () => {
    if (!pendingDoc) return;
    out.push(metadataTable([...docFields, [L.id, code(pendingDoc.id)]]), '');
    pendingDoc = undefined;
    docFields = [];
  };
  const flushUnit = () => {
    if (!pendingUnit) return;
    out.push(metadataTable([[L.id, code(options.idOf(pendingUnit))], ...unitFields, [L.dutyCount, String(pendingUnit.duties.length)]]), '');
    pendingUnit = undefined;
    unitFields = [];
  };
  const flushTable = () => {
    if (table.length === 0) return;
    out.push(renderMarkdownTable({
      columns: [{ header: L.numbering }, { header: L.duty }, { header: L.id }, { header: L.notes }],
      rows: table.map((d) => [d.numbering, d.text, options.idOf(d), d.notes.map((n) => noteText(n, lang)).join('\n')]),
    }), '');
    table = [];
  };
  const fieldLabel = { number: L.numberAsPrinted, numberNormalized: L.number, issuer: L.issuer, date: L.date, dateText: L.dateText, recipients: L.recipients, attachment: L.attachment } as const;
  for (const block of walkDocuments(units)) {
    if (block.kind !== 'document-field') flushDoc();
    if (block.kind !== 'unit-field' && block.kind !== 'note') flushUnit();
    if (block.kind !== 'duty' && block.kind !== 'note') flushTable();
    switch (block.kind) {
      case 'document-start':
        out.push(`# ${escapeMarkdown(block.doc.title)}`, '');
        pendingDoc = block.doc;
        break;
      case 'document-field':
        // A number as printed is "the number" when there is no standard form.
        docFields.push([block.field === 'number' && block.doc.numberNormalized === undefined ? L.number : fieldLabel[block.field], escapeMarkdown(block.text)]);
        break;
      case 'body':
        out.push(...paragraphs(block.text));
        break;
      case 'note':
        flushUnit();
        // A duty's note continues its list item (a table has a notes column); others are quotes.
        if (block.depth === 0) out.push(`> ${L.note}：${escapeMarkdown(noteText(block.note, lang))}`, '');
        else if (!options.tables) out.push(`${'  '.repeat(block.depth)}<br>${L.note}：${escapeMarkdown(noteText(block.note, lang))}`);
        break;
      case 'unit-start':
        unitDepth = block.depth;
        out.push(`${hashes(2 + block.depth * 2)} ${escapeMarkdown(block.unit.name)}${block.unit.externalName ? `（${escapeMarkdown(block.unit.externalName)}）` : ''}`, '');
        pendingUnit = block.unit;
        break;
      case 'unit-field': {
        const label = { externalName: L.externalName, aliases: L.aliases, heading: L.heading, partOf: L.partOf, parts: L.parts }[block.field];
        const value = block.units ? block.units.map((u) => `${escapeMarkdown(u.name)} ${code(options.idOf(u))}`).join('、') : escapeMarkdown(block.text);
        unitFields.push([label, value]);
        break;
      }
      case 'preamble':
      case 'section-preamble':
        out.push(...paragraphs(block.text));
        break;
      case 'section-start':
        out.push(`${hashes(3 + unitDepth * 2)} ${escapeMarkdown(`${block.section.label ?? ''}${block.section.title}`)}`, '');
        break;
      case 'section-end':
        out.push('');
        break;
      case 'duty': {
        const d = block.duty;
        if (options.tables) table.push(d);
        else out.push(`${'  '.repeat(d.depth)}- ${escapeMarkdown(d.label ?? '')}${escapeMarkdown(d.text)}`);
        break;
      }
      case 'parts-start':
        out.push('', `${hashes(3 + unitDepth * 2)} ${L.parts}`, '');
        break;
      case 'staffing':
        out.push('', `${hashes(3 + unitDepth * 2)} ${L.staffing}`, '', ...paragraphs(block.text));
        break;
      case 'unit-end':
        out.push('');
        unitDepth = Math.max(0, block.depth - 1);
        break;
      case 'parts-end':
      case 'document-end':
        break;
    }
  }
  flushDoc();
  flushUnit();
  flushTable();
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
  return text === '' ? '' : `${text}\n`;
}
