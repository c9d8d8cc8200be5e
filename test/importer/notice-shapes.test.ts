// The shapes a notice's head and attachment take, and what each becomes: where
// the units start, the document's id and fields, unit ids, the 版记, and the
// warnings a person checks against the source.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportOptions } from '../../src/importer/notice.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const importText = (text: string, options: Partial<ImportOptions> = {}) => importNotice(text, { initials, ...options });
const lines = (...l: string[]) => l.join('\n');
const unitsOf = (text: string, options: Partial<ImportOptions> = {}) => importText(text, options).document.units.map((u) => [u.id, u.name, u.parent]);

/** A 三定 provision's sections after its title. */
const SANDING_BODY = lines(
  '一、主要职责',
  '（一）负责甲工作。',
  '二、内设机构',
  '根据上述职责，甲局设2个内设机构：',
  '（一）办公室。',
  '负责机关日常运转。',
  '（二）业务司。',
  '负责甲业务。',
  '三、人员编制',
  '甲局机关行政编制为20名。',
);
const SANDING_UNITS = [
  ['jj', '甲局', undefined],
  ['bgs', '办公室', 'jj'],
  ['yws', '业务司', 'jj'],
];

describe('a notice title the source breaks over two lines', () => {
  const head = (title: string) => lines(title, '各司局：', '现印发。', '示范部', '2004年3月5日', '附件', '甲中心主要职能', '一、负责甲工作。');

  it('joins …的 / 通知 and … / 的通知 after a 关于 title', () => {
    expect(importText(head('示范部关于印发甲中心等单位主要职能的\n通知')).document.title).toBe('示范部关于印发甲中心等单位主要职能的通知');
    expect(importText(head('示范部关于印发甲中心等单位主要职能\n的通知')).document.title).toBe('示范部关于印发甲中心等单位主要职能的通知');
    expect(importText(head('示范部關於印發甲中心等單位主要職能的\n通知')).document.title).toBe('示范部關於印發甲中心等單位主要職能的通知');
    // Broken anywhere before its end, and a title that cites another 通知 before its own.
    const mid = importText(head('示范部关于印发甲中心\n主要职能的通知'));
    expect(mid.document.title).toBe('示范部关于印发甲中心主要职能的通知');
    expect(mid.warnings).toEqual([]);
    expect(importText(head('示范部关于贯彻落实国务院通知精神的\n通知')).document.title).toBe('示范部关于贯彻落实国务院通知精神的通知');
  });

  it('leaves a whole title and the line after it apart', () => {
    // The title already ends in 通知: a second 通知 line is not part of it.
    expect(importText(head('示范部关于甲的通知\n通知')).document.title).toBe('示范部关于甲的通知');
    // A line that only begins with 通知 is not the title's end, nor is a title without 关于.
    expect(importText(head('示范部关于印发甲中心主要职能的\n通知各司局')).document.title).not.toContain('通知各司局');
    expect(importText(head('示范部关于印发甲中心主要职能的\n通知书')).document.title).not.toContain('通知书');
    expect(importText(head('示范部甲中心主要职能\n的通知')).document.title).not.toBe('示范部甲中心主要职能的通知');
  });
});

describe('where the units begin', () => {
  it('after an attachment label with the attachment’s title on its line (附件：甲中心主要职能)', () => {
    const r = importText(lines('示范部关于印发甲中心主要职能的通知', '各司局：', '现印发。', '示范部', '2004年3月5日', '附件：甲中心主要职能', '一、负责甲工作。', '二、负责乙工作。'));
    expect(r.warnings).toEqual([]);
    expect(r.document).toMatchObject({ issuer: '示范部', date: '2004-03-05', body: '现印发。', attachment: { label: '附件' } });
    expect(r.document.units).toEqual([{ id: 'jzx', name: '甲中心', heading: '甲中心主要职能', duties: [{ label: '一、', text: '负责甲工作。' }, { label: '二、', text: '负责乙工作。' }] }]);
  });

  it('at the heading after the date line when there is no attachment label', () => {
    const r = importText(lines('示范部关于印发甲中心主要职能的通知', '各司局：', '现印发。', '示范部', '2004年3月5日', '甲中心主要职能', '一、负责甲工作。'));
    expect(r.warnings).toEqual([]);
    expect(r.document).toMatchObject({ issuer: '示范部', date: '2004-03-05', recipients: ['各司局'], body: '现印发。' });
    expect(r.document.attachment).toBeUndefined();
    expect(r.document.units.map((u) => [u.id, u.heading])).toEqual([['jzx', '甲中心主要职能']]);
  });

  it('at the heading above the first item when the copy has no signature', () => {
    const r = importText(lines('示范部关于甲的通知', '各司局：', '现印发如下。', '甲中心主要职能', '一、负责甲工作。'));
    expect(r.document).toMatchObject({ title: '示范部关于甲的通知', recipients: ['各司局'], body: '现印发如下。' });
    expect(r.document.units.map((u) => [u.id, u.name])).toEqual([['jzx', '甲中心']]);
    // A labelled first line has no heading above it: the items are a unit named after the title.
    const bare = importText(lines('示范部关于甲的通知', '一、负责甲工作。'));
    expect(bare.document.units.map((u) => u.name)).toEqual(['示范部关于甲的通知']);
  });

  it('at the 三定 title when a notice that issues one has no signature', () => {
    const r = importText(lines('国务院办公厅关于印发甲局主要职责内设机构和人员编制规定的通知', '国办发〔2008〕60号', '各省人民政府：', '现予印发。', '甲局主要职责内设机构和人员编制规定', SANDING_BODY));
    expect(r.warnings).toEqual([]);
    expect(r.document).toMatchObject({ id: 'gbf-2008-60', title: '国务院办公厅关于印发甲局主要职责内设机构和人员编制规定的通知', recipients: ['各省人民政府'], body: '现予印发。' });
    expect(r.document.units.map((u) => [u.id, u.name, u.parent])).toEqual(SANDING_UNITS);
    expect(r.document.units[0]!.heading).toBe('甲局主要职责内设机构和人员编制规定');
  });

  it('checks the names of the units after such a unit, against their own headings', () => {
    const r = importText(lines('示范部关于甲的通知', '各司局：', '现印发。', '示范部', '2004年3月5日', '一、负责甲工作。', '第2中心主要职能', '一、负责乙工作。'));
    expect(r.document.units.map((u) => [u.id, u.name])).toEqual([['sfbgyjdtz', '示范部关于甲的通知'], ['d2zx', '第2中心']]);
    expect(r.warnings).toEqual([
      { line: 6, message: 'items before any unit heading are imported as a unit named after the title' },
      { line: 7, message: 'the unit name “第2中心” has digits in it; check it was read from a real heading' },
    ]);
  });

  it('items before any unit heading become a unit named after the title, with a warning', () => {
    const r = importText(lines('示范部关于甲的通知', '各司局：', '现印发。', '示范部', '2004年3月5日', '一、负责甲工作。', '二、负责乙工作。'));
    expect(r.document.units.map((u) => [u.id, u.name, u.duties!.length])).toEqual([['sfbgyjdtz', '示范部关于甲的通知', 2]]);
    expect(r.warnings).toEqual([{ line: 6, message: 'items before any unit heading are imported as a unit named after the title' }]);
  });

  it('an attachment’s own signature is neither the notice’s date nor a unit', () => {
    // A copy without the notice's signature whose attachment ends with the issuing office and its date.
    const r = importText(lines('示范部关于甲的通知', '各司局：', '现印发。', '附件', '甲中心主要职能', '一、负责甲工作。', '示范部办公厅', '2004年3月10日'));
    expect(r.document.date).toBeUndefined();
    expect(r.document.issuer).toBeUndefined();
    expect(r.document).toMatchObject({ title: '示范部关于甲的通知', recipients: ['各司局'], body: '现印发。', attachment: { label: '附件' } });
    expect(r.document.units.map((u) => [u.id, u.duties])).toEqual([['jzx', [{ label: '一、', text: '负责甲工作。' }]]]);
    expect(r.warnings).toEqual([
      { line: 7, message: '“示范部办公厅” heads nothing (no items follow it); not imported as a unit' },
      { line: 8, message: '“2004年3月10日” heads nothing (no items follow it); not imported as a unit' },
    ]);
  });

  it('a date that ends an item is not the date line', () => {
    const r = importText(lines('示范部关于甲的通知', '各司局：', '现印发。', '示范部', '2004年3月5日', '附件', '甲中心主要职能', '一、负责甲工作，期限至2005年3月5日', '二、负责乙工作。'));
    expect(r.warnings).toEqual([]);
    expect(r.document).toMatchObject({ issuer: '示范部', date: '2004-03-05', body: '现印发。' });
    expect(r.document.units[0]!.duties!.map((d) => d.text)).toEqual(['负责甲工作，期限至2005年3月5日', '负责乙工作。']);
  });
});

describe('a 三定 provision on its own, as copies print its head', () => {
  it('drops the title repeated, and reads a document number under it', () => {
    const r = importText(lines('甲局主要职责内设机构和人员编制规定', '甲局主要职责内设机构和人员编制规定', '国办发〔2008〕60号', SANDING_BODY));
    expect(r.warnings).toEqual([]);
    expect(r.document).toMatchObject({ id: 'gbf-2008-60', title: '甲局主要职责内设机构和人员编制规定', number: '国办发〔2008〕60号' });
    expect(r.document.units.map((u) => [u.id, u.name, u.parent])).toEqual(SANDING_UNITS);
  });

  it('reads title / issuer / title as law sites print it', () => {
    const r = importText(lines('甲局主要职责内设机构和人员编制规定', '国务院办公厅', '甲局主要职责内设机构和人员编制规定', SANDING_BODY));
    expect(r.warnings).toEqual([]);
    expect(r.document).toMatchObject({ id: 'jj-sd', issuer: '国务院办公厅' });
    expect(r.document.units.map((u) => [u.id, u.name, u.parent])).toEqual(SANDING_UNITS);
  });

  it('keeps the paragraph under the title as the body unit’s preamble', () => {
    const r = importText(lines('甲局主要职责内设机构和人员编制规定', '根据国务院机构改革方案，设立甲局，为国务院直属机构。', SANDING_BODY));
    expect(r.warnings).toEqual([]);
    expect(r.document.units[0]).toMatchObject({ name: '甲局', heading: '甲局主要职责内设机构和人员编制规定', preamble: '根据国务院机构改革方案，设立甲局，为国务院直属机构。', staffing: '甲局机关行政编制为20名。' });
    expect(r.document.units.map((u) => [u.id, u.name, u.parent])).toEqual(SANDING_UNITS);
  });

  it('writes each unit’s and section’s fields in the corpus files’ order', () => {
    const r = importText(lines('甲局主要职责内设机构和人员编制规定', '根据国务院机构改革方案，设立甲局。', SANDING_BODY));
    expect(Object.keys(r.document.units[0]!)).toEqual(['id', 'name', 'heading', 'notes', 'preamble', 'staffing', 'sections']);
    expect(Object.keys(r.document.units[1]!)).toEqual(['id', 'name', 'heading', 'parent', 'duties']);
    expect(Object.keys(r.document.units[0]!.sections![0]!)).toEqual(['label', 'title', 'duties']);
    const sectioned = importText(lines('甲中心主要职能', '一、主要职责', '根据职责调整，甲中心的主要职责是：', '（一）负责甲工作。', '二、其他事项', '承办交办的其他事项。'));
    expect(sectioned.document.units[0]!.sections!.map((s) => Object.keys(s))).toEqual([['label', 'title', 'preamble', 'duties'], ['label', 'title', 'duties']]);
    const aliased = importText(lines('示范部关于印发甲中心主要职能的通知', '各司局：', '乙中心（对外称“甲事务局”）的职能如下。', '示范部', '2004年3月5日', '附件', '甲中心（甲事务局）主要职能', '一、负责甲工作。'));
    expect(Object.keys(aliased.document.units[0]!)).toEqual(['id', 'name', 'externalName', 'aliases', 'heading', 'duties']);
  });
});

describe('the 版记 that closes a notice', () => {
  const attachment = lines('示范通知', '附件', '甲中心主要职能', '一、负责甲工作，印发有关材料。', '二、负责乙工作。');

  it.each([
    ['抄送：驻部纪检组。'],
    ['抄报：国务院办公厅。'],
    ['主题词 ：机构 职能 通知'],
    ['主題詞：机构 职能'],
    ['分送：各直属单位。'],
    ['抄報：國務院辦公廳。'],
    ['示范部办公厅2004年3月5日印发'],
    ['示范部辦公廳2004年3月5日印發'],
  ])('stops the units at %s, with a warning quoting it', (colophon) => {
    const r = importText(lines(attachment, colophon, '三、不应导入的内容。'));
    expect(r.document.units[0]!.duties!.map((d) => d.label)).toEqual(['一、', '二、']);
    // The quote is of the segments' text (labels aside).
    expect(r.warnings).toEqual([{ line: 6, message: `the 版记 (抄送, 印发) from here on is not imported: “${colophon} 不应导入的内容。”` }]);
  });

  it('is not found in an item that mentions 印发 or 抄送 mid-sentence', () => {
    const r = importText(lines(attachment, '三、负责抄送：有关文件的收发工作。', '四、负责文件印发后的归档。'));
    expect(r.warnings).toEqual([]);
    expect(r.document.units[0]!.duties).toHaveLength(4);
    expect(importText(lines(attachment, '负责文件印发工作的有关单位。')).warnings).toEqual([]);
  });

  it('quotes at most 30 characters of it', () => {
    const long = '抄送：驻部纪检组，各直属单位，国务院办公厅秘书局，中央编办综合司。';
    expect(importText(lines(attachment, long)).warnings[0]!.message).toBe('the 版记 (抄送, 印发) from here on is not imported: “抄送：驻部纪检组，各直属单位，国务院办公厅秘书局，中央编办综…”');
    const thirty = '抄送：驻部纪检组，各直属单位，国务院办公厅秘书局，中央编办。';
    expect([...thirty]).toHaveLength(30);
    expect(importText(lines(attachment, thirty)).warnings[0]!.message).toBe(`the 版记 (抄送, 印发) from here on is not imported: “${thirty}”`);
  });
});

describe('ids', () => {
  it('makes the document id from the number (prefix, year, serial), else from the title and the year', () => {
    const withNumber = (number: string) => importText(lines('示范部关于甲的通知', number, '各司局：', '现印发。', '示范部', '2004年3月5日', '附件', '甲中心主要职能', '一、负责甲工作。')).document.id;
    expect(withNumber('示办发〔2004〕12号')).toBe('sbf-2004-12');
    expect(withNumber('示办发［２００４］１２号')).toBe('sbf-2004-12');
    expect(withNumber('')).toBe('sfbgyjdtz-2004');
    expect(importText(lines('示范中心主要职能', '一、负责示范工作。')).document.id).toBe('sfzxzyzn');
    expect(importText(lines('ABC中心主要职能', '一、负责示范工作。')).document.id).toBe('abczxzyzn');
    // A long title gives at most 24 characters of initials.
    expect(importText(lines('示范部关于印发示范部机关服务中心等六个直属事业单位主要职能配置和人员编制方案的通知', '各司局：', '现印发。', '示范部', '2004年3月5日', '附件', '甲中心主要职能', '一、负责甲工作。')).document.id).toBe('sfbgyyfsfbjgfwzxdlgzssyd-2004');
    // Nothing to make one from: notice.
    expect(importText('').document.id).toBe('notice');
    expect(importText(lines('甲中心主要职能', '一、负责甲工作。'), { initials: () => '' }).document.id).toBe('notice');
    expect(importText(lines('示范部关于甲的通知', '各司局：', '现印发。', '示范部', '2004年3月5日', '附件', '甲中心主要职能', '一、负责甲工作。'), { initials: () => '——' }).document.id).toBe('notice-2004');
  });

  it('gives units ids from their names without the bracketed part, unique within the document', () => {
    const text = lines('示范通知', '附件', '甲中心（北京）主要职能', '一、负责甲工作。', '甲中心（上海）主要职能', '一、负责乙工作。', '甲中心(广州)主要职能', '一、负责丙工作。');
    expect(unitsOf(text).map(([id]) => id)).toEqual(['jzx', 'jzx-2', 'jzx-3']);
    // A name with no initials (a custom initials function that knows no such characters) gets unitN.
    expect(unitsOf(text, { initials: (s) => (s.startsWith('甲中心') ? '' : initials(s)) }).map(([id]) => id)).toEqual(['unit1', 'unit2', 'unit3']);
  });

  it('leaves a bracket that stays in a unit’s name out of its id: 甲中心（筹）', () => {
    const r = importText(lines('示范通知', '附件', '甲中心（筹）（甲事务局）主要职能', '一、负责甲工作。'));
    expect(r.document.units.map((u) => [u.id, u.name, u.externalName])).toEqual([['jzx', '甲中心（筹）', '甲事务局']]);
    expect(r.warnings).toEqual([{ line: 3, message: 'the unit name “甲中心（筹）” has brackets in it; check it was read from a real heading' }]);
  });

  it('names items with neither title nor heading (unnamed), and gives that unit an id of its own', () => {
    const r = importText('一、负责甲工作。\n二、负责乙工作。');
    expect(r.document).toMatchObject({ id: 'notice', title: '(untitled)' });
    expect(r.document.units.map((u) => [u.id, u.name, u.duties!.length])).toEqual([['unit1', '(unnamed)', 2]]);
  });

  it('keeps the id a repeated section number is given', () => {
    const r = importText(lines('甲中心主要职能', '一、主要职责', '（一）负责甲工作。', '一、其他事项', '承办交办的其他事项。'));
    expect(r.document.units[0]!.sections!.map((s) => [s.label, s.title, s.id])).toEqual([['一、', '主要职责', undefined], ['一、', '其他事项', '1-2']]);
    expect(Object.keys(r.document.units[0]!.sections![1]!)).toEqual(['label', 'title', 'id', 'duties']);
    expect(r.warnings).toEqual([{ line: 4, message: '甲中心: numbering repeats: 一、 after 一、 (given id "1-2")' }]);
  });

  it('points each 内设机构 department at the body unit before it', () => {
    const two = lines('甲局主要职责内设机构和人员编制规定', SANDING_BODY, '乙局主要职责内设机构和人员编制规定', SANDING_BODY.replaceAll('甲', '乙').replace('办公室', '综合司'));
    expect(unitsOf(two)).toEqual([...SANDING_UNITS, ['yj', '乙局', undefined], ['zhs', '综合司', 'yj'], ['yws-2', '业务司', 'yj']]);
  });
});

describe('names from the notice’s body', () => {
  it('adds each name the body gives a unit’s external name as an alias, once', () => {
    const r = importText(
      lines(
        '示范部关于印发甲中心主要职能的通知',
        '各司局：',
        '乙中心（对外称“甲事务局”）、丙中心（对外称“甲事务局”）、乙中心（对外称“甲事务局”）的职能如下。',
        '示范部',
        '2004年3月5日',
        '附件',
        '甲中心（甲事务局）主要职能',
        '一、负责甲工作。',
      ),
    );
    expect(r.document.units[0]).toMatchObject({ name: '甲中心', externalName: '甲事务局', aliases: ['乙中心', '丙中心'] });
  });
});

describe('the title, and warnings about the whole notice', () => {
  it('takes a heading alone above its items for the title, unless the source’s metadata has a better one', () => {
    const text = lines('甲中心主要职能', '一、负责甲工作。');
    expect(importText(text).document.title).toBe('甲中心主要职能');
    expect(importText(text).warnings).toEqual([]);
    const r = importText(text, { metadata: { title: '示范部关于印发甲中心主要职能的通知' } });
    expect(r.document.title).toBe('示范部关于印发甲中心主要职能的通知');
    expect(r.warnings).toEqual([]);
    expect(r.document.units.map((u) => [u.name, u.heading])).toEqual([['甲中心', '甲中心主要职能']]);
  });

  it('says what is missing from an empty notice or one with no units', () => {
    expect(importText('').warnings).toEqual([
      { line: 1, message: 'no title found' },
      { message: 'the notice is empty' },
      { message: 'no units found: nothing under a heading with numbered items' },
    ]);
    const prose = importText('这是一段没有编号的说明文字，不是通知。');
    expect(prose.document).toMatchObject({ title: '(untitled)', body: '这是一段没有编号的说明文字，不是通知。', units: [] });
    expect(prose.warnings.map((w) => w.message)).toEqual(['no title found', 'no units found: nothing under a heading with numbered items']);
  });

  it('uses the first unit heading as the title when the head has none, and says so', () => {
    // The attachment alone, copied from its label on.
    const r = importText(lines('附件', '甲中心主要职能', '一、负责甲工作。'));
    expect(r.document).toMatchObject({ title: '甲中心主要职能', attachment: { label: '附件' } });
    expect(r.warnings).toEqual([{ line: 1, message: 'no title found; the first unit heading is used as the title' }]);
    expect(r.document.units.map((u) => u.name)).toEqual(['甲中心']);
  });

  it('warns about dropped text that reads like prose, flattened and cut at 40 characters', () => {
    const text = lines('示范中心主要职能', '一、负责示范工作。');
    const warn = (dropped: string) => importText(text, { dropped: [dropped] }).warnings.map((w) => w.message);
    expect(warn('根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案，\n\n  设立国务院办公厅，为协助国务院领导同志处理日常工作的机构。')).toEqual([
      'text dropped as site furniture reads like prose; check it is not part of the notice: “根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案， 设立国务院办公…”',
    ]);
    const forty = '根据国务院机构改革方案，设立示范中心，为直属事业单位，负责示范工作和有关的协调。';
    expect([...forty]).toHaveLength(40);
    expect(warn(forty)).toEqual([`text dropped as site furniture reads like prose; check it is not part of the notice: “${forty}”`]);
    expect(warn('首页 > 政策 > 国务院文件')).toEqual([]);
    // A page's block comes with the blanks around it: they are not quoted.
    expect(warn(`\n    ${forty}\n  `)).toEqual([`text dropped as site furniture reads like prose; check it is not part of the notice: “${forty}”`]);
    // A copy's long 来源 line that is a web address is dropped without a word.
    expect(importText(lines('示范中心主要职能', '来源：http://www.gov.cn/zwgk/2008-07/11/content_1041234.htm?from=timeline&isappinstalled=0&share=1', '一、负责示范工作。')).warnings).toEqual([]);
  });

  it('asks for the recipients line only in a 通知 with a head', () => {
    const r = (title: string) => importText(lines(title, '现印发。', '示范部', '2004年3月5日', '附件', '甲中心主要职能', '一、负责甲工作。')).warnings;
    expect(r('示范部关于甲中心主要职能的通知')).toEqual([{ line: 1, message: 'no recipients line found (主送机关, the line ending with ：) in the head of this 通知' }]);
    expect(r('示范部关于甲中心主要职能的通知書')).toEqual([]);
    expect(r('示范部关于甲中心主要职能的决定')).toEqual([]);
    expect(r('示范部关于甲中心主要职能的通知').length).toBe(1);
  });
});

describe('a copy with its container’s metadata and the page’s furniture', () => {
  it('keeps a 三定 provision’s own title over the metadata’s, and takes the date and issuer the text lacks', () => {
    const r = importText(lines('甲局主要职责内设机构和人员编制规定', SANDING_BODY), {
      metadata: { title: '国务院办公厅关于印发甲局主要职责内设机构和人员编制规定的通知', issuer: '国务院办公厅', dateText: '2008年7月11日' },
    });
    expect(r.document).toMatchObject({ id: 'jj-sd-2008', title: '甲局主要职责内设机构和人员编制规定', issuer: '国务院办公厅', date: '2008-07-11' });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'the source\'s metadata gives the title “国务院办公厅关于印发甲局主要职责内设机构和人员编制规定的通知”, the text “甲局主要职责内设机构和人员编制规定”; the text\'s is kept',
    ]);
  });

  it('gives warnings the lines of the source as pasted, furniture lines included', () => {
    const r = importText(lines('首页 > 政策', '打印本页', '示范通知', '附件', '甲中心主要职能', '一、负责甲工作。', '三、负责丙工作。', '抄送：驻部纪检组。'));
    expect(r.warnings).toEqual([
      { line: 7, message: '甲中心: numbering skips from 一、 to 三、' },
      { line: 8, message: 'the 版记 (抄送, 印发) from here on is not imported: “抄送：驻部纪检组。”' },
    ]);
  });
});

describe('a 三定 provision under a heading that does not say so', () => {
  it('is recognised by its 内设机构 section: the departments become units of the body', () => {
    const r = importText(lines('示范通知', '附件', '甲局主要职责', SANDING_BODY.replace('根据上述职责，甲局设2个内设机构：\n', '')));
    expect(r.warnings).toEqual([]);
    expect(r.document.units.map((u) => [u.id, u.name, u.parent])).toEqual(SANDING_UNITS);
    expect(r.document.units[0]).toMatchObject({ heading: '甲局主要职责', staffing: '甲局机关行政编制为20名。' });
    expect(r.document.id).toBe('jj-sd');
  });
});
