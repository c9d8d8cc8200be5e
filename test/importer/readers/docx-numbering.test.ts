// Word's automatic numbering in a .docx, rebuilt as the labels Word shows:
// the multi-level lists of 三定 notices (一、（一）1.（1）), articles numbered
// through chapters, restarted and continued lists, numbering carried by a
// heading style, legal-style numbering, bullets.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/importer/readers/read-source.js';
import { docx, wli, wlist, wlvl, wp } from '../../helpers/office-build.js';

const text = async (body: string, parts: Parameters<typeof docx>[1] = {}) => (await readSource(docx(body, parts), { name: 'n.docx', decoder: iconv })).text.split('\n');

const SANDING_LEVELS = [
  wlvl(0, 'chineseCounting', '%1、'),
  wlvl(1, 'chineseCounting', '（%2）'),
  wlvl(2, 'decimal', '%3.'),
  wlvl(3, 'decimal', '（%4）'),
];

describe('.docx automatic numbering', () => {
  it('numbers 一、（一）1.（1） over four levels; a new item restarts the levels below it', async () => {
    const body = [
      wli(1, 0, '职责调整'),
      wli(1, 1, '划入的职责'),
      wli(1, 2, '将原国家经济贸易委员会的有关职责划入商务部。'),
      wli(1, 2, '将原对外贸易经济合作部的职责划入商务部。'),
      wli(1, 3, '国内贸易'),
      wli(1, 3, '对外贸易'),
      wli(1, 1, '取消的职责'),
      wli(1, 2, '取消已由国务院公布取消的行政审批事项。'),
      wli(1, 0, '主要职责'),
      wli(1, 1, '拟订国内外贸易和国际经济合作的发展战略。'),
      wli(1, 3, '统筹'),
    ].join('');
    expect(await text(body, { numbering: wlist(1, SANDING_LEVELS) })).toEqual([
      '一、职责调整',
      '（一）划入的职责',
      '1.将原国家经济贸易委员会的有关职责划入商务部。',
      '2.将原对外贸易经济合作部的职责划入商务部。',
      '（1）国内贸易',
      '（2）对外贸易',
      '（二）取消的职责',
      '1.取消已由国务院公布取消的行政审批事项。',
      '二、主要职责',
      '（一）拟订国内外贸易和国际经济合作的发展战略。',
      // Level 3 after level 1 with no level 2 item: it starts at its start value.
      '（1）统筹',
    ]);
  });

  it('counts past ten in Chinese (十、十一、二十、) and keeps the fullwidth forms Word offers', async () => {
    const numbering = wlist(1, [wlvl(0, 'chineseCounting', '%1、')]) + wlist(2, [wlvl(0, 'decimalFullWidth', '%1．')]);
    const body = Array.from({ length: 21 }, (_, i) => wli(1, 0, `项${i + 1}`)).join('') + wli(2, 0, '甲') + wli(2, 0, '乙');
    const lines = await text(body, { numbering });
    expect(lines.slice(8, 12)).toEqual(['九、项9', '十、项10', '十一、项11', '十二、项12']);
    expect(lines.slice(19)).toEqual(['二十、项20', '二十一、项21', '１．甲', '２．乙']);
  });

  it('starts a list at its level’s w:start, or at 1 when Word left it out', async () => {
    const numbering =
      wlist(1, [wlvl(0, 'chineseCounting', '%1、', '', 3)]) +
      // A level with only a format and a text: start 1, decimal.
      '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>';
    expect(await text(wli(1, 0, '三为起点') + wli(1, 0, '之后') + wli(2, 0, '甲') + wli(2, 0, '乙'), { numbering })).toEqual(['三、三为起点', '四、之后', '1)甲', '2)乙']);
  });

  it('restarts a list Word restarted (a second w:num with a start override) and continues the first one after it', async () => {
    const numbering =
      wlist(1, SANDING_LEVELS, [1]) +
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      // Restart at a deeper level: the sub-list of this num starts at （五）.
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const body = [wli(1, 0, '甲'), wli(1, 0, '乙'), wli(2, 0, '丙'), wli(2, 0, '丁'), wli(1, 0, '戊'), wli(3, 1, '己'), wli(3, 1, '庚')].join('');
    expect(await text(body, { numbering })).toEqual(['一、甲', '二、乙', '一、丙', '二、丁', '三、戊', '（五）己', '（六）庚']);
  });

  it('numbers articles 第一条… through the chapters when the article level never restarts (w:lvlRestart 0)', async () => {
    const numbering = wlist(1, [wlvl(0, 'chineseCounting', '第%1章', '<w:suff w:val="space"/>'), wlvl(1, 'chineseCounting', '第%2条', '<w:lvlRestart w:val="0"/><w:suff w:val="space"/>')]);
    const body = [wli(1, 0, '总则'), wli(1, 1, '为了规范机构编制。'), wli(1, 1, '本规定适用于各部门。'), wli(1, 0, '职能配置'), wli(1, 1, '商务部负责下列工作。')].join('');
    expect(await text(body, { numbering })).toEqual(['第一章 总则', '第一条 为了规范机构编制。', '第二条 本规定适用于各部门。', '第二章 职能配置', '第三条 商务部负责下列工作。']);
  });

  it('restarts a level only after the level its w:lvlRestart names', async () => {
    // Level 3 (1.) restarts after a new 一、 but runs on through the （一） items between.
    const numbering = wlist(1, [wlvl(0, 'chineseCounting', '%1、'), wlvl(1, 'chineseCounting', '（%2）'), wlvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="1"/>')]);
    const body = [wli(1, 0, 'a'), wli(1, 1, 'b'), wli(1, 2, 'c'), wli(1, 1, 'd'), wli(1, 2, 'e'), wli(1, 0, 'f'), wli(1, 2, 'g')].join('');
    expect(await text(body, { numbering })).toEqual(['一、a', '（一）b', '1.c', '（二）d', '2.e', '二、f', '1.g']);
  });

  it('shows the levels above an item in a level text like %1.%2, at their start value when not used yet', async () => {
    const levels = [wlvl(0, 'decimal', '%1.', '', 2), wlvl(1, 'decimal', '%1.%2'), wlvl(2, 'decimal', '%1.%2.%3')];
    const numbering = wlist(1, levels) + wlist(2, levels);
    const body = [wli(1, 1, '先有二级'), wli(1, 1, '再一个'), wli(2, 0, '一级'), wli(2, 1, '其下'), wli(2, 2, '三级'), wli(2, 1, '又一个'), wli(2, 2, '重新'), wli(2, 0, '再一级')].join('');
    expect(await text(body, { numbering })).toEqual(['2.1 先有二级', '2.2 再一个', '2.一级', '2.1 其下', '2.1.1 三级', '2.2 又一个', '2.2.1 重新', '3.再一级']);
  });

  it('shows the upper levels in Arabic digits under legal-style numbering (w:isLgl)', async () => {
    // Its own level too: a level formatted 一 under isLgl shows 1.
    const numbering = wlist(1, [wlvl(0, 'chineseCounting', '第%1章', '<w:suff w:val="space"/>'), wlvl(1, 'chineseCounting', '%1.%2', '<w:isLgl/>'), wlvl(2, 'decimal', '%1.%2.%3')]);
    const body = [wli(1, 0, '总则'), wli(1, 1, '目的'), wli(1, 1, '依据'), wli(1, 2, '范围'), wli(1, 0, '附则'), wli(1, 1, '施行')].join('');
    expect(await text(body, { numbering })).toEqual(['第一章 总则', '1.1 目的', '1.2 依据', '一.二.1 范围', '第二章 附则', '2.1 施行']);
  });

  it('puts a space after a label that does not end in punctuation, nothing when Word was told so (w:suff nothing)', async () => {
    const numbering =
      wlist(1, [wlvl(0, 'chineseCounting', '第%1条')]) +
      wlist(2, [wlvl(0, 'chineseCounting', '第%1条', '<w:suff w:val="nothing"/>')]) +
      wlist(3, [wlvl(0, 'decimal', '%1')]) +
      wlist(4, [wlvl(0, 'decimal', '%1：'), wlvl(1, 'decimal', '(%2)'), wlvl(2, 'decimal', '%3．'), wlvl(3, 'decimal', '%4:')]);
    const body = [
      // A typed tab or spaces after an automatic label are not kept twice.
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:tab/><w:t xml:space="preserve">  为了规范 WTO 事务</w:t></w:r></w:p>',
      wli(2, 0, '本规定'),
      wli(3, 0, '项目'),
      wli(4, 0, '甲'),
      wli(4, 1, '乙'),
      wli(4, 2, '丙'),
      wli(4, 3, '丁'),
    ].join('');
    expect(await text(body, { numbering })).toEqual(['第一条 为了规范 WTO 事务', '第一条本规定', '1 项目', '1：甲', '(1)乙', '1．丙', '1:丁']);
  });

  it('gives bullets, "none" levels and levels without a text no label, and numbers the rest', async () => {
    const numbering = wlist(1, [
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>`,
      wlvl(1, 'none', ''),
      wlvl(2, 'decimal', ''),
      wlvl(3, 'decimal', '%4.'),
      '<w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>',
    ]);
    const body = [wli(1, 0, '要点'), wli(1, 1, '无号'), wli(1, 2, '无文字'), wli(1, 3, '有号'), wli(1, 4, '无lvlText'), wli(1, 5, '没有这一级'), wli(9, 0, '没有这个列表')].join('');
    expect(await text(body, { numbering })).toEqual(['要点', '无号', '无文字', '1.有号', '无lvlText', '没有这一级', '没有这个列表']);
  });

  it('starts a numbered paragraph with its label, not with its first-line indent', async () => {
    const item = (ilvl: number, t: string) => wp(t, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLineChars="200" w:firstLine="640"/>`);
    expect(await text(item(0, '职责') + item(1, '办公厅') + wp('正文', '<w:ind w:firstLineChars="200"/>'), { numbering: wlist(1, SANDING_LEVELS) })).toEqual(['一、职责', '（一）办公厅', '\u3000\u3000正文']);
  });

  it('reads a list item without w:ilvl as level 1, and a document without numbering.xml as unnumbered', async () => {
    const item = '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>';
    expect(await text(item + item, { numbering: wlist(1, SANDING_LEVELS) })).toEqual(['一、甲', '二、甲']);
    expect(await text(item)).toEqual(['甲']);
  });

  it('takes the numbering from the paragraph style, through the styles it is based on', async () => {
    const styles = [
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>',
      // A custom style based on heading 2: its numbering (list and level) is heading 2's.
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a5"><w:name w:val="处室标题"/><w:basedOn w:val="2"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>',
    ].join('');
    const body = [
      wp('职责', '<w:pStyle w:val="1"/>'),
      wp('办公厅', '<w:pStyle w:val="2"/>'),
      wp('综合司', '<w:pStyle w:val="a5"/>'),
      wp('正文', '<w:pStyle w:val="a"/>'),
      // The paragraph's own level wins over its style's.
      wp('编制', '<w:pStyle w:val="a5"/><w:numPr><w:ilvl w:val="0"/></w:numPr>'),
    ].join('');
    expect(await text(body, { styles, numbering: wlist(1, SANDING_LEVELS) })).toEqual(['一、职责', '（一）办公厅', '（二）综合司', '正文', '二、编制']);
  });

  it('does not number a paragraph whose numbering Word removed (numId 0), and keeps its first-line indent', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = wp('职责', '<w:pStyle w:val="1"/>') + wp('不编号的标题', '<w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:ind w:firstLineChars="200" w:firstLine="640"/>') + wp('编制', '<w:pStyle w:val="1"/>');
    expect(await text(body, { styles, numbering: wlist(1, SANDING_LEVELS) })).toEqual(['一、职责', '\u3000\u3000不编号的标题', '二、编制']);
  });

  it('reads lists whose definitions are incomplete: a num without its abstract, a list without a first level, a level override without a start, a style that is not there', async () => {
    const numbering =
      '<w:num w:numId="1"><w:abstractNumId w:val="99"/></w:num>' +
      `<w:abstractNum w:abstractNumId="2">${wlvl(1, 'decimal', '%1.%2')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>` +
      wlist(3, SANDING_LEVELS, []) +
      `<w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/></w:lvl></w:lvlOverride></w:num>`;
    const body = [wli(1, 0, '无定义'), wli(2, 1, '只有二级'), wli(2, 1, '又一个'), wli(3, 0, '甲'), wli(3, 0, '乙'), wp('样式缺失', '<w:pStyle w:val="不存在的样式"/>')].join('');
    expect(await text(body, { numbering, styles: '<w:style w:type="paragraph" w:styleId="a"/>' })).toEqual(['无定义', '1.1 只有二级', '1.2 又一个', '一、甲', '二、乙', '样式缺失']);
  });

  it('survives styles based on each other in a loop', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>';
    expect(await text(wp('正文', '<w:pStyle w:val="A"/>'), { styles, numbering: wlist(1, SANDING_LEVELS) })).toEqual(['正文']);
  });
});
