import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { renderCorpusDocx } from '../../src/render/corpus-docx.js';
import { corpusFromYaml } from '../helpers/corpus.js';
import { readDocx } from '../helpers/docx.js';

/** A corpus of many units and duties, some of them with text XML must escape. */
function manyUnits(units: number, duties: number) {
  return {
    mandates: 1,
    id: 'many',
    title: '关于印发若干单位主要职能的通知',
    units: Array.from({ length: units }, (_, u) => ({
      id: `u${u}`,
      name: `第${u}中心`,
      duties: Array.from({ length: duties }, (_, d) => ({ label: `${d + 1}. `, text: `第${u}中心职能${d}：负责 <${u}> & "${d}" 的审核\u0001工作。` })),
    })),
  };
}

describe('export docx: written as a stream', () => {
  it('is a whole, well-formed Word file for a corpus of many units: every part parses, every duty is a paragraph, in order', async () => {
    const file = manyUnits(400, 25);
    const corpus = corpusFromYaml(stringify(file));
    const bytes = await renderCorpusDocx(corpus.units, { idOf: shortIdNamer(corpus), creator: 'test' });
    const names = Object.keys(unzipSync(bytes));
    expect(names[0]).toBe('[Content_Types].xml');
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/footer1.xml', '_rels/.rels', 'word/_rels/document.xml.rels']) {
      expect(names, part).toContain(part);
    }
    const docx = readDocx(bytes);
    for (const part of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      const parser = new SaxesParser();
      let failed: Error | undefined;
      parser.on('error', (e) => (failed ??= e));
      parser.write(docx.part(part)!).close();
      expect(failed, part).toBeUndefined();
    }
    // Far more than one chunk of paragraphs (64 K characters) went through the stream.
    expect(docx.part('word/document.xml')!.length).toBeGreaterThan(20 * 65536);
    const texts = docx.paragraphs.map((p) => p.text);
    const expected = file.units.flatMap((u) => u.duties.map((d) => `${d.label}${d.text.replace('\u0001', '␁')}`));
    expect(texts.filter((t) => /^\d+\. /.test(t))).toEqual(expected);
    expect(docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(file.units.map((u) => u.name));
    // The page setup and footer of an official document close the body.
    expect(docx.part('word/document.xml')).toMatch(/<w:sectPr><w:footerReference w:type="default" r:id="rId\d+"\/><w:pgSz w:w="11906" w:h="16838"[^>]*\/><w:pgMar w:top="2098"[^>]*\/>.*<\/w:sectPr><\/w:body><\/w:document>$/);
    expect(docx.part('word/styles.xml')).toContain('w:styleId="Heading2"');
  }, 60_000);
});
