// Doubtful results are never silent: each kind of doubt the importer can have
// about what it read is a warning (and --strict makes warnings exit 2).
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/importer/notice.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const messages = (text: string) => importNotice(text, { initials }).warnings.map((w) => [w.line ?? null, w.message]);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('warnings for doubtful results', () => {
  it('a 三定 body unit without duties', () => {
    expect(messages('甲局主要职责内设机构和人员编制规定\n一、人员编制\n甲局机关行政编制为20名。')).toEqual([
      [1, '甲局: the 三定 provision gives its body unit no duties (no 主要职责 section or article found)'],
    ]);
  });

  it('a unit name with digits, brackets or an edit mark', () => {
    expect(messages('示范通知\n附件\n第2中心主要职能\n一、负责甲工作。\n丙中心〔试点〕主要职能\n一、负责丙工作。\n乙中心编辑主要职能\n一、负责乙工作。')).toEqual([
      [3, 'the unit name “第2中心” has digits in it; check it was read from a real heading'],
      [5, 'the unit name “丙中心〔试点〕” has brackets in it; check it was read from a real heading'],
      [7, 'the unit name “乙中心编辑” has an edit mark in it; check it was read from a real heading'],
    ]);
  });

  it('two body units in one 三定 provision', () => {
    const text = '甲局主要职责内设机构和人员编制规定\n一、主要职责\n（一）负责甲工作。\n乙局主要职责内设机构和人员编制规定\n一、主要职责\n（一）负责乙工作。';
    expect(messages(text)).toEqual([
      [4, 'more than one 三定 body unit found (“甲局主要职责内设机构和人员编制规定”, “乙局主要职责内设机构和人员编制规定”): a 三定 provision sets up one body; check that no heading or link line was taken for a title'],
    ]);
  });

  it('a 通知 whose head has no recipients line', () => {
    const withRecipients = fixture('sanding-notice.txt');
    const without = withRecipients.replace('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n', '');
    expect(messages(withRecipients)).toEqual([]);
    expect(messages(without)).toEqual([[1, 'no recipients line found (主送机关, the line ending with ：) in the head of this 通知']]);
  });

  it('a number only in the copy’s metadata lines', () => {
    const text = `【发文字号】国办发〔2008〕77号\n${fixture('sanding-notice.txt').replace('国办发〔2008〕77号\n', '')}`;
    expect(messages(text)).toEqual([[1, "the document number 国办发〔2008〕77号 comes from the copy's site metadata; the text itself prints none"]]);
  });

  it('a dropped line that reads like prose', () => {
    const text = `${fixture('sanding-notice.txt')}\n来源：根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案，设立国务院办公厅，为协助国务院领导同志处理日常工作的机构。`;
    expect(messages(text)).toEqual([
      [23, 'a line dropped as site furniture reads like prose; check it is not part of the notice: “来源：根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案，设立国务院…”'],
    ]);
  });
});
