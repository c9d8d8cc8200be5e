/**
 * The overlap map: the overlap matrix drawn as SVG (a heat map with unit
 * names on both axes, the column names set vertically as Chinese is, and a
 * colour legend), and as a one-file HTML page around that SVG where hovering
 * or tapping a cell lists the duties the two units share, linked to the list
 * of all shared duties below the map.
 */
import type { Duty, Unit } from '../corpus/model.js';
import { CJK_SANS, escapeMarkup, renderPage, scriptJson, textWidth } from './markup.js';
import type { OverlapMatrix } from './overlap-matrix.js';

export interface MapLabels {
  readonly title: string;
  readonly subtitle: string;
  readonly legend: string;
  /** A cell's tooltip: k of the row unit's n duties are shared with the column unit. */
  readonly cell: (row: string, column: string, k: number, n: number, percent: string) => string;
  readonly without: string;
  readonly groups: string;
  readonly group: (k: number, units: number, similarity: string) => string;
  readonly hint: string;
  readonly none: string;
}

export const MAP_LABELS: Readonly<Record<'zh' | 'en', MapLabels>> = {
  zh: {
    title: '单位职责交叉图',
    subtitle: '每格：行单位的职责中，与列单位有交叉（同属一个交叉组）的比例',
    legend: '交叉比例',
    cell: (row, column, k, n, percent) => `${row}的${n}项职责中有${k}项与${column}交叉（${percent}）`,
    without: '无交叉职责的单位',
    groups: '交叉职责',
    group: (k, units, similarity) => `交叉组${k}：${units}个单位，相似度${similarity}`,
    hint: '将鼠标移到格上或轻触格子，查看两单位的交叉职责。',
    none: '没有单位之间有交叉职责。',
  },
  en: {
    title: 'Shared duties between units',
    subtitle: "Each cell: the share of the row unit's duties that overlap (are in one group) with the column unit",
    legend: 'Share shared',
    cell: (row, column, k, n, percent) => `${k} of ${row}'s ${n} duties overlap with ${column} (${percent})`,
    without: 'Units sharing no duty',
    groups: 'Shared duties',
    group: (k, units, similarity) => `Group ${k}: ${units} units, similarity ${similarity}`,
    hint: 'Hover over or tap a cell to list the duties the two units share.',
    none: 'No unit shares a duty with another.',
  },
};

/** Colour stops of the scale, light to dark blue (a sequential scale that prints in greyscale in the same order). */
const STOPS: readonly (readonly [number, readonly [number, number, number]])[] = [
  [0, [235, 243, 250]],
  [0.25, [160, 200, 228]],
  [0.5, [80, 146, 198]],
  [0.75, [33, 102, 172]],
  [1, [8, 48, 107]],
];

/** The colour of a share (0–1); a share of 0 is white, so "none" and "a little" differ. */
export function shareColour(share: number): string {
  if (share <= 0) return '#ffffff';
  const x = Math.min(1, share);
  let k = 1;
  while (k < STOPS.length - 1 && STOPS[k]![0] < x) k++;
  const [x0, c0] = STOPS[k - 1]!;
  const [x1, c1] = STOPS[k]!;
  const t = (x - x0) / (x1 - x0);
  const hex = (i: number) => Math.round(c0[i]! + (c1[i]! - c0[i]!) * t).toString(16).padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

const FONT = 14;
const CELL = 40;
const GAP = 8;
const MARGIN = 16;

export interface MapOptions {
  readonly labels: MapLabels;
  readonly idOf: (item: Unit | Duty) => string;
  /** For the HTML page: cells carry data attributes and no <title> tooltips of their own, and the page gives the title. */
  readonly interactive?: boolean;
}

/** The map as a standalone SVG document (valid XML; all text escaped; sizes measured so no name is clipped). */
export function renderOverlapSvg(matrix: OverlapMatrix, options: MapOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgElement(matrix, options)}\n`;
}

function svgElement(matrix: OverlapMatrix, options: MapOptions): string {
  const { labels } = options;
  const n = matrix.units.length;
  const names = matrix.units.map((u) => u.name);
  const nameLength = Math.max(0, ...names.map((s) => textWidth(s, FONT)));
  const titleSize = 18;
  const captioned = !options.interactive;
  const titleHeight = captioned ? titleSize + 6 + 14 + GAP * 2 : 0;
  const left = MARGIN + nameLength + GAP;
  const top = MARGIN + titleHeight + nameLength + GAP;
  const gridSize = n * CELL;
  const legendTop = top + gridSize + GAP * 3;
  const legendWidth = 240;
  const width = Math.ceil(Math.max(left + gridSize + MARGIN, captioned ? MARGIN + textWidth(labels.subtitle, 12) + MARGIN : 0, MARGIN + textWidth(labels.legend, 12) + GAP + legendWidth + 40));
  const height = Math.ceil(legendTop + 44 + MARGIN);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family='${CJK_SANS}' class="overlap-map">`,
    `<title>${escapeMarkup(labels.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  if (captioned) {
    out.push(
      `<text x="${MARGIN}" y="${MARGIN + titleSize}" font-size="${titleSize}" font-weight="bold" fill="#1a1a1a">${escapeMarkup(labels.title)}</text>`,
      `<text x="${MARGIN}" y="${MARGIN + titleSize + 6 + 12}" font-size="12" fill="#555555">${escapeMarkup(labels.subtitle)}</text>`,
    );
  }
  // Row names, right-aligned against the grid; column names set vertically (top to bottom), ending at the grid.
  matrix.units.forEach((u, i) => {
    const y = top + i * CELL + CELL / 2;
    out.push(`<text x="${left - GAP}" y="${y}" font-size="${FONT}" text-anchor="end" dominant-baseline="central" fill="#1a1a1a">${escapeMarkup(u.name)}</text>`);
  });
  matrix.units.forEach((u, j) => {
    const x = left + j * CELL + CELL / 2;
    out.push(
      `<text x="${x}" y="${top - GAP}" font-size="${FONT}" text-anchor="end" writing-mode="tb" style="writing-mode: vertical-rl" fill="#1a1a1a">${escapeMarkup(u.name)}</text>`,
    );
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = left + j * CELL;
      const y = top + i * CELL;
      if (i === j) {
        out.push(`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="#f0f0f0" stroke="#cccccc" stroke-width="0.5" class="self"/>`);
        continue;
      }
      const share = matrix.share[i]![j]!;
      const k = matrix.shared[i]![j]!.length;
      const row = matrix.units[i]!;
      const tip = labels.cell(row.name, matrix.units[j]!.name, k, row.duties.length, percent(share));
      const data = options.interactive ? ` data-i="${i}" data-j="${j}" tabindex="0"` : '';
      out.push(
        `<g class="cell"${data}><rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${shareColour(share)}" stroke="#cccccc" stroke-width="0.5"/>` +
          (options.interactive ? '' : `<title>${escapeMarkup(tip)}</title>`) +
          (k > 0
            ? `<text x="${x + CELL / 2}" y="${y + CELL / 2}" font-size="11" text-anchor="middle" dominant-baseline="central" fill="${share > 0.45 ? '#ffffff' : '#1a1a1a'}">${percent(share)}</text>`
            : '') +
          '</g>',
      );
    }
  }
  // The legend: a bar of the scale with ticks at every quarter.
  const lx = MARGIN + textWidth(labels.legend, 12) + GAP;
  out.push(`<text x="${MARGIN}" y="${legendTop + 12}" font-size="12" dominant-baseline="central" fill="#1a1a1a">${escapeMarkup(labels.legend)}</text>`);
  const steps = 48;
  for (let s = 0; s < steps; s++) {
    const share = (s + 0.5) / steps;
    out.push(`<rect x="${(lx + (s * legendWidth) / steps).toFixed(2)}" y="${legendTop + 4}" width="${(legendWidth / steps + 0.3).toFixed(2)}" height="16" fill="${shareColour(share)}"/>`);
  }
  out.push(`<rect x="${lx}" y="${legendTop + 4}" width="${legendWidth}" height="16" fill="none" stroke="#999999" stroke-width="0.5"/>`);
  for (let q = 0; q <= 4; q++) {
    const x = lx + (q * legendWidth) / 4;
    out.push(`<line x1="${x}" y1="${legendTop + 20}" x2="${x}" y2="${legendTop + 25}" stroke="#555555"/>`);
    out.push(`<text x="${x}" y="${legendTop + 36}" font-size="11" text-anchor="middle" fill="#555555">${q * 25}%</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

const MAP_STYLE = `
:root { color-scheme: light; }
body { font-family: ${CJK_SANS}; margin: 0; padding: 16px; color: #1a1a1a; background: #fff; line-height: 1.6; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
.map { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid #e4e4e4; }
.map svg { display: block; }
.cell { cursor: pointer; }
.cell:hover rect, .cell:focus rect, .cell.active rect { stroke: #d4380d; stroke-width: 2.5; }
.cell:focus { outline: none; }
.hint { color: #555; font-size: .9rem; }
#tip { position: absolute; z-index: 10; max-width: 28rem; background: #fff; border: 1px solid #999; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  padding: .6rem .8rem; font-size: .9rem; display: none; max-height: 60vh; overflow-y: auto; }
#tip.shown { display: block; }
#tip p { margin: 0 0 .4rem; font-weight: bold; }
#tip ul { margin: 0; padding-left: 1.1rem; }
#tip li { margin: .15rem 0; }
a { color: #0b57a4; }
.id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; color: #555; }
section.groups li:target { background: #fff3c4; }
@media (max-width: 600px) {
  body { padding: 10px; }
  #tip { position: fixed; left: 8px !important; right: 8px; bottom: 8px; top: auto !important; max-width: none; max-height: 45vh; overflow-y: auto; }
}
@media print { #tip, .hint { display: none !important; } .map { overflow: visible; border: 0; } }
`;

/**
 * The tooltip: hovering or focusing a cell shows the pair's shared duties
 * next to it; tapping pins it until something else is tapped. The data comes
 * from a JSON island; text goes in with textContent, never as markup.
 */
const MAP_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('overlap-data').textContent);
  var tip = document.getElementById('tip');
  var pinned = null;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  function fill(i, j) {
    var cell = data.cells[i + ',' + j];
    tip.textContent = '';
    tip.appendChild(el('p', cell[0]));
    var ul = el('ul');
    // Each group the two units share: its members of the row unit, then of the column unit.
    cell.slice(1).forEach(function (k) {
      data.groups[k].forEach(function (m) {
        if (String(m[0]) !== i && String(m[0]) !== j) return;
        var li = el('li');
        var a = el('a', m[2], 'id');
        a.href = '#' + m[1];
        li.appendChild(a);
        li.appendChild(document.createTextNode(' ' + data.units[m[0]] + ' ' + m[3] + '：' + m[4]));
        ul.appendChild(li);
      });
    });
    tip.appendChild(ul);
  }
  function show(g) {
    fill(g.getAttribute('data-i'), g.getAttribute('data-j'));
    var r = g.getBoundingClientRect();
    tip.classList.add('shown');
    var w = tip.offsetWidth;
    var x = Math.min(window.scrollX + r.right + 8, window.scrollX + document.documentElement.clientWidth - w - 8);
    tip.style.left = Math.max(window.scrollX + 8, x) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 8) + 'px';
  }
  function hide() { if (!pinned) tip.classList.remove('shown'); }
  var cells = document.querySelectorAll('.cell');
  Array.prototype.forEach.call(cells, function (g) {
    g.addEventListener('mouseenter', function () { if (!pinned) show(g); });
    g.addEventListener('mouseleave', hide);
    g.addEventListener('focus', function () { if (!pinned) show(g); });
    g.addEventListener('blur', hide);
    g.addEventListener('click', function (e) {
      e.stopPropagation();
      if (pinned) pinned.classList.remove('active');
      pinned = g; g.classList.add('active'); show(g);
    });
  });
  document.addEventListener('click', function (e) {
    if (tip.contains(e.target)) return;
    if (pinned) pinned.classList.remove('active');
    pinned = null; tip.classList.remove('shown');
  });
})();
`;

/** The map as one HTML page: the SVG, a tooltip per cell, and every overlap group with its duties as link targets. */
export function renderOverlapHtml(matrix: OverlapMatrix, options: MapOptions & { readonly lang: 'zh' | 'en' }): string {
  const { labels, idOf } = options;
  // The data the tooltips are drawn from: each group once (members as [unit, id, short id, numbering, clause],
  // unit an index into the matrix), and per cell its caption and the groups the two units share.
  const unitIndex = new Map(matrix.units.map((u, i) => [u, i]));
  const groups = matrix.groupList.map((g) => g.members.map((m) => [unitIndex.get(m.duty.unit) ?? -1, m.duty.id, idOf(m.duty), m.duty.numbering, m.clause]));
  const cells: Record<string, unknown[]> = {};
  const n = matrix.units.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const row = matrix.units[i]!;
      const caption = labels.cell(row.name, matrix.units[j]!.name, matrix.shared[i]![j]!.length, row.duties.length, percent(matrix.share[i]![j]!));
      cells[`${i},${j}`] = [caption, ...matrix.groups[i]![j]!];
    }
  }
  // A duty in several groups (two of its clauses shared) is a link target once, where it first appears.
  const anchored = new Set<Duty>();
  const groupItems = matrix.groupList.map((g, k) => {
    const members = g.members
      .map((m) => `<li${anchored.has(m.duty) ? '' : (anchored.add(m.duty), ` id="${escapeMarkup(m.duty.id)}"`)}><a class="id" href="#${escapeMarkup(m.duty.id)}">${escapeMarkup(idOf(m.duty))}</a> ${escapeMarkup(m.duty.unit.name)} ${escapeMarkup(m.duty.numbering)}：${escapeMarkup(m.clause)}</li>`)
      .join('\n');
    return `<li><p>${escapeMarkup(labels.group(k + 1, g.units.length, g.similarity.toFixed(2)))}</p><ul>\n${members}\n</ul></li>`;
  });
  const body = [
    `<h1>${escapeMarkup(labels.title)}</h1>`,
    n === 0 ? `<p>${escapeMarkup(labels.none)}</p>` : `<p>${escapeMarkup(labels.subtitle)}</p><p class="hint">${escapeMarkup(labels.hint)}</p>`,
    n === 0 ? '' : `<div class="map">${svgElement(matrix, { ...options, interactive: true })}</div>`,
    matrix.without.length > 0 ? `<p>${escapeMarkup(labels.without)}：${matrix.without.map((u) => escapeMarkup(u.name)).join('、')}</p>` : '',
    '<div id="tip" role="tooltip"></div>',
    `<section class="groups"><h2>${escapeMarkup(labels.groups)}</h2><ol>\n${groupItems.join('\n')}\n</ol></section>`,
    `<script type="application/json" id="overlap-data">${scriptJson({ units: matrix.units.map((u) => u.name), groups, cells })}</script>`,
  ].join('\n');
  return renderPage({ lang: options.lang, title: labels.title, style: MAP_STYLE, body, script: MAP_SCRIPT });
}
