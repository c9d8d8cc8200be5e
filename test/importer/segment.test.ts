// The tokenizer on notices as they arrive: items run together on one line
// with ideographic spaces, NBSP or tabs between them; each item on its own
// line; PDF and e-mail copies hard-wrapped at a fixed width, with labels and
// dates that happen to open a wrapped line; stray single blanks inside a
// sentence; 附件 and date lines after the body.
import { describe, expect, it } from 'vitest';
import { segmentNotice, type Segment } from '../../src/importer/segment.js';

const lines = (...l: string[]) => l.join('\n');
/** Each segment as label + text, what the outline and units are built from. */
const texts = (raw: string) => segmentNotice(raw).map((s) => (s.label ? s.label.printed : '') + s.text);
const shape = (s: Segment) => ({ line: s.line, boundary: s.boundary, indented: s.indented, label: s.label?.printed, text: s.text });

/** The blanks that separate items in pasted copies, one at a time. */
const SEPARATING_BLANKS = ['\u3000', '\u00a0', '\t', '  ', '\u3000\u3000', ' \u3000', '\u2003', '\u202f\u202f'];

describe('items on one line, separated by blank runs', () => {
  it.each(SEPARATING_BLANKS.map((b) => [JSON.stringify(b), b]))('splits at %s before a label', (_name, blank) => {
    const segs = segmentNotice(`一、负责甲工作。${blank}二、负责乙工作。${blank}三、负责丙工作。`);
    expect(segs.map(shape)).toEqual([
      { line: 1, boundary: 'start', indented: false, label: '一、', text: '负责甲工作。' },
      { line: 1, boundary: 'blank', indented: false, label: '二、', text: '负责乙工作。' },
      { line: 1, boundary: 'blank', indented: false, label: '三、', text: '负责丙工作。' },
    ]);
  });

  it('splits at one ASCII space only before a label or after a full stop', () => {
    // Before a label, whatever precedes it.
    expect(texts('（一）负责甲工作 （二）负责乙工作')).toEqual(['（一）负责甲工作', '（二）负责乙工作']);
    expect(texts('1.负责甲工作 2.负责乙工作')).toEqual(['1.负责甲工作', '2.负责乙工作']);
    // After a full stop or a colon: two sentences.
    expect(texts('说明如下： 甲局负责甲工作，乙局负责乙工作。')).toEqual(['说明如下：', '甲局负责甲工作，乙局负责乙工作。']);
    expect(texts('本规定自发布之日起施行。 原规定同时废止。')).toEqual(['本规定自发布之日起施行。', '原规定同时废止。']);
    // Inside a sentence, between Latin words or around them, it stays.
    expect(texts('负责与 WTO 有关的多边谈判工作。')).toEqual(['负责与 WTO 有关的多边谈判工作。']);
    expect(texts('（一）负责 ISO 9001 质量体系认证工作。')).toEqual(['（一）负责 ISO 9001 质量体系认证工作。']);
  });

  it('reads a line indented with blanks as indented, and only its first piece', () => {
    const segs = segmentNotice(lines('甲局主要职能', '\u3000\u3000一、负责甲工作。\u3000二、负责乙工作。\u3000二之一、负责乙一工作。', '  三、负责丙工作。', '四、负责丁工作。\u3000\u3000'));
    expect(segs.map(shape)).toEqual([
      { line: 1, boundary: 'start', indented: false, label: undefined, text: '甲局主要职能' },
      { line: 2, boundary: 'line', indented: true, label: '一、', text: '负责甲工作。' },
      { line: 2, boundary: 'blank', indented: false, label: '二、', text: '负责乙工作。' },
      { line: 2, boundary: 'blank', indented: false, label: undefined, text: '二之一、负责乙一工作。' },
      { line: 3, boundary: 'line', indented: true, label: '三、', text: '负责丙工作。' },
      { line: 4, boundary: 'line', indented: false, label: '四、', text: '负责丁工作。' },
    ]);
  });

  it('reads a line of one ASCII space as an empty line', () => {
    expect(segmentNotice(lines('一、负责甲工作。', ' ', '二、负责乙工作。')).map(shape)).toEqual([
      { line: 1, boundary: 'start', indented: false, label: '一、', text: '负责甲工作。' },
      { line: 3, boundary: 'line', indented: false, label: '二、', text: '负责乙工作。' },
    ]);
    expect(texts(lines('甲局是市政府工作部门，负责甲业务的', ' ', '监督管理工作。'))).toEqual(['甲局是市政府工作部门，负责甲业务的', '监督管理工作。']);
  });

  it('takes a label alone on its line (or before a blank run) with the text after it', () => {
    expect(segmentNotice(lines('一、', '负责甲工作。', '二、\u3000负责乙工作。')).map(shape)).toEqual([
      { line: 1, boundary: 'start', indented: false, label: '一、', text: '负责甲工作。' },
      { line: 3, boundary: 'line', indented: false, label: '二、', text: '负责乙工作。' },
    ]);
  });

  it('reads every numbering style, full-width digits and blanks inside the label', () => {
    const segs = segmentNotice(lines('第三条 甲局负责甲工作。', '四 、负责乙工作。', '（ 五 ）负责丙工作。', '(6)负责丁工作。', '７．负责戊工作。', '⑧负责己工作。'));
    expect(segs.map((s) => [s.label?.kind, s.label?.ordinal, s.text])).toEqual([
      ['article', 3, '甲局负责甲工作。'],
      ['chinese', 4, '负责乙工作。'],
      ['chinese-paren', 5, '负责丙工作。'],
      ['arabic-paren', 6, '负责丁工作。'],
      ['arabic', 7, '负责戊工作。'],
      ['circled', 8, '负责己工作。'],
    ]);
  });

  it('reads two- and three-digit labels and blanks inside brackets', () => {
    expect(segmentNotice(lines('（ 12 ）负责甲工作。', '( 103 )负责乙工作。', '12.负责丙工作。', '１０３、负责丁工作。', '第十二条 负责戊工作。')).map((s) => [s.label?.kind, s.label?.ordinal])).toEqual([
      ['arabic-paren', 12],
      ['arabic-paren', 103],
      ['arabic', 12],
      ['arabic', 103],
      ['article', 12],
    ]);
    // Four digits are a year, a circled number inside the text is no label.
    expect(segmentNotice('2008.负责甲工作。')[0]!.label).toBeUndefined();
    expect(segmentNotice('（2008）负责甲工作。')[0]!.label).toBeUndefined();
    expect(texts('负责①项工作。')).toEqual(['负责①项工作。']);
  });

  it('does not read a decimal or a zero as a label', () => {
    expect(segmentNotice('3.5亿元用于甲工作。')[0]!.label).toBeUndefined();
    expect(segmentNotice('０.５亿元用于甲工作。')[0]!.label).toBeUndefined();
    expect(segmentNotice('0、负责甲工作。')[0]!.label).toBeUndefined();
    expect(segmentNotice('〇、负责甲工作。')[0]!.label).toBeUndefined();
  });
});

describe('line breaks of every origin', () => {
  it.each([
    ['CRLF (Windows)', '\r\n'],
    ['CR (old Mac)', '\r'],
    ['NEL', '\u0085'],
    ['LINE SEPARATOR', '\u2028'],
    ['PARAGRAPH SEPARATOR', '\u2029'],
  ])('counts lines the same with %s, a byte-order mark before the text', (_name, br) => {
    const segs = segmentNotice(`\ufeff甲局主要职能${br}${br}一、负责甲工作。${br}二、负责乙工作。`);
    expect(segs.map((s) => [s.line, s.boundary, (s.label?.printed ?? '') + s.text])).toEqual([
      [1, 'start', '甲局主要职能'],
      [3, 'line', '一、负责甲工作。'],
      [4, 'line', '二、负责乙工作。'],
    ]);
  });

  it('reads a byte-order mark or zero-width space inside the text as a blank', () => {
    expect(segmentNotice('一、负责甲工作。\ufeff二、负责乙工作。').map((s) => [s.boundary, (s.label?.printed ?? '') + s.text])).toEqual([
      ['start', '一、负责甲工作。'],
      ['blank', '二、负责乙工作。'],
    ]);
    expect(texts('\u200b一、负责甲工作。')).toEqual(['一、负责甲工作。']);
    expect(segmentNotice('\u200b一、负责甲工作。')[0]!.indented).toBe(true);
  });
});

describe('a sentence that ends inside quotes or brackets', () => {
  it('ends at a full stop before closing quotes and brackets', () => {
    for (const close of ['”', '’', '」', '』', '）', ')', '”）', '』」']) {
      expect(texts(lines(`（一）负责落实“放管服”改革要求，推进甲工作。${close}`, '负责乙工作。')), close).toEqual([`（一）负责落实“放管服”改革要求，推进甲工作。${close}`, '负责乙工作。']);
    }
    // A closing quote without a full stop before it ends nothing.
    expect(texts(lines('（一）负责落实“放管服”改革要求，推进“甲工作”', '负责乙工作。'))).toEqual(['（一）负责落实“放管服”改革要求，推进“甲工作”负责乙工作。']);
  });

  it('reads a short labelled text with a comma as a sentence, not a section title', () => {
    expect(texts(lines('（一）负责甲，乙', '工作。'))).toEqual(['（一）负责甲，乙工作。']);
    expect(texts(lines('（一）负责甲,乙', '工作。'))).toEqual(['（一）负责甲,乙工作。']);
    expect(texts(lines('（一）负责甲、乙', '工作。'))).toEqual(['（一）负责甲、乙', '工作。']);
  });
});

describe('labels run into the text with no blank before them', () => {
  it('splits the next item of the numbering after a full stop or semicolon', () => {
    expect(texts('一、负责甲工作。二、负责乙工作；三、负责丙工作。')).toEqual(['一、负责甲工作。', '二、负责乙工作；', '三、负责丙工作。']);
    expect(texts('（一）负责甲工作。（二）负责乙工作。（三）负责丙工作。')).toEqual(['（一）负责甲工作。', '（二）负责乙工作。', '（三）负责丙工作。']);
    expect(texts('1.负责甲工作。2.负责乙工作。3.负责丙工作。')).toEqual(['1.负责甲工作。', '2.负责乙工作。', '3.负责丙工作。']);
    const segs = segmentNotice('\u3000\u3000一、负责甲工作。二、负责乙工作。');
    expect(segs.map((s) => [s.line, s.boundary, s.indented])).toEqual([[1, 'start', true], [1, 'inline', false]]);
    // An inline item is not indented, so the line after it can carry its sentence on.
    expect(texts(lines('一、负责甲工作。二、负责拟订乙业务发展规划，', '并组织实施。'))).toEqual(['一、负责甲工作。', '二、负责拟订乙业务发展规划，并组织实施。']);
  });

  it('keeps a label that does not continue the numbering inside the sentence', () => {
    // 三、 after 一、 skips 二: a citation, not the next item.
    expect(texts('一、负责甲工作。三、四两项由乙局负责。')).toEqual(['一、负责甲工作。三、四两项由乙局负责。']);
    expect(texts('（一）负责甲工作。（三）项另行规定。')).toEqual(['（一）负责甲工作。（三）项另行规定。']);
    // A number after a full stop that is not a label (a decimal).
    expect(texts('一、负责甲工作。2.5亿元由乙局负责。')).toEqual(['一、负责甲工作。2.5亿元由乙局负责。']);
  });

  it('opens a list with its first item after a colon or a section title', () => {
    expect(texts('甲局的主要职责是：一、负责甲工作。二、负责乙工作。')).toEqual(['甲局的主要职责是：', '一、负责甲工作。', '二、负责乙工作。']);
    expect(texts('甲局主要职能（一）负责甲工作。（二）负责乙工作。')).toEqual(['甲局主要职能', '（一）负责甲工作。', '（二）负责乙工作。']);
    expect(texts('甲局主要职责1.负责甲工作。2.负责乙工作。')).toEqual(['甲局主要职责', '1.负责甲工作。', '2.负责乙工作。']);
    expect(texts('其他事项（一）甲局不再保留。')).toEqual(['其他事项', '（一）甲局不再保留。']);
    // A sub-list under an item: 1. after 一、 opens it, the next item of the outer list follows.
    expect(texts('一、负责甲工作：1.负责甲一。2.负责甲二。二、负责乙工作。')).toEqual(['一、负责甲工作：', '1.负责甲一。', '2.负责甲二。', '二、负责乙工作。']);
    // An unlabelled sentence then 1. : a list of another kind.
    expect(texts('甲局负责下列工作。1.负责甲一。')).toEqual(['甲局负责下列工作。', '1.负责甲一。']);
  });

  it('opens each sub-list again at its first item, items run together on one line', () => {
    // The seed's layout: units and their items all on one line.
    expect(texts('一、甲局主要职能（一）负责甲一。（二）负责甲二。二、乙局主要职能（一）负责乙一。（二）负责乙二。')).toEqual([
      '一、甲局主要职能', '（一）负责甲一。', '（二）负责甲二。', '二、乙局主要职能', '（一）负责乙一。', '（二）负责乙二。',
    ]);
    expect(texts('一、甲局主要职责（一）负责甲一。二、乙局主要职责（一）负责乙一。三、其他事项（一）丙局不再保留。')).toEqual([
      '一、甲局主要职责', '（一）负责甲一。', '二、乙局主要职责', '（一）负责乙一。', '三、其他事项', '（一）丙局不再保留。',
    ]);
    expect(texts('一、甲局负责下列工作：（一）甲一。（二）甲二。二、乙局负责下列工作:（一）乙一。')).toEqual([
      '一、甲局负责下列工作：', '（一）甲一。', '（二）甲二。', '二、乙局负责下列工作:', '（一）乙一。',
    ]);
    // A list inside an item in the item's own style opens after its colon.
    expect(texts('（一）负责甲工作。（二）负责下列事项：（一）乙一；（二）乙二。')).toEqual(['（一）负责甲工作。', '（二）负责下列事项：', '（一）乙一；', '（二）乙二。']);
    // A list of another kind than its item's label opens after a full stop too.
    expect(texts('一、负责甲工作。1.甲一。2.甲二。二、负责乙工作。1.乙一。2.乙二。')).toEqual([
      '一、负责甲工作。', '1.甲一。', '2.甲二。', '二、负责乙工作。', '1.乙一。', '2.乙二。',
    ]);
  });

  it('keeps a cross-reference to an item after a full stop in its sentence', () => {
    // Not the next item, not a first item: another kind's 三、 or a (一) already used.
    expect(texts('（一）负责甲工作。三、四两项由乙局负责。')).toEqual(['（一）负责甲工作。三、四两项由乙局负责。']);
    for (const sentence of ['（二）负责下列事项：甲工作。', '（二）调整甲中心主要职能。', '（二）调整甲中心主要职责。', '（二）甲局其他事项。']) {
      expect(texts(`（一）负责甲工作。${sentence}（一）项所列事项由乙局负责。`), sentence).toEqual(['（一）负责甲工作。', `${sentence}（一）项所列事项由乙局负责。`]);
    }
  });

  it('does not open a list with a first item of the kind already running', () => {
    // 一、 inside item 一、 is a reference to it (…依照本规定一、执行), not a new list.
    expect(texts('一、负责甲工作。一、二项由乙局负责。')).toEqual(['一、负责甲工作。一、二项由乙局负责。']);
    // A date after a full stop is never a label.
    expect(texts('一、负责甲工作。2008.7起由乙局负责。')).toEqual(['一、负责甲工作。2008.7起由乙局负责。']);
  });
});

/** A notice hard-wrapped at `width` characters, as a PDF or e-mail copy is. */
function hardWrap(paragraphs: readonly string[], width: number, indent = ''): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    const chars = [...(indent + p)];
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  }
  return out.join('\n');
}

const WRAPPED_ITEMS = [
  '一、贯彻执行国家有关法律法规和方针政策，拟订本市甲业务的发展规划和年度计划并组织实施，统一、规范全市甲业务市场秩序，负责甲业务的监督管理工作，查处违法违规行为。',
  '二、负责乙业务的统计和信息发布工作，建立健全乙业务信息系统，承办市政府交办的其他事项。',
];

describe('a copy hard-wrapped at a fixed width (PDF, e-mail)', () => {
  it('joins each wrapped line to the sentence it carries on, labels that open a line included', () => {
    // The first item's text wraps right after 统, so its second line opens with 一、 (统一、规范…).
    const raw = hardWrap(WRAPPED_ITEMS, 22);
    expect(raw.split('\n')[2]).toMatch(/^一、规范/u);
    expect(texts(raw)).toEqual(WRAPPED_ITEMS);
    // The same text a line a paragraph: 二、 opens its own item.
    expect(texts(WRAPPED_ITEMS.join('\n'))).toEqual(WRAPPED_ITEMS);
  });

  it('counts a line one short of the width (a hanging punctuation mark) as wrapped, two short as ending its paragraph', () => {
    const full = ['（一）负责拟订全市甲业务的发展规划和政策措施并', '组织实施，指导各区县甲业务工作，负责全市甲业务', '的统计分析和信息发布，会同有关部门拟订标准', '一、规范乙业务，负责乙业务监督管理工作并组织实', '施。'];
    // Lines 1, 2 and 4 are 24 wide; line 3 is 22: two short, so its sentence ends there
    // and the next line's 一、 is an item, not 统一's tail.
    expect(texts(full.join('\n'))).toEqual([
      '（一）负责拟订全市甲业务的发展规划和政策措施并组织实施，指导各区县甲业务工作，负责全市甲业务的统计分析和信息发布，会同有关部门拟订标准',
      '一、规范乙业务，负责乙业务监督管理工作并组织实施。',
    ]);
    const oneShort = [...full];
    oneShort[2] = '的统计分析和信息发布，会同有关部门拟订标准统';
    expect(texts(oneShort.join('\n'))).toEqual([
      '（一）负责拟订全市甲业务的发展规划和政策措施并组织实施，指导各区县甲业务工作，负责全市甲业务的统计分析和信息发布，会同有关部门拟订标准统一、规范乙业务，负责乙业务监督管理工作并组织实施。',
    ]);
  });

  it('reads an indent and trailing blanks into the width the way the page prints them', () => {
    // Trailing blanks do not count; the indent of a paragraph's first line does.
    const raw = lines(
      '\u3000\u3000甲局负责拟订全市甲业务的发展规划和政策措施，指',
      '导各区县甲业务工作，负责全市甲业务的统计分析和信 \u3000',
      '息发布，会同有关部门拟订甲业务的地方标准并监督实',
      '施，承担甲业务安全生产的监督管理责任和行业管理的',
      '三、负责乙工作。',
    );
    const segs = segmentNotice(raw);
    expect(segs.map((s) => s.text)).toEqual([
      '甲局负责拟订全市甲业务的发展规划和政策措施，指导各区县甲业务工作，负责全市甲业务的统计分析和信息发布，会同有关部门拟订甲业务的地方标准并监督实施，承担甲业务安全生产的监督管理责任和行业管理的三、负责乙工作。',
    ]);
    expect(segs[0]!.indented).toBe(true);
  });

  it('does not take a width from lines whose lengths vary (a web copy, one paragraph a line)', () => {
    // Only two lines share a length: not enough to call it a wrap width.
    const raw = lines(
      '（一）负责拟订全市甲业务的发展规划和政策措施并组织实施，统',
      '一、规范全市甲业务的市场秩序。',
      '（二）负责拟订全市乙业务的发展规划和政策措施并组织实施，统',
      '二、规范全市乙业务的市场秩序。',
    );
    expect(texts(raw)).toEqual([
      '（一）负责拟订全市甲业务的发展规划和政策措施并组织实施，统',
      '一、规范全市甲业务的市场秩序。',
      '（二）负责拟订全市乙业务的发展规划和政策措施并组织实施，统',
      '二、规范全市乙业务的市场秩序。',
    ]);
    // Three lines of one width among ten longer ones of all lengths: no wrap width either
    // (a width must be shared by a quarter of the long lines at least).
    const varied = [
      '（一）负责拟订全市甲业务的发展规划和政策措施并组织实施，统',
      '一、规范全市甲业务的市场秩序。',
      '（二）负责拟订全市乙业务的发展规划和政策措施并组织实施，统',
      '二、规范全市乙业务的市场秩序。',
      '（三）负责拟订全市丙业务的发展规划和政策措施并组织实施，统',
      '三、规范全市丙业务的市场秩序。',
      ...Array.from({ length: 10 }, (_, k) => `（${'四五六七八九十'[k % 7]}）负责${'甲'.repeat(21 + k * 2)}的工作。`),
    ];
    expect(texts(varied.join('\n')).slice(0, 2)).toEqual(['（一）负责拟订全市甲业务的发展规划和政策措施并组织实施，统', '一、规范全市甲业务的市场秩序。']);
    // With nine longer lines, three of twelve is a quarter: a wrap width, and 统 / 一、 joins.
    expect(texts(varied.slice(0, -1).join('\n')).slice(0, 1)).toEqual(['（一）负责拟订全市甲业务的发展规划和政策措施并组织实施，统一、规范全市甲业务的市场秩序。']);
  });

  it('prefers the longer width when two widths are equally common, whichever comes first', () => {
    const paragraph = ['甲局负责拟订全市甲业务的发展规划和政策措施，指导', '各区县甲业务工作，负责全市甲业务的统计分析和信息', '发布，会同有关部门拟订甲业务的地方标准并监督实施'];
    const items = ['一、规范全市甲业务的市场秩序和经营行为工作。', '二、规范全市乙业务的市场秩序和经营行为工作。', '三、规范全市丙业务的市场秩序和经营行为工作。'];
    // Widths 24 (three lines) and 22 (three lines): the wrap width is 24, so a line of 21
    // ends its paragraph and the label after it opens an item; the paragraph's last line is wrapped.
    const short = '承担甲业务安全生产的监督管理责任和行业管理';
    const joined = `${paragraph.join('')}${short}`;
    expect(texts(lines(...paragraph, short, '四、规范全市丁业务的市场秩序。', ...items))).toEqual([joined, '四、规范全市丁业务的市场秩序。', ...items]);
    expect(texts(lines(...items, ...paragraph, short, '四、规范全市丁业务的市场秩序。'))).toEqual([...items, joined, '四、规范全市丁业务的市场秩序。']);
  });

  it('reads a narrow column of twenty characters as wrapped, not one of nineteen', () => {
    const at = (width: number) => {
      const body = '甲局负责拟订全市甲业务的发展规划和政策措施，指导各区县甲业务工作，负责全市甲业务的统计分析和信息发布，会同有关部门拟订甲业务地方标准';
      const chars = [...body].slice(0, width * 3);
      const wrapped = [0, 1, 2].map((k) => chars.slice(k * width, (k + 1) * width).join(''));
      return texts(lines(...wrapped, '一、规范乙业务。'));
    };
    expect(at(20)).toHaveLength(1);
    expect(at(19).at(-1)).toBe('一、规范乙业务。');
  });

  it('reads a wrapped line ending in blanks as wrapped (a PDF’s justified line)', () => {
    const raw = lines(
      '甲局负责拟订全市甲业务的发展规划和政策措施，指导',
      '各区县甲业务工作，负责全市甲业务的统计分析和信息',
      '发布，会同有关部门拟订甲业务的地方标准并监督实施',
      '承担甲业务安全生产的监督管理责任和行业管理，统\u3000\u3000',
      '一、规范全市甲业务的市场秩序。',
    );
    expect(texts(raw)).toEqual(['甲局负责拟订全市甲业务的发展规划和政策措施，指导各区县甲业务工作，负责全市甲业务的统计分析和信息发布，会同有关部门拟订甲业务的地方标准并监督实施承担甲业务安全生产的监督管理责任和行业管理，统一、规范全市甲业务的市场秩序。']);
  });

  it('gives a label pushed to the end of a wrapped line the next line’s text, not the next item', () => {
    const raw = lines(
      '甲局负责拟订全市甲业务的发展规划和政策措施。\u3000二、',
      '内设机构的设置和人员编制由甲局按有关规定拟订并',
      '报市机构编制委员会审批，具体工作由甲局办公室承',
      '担并负责组织实施，接受市机构编制委员会的监督。',
      '三、',
      '（一）负责丙工作。',
    );
    const segs = segmentNotice(raw);
    expect(segs.map((s) => (s.label?.printed ?? '') + s.text)).toEqual([
      '甲局负责拟订全市甲业务的发展规划和政策措施。',
      '二、内设机构的设置和人员编制由甲局按有关规定拟订并报市机构编制委员会审批，具体工作由甲局办公室承担并负责组织实施，接受市机构编制委员会的监督。',
      '三、',
      '（一）负责丙工作。',
    ]);
    // The line after it opens an item of its own: the label stays alone.
    const before = lines('甲局负责拟订全市甲业务的发展规划和政策措施并组', '织实施，指导各区县甲业务工作，负责甲业务的统计', '分析和信息发布，会同有关部门拟订甲标准。\u3000三、', '（一）负责丙工作。');
    expect(texts(before)).toEqual(['甲局负责拟订全市甲业务的发展规划和政策措施并组织实施，指导各区县甲业务工作，负责甲业务的统计分析和信息发布，会同有关部门拟订甲标准。', '三、', '（一）负责丙工作。']);
  });

  it('does not carry a title on into the item run into it on a wrapped line', () => {
    const raw = lines(
      '一、甲局主要职能（一）负责拟订全市甲业务发展规划',
      '和政策措施，指导各区县甲业务工作，负责全市甲业务',
      '的统计分析和信息发布，会同有关部门拟订甲业务标准',
      '。二、乙局主要职能',
    );
    expect(texts(raw)).toEqual([
      '一、甲局主要职能',
      '（一）负责拟订全市甲业务发展规划和政策措施，指导各区县甲业务工作，负责全市甲业务的统计分析和信息发布，会同有关部门拟订甲业务标准。',
      '二、乙局主要职能',
    ]);
  });

  it('carries a wrapped item on after a label run into the line before it', () => {
    const raw = lines(
      '一、负责甲工作。二、负责拟订乙业务发展规划，组',
      '织实施乙业务的监督管理工作和有关法规政策的宣',
      '传贯彻，承担乙业务统计工作，指导乙业务的发展',
      '。',
    );
    expect(texts(raw)).toEqual(['一、负责甲工作。', '二、负责拟订乙业务发展规划，组织实施乙业务的监督管理工作和有关法规政策的宣传贯彻，承担乙业务统计工作，指导乙业务的发展。']);
    // The item's part on the first line is short, with no comma: only the wrap carries it on.
    const short = lines(
      '一、负责甲工作和丙工作的统筹协调。二、负责乙业务',
      '的监督管理工作和有关法规政策的宣传贯彻，承担乙业',
      '务统计工作，指导乙业务的发展和改革工作，负责乙业',
      '务的信息化建设。',
    );
    expect(texts(short)).toEqual(['一、负责甲工作和丙工作的统筹协调。', '二、负责乙业务的监督管理工作和有关法规政策的宣传贯彻，承担乙业务统计工作，指导乙业务的发展和改革工作，负责乙业务的信息化建设。']);
  });

  it('joins Latin words across a wrap with a space, CJK text without one', () => {
    const raw = lines(
      '（一）负责组织实施质量管理体系认证工作，推行 ISO',
      '9001 标准，指导全市企业开展质量管理体系认证工作',
      '，承担认证机构的监督管理工作，组织开展认证培训工',
      '作。',
    );
    expect(texts(raw)).toEqual(['（一）负责组织实施质量管理体系认证工作，推行 ISO 9001 标准，指导全市企业开展质量管理体系认证工作，承担认证机构的监督管理工作，组织开展认证培训工作。']);
    // Latin on one side only, or inside a line but not at the break: no space.
    const oneSide = lines(
      '（一）负责组织实施 ISO 质量管理体系认证，推行ISO',
      '标准体系和GB标准，指导全市企业开展质量管理体系认证工作和',
      'GB 标准的宣传贯彻，承担认证机构的监督管理工作和',
      '培训工作。',
    );
    expect(texts(oneSide)).toEqual(['（一）负责组织实施 ISO 质量管理体系认证，推行ISO标准体系和GB标准，指导全市企业开展质量管理体系认证工作和GB 标准的宣传贯彻，承担认证机构的监督管理工作和培训工作。']);
  });
});

describe('a line that carries on an unfinished sentence, without a wrap width', () => {
  it('joins the lines of a labelled item broken before its full stop', () => {
    expect(texts(lines('（一）负责拟订全市甲业务发展规划，', '并组织实施。', '（二）负责乙工作。'))).toEqual(['（一）负责拟订全市甲业务发展规划，并组织实施。', '（二）负责乙工作。']);
    expect(texts(lines('1.负责全市甲业务的监督管理和统计分析', '工作。'))).toEqual(['1.负责全市甲业务的监督管理和统计分析工作。']);
    // A labelled text of fifteen characters or fewer without punctuation is a section title.
    expect(texts(lines('1.负责全市甲业务的监督管理和统计', '工作。'))).toEqual(['1.负责全市甲业务的监督管理和统计', '工作。']);
  });

  it('keeps a section title and the line under it apart', () => {
    expect(texts(lines('一、主要职责', '负责甲工作。'))).toEqual(['一、主要职责', '负责甲工作。']);
    expect(texts(lines('二、内设机构', '根据上述职责，设3个内设机构'))).toEqual(['二、内设机构', '根据上述职责，设3个内设机构']);
  });

  it('joins an unlabelled line only when it reads like a sentence cut short', () => {
    // Long enough and with a clause comma: cut short.
    expect(texts(lines('甲局是市政府工作部门，负责甲业务的', '监督管理工作。'))).toEqual(['甲局是市政府工作部门，负责甲业务的监督管理工作。']);
    // Without a comma it is a heading or a name; too short, a name with a comma.
    expect(texts(lines('甲局负责甲业务的监督管理和指导协调工作的', '有关事项。'))).toEqual(['甲局负责甲业务的监督管理和指导协调工作的', '有关事项。']);
    expect(texts(lines('甲局，乙局', '负责甲业务。'))).toEqual(['甲局，乙局', '负责甲业务。']);
    // Exactly fifteen characters with a comma is long enough; fourteen is not.
    expect(texts(lines('甲甲甲甲甲甲甲，乙乙乙乙乙乙乙', '丙。'))).toEqual(['甲甲甲甲甲甲甲，乙乙乙乙乙乙乙丙。']);
    expect(texts(lines('甲甲甲甲甲甲，乙乙乙乙乙乙乙', '丙。'))).toEqual(['甲甲甲甲甲甲，乙乙乙乙乙乙乙', '丙。']);
  });

  it('never joins across a finished sentence, an empty line or an indented line', () => {
    for (const end of ['。', '；', ';', '！', '？', '：', ':', '。”', '。）']) {
      expect(texts(lines(`（一）负责拟订全市甲业务发展规划${end}`, '并组织实施。'))).toHaveLength(2);
    }
    expect(texts(lines('（一）负责拟订全市甲业务发展规划，', '', '并组织实施。'))).toEqual(['（一）负责拟订全市甲业务发展规划，', '并组织实施。']);
    expect(texts(lines('（一）负责拟订全市甲业务发展规划，', '\u3000\u3000', '并组织实施。'))).toEqual(['（一）负责拟订全市甲业务发展规划，', '并组织实施。']);
    expect(texts(lines('（一）负责拟订全市甲业务发展规划，', '\u3000\u3000并组织实施。'))).toEqual(['（一）负责拟订全市甲业务发展规划，', '并组织实施。']);
    // A labelled line never carries on an unwrapped sentence.
    expect(texts(lines('（一）负责拟订全市甲业务发展规划，', '（二）负责乙工作。'))).toEqual(['（一）负责拟订全市甲业务发展规划，', '（二）负责乙工作。']);
  });

  it('keeps 附件 and date lines apart from an unfinished line above them', () => {
    for (const next of ['附件：甲中心主要职能', '附 件', '附件1', '2008年7月10日', '二〇〇八年七月十日', '二○○八年七月十日', '２００８年７月１０日', '2008年 7月 10 日']) {
      expect(texts(lines('甲局是市政府工作部门，负责甲业务的', next))).toEqual(['甲局是市政府工作部门，负责甲业务的', next]);
    }
    // 附件 further into the line is the sentence's own word.
    expect(texts(lines('甲局是市政府工作部门，负责本市各类', '文件及其附件的归档管理工作。'))).toEqual(['甲局是市政府工作部门，负责本市各类文件及其附件的归档管理工作。']);
    // A line that only ends in 日 inside a sentence is not a date.
    expect(texts(lines('甲局是市政府工作部门，负责每年', '上报的统计数据于每月十五日前'))).toEqual(['甲局是市政府工作部门，负责每年上报的统计数据于每月十五日前']);
  });

  it('keeps a paragraph apart from an empty line above it even at the wrap width', () => {
    const raw = lines(
      '甲局负责拟订全市甲业务的发展规划和政策措施，指导',
      '各区县甲业务工作，负责全市甲业务的统计分析和信息',
      '发布，会同有关部门拟订甲业务的地方标准并监督实施',
      '',
      '乙局负责乙工作。',
    );
    expect(texts(raw)).toEqual(['甲局负责拟订全市甲业务的发展规划和政策措施，指导各区县甲业务工作，负责全市甲业务的统计分析和信息发布，会同有关部门拟订甲业务的地方标准并监督实施', '乙局负责乙工作。']);
  });
});

describe('one stray blank inside a sentence (an NBSP or ideographic space from the page)', () => {
  it.each(['\u3000', '\u00a0', '\t', '\u2002'])('joins the sentence around one %j', (blank) => {
    expect(texts(`（一）负责拟订全市甲业务${blank}发展规划并组织实施。`)).toEqual(['（一）负责拟订全市甲业务发展规划并组织实施。']);
    expect(texts(`甲局${blank}负责甲工作。`)).toEqual(['甲局负责甲工作。']);
  });

  it('keeps a run of two blanks as a separator', () => {
    expect(texts('甲局主要职能\u3000\u3000负责甲工作。')).toEqual(['甲局主要职能', '负责甲工作。']);
    expect(texts('甲局主要职能  负责甲工作。')).toEqual(['甲局主要职能', '负责甲工作。']);
    expect(texts('负责甲 工作。')).toEqual(['负责甲 工作。']);
    // After a finished sentence one blank separates too.
    expect(texts('负责甲工作。\u3000负责乙工作。')).toEqual(['负责甲工作。', '负责乙工作。']);
  });

  it('keeps an issuer and its date, or a sentence and 附件, apart across one blank', () => {
    expect(texts('国务院办公厅\u30002008年7月10日')).toEqual(['国务院办公厅', '2008年7月10日']);
    expect(texts('国务院办公厅\u00a0二〇〇八年七月十日')).toEqual(['国务院办公厅', '二〇〇八年七月十日']);
    expect(texts('请遵照执行\u3000附件：甲中心主要职能')).toEqual(['请遵照执行', '附件：甲中心主要职能']);
    expect(texts('请遵照执行\u3000附 件：甲中心主要职能')).toEqual(['请遵照执行', '附 件：甲中心主要职能']);
    expect(texts('请将有关材料\u3000连同附件报送甲局。')).toEqual(['请将有关材料连同附件报送甲局。']);
  });
});
