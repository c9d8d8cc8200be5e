// Container metadata (a page's metadata table, a .docx's properties) merged into
// what the notice's text says: the text wins, gaps are filled, and every
// disagreement or one-sided document number is a warning.
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/importer/notice.js';
import { looksLikeProse, parseLooseDate } from '../../src/importer/metadata.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** The notice of sanding-notice.txt without its number line, issuer and date: a body that says little about itself. */
const bare = fixture('sanding-notice.txt').split('\n').filter((l) => !/^(国办发|国务院办公厅$|二〇〇八年)/u.test(l)).join('\n');

describe('importNotice with metadata', () => {
  it('fills the number, issuer and date from the metadata when the text gives none, and warns about the number', () => {
    const r = importNotice(bare, {
      initials,
      metadata: { number: '国办发〔2008〕77号', issuer: '国务院办公厅', dateText: '2008-07-11', subject: '机构编制', indexNumber: '000014349/2008-00077' },
    });
    expect(r.document).toMatchObject({
      id: 'gbf-2008-77',
      number: '国办发〔2008〕77号',
      numberNormalized: '国办发〔2008〕77号',
      issuer: '国务院办公厅',
      date: '2008-07-11',
      dateText: '2008-07-11',
    });
    expect(r.warnings.map((w) => w.message)).toEqual(["the document number 国办发〔2008〕77号 comes from the source's metadata; the text itself prints none"]);
    expect(r.summary).toMatchObject({ number: '国办发〔2008〕77号', issuer: '国务院办公厅', date: '2008-07-11' });
  });

  it('keeps the text’s values where the metadata disagrees, with a warning each', () => {
    const r = importNotice(fixture('sanding-notice.txt'), {
      initials,
      metadata: { number: '国办发〔2008〕78号', issuer: '国务院', dateText: '2008年7月12日', title: '另一个标题' },
    });
    expect(r.document).toMatchObject({ number: '国办发〔2008〕77号', issuer: '国务院办公厅', date: '2008-07-11', title: '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知' });
    expect(r.warnings.map((w) => w.message)).toEqual([
      "the source's metadata gives the document number 国办发〔2008〕78号, the text 国办发〔2008〕77号; the text's is kept",
      "the source's metadata gives the issuer 国务院, the text 国务院办公厅; the text's is kept",
      "the source's metadata gives the date 2008年7月12日, the text 二〇〇八年七月十一日; the text's is kept",
      "the source's metadata gives the title “另一个标题”, the text “国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知”; the text's is kept",
    ]);
  });

  it('says nothing when the metadata agrees, whatever its brackets, width and script', () => {
    const r = importNotice(fixture('sanding-notice.txt'), {
      initials,
      metadata: { number: '國辦發[2008]77號', issuer: '国务院办公厅', dateText: '2008.07.11', title: '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知' },
    });
    expect(r.warnings).toEqual([]);
  });

  it('warns when the text prints a number a site’s metadata table lacks', () => {
    const r = importNotice(fixture('sanding-notice.txt'), { initials, metadata: { issuer: '国务院办公厅', dateText: '2008-07-11' } });
    expect(r.warnings.map((w) => w.message)).toEqual(["the text prints the document number 国办发〔2008〕77号, but the source's metadata gives none"]);
    // A .docx's properties with only a title say nothing about numbers.
    expect(importNotice(fixture('sanding-notice.txt'), { initials, metadata: { title: '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知' } }).warnings).toEqual([]);
  });

  it('takes the title from the metadata when the text has none', () => {
    const r = importNotice('甲中心主要职能\n一、负责甲工作。\n二、承办交办的其他事项。', { initials, metadata: { title: '示范部关于印发甲中心主要职能的通知' } });
    expect(r.document.title).toBe('示范部关于印发甲中心主要职能的通知');
    expect(r.document.units.map((u) => [u.name, u.duties!.length])).toEqual([['甲中心', 2]]);
  });

  it('warns about dropped furniture that reads like prose, and only that', () => {
    const r = importNotice(fixture('sanding-notice.txt'), {
      initials,
      dropped: [
        '首页 > 政策 > 国务院文件',
        '版权所有：中国政府网 | 中文域名：中国政府网.政务 | 京ICP备05070218号 | 京公网安备11010202000001号',
        '【字体：大 中 小】 打印本页 关闭窗口',
        '商务部负责稀土产品的进出口管理，会同有关部门制定进出口配额，并负责组织实施相关的监督检查工作。',
      ],
    });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'text dropped as site furniture reads like prose; check it is not part of the notice: “商务部负责稀土产品的进出口管理，会同有关部门制定进出口配额，并负责组织实施相关的…”',
    ]);
  });
});

describe('metadata values', () => {
  it('reads the dates sites print', () => {
    expect(['2008-09-10', '2008.9.10', '2008/09/10', '2008-09-10 17:45', '2008年9月10日', '二〇〇八年九月十日', '２００８－０９－１０'].map(parseLooseDate)).toEqual(
      Array(7).fill('2008-09-10'),
    );
    expect(parseLooseDate('2008-02-30')).toBeUndefined();
    expect(parseLooseDate('现行有效')).toBeUndefined();
  });

  it('tells prose from furniture', () => {
    expect(looksLikeProse('当前位置：首页 > 政务公开 > 政策文件 > 国务院文件 > 机构编制 > 国务院办公厅文件')).toBe(false);
    expect(looksLikeProse('根据上述职责，商务部设3个内设机构，负责机关日常运转工作，承担信息、安全、保密等工作。')).toBe(true);
    expect(looksLikeProse('负责机关日常运转工作。')).toBe(false);
  });
});
