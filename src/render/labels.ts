/**
 * Every label a human-facing output prints (terminal tables and trees,
 * Markdown, xlsx, docx, html, svg), in Chinese and in English: one table, so
 * an output is in one language and a label is worded the same everywhere.
 * Chinese is the default (the corpus and its readers are Chinese); `--lang en`
 * picks English. JSON, JSONL and YAML keep their English keys and never come
 * here. A row is `key: row(zh, en)`; a label that needs numbers is a function
 * in both languages.
 *
 * Corpus text (names, duties, notes a person wrote) is data, never
 * translated; importer notes carry both languages themselves (see notes.ts).
 */
import type { DiffGroup, DiffSummary } from '../diff/align.js';
import type { MatchKind, SearchMode } from '../search/index.js';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

function row<T>(zh: T, en: T): { readonly zh: T; readonly en: T } {
  return { zh, en };
}

const fixed = (n: number) => n.toFixed(2);

const TABLE = {
  // What the corpus holds: fields of a document, a unit, a section, a duty.
  id: row('ID', 'id'),
  document: row('文件', 'document'),
  documentTitle: row('文件标题', 'title'),
  number: row('文号', 'number'),
  numberAsPrinted: row('文号（原文）', 'number as printed'),
  issuer: row('发文机关', 'issuer'),
  date: row('日期', 'date'),
  dateText: row('成文日期', 'date as printed'),
  recipients: row('主送机关', 'recipients'),
  body: row('正文', 'body'),
  attachment: row('附件', 'attachment'),
  attachmentReference: row('附件说明', 'attachment reference'),
  note: row('注', 'note'),
  notes: row('备注', 'notes'),
  unit: row('单位', 'unit'),
  units: row('单位', 'units'),
  unitCount: row('单位数', 'units'),
  name: row('名称', 'name'),
  externalName: row('对外称', 'external name'),
  aliases: row('别名', 'aliases'),
  heading: row('标题', 'heading'),
  preamble: row('序言', 'preamble'),
  staffing: row('人员编制', 'staffing'),
  partOf: row('所属', 'part of'),
  parts: row('内设机构', 'parts'),
  section: row('部分', 'section'),
  duty: row('职能', 'duty'),
  duties: row('职能', 'duties'),
  dutyCount: row('职能数', 'duties'),
  dutyId: row('职能ID', 'duty id'),
  numbering: row('序号', 'numbering'),
  label: row('编号', 'label'),
  text: row('文本', 'text'),
  parentDuty: row('上级条目', 'parent'),
  subItems: row('子项', 'sub-items'),
  source: row('来源', 'source'),

  // Export workbook and Markdown.
  overviewSheet: row('概览', 'overview'),
  allDutiesSheet: row('全部职能', 'all duties'),
  unitsSheet: row('单位', 'units'),
  documentsSheet: row('文件', 'documents'),
  workbookSubject: row('机构主要职能', 'mandates'),
  workbookTitleMany: row((documents: number) => `机构主要职能（${documents} 个文件）`, (documents: number) => `Mandates (${documents} documents)`),
  workbookDescription: row(
    (units: number, duties: number) => `${units} 个单位，${duties} 项职能。`,
    (units: number, duties: number) => `${units} ${units === 1 ? 'unit' : 'units'}, ${duties} ${duties === 1 ? 'duty' : 'duties'}. `,
  ),

  // Search.
  match: row('匹配', 'match'),
  matched: row('匹配文字', 'matched'),
  score: row('得分', 'score'),
  rank: row('排名', 'rank'),
  unitName: row('单位名称', 'unit name'),
  query: row('检索词', 'query'),
  mode: row('方式', 'mode'),
  hits: row('命中', 'hits'),
  shown: row('显示', 'shown'),
  hitsSheet: row('结果', 'hits'),
  querySheet: row('检索', 'query'),
  searchTitle: row((query: string) => `检索：${query}`, (query: string) => `search: ${query}`),
  searchSubject: row('职能检索', 'mandates search'),
  searchDescription: row(
    (total: number, shown: number, query: string, mode: string) => `“${query}”命中 ${total} 项（显示 ${shown} 项），方式：${mode}`,
    (total: number, shown: number, query: string, mode: string) =>
      `${total} ${total === 1 ? 'hit' : 'hits'} (${shown} shown) for ${query}, mode ${mode}`,
  ),
  noHits: row('没有匹配的职能。', 'No duty matches.'),
  matchKind: row<Readonly<Record<MatchKind, string>>>(
    { phrase: '短语', 'all-terms': '全部词', pinyin: '拼音', homophone: '同音', typo: '错字', bigram: '相近', regex: '正则' },
    { phrase: 'phrase', 'all-terms': 'all-terms', pinyin: 'pinyin', homophone: 'homophone', typo: 'typo', bigram: 'bigram', regex: 'regex' },
  ),
  searchMode: row<Readonly<Record<SearchMode, string>>>(
    { smart: '智能', exact: '精确', regex: '正则' },
    { smart: 'smart', exact: 'exact', regex: 'regex' },
  ),

  // Diff and overlap.
  diffGroup: row<Readonly<Record<DiffGroup, string>>>(
    { same: '相同', changed: '修改', onlyA: '仅A', onlyB: '仅B' },
    { same: 'same', changed: 'changed', onlyA: 'only in A', onlyB: 'only in B' },
  ),
  group: row('类别', 'group'),
  similarity: row('相似度', 'similarity'),
  minSimilarity: row('相似度下限', 'min similarity'),
  changes: row('改动', 'changes'),
  diffSheet: row('对照', 'diff'),
  summarySheet: row('摘要', 'summary'),
  sideId: row((side: 'A' | 'B') => `${side} ID`, (side: 'A' | 'B') => `${side} id`),
  sideNumbering: row((side: 'A' | 'B') => `${side} 序号`, (side: 'A' | 'B') => `${side} numbering`),
  sideText: row((side: 'A' | 'B') => `${side} 文本`, (side: 'A' | 'B') => `${side} text`),
  sideDocument: row((side: 'A' | 'B') => `${side} 文件`, (side: 'A' | 'B') => `${side} document`),
  diffSummary: row(
    (s: DiffSummary) => `相同 ${s.same}，修改 ${s.changed}，仅A ${s.onlyA}，仅B ${s.onlyB}；相似度 ${fixed(s.similarity)}`,
    (s: DiffSummary) => `${s.same} same, ${s.changed} changed, ${s.onlyA} only in A, ${s.onlyB} only in B; similarity ${fixed(s.similarity)}`,
  ),
  diffTitle: row((a: string, b: string) => `对照：${a} → ${b}`, (a: string, b: string) => `diff: ${a} → ${b}`),
  diffSubject: row('职能对照', 'mandates diff'),
  overlapGroup: row(
    (rank: number, units: number, similarity: number) => `${rank}. ${units} 个单位，相似度 ${fixed(similarity)}`,
    (rank: number, units: number, similarity: number) => `${rank}. ${units} units, similarity ${fixed(similarity)}`,
  ),

  // The 新旧对照表 (diff -o x.docx / x.xlsx / x.md).
  comparisonIndex: row('序号', 'No.'),
  comparisonOriginal: row('原文（A）', 'Original (A)'),
  comparisonRevised: row('现文（B）', 'Revised (B)'),
  comparisonExplanation: row('说明', 'Note'),
  comparisonNote: row<Readonly<Record<DiffGroup, string>>>(
    { same: '相同', changed: '修改', onlyA: '删除', onlyB: '新增' },
    { same: 'same', changed: 'changed', onlyA: 'deleted', onlyB: 'added' },
  ),
  comparisonRenumbered: row((a: string, b: string) => `；序号由“${a}”改为“${b}”`, (a: string, b: string) => `; renumbered ${a} → ${b}`),
  comparisonTitle: row(
    (a: string, b: string) => (a === b ? `${a}职能新旧对照表` : `${a}与${b}职能对照表`),
    (a: string, b: string) => (a === b ? `${a}: duties compared, old and new` : `${a} and ${b}: duties compared`),
  ),
  comparisonCaption: row(
    (side: 'A' | 'B', unit: string, doc: string) => `${side === 'A' ? '原文（A）' : '现文（B）'}：${unit}，${doc}`,
    (side: 'A' | 'B', unit: string, doc: string) => `${side === 'A' ? 'Original (A)' : 'Revised (B)'}: ${unit}, ${doc}`,
  ),
  comparisonSheet: row('对照表', 'comparison'),
  comparisonSummary: row(
    (s: DiffSummary) => `相同 ${s.same} 项，修改 ${s.changed} 项，删除 ${s.onlyA} 项，新增 ${s.onlyB} 项；相似度 ${fixed(s.similarity)}`,
    (s: DiffSummary) => `${s.same} same, ${s.changed} changed, ${s.onlyA} deleted, ${s.onlyB} added; similarity ${fixed(s.similarity)}`,
  ),

  // Details sheets (name–value rows).
  field: row('项目', 'field'),
  value: row('内容', 'value'),
} as const;

type Table = typeof TABLE;

/** The labels of one language: `labelsFor('zh').unit` is 单位. */
export type Labels = { readonly [K in keyof Table]: Table[K]['zh'] };

const cache = new Map<Lang, Labels>();

export function labelsFor(lang: Lang = DEFAULT_LANG): Labels {
  let labels = cache.get(lang);
  if (!labels) {
    labels = Object.fromEntries(Object.entries(TABLE).map(([k, v]) => [k, v[lang]])) as unknown as Labels;
    cache.set(lang, labels);
  }
  return labels;
}

/** Is this one of the languages an output can be labelled in? */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
