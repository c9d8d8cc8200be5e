/**
 * The 新旧对照表 as one self-contained HTML page: 序号 | 原文（A） | 现文（B） |
 * 说明 side by side, deletions struck through in red, insertions underlined
 * in green and bold (so the marks survive black-and-white printing), rows on
 * one side only tinted, each row's ids as anchors. Printable on A4 landscape
 * with the header row repeated; on a phone each row becomes a card with 原文
 * above 现文. No script: there is nothing to do but read and print.
 */
import type { ComparisonSide, ComparisonTable } from './comparison-table.js';
import { CJK_FANGSONG, CJK_SANS, escapeMarkup as e, renderPage } from './markup.js';
import type { TextRun } from './table.js';

function runHtml(run: TextRun): string {
  const text = e(run.text);
  if (run.mark === 'deleted') return `<del>${text}</del>`;
  if (run.mark === 'inserted') return `<ins>${text}</ins>`;
  if (run.mark === 'match') return `<mark>${text}</mark>`;
  return text;
}

function sideHtml(side: ComparisonSide | null, column: string): string {
  if (!side) return `<td class="side empty" data-col="${e(column)}"></td>`;
  const runs = side.cell.runs ?? [{ text: side.cell.text }];
  return `<td class="side" data-col="${e(column)}" id="${e(side.duty.id)}">${runs.map(runHtml).join('')} <a class="i" href="#${e(side.duty.id)}">${e(side.id)}</a></td>`;
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.2rem 1.5rem 3rem; font-family: ${CJK_SANS}; color: #1a1a1a; background: #fff; line-height: 1.7; }
h1 { font-size: 1.4rem; text-align: center; margin: .4rem 0 .8rem; }
.captions p { margin: .1rem 0; color: #444; }
.summary { margin: .5rem 0 1rem; font-weight: bold; }
.legend { color: #555; font-size: .9rem; margin-bottom: .8rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #8c8c8c; padding: .45rem .6rem; vertical-align: top; text-align: left; }
th { background: #f0f0f0; text-align: center; }
col.index { width: 3.5rem; } col.note { width: 9rem; }
td.index { text-align: center; }
td.note { font-size: .92rem; }
tr.onlyA td.side:not(.empty) { background: #fdf0f0; }
tr.onlyB td.side:not(.empty) { background: #eff8ef; }
tr.same td.side { color: #444; }
del { color: #b3261e; text-decoration: line-through; text-decoration-thickness: 1.5px; }
ins { color: #1b6e20; text-decoration: underline; text-decoration-thickness: 1.5px; font-weight: bold; }
a.i { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .75rem; color: #8a8a8a; text-decoration: none; white-space: nowrap; }
td:target { outline: 3px solid #f2b600; outline-offset: -3px; }
@media (max-width: 700px) {
  body { padding: .8rem; }
  table, tbody, tr, td { display: block; width: 100%; }
  thead, colgroup { display: none; }
  tr { border: 1px solid #8c8c8c; margin: 0 0 .8rem; }
  td { border: 0; border-top: 1px solid #ddd; }
  td:first-child { border-top: 0; }
  td.index { text-align: left; font-weight: bold; background: #f0f0f0; }
  td.side::before, td.note::before { content: attr(data-col) "："; display: block; color: #666; font-size: .85rem; font-weight: normal; }
  td.side.empty::after { content: "—"; color: #999; }
}
@media print {
  @page { size: A4 landscape; margin: 15mm; }
  body { padding: 0; font-family: ${CJK_FANGSONG}; font-size: 11pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a.i { color: #777; }
}
`;

/** The comparison table as an HTML page (lang: the table's language). */
export function renderComparisonHtml(table: ComparisonTable, options: { readonly lang: 'zh' | 'en'; readonly legend: string }): string {
  const [hIndex, hA, hB, hNote] = table.headers;
  const rows = table.rows.map(
    (r) =>
      `<tr class="${r.group}"><td class="index">${r.index}</td>${sideHtml(r.a, hA)}${sideHtml(r.b, hB)}<td class="note" data-col="${e(hNote)}">${e(r.note)}</td></tr>`,
  );
  const body = [
    `<h1>${e(table.title)}</h1>`,
    `<div class="captions"><p>${e(table.captionA)}</p><p>${e(table.captionB)}</p></div>`,
    `<p class="summary">${e(table.summary)}</p>`,
    `<p class="legend">${options.legend}</p>`,
    '<table>',
    '<colgroup><col class="index"><col class="side"><col class="side"><col class="note"></colgroup>',
    `<thead><tr><th>${e(hIndex)}</th><th>${e(hA)}</th><th>${e(hB)}</th><th>${e(hNote)}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
  return renderPage({ lang: options.lang, title: table.title, style: STYLE, body });
}

/** What the marks mean, as markup (the marks themselves shown). */
export const COMPARISON_LEGEND: Readonly<Record<'zh' | 'en', string>> = {
  zh: '<del>删除线</del>：原文有、现文删去的文字；<ins>下划线加粗</ins>：现文新增的文字。',
  en: '<del>struck through</del>: in the original, deleted in the revision; <ins>underlined and bold</ins>: added in the revision.',
};
