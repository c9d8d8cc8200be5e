import { describe, expect, it } from 'vitest';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { findOverlaps } from '../../src/diff/overlap.js';
import { MAP_LABELS, renderOverlapHtml, renderOverlapSvg } from '../../src/render/overlap-map.js';
import { clusterOrder, MATRIX_TEXT_LABELS, MatrixTooLarge, overlapMatrix, renderMatrixText, shadeOf } from '../../src/render/overlap-matrix.js';
import { displayWidth } from '../../src/render/wrap.js';
import { bundledCorpus, corpusFromYaml } from '../helpers/corpus.js';
import { allElements, parseXml } from '../helpers/xml.js';

describe('clusterOrder', () => {
  it('puts the units that are most alike next to each other', () => {
    // 0 and 2 alike, 1 and 3 alike, nothing across.
    const s = [
      [1, 0, 0.9, 0],
      [0, 1, 0, 0.8],
      [0.9, 0, 1, 0.1],
      [0, 0.8, 0.1, 1],
    ];
    const order = clusterOrder(s);
    expect(order).toHaveLength(4);
    const pos = (i: number) => order.indexOf(i);
    expect(Math.abs(pos(0) - pos(2))).toBe(1);
    expect(Math.abs(pos(1) - pos(3))).toBe(1);
    // The two pairs meet at 2 and 3, the only link across.
    expect(Math.abs(pos(2) - pos(3))).toBe(1);
  });

  it('is a permutation for any size, including none', () => {
    expect(clusterOrder([])).toEqual([]);
    const n = 9;
    const s = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : ((i * 7 + j * 7) % 5) / 10)));
    expect([...clusterOrder(s)].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
  });
});

describe('overlapMatrix on the bundled corpus', async () => {
  const corpus = await bundledCorpus();
  const groups = findOverlaps<Duty, Unit>(corpus.duties, { background: corpus.duties });
  const matrix = overlapMatrix(groups, corpus.units);
  const at = (name: string) => matrix.units.findIndex((u) => u.name === name);

  it("counts the row unit's duties that share a group with the column unit", () => {
    const w = at('外贸发展中心');
    const t = at('投资促进中心');
    expect(matrix.shared[w]![t]!.map((d) => d.path)).toEqual(['4', '6', '9', '10']);
    expect(matrix.share[w]![t]).toBeCloseTo(0.4);
    // 机关服务中心 shares only 承办…其他事项 with 投资促进中心: 1 of its 12 duties.
    expect(matrix.share[at('机关服务中心')]![t]).toBeCloseTo(1 / 12);
    for (let i = 0; i < matrix.units.length; i++) expect(matrix.shared[i]![i]).toEqual([]);
  });

  it('orders 外贸发展中心 and 投资促进中心, the closest pair, side by side', () => {
    expect(Math.abs(at('外贸发展中心') - at('投资促进中心'))).toBe(1);
  });

  it('shades the terminal matrix by share and keeps the columns aligned', () => {
    expect([0, 0.05, 0.15, 0.4, 0.5, 1].map(shadeOf)).toEqual(['·', '░', '▒', '▓', '█', '█']);
    const text = renderMatrixText(matrix, { labels: MATRIX_TEXT_LABELS.zh, idOf: shortIdNamer(corpus) });
    const lines = text.split('\n');
    const rows = lines.slice(1, 7);
    const cellsAt = displayWidth(rows[0]!.split('  ')[0]!) + 2;
    for (const row of rows) expect(displayWidth(row.slice(0, [...row].findIndex((_, k) => displayWidth(row.slice(0, k)) >= cellsAt)))).toBe(cellsAt);
    const w = rows.find((r) => r.includes('外贸发展中心'))!;
    expect(w).toContain('▓▓');
    expect(w.trimEnd().endsWith('wmfzzx')).toBe(true);
    expect(text).toContain('█ ≥50%');
  });

  it('writes an SVG that is well-formed XML, with every name on both axes and one cell per ordered pair', () => {
    const svg = renderOverlapSvg(matrix, { labels: MAP_LABELS.zh, idOf: shortIdNamer(corpus) });
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    const texts = allElements(root).filter((e) => e.name === 'text').map((e) => e.text);
    for (const u of corpus.units) expect(texts.filter((t) => t === u.name)).toHaveLength(2);
    const cells = allElements(root).filter((e) => e.attributes.class === 'cell');
    expect(cells).toHaveLength(30);
    expect(cells.map((c) => c.children.find((e) => e.name === 'title')!.text)).toContain('外贸发展中心的10项职责中有4项与投资促进中心交叉（40%）');
    // The canvas is wide enough for the longest name and the grid.
    const width = Number(root.attributes.width);
    expect(width).toBeGreaterThanOrEqual(10 * 14 + 6 * 40);
  });
});

describe('markup from hostile corpus text', () => {
  const yaml = `mandates: 1
id: evil
title: "<script>alert(1)</script>"
units:
  - id: a
    name: "A</text><script>&amp;\\u0007\\u202e"
    duties:
      - text: "负责对外宣传推介工作</li><img src=x onerror=alert(1)>"
  - id: b
    name: "B 'quoted' \\"double\\""
    duties:
      - text: "负责对外宣传推介工作</li><img src=x onerror=alert(1)>"
`;
  const corpus = corpusFromYaml(yaml);
  const groups = findOverlaps<Duty, Unit>(corpus.duties);
  const matrix = overlapMatrix(groups, corpus.units);

  it('keeps the SVG well-formed and the names as text', () => {
    const svg = renderOverlapSvg(matrix, { labels: MAP_LABELS.en, idOf: shortIdNamer(corpus) });
    const root = parseXml(svg);
    const names = allElements(root).filter((e) => e.name === 'text').map((e) => e.text);
    expect(names).toContain('A</text><script>&amp;␇<U+202E>');
    expect(allElements(root).some((e) => e.name === 'script')).toBe(false);
  });

  it('puts no corpus text in the HTML as markup', () => {
    const html = renderOverlapHtml(matrix, { labels: MAP_LABELS.en, idOf: shortIdNamer(corpus), lang: 'en' });
    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(2); // the JSON island and the page's own script
    expect(html).toContain('&lt;/li&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('overlapMatrix limits', () => {
  it('refuses more units than a map can show', async () => {
    const corpus = await bundledCorpus();
    const groups = findOverlaps<Duty, Unit>(corpus.duties);
    expect(() => overlapMatrix(groups, corpus.units, 5)).toThrow(MatrixTooLarge);
  });
});
