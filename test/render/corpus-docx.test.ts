import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { renderCorpusDocx } from '../../src/render/corpus-docx.js';
import { bundledCorpus, corpusFromYaml } from '../helpers/corpus.js';
import { readDocx } from '../helpers/docx.js';
import { documentFile, leaves } from '../helpers/random-corpus.js';

describe('export docx', () => {
  it('loses nothing: every string of a random corpus is in the Word text, each line in a paragraph', async () => {
    await fc.assert(
      fc.asyncProperty(documentFile, async (file) => {
        const corpus = corpusFromYaml(stringify(file));
        const docx = readDocx(await renderCorpusDocx(corpus.units, { idOf: shortIdNamer(corpus), creator: 'test' }));
        const texts = docx.allParagraphs.map((p) => p.text);
        const all = texts.join('\n');
        for (const leaf of leaves(file)) for (const line of leaf.split('\n')) expect(all).toContain(line);
        // Every run names its East Asian font.
        expect(docx.allParagraphs.flatMap((p) => p.runs).every((r) => r.eastAsia !== undefined)).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('reads like the notice: Heading 1 the title, Heading 2 each unit, the numbering as text, in the notice\'s order', async () => {
    const corpus = await bundledCorpus();
    const docx = readDocx(await renderCorpusDocx(corpus.units, { idOf: shortIdNamer(corpus), creator: 'test' }));
    const byStyle = (style: string) => docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(byStyle('Heading1')).toEqual(['商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知']);
    expect(byStyle('Heading2')).toEqual([
      '机关服务中心（机关服务局）主要职能',
      '外贸发展中心（外贸发展事务局）主要职能',
      '投资促进中心（投资促进事务局）主要职能',
      '国际经济合作事务局主要职能',
      '配额许可证事务局主要职能',
      '中国国际电子商务中心',
    ]);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual(['商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知', '商办发［2003］9号', '商办发〔2003〕9号']);
    expect(texts).toContain('本部各直属单位，各商会、协会、学会，各驻外经济商务机构：');
    expect(texts).toContain('附件：如文');
    const at = (t: string) => texts.indexOf(t);
    expect(at('二、承担部机关委托管理的服务性、事务性较强的后勤行政管理职能，与部机关签订并履行委托协议。')).toBeLessThan(
      at('（一）部机关计划生育、爱国卫生、绿化美化、安全保卫、人防、献血、防震减灾、扶贫募捐、人口普查和机关普选工作。'),
    );
    expect(at('特此通知。')).toBeLessThan(at('中华人民共和国商务部'));
    expect(at('中华人民共和国商务部')).toBeLessThan(at('二○○三年六月二十六日'));
    // Body text in 仿宋_GB2312, unit headings in 黑体, notes in 楷体_GB2312.
    const run = (t: string) => docx.paragraphs.find((p) => p.text === t)!.runs[0]!;
    expect(run('特此通知。').eastAsia).toBe('仿宋_GB2312');
    expect(run('国际经济合作事务局主要职能').eastAsia).toBe('黑体');
    expect(docx.paragraphs.find((p) => p.text.startsWith('注：通知原文此标题印作'))!.runs[0]!.eastAsia).toBe('楷体_GB2312');
    // A4 portrait with the 公文 margins, page numbers in the footer.
    expect(docx.part('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(docx.part('word/document.xml')).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(docx.part('word/footer1.xml')).toContain('PAGE');
  });

  it('sets out a 三定 provision in its order: sections as Heading 3, the departments (Heading 4) and staffing in the gap the numbering leaves (三、四)', async () => {
    const corpus = corpusFromYaml(
      'mandates: 1\nid: sd\ntitle: 某部主要职责内设机构和人员编制规定\nunits:\n' +
        '  - id: body\n    name: 某部\n    preamble: 设立某部，为国务院组成部门。\n    staffing: 某部机关行政编制为100名。\n' +
        '    sections:\n      - { label: 一、, title: 主要职责, duties: [ { label: （一）, text: 拟订发展战略。 } ] }\n' +
        '      - { label: 五、, title: 其他事项, duties: [ { label: （一）, text: 另行规定。 } ] }\n' +
        '  - id: bgt\n    name: 办公厅\n    parent: body\n    duties:\n      - text: 负责机关日常运转。\n',
    );
    const docx = readDocx(await renderCorpusDocx(corpus.units, { idOf: shortIdNamer(corpus), creator: 'test' }));
    const texts = docx.paragraphs.map((p) => [p.style ?? '', p.text]);
    const from = texts.findIndex(([, t]) => t === '某部');
    expect(texts.slice(from)).toEqual([
      ['Heading2', '某部'],
      ['', 'ID：body；内设机构：办公厅'],
      ['', '设立某部，为国务院组成部门。'],
      ['Heading3', '一、主要职责'],
      ['', '（一）拟订发展战略。'],
      ['Heading3', '内设机构'],
      ['Heading4', '办公厅'],
      ['', 'ID：bgt；所属：某部'],
      ['', '负责机关日常运转。'],
      ['Heading3', '人员编制'],
      ['', '某部机关行政编制为100名。'],
      ['Heading3', '五、其他事项'],
      ['', '（一）另行规定。'],
    ]);
  });
});

describe('export docx: corpus text is data', () => {
  it('writes well-formed XML whatever the text holds (controls XML cannot carry become stand-ins, markup stays text)', async () => {
    const { SaxesParser } = await import('saxes');
    const corpus = corpusFromYaml(
      'mandates: 1\nid: odd\ntitle: "示例<w:p>&amp;\\u0001"\nunits:\n' +
        '  - { id: a, name: "甲\\u001b[31m中心", duties: [ { label: 一、, text: "负责]]></w:t>审核\\u000b工作\\uffff。" } ] }\n',
    );
    const bytes = await renderCorpusDocx(corpus.units, { idOf: shortIdNamer(corpus), creator: 'test' });
    for (const part of ['word/document.xml', 'docProps/core.xml']) {
      const xml = readDocx(bytes).part(part)!;
      const parser = new SaxesParser();
      let failed: Error | undefined;
      parser.on('error', (e) => (failed ??= e));
      parser.write(xml).close();
      expect(failed, part).toBeUndefined();
    }
    const texts = readDocx(bytes).paragraphs.map((p) => p.text);
    expect(texts).toContain('示例<w:p>&amp;␁');
    expect(texts).toContain('一、负责]]></w:t>审核␋工作\ufffd。');
    expect(texts.some((t) => t.startsWith('甲␛[31m中心'))).toBe(true);
  });
});
