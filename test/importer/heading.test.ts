// Unit headings in the shapes notices print them: the tail (主要职能, 的主要职责,
// the 三定 title's), the bracket after the name (an external name, a second
// plate, a short name, an abbreviation), in either script, and the bracket slips
// the source makes (《 for （, 》 for ）).
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { externalNamesInBody, isSandingTitle, parseUnitHeading } from '../../src/importer/heading.js';
import { importNotice } from '../../src/importer/notice.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
/** name / externalName / aliases of a heading that the source prints soundly. */
const fields = (h: string) => {
  const p = parseUnitHeading(h);
  expect(p.heading).toBe(h);
  expect(p.notes).toEqual([]);
  expect(p.warnings).toEqual([]);
  return [p.name, p.externalName, p.aliases];
};

describe('a unit heading', () => {
  it('loses its tail, whichever wording it uses', () => {
    expect(
      [
        '机关服务中心主要职能',
        '机关服务中心主要职责',
        '机关服务中心的主要职责',
        '机关服务中心职能',
        '机关服务中心职责',
        '机关服务中心的职责',
        '機關服務中心主要職能',
      ].map((h) => parseUnitHeading(h).name),
    ).toEqual(['机关服务中心', '机关服务中心', '机关服务中心', '机关服务中心', '机关服务中心', '机关服务中心', '機關服務中心']);
    expect(
      ['示范局主要职责内设机构和人员编制规定', '示范局主要职责、内设机构和人员编制规定', '示范局职能配置，内设机构和人员编制规定', '示范局职能配置,内设机构和人员编制规定', '示范局职能配置、内设机构和人员编制规定', '示范局机构职能编制规定', '商務部主要職責內設機構和人員編制規定'].map(
        (h) => parseUnitHeading(h).name,
      ),
    ).toEqual(['示范局', '示范局', '示范局', '示范局', '示范局', '示范局', '商務部']);
  });

  it('keeps a name that is only a tail word, and one with the tail word inside it', () => {
    expect(fields('主要职能')).toEqual(['主要职能', undefined, []]);
    expect(fields('职能转变办公室')).toEqual(['职能转变办公室', undefined, []]);
    expect(fields('国务院职能转变协调办公室主要职责')).toEqual(['国务院职能转变协调办公室', undefined, []]);
    expect(fields('《中国商务年鉴》编辑部主要职能')).toEqual(['《中国商务年鉴》编辑部', undefined, []]);
  });

  it('reads the bracket after the name: an external name, with or without 对外称 and quotes, in either script', () => {
    expect(fields('机关服务中心（机关服务局）主要职能')).toEqual(['机关服务中心', '机关服务局', []]);
    expect(fields('甲中心（对外称“甲事务局”）主要职能')).toEqual(['甲中心', '甲事务局', []]);
    expect(fields('甲中心(对外称甲事务局)的主要职责')).toEqual(['甲中心', '甲事务局', []]);
    expect(fields('甲中心（对外称"甲事务局"）')).toEqual(['甲中心', '甲事务局', []]);
    expect(fields('甲中心（对外称『甲事务局』）职责')).toEqual(['甲中心', '甲事务局', []]);
    expect(fields('機關服務中心（對外稱「機關服務局」）主要職能')).toEqual(['機關服務中心', '機關服務局', []]);
    expect(fields('甲中心（心中甲）主要职能')).toEqual(['甲中心', '心中甲', []]);
  });

  it('reads a second plate (挂…牌子), a short name (简称…) and an abbreviation as aliases', () => {
    expect(fields('甲中心（挂“乙局”牌子）职责')).toEqual(['甲中心', undefined, ['乙局']]);
    expect(fields('甲中心（挂乙局牌子）')).toEqual(['甲中心', undefined, ['乙局']]);
    expect(fields('甲中心（掛「乙局」牌子）職責')).toEqual(['甲中心', undefined, ['乙局']]);
    expect(fields('甲中心（简称“甲心”）职能')).toEqual(['甲中心', undefined, ['甲心']]);
    expect(fields('信息中心（簡稱資訊中心）')).toEqual(['信息中心', undefined, ['資訊中心']]);
    expect(fields('外国投资管理司（外资司）')).toEqual(['外国投资管理司', undefined, ['外资司']]);
    expect(fields('外國投資管理司（外資司）主要職能')).toEqual(['外國投資管理司', undefined, ['外資司']]);
  });

  it('leaves a name whose bracket is not its last part, or holds another bracket, whole', () => {
    expect(fields('甲中心（乙（丙）局）主要职能')).toEqual(['甲中心（乙（丙）局）', undefined, []]);
    expect(fields('中国（上海）自由贸易试验区管理委员会主要职责')).toEqual(['中国（上海）自由贸易试验区管理委员会', undefined, []]);
    expect(fields('（甲）中心主要职能')).toEqual(['（甲）中心', undefined, []]);
    expect(fields('甲中心）主要职能')).toEqual(['甲中心）', undefined, []]);
  });

  it.each([
    ['甲中心《甲局）主要职能', '甲中心（甲局）主要职能', 'opens with 《 instead of （', '对外名称的括号以《开头，应为（', 'opens with 《 instead of （'],
    ['甲中心《甲局)主要职能', '甲中心(甲局)主要职能', 'opens with 《 instead of (', '对外名称的括号以《开头，应为(', 'opens with 《 instead of ('],
    ['甲中心（甲局》主要职能', '甲中心（甲局）主要职能', 'closes with 》 instead of ）', '对外名称的括号以》结尾，应为）', 'closes with 》 instead of ）'],
    ['甲中心(甲局》主要职能', '甲中心(甲局)主要职能', 'closes with 》 instead of )', '对外名称的括号以》结尾，应为)', 'closes with 》 instead of )'],
  ])('repairs %s, with a note quoting the source and a warning', (printed, heading, describe, zh, en) => {
    const p = parseUnitHeading(printed);
    expect(p).toEqual({
      heading,
      name: '甲中心',
      externalName: '甲局',
      aliases: [],
      notes: [{ zh: `通知原文此标题印作“${printed}”：${zh}。`, en: `The notice prints this heading as “${printed}”: the bracket around the external name ${en}.` }],
      warnings: [`unit heading “${printed}”: the bracket ${describe}; imported as “${heading}” (a note records the source)`],
    });
  });

  it('repairs only the slipped bracket, after a sound 《》 pair', () => {
    const p = parseUnitHeading('《商务年鉴》编辑部《年鉴社）主要职能');
    expect([p.heading, p.name, p.externalName]).toEqual(['《商务年鉴》编辑部（年鉴社）主要职能', '《商务年鉴》编辑部', '年鉴社']);
    expect(p.warnings).toHaveLength(1);
  });
});

describe('headings in a notice', () => {
  it('give each unit its name, external name, aliases and heading as it should read', () => {
    const text = [
      '示范部关于印发甲中心等单位主要职能的通知',
      '部内各单位：',
      '现印发给你们。',
      '示范部',
      '二〇二〇年三月一日',
      '外国投资管理司（外资司）主要职能',
      '一、负责外资工作。',
      '甲中心（对外称「甲事务局」）的主要职责',
      '一、负责甲工作。',
      '乙中心《乙局）职责',
      '一、负责乙工作。',
    ].join('\n');
    const { document, warnings } = importNotice(text, { initials });
    expect(document.units.map((u) => [u.id, u.name, u.externalName, u.aliases, u.heading, (u.notes ?? []).length])).toEqual([
      ['wgtzgls', '外国投资管理司', undefined, ['外资司'], '外国投资管理司（外资司）主要职能', 0],
      ['jzx', '甲中心', '甲事务局', undefined, '甲中心（对外称「甲事务局」）的主要职责', 0],
      ['yzx', '乙中心', '乙局', undefined, '乙中心（乙局）职责', 1],
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[10, 'unit heading “乙中心《乙局）职责”: the bracket opens with 《 instead of （; imported as “乙中心（乙局）职责” (a note records the source)']]);
  });
});

describe('the title of a 三定 provision', () => {
  it('ends with the provision’s name, in either script and with or without the list comma', () => {
    const yes = ['商务部主要职责内设机构和人员编制规定', '商务部主要职责、内设机构和人员编制规定', '商务部职能配置、内设机构和人员编制规定', '商务部职能配置,内设机构和人员编制规定', '商务部机构职能编制规定', '商務部主要職責內設機構和人員編制規定'];
    const no = ['商务部主要职能', '关于商务部主要职责内设机构和人员编制规定的通知', '关于印发示范局机构职能编制规定的通知', '内设机构和人员编制规定', '商务部主要职责'];
    expect(yes.filter((t) => !isSandingTitle(t))).toEqual([]);
    expect(no.filter((t) => isSandingTitle(t))).toEqual([]);
  });
});

describe('external names in a notice’s body', () => {
  it('are read from 对外称 brackets, with or without quotes, in either script, as the body prints them', () => {
    expect(externalNamesInBody('甲中心、乙中心（对外称“乙事务局”）、信息中心（对外称示范部信息局）、丙中心(對外稱「丙局」)主要职能已经审议通过。')).toEqual([
      { name: '乙中心', externalName: '乙事务局' },
      { name: '信息中心', externalName: '示范部信息局' },
      { name: '丙中心', externalName: '丙局' },
    ]);
    expect(externalNamesInBody('外商投资促进中心（对外称“投资促进事务局”）、機關服務中心（對外稱“機關服務局”）')).toEqual([
      { name: '外商投资促进中心', externalName: '投资促进事务局' },
      { name: '機關服務中心', externalName: '機關服務局' },
    ]);
    expect(externalNamesInBody('甲中心（乙局）、丙中心（挂“丁局”牌子）主要职能')).toEqual([]);
  });
});
