import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { CORPUS_HTML_LABELS, renderCorpusHtml, searchFoldTable } from '../../src/render/html-corpus.js';
import { foldForSearch } from '../../src/search/fold.js';
import { bundledCorpus, corpusFromYaml } from '../helpers/corpus.js';
import { documentFile, leaves } from '../helpers/random-corpus.js';

const unescape = (html: string) =>
  html.replace(/&(lt|gt|amp|quot|#39);/g, (_, n: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[n]!);

describe('export html', () => {
  it('loses nothing: every string of a random corpus is in the page, each paragraph as an element of its own', () => {
    fc.assert(
      fc.property(documentFile, (file) => {
        const corpus = corpusFromYaml(stringify(file));
        const html = renderCorpusHtml(corpus.units, { lang: 'zh', labels: CORPUS_HTML_LABELS.zh, idOf: shortIdNamer(corpus) });
        // Text between tags, unescaped: what a reader sees.
        const shown = [...html.replace(/<script[\s\S]*?<\/script>/g, '').matchAll(/>([^<]*)</g)].map((m) => unescape(m[1]!));
        const all = shown.join('\n');
        for (const leaf of leaves(file)) for (const line of leaf.split('\n')) expect(all).toContain(line);
        // Nothing of the corpus becomes markup: the tags are the renderer's own.
        expect(html.match(/<(\w+)/g)!.every((t) => /^<(html|head|meta|title|style|body|header|p|div|input|span|nav|details|summary|ul|li|a|main|article|h1|h2|h3|dl|dt|dd|section|ol|script)$/.test(t))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('nests a unit under its parent, in the parent’s section for parts', () => {
    const corpus = corpusFromYaml(`mandates: 1\nid: sd\ntitle: 某部三定\nunits:\n  - id: body\n    name: 某部\n    duties:\n      - text: 拟订战略。\n  - id: bgt\n    name: 办公厅\n    parent: body\n    duties:\n      - text: 负责运转。\n`);
    const html = renderCorpusHtml(corpus.units, { lang: 'zh', labels: CORPUS_HTML_LABELS.zh, idOf: shortIdNamer(corpus) });
    const body = html.indexOf('<section class="unit" id="sd/body"');
    const parts = html.indexOf('<section class="parts">', body);
    const dept = html.indexOf('<section class="unit sub" id="sd/bgt"', parts);
    expect(body).toBeGreaterThan(0);
    expect(parts).toBeGreaterThan(body);
    expect(dept).toBeGreaterThan(parts);
    expect(html).toMatch(/<nav[\s\S]*<a href="#sd\/body">某部<\/a><ul><li><a href="#sd\/bgt">办公厅<\/a><\/li><\/ul>/);
  });

  it('carries a fold table that folds exactly as search does', async () => {
    const pairs = searchFoldTable();
    const table = new Map<string, string>();
    for (let k = 0; k < pairs.length; k += 2) table.set(pairs[k]!, pairs[k + 1]!);
    const corpus = await bundledCorpus();
    const sample = corpus.duties.map((d) => d.text).join('') + '許可證ＡＢＣ（）〔〕【】「」『』　ÀÉΣ';
    expect([...sample].map((c) => table.get(c) ?? c).join('')).toBe(foldForSearch(sample));
    expect(pairs.length).toBeLessThan(30_000);
  });
});

describe('a 三定 provision in html', () => {
  it('reads in the provision\'s order: 一 二, then the departments and staffing (三, 四), then 五 六', async () => {
    const { run } = await import('../helpers/run.js');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const d = mkdtempSync(join(tmpdir(), 'mandates-sd-html-'));
    expect((await run(['import', 'test/fixtures/import/sanding.txt', '-o', join(d, 'sd.yaml'), '--quiet'])).code).toBe(0);
    expect((await run(['export', '--corpus', join(d, 'sd.yaml'), '-o', join(d, 'sd.html')])).code).toBe(0);
    const html = readFileSync(join(d, 'sd.html'), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    const order = ['职责调整</h3>', '主要职责</h3>', '内设机构</h3>', '办公厅', '条约法律司', '外国投资管理司', '人员编制</h3>', '商务部机关行政编制为1300名', '其他事项</h3>', '附则</h3>'].map((t) => html.indexOf(t, html.indexOf('<main>')));
    expect(order.every((x) => x > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
