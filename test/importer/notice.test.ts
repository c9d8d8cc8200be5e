// The importer engine on the seed notice, on 三定 provisions, and on notices
// with the defects these texts really have.
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { readFileSync } from 'node:fs';
import { hasSeed, seedBytes } from '../helpers/seed.js';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { DocumentFile, DutyFile, UnitFile } from '../../src/corpus/format.js';
import { parseCorpusText } from '../../src/corpus/parse.js';
import { decodeNotice } from '../../src/importer/encoding.js';
import { importNotice, type ImportResult } from '../../src/importer/notice.js';
import { renderDocumentYaml } from '../../src/render/document-yaml.js';
import { toSimplified } from '../../src/text/simplify.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const importText = (text: string, id?: string): ImportResult => importNotice(text, { initials, ...(id ? { id } : {}) });

const seedText = seedBytes.toString('utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const bundled = parseCorpusText(readFileSync(new URL('../../corpus/sbf-2003-9.yaml', import.meta.url), 'utf8'), 'sbf-2003-9.yaml')[0]!.doc;

/** The document with unit notes taken out (their English wording is editorial); they are compared apart. */
function withoutUnitNotes(doc: DocumentFile): DocumentFile {
  return { ...doc, units: doc.units.map(({ notes: _notes, ...u }) => u) };
}

/** The output must load back as a corpus, through the same YAML and schema checks as any corpus file. */
function loadsBack(doc: DocumentFile) {
  const yaml = renderDocumentYaml(doc, { schema: './mandates.schema.json' });
  return buildCorpus(parseCorpusText(yaml, 'imported.yaml'));
}

function allDuties(list: readonly DutyFile[] | undefined): DutyFile[] {
  return (list ?? []).flatMap((d) => [d, ...allDuties(d.items)]);
}

function unitDuties(u: UnitFile): DutyFile[] {
  return [...allDuties(u.duties), ...(u.sections ?? []).flatMap((s) => allDuties(s.duties))];
}

describe.skipIf(!hasSeed)('importing the seed notice (商办发［2003］9号)', () => {
  // Imported inside each test (not here), so that mutation testing's per-test coverage sees which test runs what.
  const imported = () => importText(seedText);

  it('gives the bundled corpus: every unit, name, external name, alias, heading, number, date and duty', () => {
    const { document } = imported();
    expect(withoutUnitNotes(document)).toEqual(withoutUnitNotes(bundled));
  });

  it('records the 《 heading defect as a note quoting the source, where the bundled corpus has one, and warns', () => {
    const { document, warnings } = imported();
    const notesOf = (doc: DocumentFile) => doc.units.map((u) => (u.notes ?? []).length > 0);
    expect(notesOf(document)).toEqual(notesOf(bundled));
    const tzcjzx = document.units.find((u) => u.id === 'tzcjzx')!;
    expect(tzcjzx.heading).toBe('投资促进中心（投资促进事务局）主要职能');
    expect(tzcjzx.notes).toHaveLength(1);
    expect(tzcjzx.notes![0]).toEqual({
      zh: '通知原文此标题印作“投资促进中心《投资促进事务局）主要职能”：对外名称的括号以《开头，应为（。',
      en: 'The notice prints this heading as “投资促进中心《投资促进事务局）主要职能”: the bracket around the external name opens with 《 instead of （.',
    });
    const bundledNote = bundled.units.find((u) => u.id === 'tzcjzx')!.notes![0] as { zh: string; en: string };
    expect(bundledNote.zh).toContain('投资促进中心《投资促进事务局）主要职能');
    expect(bundledNote.en).toContain('投资促进中心《投资促进事务局）主要职能');
    expect(warnings).toEqual([{ line: 10, message: expect.stringContaining('投资促进中心《投资促进事务局）主要职能') }]);
  });

  it('takes the alias 外商投资促进中心 from the body and keeps the typo 进人国际市场', () => {
    const { document } = imported();
    expect(document.units.find((u) => u.id === 'tzcjzx')!.aliases).toEqual(['外商投资促进中心']);
    expect(JSON.stringify(document)).toContain('进人国际市场');
  });

  it('loads back with the same duty ids as the bundled corpus', () => {
    const { document } = imported();
    const ids = (docs: { duties: readonly { id: string }[] }) => docs.duties.map((d) => d.id);
    expect(ids(loadsBack(document))).toEqual(ids(buildCorpus([{ doc: bundled, source: 'b', locate: () => 'b' }])));
  });

  it('imports the same document from GB18030 bytes', () => {
    const gb = iconv.encode(seedText, 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    const decoded = decodeNotice(gb, 'seed-gb.txt', iconv);
    expect(decoded.encoding).toBe('gb18030');
    expect(importText(decoded.text)).toEqual(importText(seedText));
  });

  it('imports the same document from UTF-8 with a BOM', () => {
    const { document } = imported();
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes]);
    const decoded = decodeNotice(withBom, 'bom.txt', iconv);
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(importText(decoded.text).document).toEqual(document);
  });

  it('imports the same document whatever the line breaks and layout: one item a line, CRLF, CR', () => {
    // One item a line, indented the way web pages print notices.
    const oneItemALine = seedText.replace(/[ \u00a0]*\u3000\u3000[ \u3000]*/gu, '\n\u3000\u3000');
    expect(oneItemALine.split('\n').length).toBeGreaterThan(70);
    for (const variant of [oneItemALine, seedText.replace(/\n/g, '\r\n'), oneItemALine.replace(/\n/g, '\r')]) {
      expect(withoutUnitNotes(importText(variant).document)).toEqual(withoutUnitNotes(bundled));
    }
  });
});

describe('decoding notices', () => {
  it('refuses bytes that are neither UTF-8 nor plausible GB18030, and unknown encodings', () => {
    const latin1 = Buffer.from('Ce texte est en français, encodé en Latin-1: déjà vu.', 'latin1');
    expect(() => decodeNotice(latin1, 'x.txt', iconv)).toThrow(/neither UTF-8 nor GB18030/);
    expect(() => decodeNotice(Buffer.from('abc'), 'x.txt', iconv, 'klingon')).toThrow(/unknown encoding "klingon"/);
    expect(() => decodeNotice(Buffer.from([0x41, 0, 0x42]), 'x.txt', iconv)).toThrow(/binary/);
  });

  it('decodes Big5 when told to', () => {
    const big5 = iconv.encode('商務部主要職責', 'big5');
    expect(decodeNotice(big5, 'x.txt', iconv, 'big5').text).toBe('商務部主要職責');
  });
});

describe('a 三定 provision on its own (主要职责内设机构和人员编制规定)', () => {
  const text = fixture('sanding.txt');
  // Imported inside each test (not here), so that mutation testing's per-test coverage sees which test runs what.
  const imported = () => importText(text);

  it('has no warnings and loads back', () => {
    const { document, warnings } = imported();
    expect(warnings).toEqual([]);
    const corpus = loadsBack(document);
    expect(corpus.units.map((u) => [u.key, u.name, u.parent?.key])).toEqual([
      ['swb', '商务部', undefined],
      ['bgt', '办公厅', 'swb'],
      ['tyfls', '条约法律司', 'swb'],
      ['wgtzgls', '外国投资管理司', 'swb'],
    ]);
  });

  it('maps the body unit: preamble, sections with their printed numbers, 主要职责 items, staffing', () => {
    const { document } = imported();
    const swb = document.units[0]!;
    expect(document.title).toBe('商务部主要职责内设机构和人员编制规定');
    expect(document.id).toBe('swb-sd');
    expect(swb.heading).toBe('商务部主要职责内设机构和人员编制规定');
    expect(swb.preamble).toMatch(/^根据第十一届.*为国务院组成部门。$/u);
    expect(swb.sections!.map((s) => [s.label, s.title, s.duties.length])).toEqual([
      ['一、', '职责调整', 2],
      ['二、', '主要职责', 4],
      ['五、', '其他事项', 2],
      ['六、', '附则', 1],
    ]);
    expect(swb.sections![1]!.duties.map((d) => d.label)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(swb.sections![1]!.duties[3]!.text).toBe('承办国务院交办的其他事项。');
    expect(swb.staffing).toBe('商务部机关行政编制为1300名。其中：部长1名、副部长4名，部长助理1名；司局级领导职数105名（含机关党委专职副书记1名）。');
    expect(swb.notes).toEqual([{ zh: '内设机构部分开头为：“根据上述职责，商务部设3个内设机构：”', en: 'The 内设机构 section opens: “根据上述职责，商务部设3个内设机构：”' }]);
  });

  it('nests 1． and （1） under （二）, keeping each parent’s lead text', () => {
    const { document } = imported();
    const strengthened = document.units[0]!.sections![0]!.duties[1]!;
    expect(strengthened.text).toBe('加强的职责。');
    expect(strengthened.items!.map((d) => d.label)).toEqual(['1．', '2．']);
    expect(strengthened.items![0]!.text).toBe('加强拟订国内外贸易和国际经济合作发展战略、规划的职责：');
    expect(strengthened.items![0]!.items!.map((d) => [d.label, d.text])).toEqual([
      ['（1）', '完善内外贸一体化的政策措施，推进内外贸融合发展。'],
      ['（2）', '健全国际经济合作的协调机制。'],
    ]);
    const ids = loadsBack(document).duties.filter((d) => d.unit.key === 'swb').map((d) => d.path);
    expect(ids.slice(0, 7)).toEqual(['1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.1.1', '1.2.1.2']);
    expect(ids).toContain('2.4');
    expect(ids).toContain('6.p1');
  });

  it('makes each 内设机构 department a unit whose duty is its paragraph; （外资司） is an alias', () => {
    const { document } = imported();
    const [, bgt, , wzs] = document.units;
    expect(bgt!.duties).toEqual([{ text: '负责机关日常运转工作，承担信息、安全、保密、信访、政务公开、新闻发布等工作。' }]);
    expect(wzs!.aliases).toEqual(['外资司']);
    expect(wzs!.externalName).toBeUndefined();
    expect(wzs!.heading).toBe('外国投资管理司（外资司）');
  });

  const hardWrap = (t: string, width: number) =>
    t
      .split('\n')
      .flatMap((line) => {
        const chars = [...line];
        const out: string[] = [];
        for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
        return out.length > 0 ? out : [''];
      })
      .join('\n');

  it('does not take a label-like line start inside a wrapped sentence for an item', () => {
    // Wrapped so that a line opens with 一、 in the middle of 统一、规范 (the width is the commonest long-line length).
    const lines = [
      '甲中心主要职能',
      '一、负责拟订甲类业务的发展规划和政策措施，推动建立统',
      '一、规范的市场体系，承担相关的统计和信息发布工作。',
      '二、负责组织实施乙类业务的年度计划，监督检查计划的',
      '执行情况，协调解决实施过程中的重大问题，并报告结果。',
      '三、负责承办上级机关交办的其他事项和临时性工作任务',
      '以及有关的联络、协调和服务保障工作，做好记录存档。',
    ];
    const { document, warnings } = importText(lines.join('\n'));
    expect(warnings).toEqual([]);
    expect(document.units[0]!.duties!.map((d) => [d.label, d.text])).toEqual([
      ['一、', '负责拟订甲类业务的发展规划和政策措施，推动建立统一、规范的市场体系，承担相关的统计和信息发布工作。'],
      ['二、', '负责组织实施乙类业务的年度计划，监督检查计划的执行情况，协调解决实施过程中的重大问题，并报告结果。'],
      ['三、', '负责承办上级机关交办的其他事项和临时性工作任务以及有关的联络、协调和服务保障工作，做好记录存档。'],
    ]);
  });

  it.each([
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['CR', (t: string) => t.replace(/\n/g, '\r')],
    ['U+2028', (t: string) => t.replace(/\n/g, '\u2028')],
    ['everything on one line, ideographic spaces between', (t: string) => t.replace(/\n+(\u3000\u3000)?/g, '\u3000\u3000')],
    ['no indentation, blank lines kept', (t: string) => t.replace(/^\u3000+/gmu, '')],
    ['NBSP indentation', (t: string) => t.replace(/^\u3000\u3000/gmu, '\u00a0\u00a0\u00a0\u00a0')],
    ['hard-wrapped at 33 characters', (t: string) => hardWrap(t, 33)],
    ['hard-wrapped at 41 characters, CRLF', (t: string) => hardWrap(t, 41).replace(/\n/g, '\r\n')],
  ])('imports the same document with %s', (_name, transform) => {
    const { document } = imported();
    const variant = transform(text);
    expect(variant).not.toBe(text);
    expect(importText(variant).document).toEqual(document);
  });
});

describe('a 三定 provision attached to a 国办发 notice', () => {
  // Imported inside each test (not here), so that mutation testing's per-test coverage sees which test runs what.
  const imported = () => importText(fixture('sanding-notice.txt'));

  it('reads the notice head and the 三定 after the date', () => {
    const { document, warnings } = imported();
    expect(warnings).toEqual([]);
    expect(document).toMatchObject({
      id: 'gbf-2008-77',
      number: '国办发〔2008〕77号',
      numberNormalized: '国办发〔2008〕77号',
      issuer: '国务院办公厅',
      date: '2008-07-11',
      dateText: '二〇〇八年七月十一日',
      recipients: ['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构'],
      body: '《商务部主要职责内设机构和人员编制规定》已经国务院批准，现予印发。',
    });
    expect(document.attachment).toBeUndefined();
  });

  it('splits a department from its duties when both are on one line: （一）办公厅。负责…', () => {
    const { document } = imported();
    expect(document.units.map((u) => [u.id, u.name, u.parent])).toEqual([
      ['swb', '商务部', undefined],
      ['bgt', '办公厅', 'swb'],
      ['rss', '人事司', 'swb'],
    ]);
    expect(document.units[2]!.duties).toEqual([{ text: '拟订机关和直属单位人事管理制度，承担机关和直属单位的人事管理、机构编制和队伍建设工作。' }]);
    expect(document.units[0]!.staffing).toBe('商务部机关行政编制为1300名。\n司局级领导职数105名。');
    expect(document.units[0]!.sections!.map((s) => s.title)).toEqual(['主要职责', '附则']);
    loadsBack(document);
  });

  it('imports traditional script as it is, with the same structure and ids', () => {
    const { document } = imported();
    const trad = importText(fixture('sanding-traditional.txt'));
    expect(trad.warnings).toEqual([]);
    expect(trad.document.units.map((u) => [u.id, u.name, u.parent])).toEqual([
      ['swb', '商務部', undefined],
      ['bgt', '辦公廳', 'swb'],
      ['rss', '人事司', 'swb'],
    ]);
    expect(trad.document.id).toBe('gbf-2008-77');
    expect(trad.document.number).toBe('國辦發〔2008〕77號');
    expect(trad.document.date).toBe('2008-07-11');
    expect(trad.document.units[0]!.sections!.map((s) => s.title)).toEqual(['主要職責', '附則']);
    const texts = (doc: DocumentFile) => doc.units.flatMap(unitDuties).map((d) => toSimplified(d.text));
    expect(texts(trad.document)).toEqual(texts(document));
    expect(trad.document.units[0]!.staffing).toContain('編制');
    loadsBack(trad.document);
  });
});

describe('a 三定 provision in articles (职能配置、内设机构和人员编制规定, 2018 style)', () => {
  // Imported inside each test (not here), so that mutation testing's per-test coverage sees which test runs what.
  const imported = () => importText(fixture('sanding-articles.txt'));

  it('keeps the articles as the body unit’s duties, with 主要职责 as items of 第三条', () => {
    const { document, warnings } = imported();
    expect(warnings).toEqual([]);
    const swb = document.units[0]!;
    expect(swb.name).toBe('商务部');
    expect(swb.duties!.map((d) => d.label)).toEqual(['第一条', '第二条', '第三条', '第六条', '第七条', '第八条']);
    expect(swb.duties![2]!.items!.map((d) => d.label)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(swb.duties![2]!.items![3]!.items!.map((d) => d.label)).toEqual(['1．', '2．']);
    expect(swb.staffing).toBe('第五条\u3000商务部机关行政编制为1300名。设部长1名，副部长4名；司局级领导职数105名。');
    expect(swb.notes).toEqual([{ zh: '内设机构部分开头为：“第四条\u3000商务部设下列内设机构：”', en: 'The 内设机构 section opens: “第四条\u3000商务部设下列内设机构：”' }]);
  });

  it('makes the departments of 第四条 units, and gives duty ids from the article numbers', () => {
    const { document } = imported();
    expect(document.units.slice(1).map((u) => [u.id, u.name, u.parent, u.duties!.length])).toEqual([
      ['bgt', '办公厅', 'swb', 1],
      ['zhs', '综合司', 'swb', 1],
    ]);
    const paths = loadsBack(document).duties.filter((d) => d.unit.key === 'swb').map((d) => d.path);
    expect(paths).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.4.1', '3.4.2', '6', '7', '8']);
  });
});

describe('source defects become notes and warnings', () => {
  // Imported inside each test (not here), so that mutation testing's per-test coverage sees which test runs what.
  const imported = () => importText(fixture('defects.txt'));
  const unit = (id: string) => imported().document.units.find((u) => u.id === id)!;

  it('reads [2004] as the number, 二OO四 as the year, 附件 on its own line', () => {
    const { document } = imported();
    expect(document).toMatchObject({
      number: '示办发[2004]12号',
      numberNormalized: '示办发〔2004〕12号',
      date: '2004-03-05',
      dateText: '二OO四年三月五日',
      issuer: '示范部',
      attachment: { label: '附件', reference: '附件：甲中心等单位主要职能' },
    });
  });

  it('repairs a bracket closed with 》 and quotes the source in a note', () => {
    expect(unit('jzx')).toMatchObject({ name: '甲中心', externalName: '甲事务局', heading: '甲中心（甲事务局）主要职能' });
    expect((unit('jzx').notes![0] as { zh: string; en: string }).en).toContain('“甲中心（甲事务局》主要职能”');
    expect((unit('jzx').notes![0] as { zh: string; en: string }).zh).toContain('“甲中心（甲事务局》主要职能”');
  });

  it('keeps skipped numbering as printed, with a note', () => {
    const duties = unit('jzx').duties!;
    expect(duties.map((d) => d.label)).toEqual(['一、', '二、', '四、']);
    expect(duties[2]!.notes).toEqual([{ zh: '通知原文的编号从二、跳至四、。', en: 'The notice\'s numbering skips from 二、 to 四、.' }]);
  });

  it('gives repeated numbers explicit ids, so the document validates', () => {
    const { document } = imported();
    const repeated = unit('yzx').duties![1]!.items![2]!;
    expect(repeated).toMatchObject({ label: '(二)', text: '管理乙类项目的档案。', id: '2-2' });
    expect((repeated.notes![0] as { en: string }).en).toContain('again');
    const corpus = loadsBack(document);
    expect(corpus.duties.filter((d) => d.unit.key === 'yzx').map((d) => d.path)).toEqual(['1', '2', '2.1', '2.2', '2.2-2', '3']);
    expect(corpus.duties.filter((d) => d.unit.key === 'sfbxxzx').map((d) => d.path)).toEqual(['1', '2', '2-2']);
  });

  it('joins text a stray NBSP split, and takes external names and aliases from the body', () => {
    expect(unit('sfbxxzx').duties![0]!.text).toBe('承担部网站的建设和运行维护。');
    expect(unit('yzx').externalName).toBe('乙事务局');
    expect(unit('sfbxxzx').aliases).toEqual(['信息中心']);
  });

  it('warns once per defect, with the source line', () => {
    const { warnings } = imported();
    expect(warnings.map((w) => w.line)).toEqual([9, 12, 18, 23]);
    expect(warnings[1]!.message).toBe('甲中心: numbering skips from 二、 to 四、');
  });

  it('warns about a date that is not a calendar date and keeps it as printed', () => {
    const r = importText(fixture('defects.txt').replace('二OO四年三月五日', '二零零四年二月三十日'));
    expect(r.document.date).toBeUndefined();
    expect(r.document.dateText).toBe('二零零四年二月三十日');
    expect(r.warnings.some((w) => /not a calendar date/.test(w.message))).toBe(true);
  });

  it('reads 零 and 〇 for zero and full-width brackets around the year', () => {
    const r = importText(fixture('defects.txt').replace('二OO四年三月五日', '二零〇四年三月五日').replace('[2004]', '［２００４］'));
    expect(r.document.date).toBe('2004-03-05');
    expect(r.document.numberNormalized).toBe('示办发〔2004〕12号');
  });
});

describe('what is not a unit', () => {
  it('leaves out, with a warning each, text after the date, a heading over nothing, and the 版记', () => {
    const { document, warnings } = importText(fixture('colophon.txt'));
    expect(document.units.map((u) => [u.id, u.duties!.length])).toEqual([['jzx', 2]]);
    expect(document.attachment).toEqual({ label: '附件' });
    expect(warnings.map((w) => w.line)).toEqual([7, 9, 13, 14]);
    expect(warnings[0]!.message).toBe('text after the date is not imported: “（此件公开发布）”');
    expect(warnings[1]!.message).toContain('“示范部直属单位主要职能” heads nothing');
    expect(warnings[3]!.message).toMatch(/^the 版记 \(抄送, 印发\) from here on is not imported: “抄送：驻部纪检组。/u);
    expect(JSON.stringify(document)).not.toContain('抄送');
  });
});

describe('items run together with no blanks', () => {
  it('finds labels after a full stop when they continue the numbering', () => {
    const text = '示范通知\n附件\n甲中心主要职能\n一、负责甲工作。二、负责乙工作，依照第一、二款执行。三、承办交办的其他事项。';
    const { document } = importText(text);
    expect(document.units[0]!.duties!.map((d) => [d.label, d.text])).toEqual([
      ['一、', '负责甲工作。'],
      ['二、', '负责乙工作，依照第一、二款执行。'],
      ['三、', '承办交办的其他事项。'],
    ]);
  });

  it('reads half-width labels: 一. (一) as well as 一、（一）', () => {
    const text = '甲中心主要职能\n一.负责甲工作：\n(一)组织评审。\n(二)监督执行。\n二.承办其他事项。';
    expect(importText(text).document.units[0]!.duties).toEqual([
      { label: '一.', text: '负责甲工作：', items: [{ label: '(一)', text: '组织评审。' }, { label: '(二)', text: '监督执行。' }] },
      { label: '二.', text: '承办其他事项。' },
    ]);
  });

  it('takes a unit whose duty is one unnumbered paragraph, and the heading after it', () => {
    const text = '示范通知\n附件\n甲中心主要职能\n甲中心负责示范工作，承办交办的其他事项。\n乙中心主要职能\n一、负责乙工作。';
    const { document, warnings } = importText(text);
    expect(warnings).toEqual([]);
    expect(document.units.map((u) => [u.id, u.name, u.duties])).toEqual([
      ['jzx', '甲中心', [{ text: '甲中心负责示范工作，承办交办的其他事项。' }]],
      ['yzx', '乙中心', [{ label: '一、', text: '负责乙工作。' }]],
    ]);
  });

  it('uses --id, and a title-based id when there is no number', () => {
    const text = '示范中心主要职能\n一、负责示范工作。';
    expect(importText(text, 'demo-1').document.id).toBe('demo-1');
    const r = importText(text);
    expect(r.document.id).toMatch(/^[a-z0-9][a-z0-9-]*$/u);
    expect(r.document.units[0]!.name).toBe('示范中心');
  });
});
