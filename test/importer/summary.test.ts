// The import summary: what `mandates import` prints on stderr and carries in
// --json, for a person to check against the source at a glance.
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/importer/notice.js';
import { summarizeImport, unitDutyCount } from '../../src/importer/summary.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('the import summary', () => {
  it('gives a 三定 notice’s number, issuer and date, and each unit with its parent, preamble and staffing', () => {
    const { summary } = importNotice(fixture('sanding-notice.txt'), { initials });
    expect(summary).toEqual({
      number: '国办发〔2008〕77号',
      issuer: '国务院办公厅',
      date: '2008-07-11',
      units: [
        // Three duties under 一、主要职责 and the paragraph under 四、附则: sections are counted too.
        { id: 'swb', name: '商务部', duties: 4, parent: null, preamble: true, staffing: true },
        { id: 'bgt', name: '办公厅', duties: 1, parent: 'swb', preamble: false, staffing: false },
        { id: 'rss', name: '人事司', duties: 1, parent: 'swb', preamble: false, staffing: false },
      ],
    });
  });

  it('counts sub-items at every depth, and shows the date as printed when it is not a calendar date', () => {
    const text = [
      '示范部关于印发甲中心主要职能的通知',
      '各司局：',
      '现印发。',
      '示范部',
      '二〇〇八年二月三十日',
      '甲中心主要职能',
      '一、负责甲工作。',
      '（一）负责乙。',
      '1．负责丁。',
      '2．负责戊。',
      '（二）负责丙。',
      '二、承办交办的其他事项。',
    ].join('\n');
    const { summary, document } = importNotice(text, { initials });
    expect(document.date).toBeUndefined();
    expect(summary).toEqual({
      number: null,
      issuer: '示范部',
      date: '二〇〇八年二月三十日',
      units: [{ id: 'jzx', name: '甲中心', duties: 6, parent: null, preamble: false, staffing: false }],
    });
  });

  it('says null for what a bare list of duties does not give', () => {
    const { summary } = importNotice('甲中心主要职能\n一、负责甲工作。\n二、承办交办的其他事项。', { initials });
    expect(summary).toEqual({
      number: null,
      issuer: null,
      date: null,
      units: [{ id: 'jzx', name: '甲中心', duties: 2, parent: null, preamble: false, staffing: false }],
    });
  });

  it('prefers the ISO date to the printed one, and counts a unit with neither duties nor sections as none', () => {
    const summary = summarizeImport({
      mandates: 1,
      id: 'x',
      title: '示范',
      date: '2008-07-11',
      dateText: '二〇〇八年七月十一日',
      units: [{ id: 'a', name: '甲', sections: [{ label: '一、', title: '主要职责', duties: [{ text: '负责甲。', items: [{ text: '负责乙。' }] }] }, { label: '二、', title: '其他', duties: [] }] }, { id: 'b', name: '乙' }],
    });
    expect(summary.date).toBe('2008-07-11');
    expect(summary.units.map((u) => u.duties)).toEqual([2, 0]);
    expect(unitDutyCount({ id: 'c', name: '丙', duties: [{ text: '一' }], sections: [{ label: '一、', title: '主要职责', duties: [{ text: '二' }] }] })).toBe(2);
  });
});
