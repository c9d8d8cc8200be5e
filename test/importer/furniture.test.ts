// Site furniture of each kind a pasted notice brings, as the sites print it:
// law databases' 【key】 blocks, government sites' 发文机关 / 索引号 tables,
// news sites' 来源 / 点击 / 打印本页 lines, breadcrumbs and footers, wiki
// taglines, edit marks, tables of contents, infoboxes and reference tails.
// What is read into metadata, noted, dropped, and what of the notice is kept.
import { describe, expect, it } from 'vitest';
import { cleanCopy, stripEditMark } from '../../src/importer/furniture.js';

const clean = (...l: string[]) => cleanCopy(l.join('\n'));
const TITLE = '国务院办公厅关于印发甲局主要职责内设机构和人员编制规定的通知';
const ITEM = '（一）负责拟订全国甲业务发展规划并组织实施。';
/** The lines kept of a copy: the title and item around one furniture line are all that stays. */
const kept = (line: string) => clean(TITLE, line, ITEM).text.split('\n');
const isDropped = (line: string) => {
  const c = clean(TITLE, line, ITEM);
  return c.text === `${TITLE}\n${ITEM}` && c.dropped.length === 1 && c.dropped[0]!.line === 2;
};

/** The document fields, under each key the sites use, in each script. */
const FIELD_KEYS: [string, 'issuer' | 'number' | 'dateText' | 'title' | 'indexNumber' | 'subject', string][] = [
  ...['发布部门', '颁布部门', '颁布单位', '发布单位', '发文单位', '发文机关', '发布机关', '发文机构', '发布机构', '制定机关'].map((k) => [k, 'issuer', '国务院办公厅'] as [string, 'issuer', string]),
  ...['发文字号', '发文文号', '文号'].map((k) => [k, 'number', '国办发〔2008〕60号'] as [string, 'number', string]),
  ...['发布日期', '颁布日期', '成文日期', '发文日期'].map((k) => [k, 'dateText', '2008年07月10日'] as [string, 'dateText', string]),
  ...['标题', '名称', '文件名称'].map((k) => [k, 'title', TITLE] as [string, 'title', string]),
  ['索引号', 'indexNumber', '000014349/2008-00101'],
  ['主题分类', 'subject', '机构编制\\其他'],
];
const NOTED_KEYS = ['实施日期', '施行日期', '生效日期', '失效日期', '时效性', '效力级别', '法规类别', '有效性', '公文种类', '体裁分类', '公开日期', '日期'];
const CHROME_KEYS = [
  '来源', '信息来源', '文章来源', '稿件来源', '作者', '编辑', '责任编辑', '发表时间', '发布时间', '更新时间', '时间',
  '点击', '点击数', '点击量', '点击率', '浏览', '浏览次数', '浏览量', '阅读', '阅读次数', '阅读量', '访问量', '访问次数',
  '字号', '字体', '分享到', '下载地址', '打印', '关闭', '上一篇', '下一篇', '上一条', '下一条', '相关链接', '扫一扫',
];
/** Buttons and bare words pages print on a line of their own. */
const CHROME_WORDS = [
  '打印本页', '关闭窗口', '打印', '关闭', '收藏', '分享', '分享到', '返回顶部', '我要纠错', '设为首页', '加入收藏', '收藏本站',
  '首页', '手机版', '公众号', '微信', '微博', '大', '中', '小', '字体', '字号', '默认', '播报', '编辑', '讨论', '锁定',
  '上传视频', '下载', '点击此处下载', '保存', '纠错', '分享到微信', '分享到微博', '|', '｜', '/',
  '相关法规', '相关文章', '相关链接', '相关阅读', '相关文件', '相关新闻', '推荐阅读', '热点推荐', '延伸阅读', '附件下载', '打印此页',
  '打印文章', '关闭本页', '返回', '返回列表', '上一篇', '下一篇', '扫一扫在手机打开当前页', '扫一扫',
];

describe('a law database’s and a government site’s field block', () => {
  it.each(FIELD_KEYS)('reads %s as the %s, bracketed or with a colon', (key, field, value) => {
    for (const line of [`【${key}】${value}`, `[${key}] ${value}`, `［${key}］：${value}`, `${key}：${value}`, `${key}:\t${value}`, `\u3000${key}:\u3000${value}\u3000`]) {
      const c = clean(TITLE, line, ITEM);
      expect(c.metadata, line).toEqual({ [field]: value });
      expect(c.metadataLines).toEqual({ [field]: 2 });
      expect(c.text).toBe(`${TITLE}\n${ITEM}`);
      expect(c.dropped).toEqual([{ line: 2, text: line.replace(/^\u3000|\u3000$/gu, '') }]);
      expect(c.noted).toEqual([]);
    }
  });

  it('reads the whole pkulaw block, on one line or one a line, into fields and notes', () => {
    const oneLine = clean(TITLE, '【发布部门】国务院办公厅【发文字号】国办发〔2008〕60号【发布日期】2008.07.10【实施日期】2008.07.10【时效性】现行有效【效力级别】国务院规范性文件【法规类别】机构编制', ITEM);
    const oneALine = clean(TITLE, '【发布部门】国务院办公厅', '【发文字号】国办发〔2008〕60号', '【发布日期】2008.07.10', '【实施日期】2008.07.10', '【时效性】现行有效', '【效力级别】国务院规范性文件', '【法规类别】机构编制', ITEM);
    for (const c of [oneLine, oneALine]) {
      expect(c.metadata).toEqual({ issuer: '国务院办公厅', number: '国办发〔2008〕60号', dateText: '2008.07.10' });
      expect(c.noted.map((n) => n.text)).toEqual(['实施日期：2008.07.10', '时效性：现行有效', '效力级别：国务院规范性文件', '法规类别：机构编制']);
      expect(c.text).toBe(`${TITLE}\n${ITEM}`);
      expect(c.unexplained).toEqual([]);
    }
    expect(oneALine.metadataLines).toEqual({ issuer: 2, number: 3, dateText: 4 });
    expect(oneALine.noted.map((n) => n.line)).toEqual([5, 6, 7, 8]);
    expect(oneALine.dropped.map((d) => d.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads a value printed after a blank, a date or a counter-like value included', () => {
    const c = clean(TITLE, '【发布部门】 国务院办公厅　【发布日期】 2008.07.10', '【实施日期】　2008-07-10', '发文日期：\t2008年7月10日', '[发文字号]  国办发〔2008〕60号', ITEM);
    expect(c.metadata).toEqual({ issuer: '国务院办公厅', dateText: '2008.07.10', number: '国办发〔2008〕60号' });
    expect(c.noted).toEqual([{ line: 3, text: '实施日期：2008-07-10' }]);
    expect(c.text).toBe(`${TITLE}\n${ITEM}`);
    // A date after a value is the page's time stamp, not part of the value.
    expect(clean(TITLE, '来源：新华网 2008-07-10 10:21', '发布日期：2008-07-10 10:21', ITEM).metadata).toEqual({ dateText: '2008-07-10' });
  });

  it('reads a traditional copy’s keys the same way, keeping the values as printed', () => {
    const c = clean('國務院辦公廳關於印發甲局主要職責的通知', '【發布部門】國務院辦公廳　【發文字號】國辦發〔2008〕60號', '發文機關：國務院辦公廳', '【時效性】現行有效', ITEM);
    expect(c.metadata).toEqual({ issuer: '國務院辦公廳', number: '國辦發〔2008〕60號' });
    expect(c.noted).toEqual([{ line: 4, text: '时效性：現行有效' }]);
    expect(c.text).toBe(`國務院辦公廳關於印發甲局主要職責的通知\n${ITEM}`);
  });

  it('keeps the first value of a field the copy prints twice', () => {
    const c = clean(TITLE, '发文机关：国务院办公厅', '发布机关：国务院', '发文字号：', '文号：国办发〔2008〕60号', ITEM);
    expect(c.metadata).toEqual({ issuer: '国务院办公厅', number: '国办发〔2008〕60号' });
    expect(c.metadataLines).toEqual({ issuer: 2, number: 5 });
  });

  it.each(NOTED_KEYS)('notes %s, a fact the corpus has no field for, and drops its line', (key) => {
    const c = clean(TITLE, `${key}：现行有效`, ITEM);
    expect(c.noted).toEqual([{ line: 2, text: `${key}：现行有效` }]);
    expect(c.metadata).toEqual({});
    expect(c.text).toBe(`${TITLE}\n${ITEM}`);
    // With nothing after the key there is nothing to note.
    expect(clean(TITLE, `【${key}】`, ITEM).noted).toEqual([]);
  });

  it.each(CHROME_KEYS)('drops the page’s own %s line without reading it', (key) => {
    const c = clean(TITLE, `${key}：中国政府网`, ITEM);
    expect(c.metadata).toEqual({});
    expect(c.noted).toEqual([]);
    expect(c.text).toBe(`${TITLE}\n${ITEM}`);
    expect(c.unexplained).toEqual([]);
  });
});

describe('a news or portal site’s lines about the page', () => {
  it.each(CHROME_WORDS)('drops the button %s on a line of its own', (word) => {
    expect(isDropped(word)).toBe(true);
    expect(isDropped(`\u3000${word}\u3000`)).toBe(true);
  });

  it('drops rows of buttons, bracketed or not, and the font-size box', () => {
    for (const line of [
      '【字体：大 中 小】　【打印本页】　【关闭窗口】',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
      '[打印本页] [关闭窗口]',
      '［打印］［关闭］',
      '【字号 大 中 小】',
      '【字體：大 中 小】',
      '打印本页　关闭窗口',
      '收藏 分享 打印',
      '分享到：微信 微博',
    ]) {
      expect(isDropped(line), line).toBe(true);
      expect(clean(TITLE, line, ITEM).unexplained).toEqual([]);
    }
  });

  it('drops counters however the site words them', () => {
    for (const line of ['点击2435次', '点击：2435', '点击数：9436', '点击量 12', '浏览：9436', '浏览次数：9436次', '阅读 123', '阅读量：１２３', '访问次数:77', '点击', '浏览次']) {
      expect(isDropped(line), line).toBe(true);
    }
  });

  it('drops a line of pairs, counters and dates, a value running on over blanks', () => {
    for (const line of [
      '来源：中国政府网　作者：佚名　发表时间:2008-09-10 点击2435次',
      '时间:2024-07-22 18:21:41　浏览：9436',
      '发布时间：2008/09/10 10:21　来源：新华网',
      '2008-09-10 10:21:33　来源：新华网',
      '2008年09月10日　来源：新华网　【字体：大 中 小】',
      '发布时间：２００８．０９．１０',
      '作者：本网编辑部 时间：2008.9.1 点击：35',
    ]) {
      expect(isDropped(line), line).toBe(true);
    }
    // The value of a pair runs on past blanks: the title's value is read whole.
    expect(clean(TITLE, `标题：甲局 主要职责 规定　来源：新华网`, ITEM).metadata).toEqual({ title: '甲局 主要职责 规定' });
  });

  it('drops a time stamp beside buttons or a counter, a field block after a counter', () => {
    for (const line of ['2008-09-10　【打印本页】', '【打印】 2008-09-10 10:21', '【 打印本页 】', '2008-09-10 点击35次', '点击：35　【发布部门】国务院办公厅']) {
      expect(isDropped(line), line).toBe(true);
    }
    expect(clean(TITLE, '点击：35　【发布部门】国务院办公厅', ITEM).metadata).toEqual({ issuer: '国务院办公厅' });
    // A bracketed group that is not a button stays: the line is the notice's.
    expect(kept('【打印本页】【注】本表数据截至2008年底')).toEqual([TITLE, '【打印本页】【注】本表数据截至2008年底', ITEM]);
    expect(kept('【】负责甲工作')).toEqual([TITLE, '【】负责甲工作', ITEM]);
  });

  it('keeps a notice’s own lines that open like a key or a date', () => {
    for (const line of [
      '来源于各地的统计数据由甲局汇总。',
      '时间紧、任务重，各地要抓紧落实。',
      '编辑出版工作由乙局负责。',
      '2008年7月10日',
      '二〇〇八年七月十日',
      '2008年7月10日　2008年7月11日',
      '1. 负责甲工作。',
      '10时30分',
      '大力推进甲工作。',
      '首页设计由乙局负责。',
      '【编者按】本文件自发布之日起施行。',
      '打印机等办公设备由办公室统一采购。',
      '点击率较高的栏目由丙局维护。',
    ]) {
      expect(kept(line), line).toEqual([TITLE, line, ITEM]);
    }
  });

  it('keeps a line whose pair is followed by prose, or whose value is a paragraph', () => {
    const prose = '来源：中国政府网 本通知自印发之日起施行。原规定同时废止，请各地认真贯彻执行。';
    // A bare chunk after a counter or a date is not a value: the line is the notice's.
    expect(kept('点击2435次 本通知自印发之日起施行。')).toEqual([TITLE, '点击2435次 本通知自印发之日起施行。', ITEM]);
    expect(kept('2008-09-10 本通知自印发之日起施行。')).toEqual([TITLE, '2008-09-10 本通知自印发之日起施行。', ITEM]);
    expect(isDropped(prose)).toBe(true);
    const long = `说明：${'甲'.repeat(101)}`;
    expect(kept(long)).toEqual([TITLE, long, ITEM]);
  });

  it('drops a pair with a long value but marks it unexplained, so the prose check sees it', () => {
    const c = clean(TITLE, `来源：${'甲局负责'.repeat(15)}`, ITEM);
    expect(c.text).toBe(`${TITLE}\n${ITEM}`);
    expect(c.unexplained).toEqual([{ line: 2, text: `来源：${'甲局负责'.repeat(15)}` }]);
    const short = clean(TITLE, `来源：${'甲'.repeat(59)}`, ITEM);
    expect(short.unexplained).toEqual([]);
    // Exactly 100 characters is still a value; 101 is a paragraph, kept.
    expect(isDropped(`来源：${'甲'.repeat(100)}`)).toBe(true);
  });

  it('drops breadcrumbs', () => {
    for (const line of ['当前位置：首页 > 政策法规 > 国务院文件', '您的位置: 首页', '您现在的位置：首页 » 政务公开', '你的位置：首页', '你现在的位置：首页', '所在位置：首页', '现在位置：首页', '位置：首页', '首页 > 政策法规 > 正文', '网站首页>法律法规', '主页 » 新闻', '返回首页 / 政务公开', '首页＞政务', '首页›政务', '首页→政务', '當前位置：首頁 > 國務院文件']) {
      expect(isDropped(line), line).toBe(true);
    }
    for (const line of ['位置在本市东部的甲局负责甲工作。', '甲局办公地点位置：北京市东城区。', '负责维护门户网站首页/栏目页。', '负责门户网站的首页>栏目导航设计。']) {
      expect(kept(line), line).toEqual([TITLE, line, ITEM]);
    }
  });

  it('drops footers and contact lines', () => {
    for (const line of [
      '京ICP备05070218号',
      '京ICP证030247号',
      '京公网安备 11010202000001号',
      '网站标识码：bm01000001',
      '版权所有：中国政府网',
      'Copyright © 2008 www.gov.cn All Rights Reserved',
      'COPYRIGHT 2008',
      '© 2008 中国政府网',
      '主办单位：国务院办公厅',
      '承办单位：中国政府网运行中心',
      '技术支持：某某公司',
      '运行维护单位：某某中心',
      '联系电话：010-12345678',
      '联系我们 | 网站地图 | 网站声明',
      '网站地图',
      '设为首页 | 加入收藏',
      '热门站点| 世界资料网 | 专利资料网 | 论坛',
      '推广联系电话: 400-100-6375',
      '咨询热线：0591-87569904',
      '传真 (010)６６６６６６６６',
      '0591-87569904',
      '（010）12345678',
    ]) {
      expect(isDropped(line), line).toBe(true);
    }
    // A bar between two words is not a navigation bar; a sentence with a telephone is the notice's.
    expect(kept('甲局｜乙局')).toEqual([TITLE, '甲局｜乙局', ITEM]);
    expect(kept('联系甲局的电话是010-12345678，请于工作日拨打。')).toEqual([TITLE, '联系甲局的电话是010-12345678，请于工作日拨打。', ITEM]);
    expect(kept('甲局负责全市电话号码资源的管理')).toEqual([TITLE, '甲局负责全市电话号码资源的管理', ITEM]);
    expect(kept('123456')).toEqual([TITLE, '123456', ITEM]);
    for (const line of ['咨询电话：010-12345678，工作日9时至17时。', '甲局设立的举报热线和咨询电话由办公室负责管理：010-12345678', '本网站的主办单位由甲局确定。', '甲局负责网站地图服务。']) {
      expect(kept(line), line).toEqual([TITLE, line, ITEM]);
    }
  });
});

describe('a wiki’s furniture (Wikisource, Baidu Baike)', () => {
  it('drops taglines, navigation and the licence footer', () => {
    for (const line of [
      '维基文库',
      '维基百科',
      '百度百科',
      '维基文库，自由的图书馆',
      '維基文庫，自由的圖書館',
      '维基百科, 自由的百科全书',
      '出自维基文库',
      '来自维基百科',
      '出自百度百科的词条',
      '跳转到导航',
      '跳到搜索',
      '跳转到内容',
      '（重定向自甲局主要职责）',
      '重定向自甲局',
      '此页面最后编辑于2020年1月1日',
      '本页面最后修订于2020年1月1日',
      '本作品来自中华人民共和国政府的文件，不适用著作权法。',
      '本作品在全世界都属于公有领域。',
      '本作品是中华人民共和国的法律、法规。',
      '本作品属于公有领域。',
      '本作品根据《中华人民共和国著作权法》第五条不受保护。',
      '本作品依据著作权法第五条不受保护。',
      '本作品不适用著作权法。',
    ]) {
      expect(isDropped(line), line).toBe(true);
    }
    for (const line of ['维基文库收录了本文件。', '本作品集由甲局编辑。']) expect(kept(line)).toEqual([TITLE, line, ITEM]);
  });

  it('drops the links to the previous and next version of a text, and keeps a dated sentence', () => {
    for (const line of ['1998年 国务院办公厅关于印发甲局职能配置的通知', '←2008年→', '<2008年>', '2008年', '２００８年　甲局规定', '1998年\u3000甲局职能配置规定 →']) {
      expect(isDropped(line), line).toBe(true);
    }
    for (const line of ['2008年7月', '2008年起，甲局负责甲工作', '2008年甲局负责甲工作', '2008年 甲局负责甲工作，乙局负责乙工作']) {
      expect(kept(line), line).toEqual([TITLE, line, ITEM]);
    }
  });

  it('reads Wikisource’s 发布于 header lines', () => {
    const c = clean(TITLE, '发布于国办发〔2008〕60号《通知》', '发布于 2008年7月10日', ITEM);
    expect(c.metadata).toEqual({ number: '国办发〔2008〕60号', dateText: '2008年7月10日' });
    expect(c.metadataLines).toEqual({ number: 2, dateText: 3 });
    expect(c.text).toBe(`${TITLE}\n${ITEM}`);
    for (const [line, date] of [['发布于二〇〇八年七月十日', '二〇〇八年七月十日'], ['发布于2008-7-10', '2008-7-10'], ['發布於２００８年 ７月 １０日', '２００８年 ７月 １０日']]) {
      expect(clean(TITLE, line!, ITEM).metadata).toEqual({ dateText: date });
    }
    // A 发布于 line with neither is still the wiki's: dropped, nothing read.
    const bare = clean(TITLE, '发布于某某网站', ITEM);
    expect(bare.metadata).toEqual({});
    expect(bare.text).toBe(`${TITLE}\n${ITEM}`);
  });

  it('takes edit marks off headings, in both scripts and every form', () => {
    for (const [printed, heading] of [
      ['一、主要职责[编辑]', '一、主要职责'],
      ['一、主要职责 [编辑]', '一、主要职责'],
      ['一、主要职责　［編輯］', '一、主要职责'],
      ['一、主要职责【编辑】', '一、主要职责'],
      ['一、主要职责[编辑源代码]', '一、主要职责'],
      ['一、主要职责[ 修改 ]', '一、主要职责'],
      ['一、主要职责[Edit]', '一、主要职责'],
      ['一、主要职责[编辑本段]', '一、主要职责'],
      ['一、主要职责 播报 编辑', '一、主要职责'],
      ['一、主要职责播报编辑', '一、主要职责'],
      ['一、主要职责　編輯', '一、主要职责'],
      ['一、主要職責 [編輯] ', '一、主要職責'],
    ]) {
      expect(stripEditMark(printed!), printed).toBe(heading);
      expect(kept(printed!)).toEqual([TITLE, heading, ITEM]);
    }
    // 编辑 as the last word of a sentence is not a mark.
    expect(stripEditMark('负责甲刊物的编辑')).toBe('负责甲刊物的编辑');
    expect(kept('负责甲刊物的编辑')).toEqual([TITLE, '负责甲刊物的编辑', ITEM]);
  });

  it('drops a long traditional breadcrumb, its key read at the line’s start', () => {
    const crumb = `當前位置：首頁 > 國務院文件 > ${'國務院辦公廳關於印發甲局主要職責的通知'.repeat(8)}`;
    expect(crumb.length).toBeGreaterThan(160);
    expect(isDropped(crumb)).toBe(true);
  });

  it('takes a long line’s edit mark off too, converting only its ends', () => {
    const long = `三、${'负责甲業務'.repeat(40)}`;
    expect(kept(`${long} [編輯]`)).toEqual([TITLE, long, ITEM]);
    expect(kept(`發文機關：${long}`)).toEqual([TITLE, `發文機關：${long}`, ITEM]);
  });

  it('takes citation marks off sentences, not off the notice’s own brackets', () => {
    expect(kept('（一）负责甲工作。[1]')).toEqual([TITLE, '（一）负责甲工作。', ITEM]);
    expect(kept('（一）负责甲工作。 [1][2]')).toEqual([TITLE, '（一）负责甲工作。', ITEM]);
    expect(kept('（一）负责甲工作；[1-3]')).toEqual([TITLE, '（一）负责甲工作；', ITEM]);
    expect(kept('（一）负责甲工作。[2, 5]')).toEqual([TITLE, '（一）负责甲工作。', ITEM]);
    expect(kept('（一）负责“甲工作”[3]')).toEqual([TITLE, '（一）负责“甲工作”', ITEM]);
    expect(kept('（一）负责甲工作[1]')).toEqual([TITLE, '（一）负责甲工作[1]', ITEM]);
    expect(kept('（一）负责甲工作。[注]')).toEqual([TITLE, '（一）负责甲工作。[注]', ITEM]);
  });

  it('drops a table of contents up to the blank line or text after it', () => {
    const c = clean(TITLE, '目录', '1 职责调整', '2 主要职责', '2.1 内设机构', '３　人员编制', '一、职责调整', '1 负责甲工作');
    expect(c.text).toBe(`${TITLE}\n一、职责调整\n1 负责甲工作`);
    expect(c.dropped.map((d) => d.line)).toEqual([2, 3, 4, 5, 6]);
    // A blank line ends the contents: what follows is the notice's.
    expect(clean(TITLE, '目录', '1 职责调整', '', '1 负责甲工作').text).toBe(`${TITLE}\n\n1 负责甲工作`);
    // An entry is short and has no sentence punctuation.
    expect(clean(TITLE, '目录', '1 负责甲工作。').text).toBe(`${TITLE}\n1 负责甲工作。`);
    expect(clean(TITLE, '1 职责调整').text).toBe(`${TITLE}\n1 职责调整`);
  });

  it('reads Baidu Baike’s infobox, a key line then a value line', () => {
    const c = clean('甲局主要职责', '中文名', '甲局主要职责规定', '发布单位', '国务院办公厅', '文号', '国办发〔2008〕60号', '发布时间', '2008年7月10日', '类型', '规范性文件', '实施时间', '2008年7月10日', ITEM);
    expect(c.metadata).toEqual({ title: '甲局主要职责规定', issuer: '国务院办公厅', number: '国办发〔2008〕60号', dateText: '2008年7月10日' });
    expect(c.metadataLines).toEqual({ title: 3, issuer: 5, number: 7, dateText: 9 });
    expect(c.text).toBe(`甲局主要职责\n${ITEM}`);
    expect(c.unexplained).toEqual([]);
    for (const [key, field] of [['中文名称', 'title'], ['名称', 'title'], ['颁布单位', 'issuer'], ['发布机关', 'issuer'], ['发文机关', 'issuer'], ['发布部门', 'issuer'], ['发文字号', 'number'], ['颁布时间', 'dateText'], ['发布日期', 'dateText'], ['成文日期', 'dateText']]) {
      expect(clean('甲局主要职责', key!, '甲值', ITEM).metadata, key).toEqual({ [field!]: '甲值' });
    }
    for (const key of ['外文名', '施行时间', '实施日期', '性质', '时效性', '效力级别', '属性', '类别']) {
      const k = clean('甲局主要职责', key, '甲值', ITEM);
      expect(k.metadata, key).toEqual({});
      expect(k.text).toBe(`甲局主要职责\n${ITEM}`);
    }
  });

  it('keeps an infobox key that is the notice’s own line: first line, last line, or before a blank or a sentence', () => {
    // The first line is the title, whatever it says.
    expect(clean('名称', '甲局', ITEM).text).toBe(`名称\n甲局\n${ITEM}`);
    expect(clean(TITLE, ITEM, '类型').text).toBe(`${TITLE}\n${ITEM}\n类型`);
    expect(clean(TITLE, '类型', '', ITEM).text).toBe(`${TITLE}\n类型\n\n${ITEM}`);
    expect(clean(TITLE, '类型', '负责甲工作。').text).toBe(`${TITLE}\n类型\n负责甲工作。`);
    expect(clean(TITLE, '类型', '负责甲工作；').text).toBe(`${TITLE}\n类型\n负责甲工作；`);
  });

  it('drops everything from the references on, and the abstract under the title', () => {
    for (const tail of ['参考资料', '参考文献', '扩展阅读', '词条标签', '词条图册', '相关词条', '外部链接']) {
      const c = clean(TITLE, ITEM, tail, '1. 某某网站 2008-07-10', '', '甲局 · 乙局');
      expect(c.text, tail).toBe(`${TITLE}\n${ITEM}`);
      expect(c.dropped.map((d) => d.line)).toEqual([3, 4, 6]);
      expect(c.unexplained).toEqual([]);
    }
    // Only after the notice began: a first line 参考资料 is its title.
    expect(clean('参考资料', ITEM).text).toBe(`参考资料\n${ITEM}`);
    const abstract = clean(TITLE, `《${TITLE}》是国务院办公厅2008年印发的规定。`, ITEM);
    expect(abstract.text).toBe(`${TITLE}\n${ITEM}`);
    // Only right under the title.
    expect(clean(TITLE, ITEM, `《${TITLE}》是国务院办公厅2008年印发的规定。`).text).toBe(`${TITLE}\n${ITEM}\n《${TITLE}》是国务院办公厅2008年印发的规定。`);
  });
});

describe('what is kept, and where it came from', () => {
  it('maps each kept line to its source line, blank lines and CRLF included', () => {
    const c = cleanCopy(['当前位置：首页 > 政策法规', '', TITLE, '来源：中国政府网', '\u3000\u3000', ITEM, '打印本页'].join('\r\n'));
    expect(c.text).toBe(`\n${TITLE}\n\u3000\u3000\n${ITEM}`);
    expect(c.lineMap).toEqual([2, 3, 5, 6]);
    expect(c.dropped).toEqual([
      { line: 1, text: '当前位置：首页 > 政策法规' },
      { line: 4, text: '来源：中国政府网' },
      { line: 7, text: '打印本页' },
    ]);
  });

  it('leaves a notice without furniture as it is', () => {
    const raw = [TITLE, '国办发〔2008〕60号', '各省、自治区、直辖市人民政府：', '　　现印发。', ITEM, '国务院办公厅', '二〇〇八年七月十日'].join('\n');
    const c = cleanCopy(raw);
    expect(c).toEqual({ text: raw, lineMap: [1, 2, 3, 4, 5, 6, 7], metadata: {}, metadataLines: {}, noted: [], dropped: [], unexplained: [] });
  });
});
