/**
 * Markdown (GitHub-flavoured): the corpus as headings and nested lists with
 * the source's numbering, or one table per unit; and any Table as a pipe
 * table. Corpus text is data: characters Markdown would act on are escaped,
 * control characters shown as visible stand-ins.
 */
import type { Doc, Duty, Unit } from '../corpus/model.js';
import { noteText } from '../corpus/notes.js';
import { groupByDocument } from './corpus-tables.js';
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

function dutyItems(duties: readonly Duty[], indent: string, lang: Lang): string[] {
  const L = labelsFor(lang);
  return duties.flatMap((d) => [
    `${indent}- ${escapeMarkdown(d.label ?? '')}${escapeMarkdown(d.text)}`,
    ...d.notes.map((n) => `${indent}  <br>${L.note}：${escapeMarkdown(noteText(n, lang))}`),
    ...dutyItems(d.children, `${indent}  `, lang),
  ]);
}

export interface CorpusMarkdownOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  /** One table per unit (numbering, text, id) instead of nested lists. */
  readonly tables?: boolean;
  /** The language of the labels (default Chinese). */
  readonly lang?: Lang;
}

function unitMarkdown(unit: Unit, options: CorpusMarkdownOptions): string[] {
  const lang = options.lang ?? 'zh';
  const L = labelsFor(lang);
  const out = [
    `## ${escapeMarkdown(unit.name)}${unit.externalName ? `（${escapeMarkdown(unit.externalName)}）` : ''}`,
    '',
    metadataTable([
      [L.id, code(options.idOf(unit))],
      [L.externalName, unit.externalName && escapeMarkdown(unit.externalName)],
      [L.aliases, unit.aliases.map(escapeMarkdown).join('、')],
      [L.dutyCount, String(unit.duties.length)],
    ]),
  ];
  for (const note of unit.notes) out.push(`> ${L.note}：${escapeMarkdown(noteText(note, lang))}`, '');
  const top = unit.duties.filter((d) => d.parent === undefined);
  if (options.tables) {
    out.push(renderMarkdownTable({
      columns: [{ header: L.numbering }, { header: L.duty }, { header: L.id }],
      rows: unit.duties.map((d) => [d.numbering, d.text, options.idOf(d)]),
    }));
  } else if (unit.sections.length > 0) {
    for (const s of unit.sections) {
      out.push(`### ${escapeMarkdown(`${s.label ?? ''}${s.title}`)}`, '', ...dutyItems(s.duties, '', lang), '');
    }
  } else {
    out.push(...dutyItems(top, '', lang), '');
  }
  return out;
}

function documentMarkdown(doc: Doc, units: readonly Unit[], options: CorpusMarkdownOptions): string[] {
  const L: Labels = labelsFor(options.lang);
  return [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    metadataTable([
      [L.number, (doc.numberNormalized ?? doc.number) && escapeMarkdown(doc.numberNormalized ?? doc.number!)],
      [L.issuer, doc.issuer && escapeMarkdown(doc.issuer)],
      [L.date, doc.date && escapeMarkdown(doc.date)],
      [L.id, code(doc.id)],
    ]),
    ...units.flatMap((u) => unitMarkdown(u, options)),
  ];
}

/** The units as Markdown: a heading per document and per unit, a short metadata table under each. */
export function renderCorpusMarkdown(units: readonly Unit[], options: CorpusMarkdownOptions): string {
  const lines = groupByDocument(units).flatMap(({ doc, units: list }) => documentMarkdown(doc, list, options));
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
  return text === '' ? '' : `${text}\n`;
}
