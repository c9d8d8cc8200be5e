/**
 * The corpus as one self-contained HTML page: the documents in their own
 * structure (document head, units with their headings, preambles, sections,
 * numbered duties and sub-items, notes, staffing; a 三定's departments nested
 * in their body unit), a side navigation of documents and units, every id an
 * anchor (#sbf-2003-9/pexkzswj/3 opens that duty), an offline search box that
 * folds text as the CLI's search does, and a print stylesheet (A4, a page per
 * unit). Nothing is fetched: no fonts, scripts or styles from anywhere, and
 * the page's Content-Security-Policy forbids any request.
 */
import { noteText, type Note } from '../corpus/notes.js';
import type { Doc, Duty, Section, Unit } from '../corpus/model.js';
import { searchFoldChar } from '../search/fold.js';
import { groupByDocument } from './corpus-tables.js';
import { partsPosition } from './document-walk.js';
import { CJK_FANGSONG, CJK_SANS, escapeMarkup as e, renderPage, scriptJson } from './markup.js';

export interface CorpusHtmlLabels {
  readonly title: (documents: number) => string;
  readonly search: string;
  readonly searchHint: string;
  readonly results: (duties: number) => string;
  readonly noResults: string;
  /** Beside a result found by pinyin. */
  readonly pinyin: string;
  /** The status when nothing matched as typed and pinyin found duties. */
  readonly pinyinResults: (duties: number) => string;
  /** Under a list cut short: only the first n results are listed. */
  readonly more: (n: string) => string;
  readonly contents: string;
  readonly number: string;
  readonly name: string;
  readonly issuer: string;
  readonly date: string;
  readonly recipients: string;
  readonly attachment: string;
  readonly externalName: string;
  readonly aliases: string;
  readonly partOf: string;
  readonly parts: string;
  readonly duties: (n: number) => string;
  readonly staffing: string;
  readonly note: string;
  readonly id: string;
  readonly departments: string;
}

export const CORPUS_HTML_LABELS: Readonly<Record<'zh' | 'en', CorpusHtmlLabels>> = {
  zh: {
    title: (n) => (n === 1 ? '机构主要职能' : `机构主要职能（${n}个文件）`),
    search: '搜索职能',
    searchHint: '输入词语，多个词用空格分开（须全部出现）；繁体、全角、括号写法均可',
    results: (n) => `${n}项职能`,
    noResults: '没有职能含有这些词',
    pinyin: '拼音',
    pinyinResults: (n) => `没有完全相同的词；按拼音找到${n}项职能`,
    more: (n) => `只列出前${n}项；请加词缩小范围`,
    contents: '目录',
    number: '文号',
    name: '名称',
    issuer: '发文机关',
    date: '日期',
    recipients: '主送机关',
    attachment: '附件',
    externalName: '对外称',
    aliases: '别名',
    partOf: '所属',
    parts: '内设机构',
    duties: (n) => `职能${n}项`,
    staffing: '人员编制',
    note: '注',
    id: 'ID',
    departments: '内设机构',
  },
  en: {
    title: (n) => (n === 1 ? 'Mandates' : `Mandates (${n} documents)`),
    search: 'Search duties',
    searchHint: 'Type words, separated by spaces (all must occur); traditional characters, full-width forms and any brackets work',
    results: (n) => `${n} ${n === 1 ? 'duty' : 'duties'}`,
    noResults: 'No duty contains these words',
    pinyin: 'pinyin',
    pinyinResults: (n) => `No exact match; ${n} ${n === 1 ? 'duty' : 'duties'} by pinyin`,
    more: (n) => `Only the first ${n} are listed; add words to narrow the search`,
    contents: 'Contents',
    number: 'number',
    name: 'name',
    issuer: 'issuer',
    date: 'date',
    recipients: 'recipients',
    attachment: 'attachment',
    externalName: 'external name',
    aliases: 'aliases',
    partOf: 'part of',
    parts: 'parts',
    duties: (n) => `${n} ${n === 1 ? 'duty' : 'duties'}`,
    staffing: 'staffing',
    note: 'note',
    id: 'id',
    departments: 'departments',
  },
};

export interface CorpusHtmlOptions {
  readonly lang: 'zh' | 'en';
  readonly labels: CorpusHtmlLabels;
  readonly idOf: (item: Unit | Duty) => string;
  /**
   * Toneless readings of a character (src/search/pinyin-table.ts: every
   * reading of a polyphone, ü as v and u); with it the page reads Latin
   * terms as pinyin the way `mandates search` does, without it it does not.
   */
  readonly readings?: (code: number) => readonly string[] | null;
}

/**
 * The pinyin the page carries: the distinct syllables (s, space-separated),
 * the distinct Han characters of the exported duties after folding (c), and
 * for each character its readings (r, space-separated entries, each reading
 * one character U+0100 + its index in s). About 5 bytes a character.
 */
export function pinyinTableFor(texts: readonly string[], readings: (code: number) => readonly string[] | null): { s: string; c: string; r: string } {
  const chars = new Set<number>();
  for (const t of texts) {
    for (const ch of t) {
      const code = searchFoldChar(ch).charCodeAt(0);
      if (code >= 0x2e80 && code <= 0xffff && !(code >= 0xd800 && code <= 0xdfff)) chars.add(code);
    }
  }
  const syllables = new Map<string, number>();
  let c = '';
  const entries: string[] = [];
  for (const code of [...chars].sort((a, b) => a - b)) {
    const rs = readings(code);
    if (!rs || rs.length === 0) continue;
    c += String.fromCharCode(code);
    entries.push(
      rs
        .map((r) => {
          let i = syllables.get(r);
          if (i === undefined) syllables.set(r, (i = syllables.size));
          return String.fromCharCode(0x100 + i);
        })
        .join(''),
    );
  }
  return { s: [...syllables.keys()].join(' '), c, r: entries.join(' ') };
}

function allTexts(units: readonly Unit[]): string[] {
  const out: string[] = [];
  const walk = (d: Duty) => {
    out.push(d.text);
    d.children.forEach(walk);
  };
  for (const u of units) for (const d of u.duties) if (d.parent === undefined) walk(d);
  return out;
}

/**
 * The search fold as a table for the page: every BMP character the CLI's
 * search folds to something else (width, brackets and quotes, case,
 * traditional → simplified), as pairs in one string. Built from
 * searchFoldChar itself, so the page folds exactly as `mandates search` does.
 */
let foldPairs: string | undefined;
export function searchFoldTable(): string {
  if (foldPairs === undefined) {
    let out = '';
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      const folded = searchFoldChar(ch);
      if (folded !== ch && folded.length === 1) out += ch + folded;
    }
    foldPairs = out;
  }
  return foldPairs;
}

function paragraphs(text: string, cls: string): string {
  return text
    .split(/\r?\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p class="${cls}">${e(p)}</p>`)
    .join('\n');
}

function notesHtml(notes: readonly Note[], labels: CorpusHtmlLabels, lang: 'zh' | 'en'): string {
  return notes.map((n) => `<p class="note">${e(labels.note)}：${e(noteText(n, lang))}</p>`).join('');
}

function dutyHtml(d: Duty, options: CorpusHtmlOptions): string {
  const children = d.children.length > 0 ? `<ol>${d.children.map((c) => dutyHtml(c, options)).join('')}</ol>` : '';
  return (
    `<li class="d" id="${e(d.id)}">` +
    (d.label ? `<span class="n">${e(d.label)}</span>` : '') +
    `<span class="t">${e(d.text)}</span> <a class="i" href="#${e(d.id)}">${e(options.idOf(d))}</a>` +
    notesHtml(d.notes, options.labels, options.lang) +
    children +
    '</li>\n'
  );
}

function dutiesHtml(duties: readonly Duty[], options: CorpusHtmlOptions): string {
  return duties.length === 0 ? '' : `<ol class="duties">\n${duties.map((d) => dutyHtml(d, options)).join('')}</ol>`;
}

function sectionHtml(unit: Unit, s: Section, options: CorpusHtmlOptions): string {
  const preamble = s.preamble ? `\n${paragraphs(s.preamble, 'preamble')}` : '';
  return `<section class="part" id="${e(`${unit.id}/s${s.key}`)}"><h3>${s.label ? `<span class="n">${e(s.label)}</span>` : ''}${e(s.title)}</h3>${preamble}\n${dutiesHtml(s.duties, options)}</section>`;
}

function unitHtml(unit: Unit, children: ReadonlyMap<Unit, readonly Unit[]>, options: CorpusHtmlOptions, depth: number): string {
  const { labels, idOf } = options;
  const parts = children.get(unit) ?? [];
  const meta: [string, string][] = [[labels.name, e(unit.name)], [labels.id, `<a class="i" href="#${e(unit.id)}">${e(idOf(unit))}</a>`]];
  if (unit.externalName) meta.push([labels.externalName, e(unit.externalName)]);
  if (unit.aliases.length > 0) meta.push([labels.aliases, unit.aliases.map(e).join('、')]);
  if (unit.parent) meta.push([labels.partOf, `<a href="#${e(unit.parent.id)}">${e(unit.parent.name)}</a>`]);
  meta.push(['', e(labels.duties(unit.duties.length))]);
  const heading = depth === 0 ? 'h2' : 'h3';
  const out = [
    `<section class="unit${depth > 0 ? ' sub' : ''}" id="${e(unit.id)}" data-short="${e(idOf(unit))}" data-name="${e(unit.name)}">`,
    `<${heading} class="uh">${e(unit.heading ?? unit.name)}</${heading}>`,
    metaList(meta),
    notesHtml(unit.notes, labels, options.lang),
    unit.preamble ? paragraphs(unit.preamble, 'preamble') : '',
  ];
  const at = partsPosition(unit.sections);
  const sections = (list: readonly Section[]) => list.map((s) => sectionHtml(unit, s, options)).join('\n');
  if (unit.sections.length > 0) out.push(sections(unit.sections.slice(0, at)));
  else out.push(dutiesHtml(unit.duties.filter((d) => d.parent === undefined), options));
  if (parts.length > 0) {
    out.push(`<section class="parts"><h3>${e(labels.departments)}</h3>`, ...parts.map((p) => unitHtml(p, children, options, depth + 1)), '</section>');
  }
  if (unit.staffing) out.push(`<section class="staffing"><h3>${e(labels.staffing)}</h3>${paragraphs(unit.staffing, 'staff')}</section>`);
  out.push(sections(unit.sections.slice(at)));
  out.push('</section>');
  return out.filter((s) => s !== '').join('\n');
}

/** The attachment line: the body's reference to it (附件：如文), led by the label when the reference does not already say it. */
function attachmentHtml(attachment: NonNullable<Doc['attachment']>): string {
  const { label, reference } = attachment;
  if (reference === undefined) return `<p class="attachment">${e(label)}</p>`;
  return `<p class="attachment">${reference.includes(label) ? '' : `<span class="label">${e(label)}</span>　`}${e(reference)}</p>`;
}

/** Fields as name：value pairs (values already markup); a pair without a name is a value alone. */
function metaList(pairs: readonly (readonly [string, string])[]): string {
  return `<dl class="meta">${pairs.map(([k, v]) => `<div>${k ? `<dt>${e(k)}</dt>` : ''}<dd>${v}</dd></div>`).join('')}</dl>`;
}

function docHtml(doc: Doc, units: readonly Unit[], options: CorpusHtmlOptions): string {
  const { labels } = options;
  const meta: [string, string | undefined][] = [
    [labels.number, doc.numberNormalized ?? doc.number],
    [labels.issuer, doc.issuer],
    [labels.date, doc.dateText ?? doc.date],
    [labels.recipients, doc.recipients.join('、')],
    [labels.id, doc.id],
  ];
  const { roots, children } = nest(units);
  return [
    `<article class="doc" id="${e(doc.id)}">`,
    `<h1>${e(doc.title)}</h1>`,
    metaList(meta.filter((m): m is [string, string] => !!m[1]).map(([k, v]) => [k, e(v)])),
    doc.number && doc.numberNormalized && doc.number !== doc.numberNormalized ? `<p class="printed">${e(doc.number)}</p>` : '',
    notesHtml(doc.notes, labels, options.lang),
    doc.body ? `<div class="body">${paragraphs(doc.body, 'bp')}</div>` : '',
    doc.attachment ? attachmentHtml(doc.attachment) : '',
    ...roots.map((u) => unitHtml(u, children, options, 0)),
    '</article>',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

/** Roots (units whose parent is not exported) and each unit's exported parts, in corpus order. */
function nest(units: readonly Unit[]): { roots: Unit[]; children: Map<Unit, Unit[]> } {
  const present = new Set(units);
  const children = new Map<Unit, Unit[]>();
  const roots: Unit[] = [];
  for (const u of units) {
    if (u.parent && present.has(u.parent)) children.set(u.parent, [...(children.get(u.parent) ?? []), u]);
    else roots.push(u);
  }
  return { roots, children };
}

function navHtml(groups: readonly { doc: Doc; units: readonly Unit[] }[], options: CorpusHtmlOptions): string {
  const item = (u: Unit, children: ReadonlyMap<Unit, readonly Unit[]>): string => {
    const parts = children.get(u) ?? [];
    return `<li><a href="#${e(u.id)}">${e(u.name)}</a>${parts.length > 0 ? `<ul>${parts.map((p) => item(p, children)).join('')}</ul>` : ''}</li>`;
  };
  return groups
    .map(({ doc, units }) => {
      const { roots, children } = nest(units);
      return `<li class="navdoc"><a href="#${e(doc.id)}">${e(doc.numberNormalized ?? doc.number ?? doc.title)}</a><ul>${roots.map((u) => item(u, children)).join('')}</ul></li>`;
    })
    .join('\n');
}

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5c5c5c; --rule: #e2e2e2; --accent: #0b57a4; --side: 17rem; }
* { box-sizing: border-box; }
html { scroll-padding-top: 5.5rem; }
body { margin: 0; font-family: ${CJK_SANS}; color: var(--ink); background: #fff; line-height: 1.75; font-size: 16px; }
header.top { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--rule); padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
header.top .title { font-weight: bold; margin: 0; font-size: 1.05rem; }
.searchbox { flex: 1 1 18rem; display: flex; gap: .5rem; align-items: center; }
.searchbox input { flex: 1; min-width: 0; font: inherit; padding: .35rem .6rem; border: 1px solid #9a9a9a; border-radius: 4px; }
#status { color: var(--muted); font-size: .9rem; white-space: nowrap; }
.layout { display: grid; grid-template-columns: var(--side) minmax(0, 1fr); }
nav.toc { position: sticky; top: 3.4rem; align-self: start; max-height: calc(100vh - 3.4rem); overflow-y: auto; padding: 1rem .75rem 2rem 1rem; border-right: 1px solid var(--rule); font-size: .92rem; }
nav.toc summary { font-weight: bold; cursor: pointer; }
nav.toc ul { list-style: none; margin: .2rem 0; padding-left: .9rem; }
nav.toc > details > ul { padding-left: 0; }
nav.toc li.navdoc > a { font-weight: bold; }
nav.toc a { color: var(--ink); text-decoration: none; display: block; padding: .1rem 0; }
nav.toc a:hover { color: var(--accent); }
main { padding: 1rem 2rem 4rem; max-width: 54rem; }
h1 { font-size: 1.5rem; line-height: 1.4; margin: 1rem 0 .5rem; }
h2.uh { font-size: 1.3rem; margin: 2rem 0 .3rem; padding-top: .6rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.08rem; margin: 1.2rem 0 .3rem; }
h3.uh { border-top: 1px solid var(--rule); padding-top: .6rem; }
dl.meta { display: flex; flex-wrap: wrap; gap: .1rem 1.4rem; margin: .2rem 0 .6rem; color: var(--muted); font-size: .9rem; }
dl.meta dt, dl.meta dd { display: inline; margin: 0; }
dl.meta dt::after { content: "："; }
.printed { color: var(--muted); margin: 0; }
.body p, p.preamble, p.staff { text-indent: 2em; margin: .3rem 0; }
p.note { color: #7a4b00; background: #fff8e6; border-left: 3px solid #e0b050; padding: .2rem .6rem; margin: .3rem 0; font-size: .92rem; }
ol.duties, ol.duties ol { list-style: none; padding-left: 0; margin: .3rem 0; }
ol.duties ol { padding-left: 2em; }
li.d { margin: .25rem 0; scroll-margin-top: 5.5rem; }
li.d .n { font-weight: bold; }
a.i { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .78rem; color: #8a8a8a; text-decoration: none; white-space: nowrap; }
a.i:hover { color: var(--accent); text-decoration: underline; }
dl.meta a:not(.i) { color: var(--accent); }
li.d:target > .t, li.d.flash > .t { background: #fff0a8; }
section.unit { scroll-margin-top: 4rem; }
/* Units off screen are not laid out until scrolled to: a page of 100,000 duties opens in seconds, not a minute. */
article.doc > section.unit { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
section.unit.sub { margin-left: .2rem; }
mark { background: #ffd54a; color: inherit; padding: 0 1px; }
#results { display: none; }
body.searching #results { display: block; }
body.searching main > article.doc { display: none; }
#results ol { list-style: none; padding: 0; margin: .5rem 0; }
#results li { padding: .5rem 0; border-bottom: 1px solid var(--rule); }
#results .where { display: block; color: var(--muted); font-size: .88rem; }
#results .where a { color: var(--accent); text-decoration: none; }
#results p.more { color: var(--muted); }
#results .kind { font-size: .78rem; color: #6b4fa0; border: 1px solid #c9b8e6; border-radius: 3px; padding: 0 .3rem; }
@media (max-width: 860px) {
  .layout { display: block; }
  nav.toc { position: static; max-height: none; border-right: 0; border-bottom: 1px solid var(--rule); padding: .5rem 1rem; }
  main { padding: .5rem 1rem 3rem; }
  html { scroll-padding-top: 7.5rem; }
  li.d { scroll-margin-top: 7.5rem; }
  h1 { font-size: 1.25rem; }
}
@media print {
  @page { size: A4; margin: 20mm 18mm 18mm; }
  header.top, nav.toc { display: none !important; }
  .layout { display: block; }
  main { padding: 0; max-width: none; }
  body { font-family: ${CJK_FANGSONG}; font-size: 12pt; line-height: 1.6; }
  #results { display: none !important; }
  article.doc > section.unit { content-visibility: visible; }
  body.searching main > article.doc { display: block !important; }
  article.doc + article.doc { break-before: page; }
  article.doc > section.unit, section.unit.sub { break-before: page; }
  h1, h2, h3 { break-after: avoid; }
  li.d { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark { background: none; }
}
`;

/**
 * The page's script: search (the CLI's folding, from the table the page
 * carries; every word must occur; matches marked; duties without a match
 * hidden, with the units, sections and parent items around matches kept),
 * and ids typed after # in short form (#pexkzswj/3) resolved to the full one.
 */
const SCRIPT = `
(function () {
  // The fold as a table of UTF-16 units (every pair is one unit to one unit), applied to all texts at once.
  var table = new Uint16Array(65536);
  for (var c = 0; c < 65536; c++) table[c] = c;
  var pairs = JSON.parse(document.getElementById('fold-table').textContent);
  for (var k = 0; k < pairs.length; k += 2) table[pairs.charCodeAt(k)] = pairs.charCodeAt(k + 1);
  var utf16 = new TextDecoder('utf-16le');
  // Pinyin (as \`mandates search\` reads it): each Han character's readings, from the table the export computed.
  var readings = {};
  var pyNode = document.getElementById('pinyin-table');
  if (pyNode) {
    var py = JSON.parse(pyNode.textContent), syl = py.s.split(' '), entries = py.r.split(' ');
    for (var pk = 0; pk < py.c.length; pk++) {
      var rs = [];
      for (var pj = 0; pj < entries[pk].length; pj++) rs.push(syl[entries[pk].charCodeAt(pj) - 256]);
      readings[py.c.charCodeAt(pk)] = rs;
    }
  }
  function readingsOf(code) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return [String.fromCharCode(code)];
    return readings[code] || null;
  }
  function isLatin(code) { return code >= 97 && code <= 122; }
  // A piece of a term a character may take short of a whole reading: one letter, zh/ch/sh, or the end of a term that does not start there.
  function partialAllowed(piece, last, first) { return (last && !first) || piece.length === 1 || piece === 'zh' || piece === 'ch' || piece === 'sh'; }
  // How a term is read: not at all (no letters; one letter alone), as initials (capitals only), or freely.
  function pinyinReading(folded, typed) {
    var letters = (folded.match(/[a-z]/g) || []).length;
    if (letters === 0) return null;
    if (/^[\\x00-\\x7f]*$/.test(folded) && letters < 2) return null;
    return /\\p{Ll}/u.test(typed) ? 'free' : 'initials';
  }
  // Where a term read as pinyin occurs in a folded text: each character takes a reading or a piece of one.
  // An apostrophe separates syllables (xi'an is 西安, never 先): no piece runs across one.
  function pinyinSpans(term, initials, text) {
    var q = term.replace(/'/g, ''), runEnd = [], at = q.length;
    for (var i = term.length - 1, n = q.length; i >= 0; i--) { if (term[i] === "'") at = n; else runEnd[--n] = at; }
    var longest = initials ? 1 : 6, spans = [], failed = {}, origin = 0, width = q.length + 1;
    function from(p, j) {
      if (j === q.length) return p;
      if (p >= text.length) return -1;
      var key = (p - origin) * width + j;
      if (failed[key]) return -1;
      var want = q.charCodeAt(j), end = -1;
      if (!isLatin(want)) {
        if (text.charCodeAt(p) === want) end = from(p + 1, j + 1);
      } else {
        var rs = readingsOf(text.charCodeAt(p)) || [];
        for (var r = 0; r < rs.length && end < 0; r++) {
          var reading = rs[r], common = 0;
          while (common < reading.length && j + common < q.length && reading.charCodeAt(common) === q.charCodeAt(j + common)) common++;
          for (var l = Math.min(common, longest, runEnd[j] - j); l >= 1 && end < 0; l--) {
            if (l === reading.length || partialAllowed(q.slice(j, j + l), j + l === q.length, j === 0)) end = from(p + 1, j + l);
          }
        }
      }
      if (end < 0) failed[key] = true;
      return end;
    }
    for (var p = 0; p < text.length; p++) {
      origin = p;
      failed = {};
      var end = from(p, 0);
      if (end > p) { spans.push([p, end]); p = end - 1; }
    }
    return spans;
  }
  var labels = JSON.parse(document.getElementById('labels').textContent);
  function foldText(s) {
    var units = new Uint16Array(s.length);
    for (var i = 0; i < s.length; i++) units[i] = table[s.charCodeAt(i)];
    return utf16.decode(units);
  }
  var input = document.getElementById('q');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var list = results.querySelector('ol');
  var more = results.querySelector('p.more');
  // The duties' texts, read from the page once, on the first search; where a duty stands is worked out only for those listed.
  var duties = null;
  function prepare() {
    if (duties) return;
    var spans = document.querySelectorAll('li.d > .t');
    var texts = Array.prototype.map.call(spans, function (t) { return t.textContent; });
    // U+0001 cannot occur in the page's text (the export shows control characters as stand-ins), so it separates them safely.
    var folded = foldText(texts.join('\\u0001')).split('\\u0001');
    duties = texts.map(function (text, k) { return { li: spans[k].parentElement, text: text, folded: folded[k] }; });
  }
  function whereOf(d) {
    var unit = d.li.closest('section.unit');
    var numbering = '';
    for (var p = d.li; p; p = p.parentElement.closest('li.d')) {
      var n = p.querySelector(':scope > .n');
      if (n) numbering = n.textContent + numbering;
    }
    return { unit: unit ? unit.getAttribute('data-name') : '', numbering: numbering, short: d.li.querySelector(':scope > a.i').textContent };
  }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  function exactSpans(term, text) {
    var spans = [];
    for (var at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) spans.push([at, at + term.length]);
    return spans;
  }
  function marked(d, spans) {
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var out = el('span', '', 't'), pos = 0, t = d.text;
    spans.forEach(function (s) {
      if (s[1] <= pos) return;
      var from = Math.max(s[0], pos);
      if (from > pos) out.appendChild(document.createTextNode(t.slice(pos, from)));
      out.appendChild(el('mark', t.slice(from, s[1])));
      pos = s[1];
    });
    if (pos < t.length) out.appendChild(document.createTextNode(t.slice(pos)));
    return out;
  }
  function run() {
    var foldedQuery = foldText(input.value), terms = [], typed = [], m, re = /\\S+/g;
    while ((m = re.exec(foldedQuery))) { terms.push(m[0]); typed.push(input.value.slice(m.index, m.index + m[0].length)); }
    list.textContent = '';
    more.textContent = '';
    if (terms.length === 0) {
      document.body.classList.remove('searching');
      status.textContent = '';
    } else {
      prepare();
      // Every term as typed (folded) first; only when no duty has them all, Latin terms are read as pinyin too.
      var matchers = terms.map(function (term) { return function (text) { return exactSpans(term, text); }; });
      var hits = 0, byPinyin = false;
      for (var k = 0; k < duties.length && hits === 0; k++) if (terms.every(function (t) { return duties[k].folded.indexOf(t) >= 0; })) hits++;
      if (hits === 0 && pyNode) {
        matchers = terms.map(function (term, j) {
          var reading = pinyinReading(term, typed[j]);
          // A term of letters the corpus contains as written (an acronym) matches only as written.
          if (reading && /^[\\x00-\\x7f]*$/.test(term) && duties.some(function (d) { return d.folded.indexOf(term) >= 0; })) reading = null;
          if (!reading) return matchers[j];
          byPinyin = true;
          return function (text) { return exactSpans(term, text).concat(pinyinSpans(term, reading === 'initials', text)); };
        });
      }
      hits = 0;
      for (var k = 0; k < duties.length; k++) {
        var d = duties[k], spans = [];
        for (var j = 0; j < matchers.length; j++) {
          var found = matchers[j](d.folded);
          if (found.length === 0) { spans = null; break; }
          spans = spans.concat(found);
        }
        if (!spans) continue;
        hits++;
        if (hits > labels.shown) continue;
        var li = el('li');
        li.setAttribute('data-id', d.li.id);
        var w = whereOf(d);
        var where = el('span', '', 'where');
        var a = el('a', w.unit + ' ' + w.numbering);
        a.href = '#' + d.li.id;
        where.appendChild(a);
        where.appendChild(document.createTextNode(' '));
        where.appendChild(el('span', w.short, 'i'));
        if (byPinyin) {
          li.className = 'pinyin';
          where.appendChild(document.createTextNode(' '));
          where.appendChild(el('span', labels.pinyin, 'kind'));
        }
        li.appendChild(where);
        li.appendChild(marked(d, spans));
        list.appendChild(li);
      }
      status.textContent = hits > 0 ? (byPinyin ? labels.pinyinResults : labels.results).replace('{n}', hits) : labels.noResults;
      if (hits > labels.shown) more.textContent = labels.more.replace('{n}', labels.shown);
      document.body.classList.add('searching');
      window.scrollTo(0, 0);
    }
    document.body.setAttribute('data-query', input.value);
  }
  var timer = null;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  input.addEventListener('search', run);
  function target() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return null;
    var el = document.getElementById(id);
    if (el) return el;
    var short = document.querySelector('section.unit[data-short="' + id.replace(/["\\\\]/g, '\\\\$&') + '"]');
    if (short) return short;
    var links = document.querySelectorAll('li.d > a.i');
    for (var i = 0; i < links.length; i++) if (links[i].textContent === id) return links[i].parentElement;
    return null;
  }
  // Following a link (a result, or an id typed after #) leaves the results for the document, at that duty.
  function go() {
    var t = target();
    if (!t) return;
    if (document.body.classList.contains('searching')) { input.value = ''; run(); }
    t.scrollIntoView({ block: 'start' });
    if (t.id !== decodeURIComponent(location.hash.slice(1))) t.classList.add('flash');
  }
  // On a phone the contents start folded, so the text comes first.
  if (window.matchMedia('(max-width: 860px)').matches) document.querySelector('nav.toc details').removeAttribute('open');
  window.addEventListener('hashchange', go);
  if (location.hash) go();
  if (input.value) run();
})();
`;

/** The most results the search lists (all are counted): more would only slow the page. */
const MAX_SHOWN = 500;

/** The units, grouped by document, as one HTML page. */
export function renderCorpusHtml(units: readonly Unit[], options: CorpusHtmlOptions): string {
  const { labels } = options;
  const groups = groupByDocument(units);
  const title = groups.length === 1 ? groups[0]!.doc.title : labels.title(groups.length);
  const body = [
    '<header class="top">',
    `<p class="title">${e(labels.title(groups.length))}</p>`,
    `<div class="searchbox" role="search"><input id="q" type="search" placeholder="${e(labels.search)}" title="${e(labels.searchHint)}" aria-label="${e(labels.search)}" autocomplete="off"><span id="status" aria-live="polite"></span></div>`,
    '</header>',
    '<div class="layout">',
    `<nav class="toc"><details open><summary>${e(labels.contents)}</summary><ul>${navHtml(groups, options)}</ul></details></nav>`,
    '<main>',
    `<section id="results" aria-label="${e(labels.search)}"><ol></ol><p class="more"></p></section>`,
    ...groups.map(({ doc, units: list }) => docHtml(doc, list, options)),
    '</main>',
    '</div>',
    `<script type="application/json" id="fold-table">${scriptJson(searchFoldTable())}</script>`,
    options.readings ? `<script type="application/json" id="pinyin-table">${scriptJson(pinyinTableFor(allTexts(units), options.readings))}</script>` : '',
    `<script type="application/json" id="labels">${scriptJson({ results: labels.results(0).replace('0', '{n}'), pinyinResults: labels.pinyinResults(0).replace('0', '{n}'), pinyin: labels.pinyin, noResults: labels.noResults, more: labels.more('{n}'), shown: MAX_SHOWN })}</script>`,
  ].join('\n');
  return renderPage({ lang: options.lang, title, style: STYLE, body, script: SCRIPT });
}
