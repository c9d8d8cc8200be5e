/**
 * Search hits as files: a table for CSV, a Markdown report and an xlsx
 * workbook, each with the matched spans marked where the format can show
 * them and the query written beside the results. Pure: hits in, values out.
 */
import type { Duty, Unit } from '../corpus/model.js';
import type { Hit, SearchMode } from '../search/index.js';
import { documentLabel } from './corpus-tables.js';
import { segmentsOf } from './hits.js';
import { escapeMarkdown, renderMarkdownTable } from './markdown.js';
import { detailsDate, detailsSheet, resultsWorkbook, runsCell, type Table, type TableCell, type WorkbookSpec } from './table.js';

/** What was asked, written beside the hits: a file should say what it is the answer to. */
export interface SearchQuery {
  readonly terms: readonly string[];
  readonly mode: SearchMode;
  /** --unit and --doc, as ids; empty when the whole corpus was searched. */
  readonly units: readonly string[];
  readonly documents: readonly string[];
  /** How many duties matched, before --limit. */
  readonly total: number;
  /** When the search ran; a renderer never reads the clock itself. */
  readonly date: Date;
}

export interface HitFileOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function queryText(query: SearchQuery): string {
  return query.terms.join(' ');
}

/** The texts the spans cover, each once, in the order they first occur: what a CSV or a filter can show of the match. */
export function matchedTexts(hit: Hit): string[] {
  return [...new Set(segmentsOf(hit.duty.text, hit.spans).filter((s) => s.matched).map((s) => s.text))];
}

/** The duty's text with its matched spans marked. */
function markedText(hit: Hit): TableCell {
  return runsCell(segmentsOf(hit.duty.text, hit.spans).map((s) => (s.matched ? { text: s.text, mark: 'match' as const } : { text: s.text })));
}

/** CSV columns: machine-friendly names as --json has them; ids are the full, stable ones. */
export const HIT_CSV_COLUMNS = ['rank', 'unit', 'unit_name', 'document', 'id', 'numbering', 'kind', 'score', 'text', 'matched'] as const;

/** One hit a row for CSV: plain text, and the matched texts in a column of their own (`|` between them). */
export function hitCsvTable(hits: readonly Hit[]): Table {
  return {
    columns: HIT_CSV_COLUMNS.map((header) => ({ header })),
    rows: hits.map((h, i) => [
      i + 1,
      h.duty.unit.id,
      h.duty.unit.name,
      h.duty.unit.doc.id,
      h.duty.id,
      h.duty.numbering,
      h.kind,
      round(h.score),
      h.duty.text,
      matchedTexts(h).join(' | '),
    ]),
  };
}

/** One hit a row for people (Markdown, xlsx): short ids, the document by its number, the spans marked in the text. */
function hitTable(hits: readonly Hit[], options: HitFileOptions, { matched }: { matched: boolean }): Table {
  return {
    columns: [
      { header: 'rank' },
      { header: 'unit' },
      { header: 'unit name', maxWidth: 24 },
      { header: 'document' },
      { header: 'duty id' },
      { header: 'numbering' },
      { header: 'match' },
      { header: 'score' },
      { header: 'text', maxWidth: 70 },
      ...(matched ? [{ header: 'matched', maxWidth: 24 }] : []),
    ],
    rows: hits.map((h, i) => [
      i + 1,
      options.idOf(h.duty.unit),
      h.duty.unit.name,
      documentLabel(h.duty.unit.doc),
      options.idOf(h.duty),
      h.duty.numbering,
      h.kind,
      round(h.score),
      markedText(h),
      ...(matched ? [matchedTexts(h).join(' | ')] : []),
    ]),
  };
}

function queryDetails(query: SearchQuery, shown: number): [string, TableCell][] {
  return [
    ['query', queryText(query)],
    ['mode', query.mode],
    ...(query.units.length > 0 ? [['units', query.units.join(', ')] as [string, string]] : []),
    ...(query.documents.length > 0 ? [['documents', query.documents.join(', ')] as [string, string]] : []),
    ['hits', query.total],
    ['shown', shown],
    ['date', detailsDate(query.date)],
  ];
}

/**
 * A Markdown report: a heading with the query, a one-row table of what was
 * asked (mode, scope, hits, date), then a table of the hits with the matched
 * spans in bold.
 */
export function renderHitsMarkdown(hits: readonly Hit[], query: SearchQuery, options: HitFileOptions): string {
  const details = queryDetails(query, hits.length).slice(1);
  return [
    `# search: ${escapeMarkdown(queryText(query))}`,
    '',
    renderMarkdownTable({ columns: details.map(([field]) => ({ header: field })), rows: [details.map(([, value]) => value)] }),
    hits.length > 0 ? renderMarkdownTable(hitTable(hits, options, { matched: false })) : 'No duty matches.\n',
  ].join('\n');
}

/** The xlsx: the hits (spans as rich text, an autofilter) and a second sheet with the query; the query also in the workbook's properties. */
export function hitsWorkbook(hits: readonly Hit[], query: SearchQuery, options: HitFileOptions & { readonly creator: string }): WorkbookSpec {
  const table = hitTable(hits, options, { matched: true });
  return resultsWorkbook(
    { name: 'hits', autoFilter: true, ...table },
    {
      title: `search: ${queryText(query)}`,
      subject: 'mandates search',
      creator: options.creator,
      description: `${query.total} ${query.total === 1 ? 'hit' : 'hits'} (${hits.length} shown) for ${queryText(query)}, mode ${query.mode}`,
      keywords: query.terms.join('; '),
      created: query.date,
    },
    detailsSheet('query', 'query', queryDetails(query, hits.length)),
  );
}
