// A copy's metadata (a site's 发文字号/发文机关/成文日期 table, a .docx's
// properties) against what the notice's text says: gaps are filled, the text
// wins every disagreement, and each disagreement is a warning on the metadata's
// line when the reader knows it.
import { describe, expect, it } from 'vitest';
import { findDocumentNumber } from '../../src/importer/head.js';
import { looksLikeProse, mergeMetadata, parseLooseDate, sameText, type DocumentFields } from '../../src/importer/metadata.js';

const number = (printed: string) => {
  const { index: _index, ...n } = findDocumentNumber(printed)!;
  return n;
};
/** What a notice's text gave: 国办发〔2008〕77号, 国务院办公厅, 二〇〇八年七月十一日, its title. */
const fromText = (): DocumentFields => ({
  title: '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知',
  number: number('国办发〔2008〕77号'),
  issuer: '国务院办公厅',
  date: '2008-07-11',
  dateText: '二〇〇八年七月十一日',
});
const lines = { title: 2, number: 3, issuer: 4, dateText: 5 } as const;

describe('merging a copy’s metadata into the text’s fields', () => {
  it('fills every gap of a text that says nothing about itself', () => {
    const fields: DocumentFields = {};
    const out = mergeMetadata(fields, { title: ' 示范部关于印发甲中心主要职能的通知 ', number: ' 示部发〔2020〕3号 ', issuer: ' 示范部 ', dateText: ' 2020年3月1日 ' }, 'the page', lines);
    expect(fields).toEqual({
      title: '示范部关于印发甲中心主要职能的通知',
      number: number('示部发〔2020〕3号'),
      issuer: '示范部',
      date: '2020-03-01',
      dateText: '2020年3月1日',
    });
    expect(out).toEqual([{ line: 3, message: 'the document number 示部发〔2020〕3号 comes from the page; the text itself prints none' }]);
  });

  it('keeps the text’s values where they disagree, with a warning on each metadata line', () => {
    const fields = fromText();
    const out = mergeMetadata(fields, { title: '另一个标题', number: '国办发〔2008〕78号', issuer: '国务院', dateText: '2008-07-12 09:30' }, 'the page', lines);
    expect(fields).toEqual(fromText());
    expect(out).toEqual([
      { line: 3, message: "the page gives the document number 国办发〔2008〕78号, the text 国办发〔2008〕77号; the text's is kept" },
      { line: 4, message: "the page gives the issuer 国务院, the text 国务院办公厅; the text's is kept" },
      { line: 5, message: "the page gives the date 2008-07-12 09:30, the text 二〇〇八年七月十一日; the text's is kept" },
      { line: 2, message: "the page gives the title “另一个标题”, the text “国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知”; the text's is kept" },
    ]);
  });

  it('gives no line when the reader knows none', () => {
    const out = mergeMetadata(fromText(), { issuer: '国务院' }, 'the document properties');
    expect(out).toEqual([{ message: "the document properties gives the issuer 国务院, the text 国务院办公厅; the text's is kept" }]);
  });

  it('agrees with a number, issuer, date or title printed otherwise: width, script, brackets, blanks, 中华人民共和国', () => {
    const fields: DocumentFields = { ...fromText(), issuer: '中华人民共和国商务部' };
    const printedOtherwise = [
      { number: '国办发［２００８］７７号', issuer: '商务部', dateText: '2008/7/11', title: '国务院办公厅关于印发《商务部主要职责内设机构和人员编制规定》的通知'.replace(/[《》]/gu, '') },
      { number: '國辦發〔2008〕77號', issuer: '中華人民共和國商務部', dateText: '二〇〇八年七月十一日', title: '國務院辦公廳關於印發商務部主要職責內設機構和人員編制規定的通知' },
      { number: '国办发(2008)77号', issuer: '中华人民共和国 商务部', dateText: '2008.07.11 00:00:00', title: '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知\u3000' },
    ];
    for (const metadata of printedOtherwise) expect(mergeMetadata(fields, metadata, 'the page', lines)).toEqual([]);
    expect(mergeMetadata({ issuer: '商務部' }, { issuer: '中華人民共和國商务部' }, 'the page')).toEqual([]);
  });

  it('says so when the metadata’s number or date does not read as one, and uses neither', () => {
    const fields: DocumentFields = {};
    const out = mergeMetadata(fields, { number: '第77号', dateText: '现行有效', indexNumber: '000014349/2008-00077' }, 'the page', lines);
    expect(fields).toEqual({});
    expect(out).toEqual([
      { line: 3, message: 'the page gives the document number “第77号”, which does not read as one (机关代字〔年份〕序号号); not used' },
      { line: 5, message: 'the page gives the date “现行有效”, which is not a calendar date; not used' },
    ]);
  });

  it('asks about a number only the text prints, when the metadata table has a date or an index number, on the date’s line', () => {
    expect(mergeMetadata(fromText(), { dateText: '2008-07-11' }, 'the page', lines)).toEqual([
      { line: 5, message: 'the text prints the document number 国办发〔2008〕77号, but the page gives none' },
    ]);
    expect(mergeMetadata(fromText(), { indexNumber: '000014349/2008-00077', number: ' ' }, 'the page')).toEqual([
      { message: 'the text prints the document number 国办发〔2008〕77号, but the page gives none' },
    ]);
    expect(mergeMetadata(fromText(), { title: '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知', subject: '机构编制' }, 'the page')).toEqual([]);
  });

  it('takes blank metadata values for none', () => {
    const fields: DocumentFields = {};
    expect(mergeMetadata(fields, { number: ' ', issuer: '\u3000', dateText: ' ', title: '' }, 'the page', lines)).toEqual([]);
    expect(fields).toEqual({});
  });

  it('leaves a date the text prints but is no calendar date, and adds no ISO date to it', () => {
    const fields: DocumentFields = { dateText: '二〇〇八年二月三十日' };
    expect(mergeMetadata(fields, { dateText: '2008-02-29' }, 'the page')).toEqual([]);
    expect(fields).toEqual({ dateText: '二〇〇八年二月三十日' });
  });

  it('names the text’s ISO date when it printed no date text of its own', () => {
    expect(mergeMetadata({ date: '2008-07-11' }, { dateText: '2008-07-12' }, 'the page')).toEqual([
      { message: "the page gives the date 2008-07-12, the text 2008-07-11; the text's is kept" },
    ]);
  });
});

describe('dates as sites print them', () => {
  it('read with blanks, a time, a trailing 日, or 〇 printed as a letter', () => {
    const read = ['2008 - 09 - 10', '2008-9-10日', '2008年09月10日 17:45:30', '2008-09-10 7:45', '2008-09-10  07:45', ' 2008 年 9 月 10 日 ', '二OO八年九月十日', '二oo八年九月十日', '二ＯＯ八年九月十日', '２００８．９．１０'];
    expect(read.map(parseLooseDate)).toEqual(Array(read.length).fill('2008-09-10'));
  });

  it('not read when they are not a whole date', () => {
    expect(['2008-09-10T17:45', '2008-09-10 17:4', '2008.09.10.', '08-09-10', '2008-13-01', '2008年9月', '发布日期：2008-09-10'].map(parseLooseDate)).toEqual(Array(7).fill(undefined));
  });
});

describe('two printings of one value', () => {
  it('are the same whatever their script, width, brackets, quotes and blanks', () => {
    expect(sameText('国办发〔2008〕77号', '國辦發[２００８]77號')).toBe(true);
    expect(sameText('关于“甲中心”的通知', '关于「甲中心」的通知')).toBe(true);
    expect(sameText('关于『甲中心』的通知', '关于"甲中心"的通知')).toBe(true);
    expect(sameText('国办发【2008】77号', '国办发〖2008〗77号')).toBe(true);
    expect(sameText('国办发（2008）77号', '国办发 (2008) 77号')).toBe(true);
    expect(sameText('甲中心\u3000主要职能', '甲中心\u00a0主要职能')).toBe(true);
    expect(sameText('国办发〔2008〕77号', '国办发〔2008〕78号')).toBe(false);
    expect(sameText('关于“甲中心”的通知', '关于甲中心的通知')).toBe(false);
  });
});

describe('dropped text that reads like the notice', () => {
  it('has at least 40 characters not counting blanks, a clause mark and a run of eight ideographs', () => {
    const forty = '商务部负责稀土产品的进出口管理，会同有关部门制定进出口配额并负责组织实施监督检查';
    expect([...forty]).toHaveLength(40);
    expect(looksLikeProse(forty)).toBe(true);
    expect(looksLikeProse(forty.slice(1))).toBe(false);
    expect(looksLikeProse(`${forty.slice(1)}\u3000\u00a0 `)).toBe(false);
    expect(looksLikeProse(forty.replace('，', '、'))).toBe(false);
    expect(looksLikeProse(forty.replace('，', ';'))).toBe(true);
    expect(looksLikeProse(forty.replace('，', '。'))).toBe(true);
    // Site furniture: short words between separators, however long the line.
    expect(looksLikeProse('首页，政务公开，政策文件，国务院文件，机构编制，国办文件，通知公告，人事信息，联系我们，网站地图')).toBe(false);
  });
});
