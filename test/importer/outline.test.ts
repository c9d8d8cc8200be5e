// Nesting follows the labels themselves: a label of a kind already open is a
// sibling there, a new kind opens a level under the current item, whatever
// ladder the notice uses.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import type { DutyFile } from '../../src/corpus/format.js';
import { importNotice } from '../../src/importer/notice.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const head = ['示范部关于印发甲中心主要职能的通知', '部内各单位：', '现印发给你们。', '示范部', '二〇二〇年三月一日'];
const unitOf = (...lines: string[]) => importNotice([...head, ...lines].join('\n'), { initials });

/** Labels as a tree: [label, children]. */
type Tree = (string | Tree)[];
const tree = (duties: readonly DutyFile[] | undefined): Tree => (duties ?? []).map((d) => (d.items ? [d.label ?? d.text, tree(d.items)] : d.label ?? d.text));

describe('the outline', () => {
  it('nests 一、 （一） 1． （1） four deep and goes back up to any open level', () => {
    const r = unitOf('甲中心主要职能', '一、负责甲。', '（一）负责甲一。', '1．负责甲一一。', '（1）负责甲一一一。', '（2）负责甲一一二。', '2．负责甲一二。', '（二）负责甲二。', '二、负责乙。');
    expect(r.warnings).toEqual([]);
    expect(tree(r.document.units[0]!.duties)).toEqual([['一、', [['（一）', [['1．', ['（1）', '（2）']], '2．']], '（二）']], '二、']);
  });

  it('nests whatever ladder the notice uses: 一、 straight to 1．, and （一） under 1．', () => {
    const r = unitOf('甲中心主要职能', '一、负责甲。', '1．负责甲一。', '2．负责甲二。', '（一）负责甲二一。', '（二）负责甲二二。', '3．负责甲三。', '二、负责乙。', '1．负责乙一。');
    expect(r.warnings).toEqual([]);
    expect(tree(r.document.units[0]!.duties)).toEqual([['一、', ['1．', ['2．', ['（一）', '（二）']], '3．']], ['二、', ['1．']]]);
  });

  it('starts at whatever level the first item is: （一） items with 1． under them', () => {
    const r = unitOf('甲中心主要职能', '（一）负责甲。', '1．负责甲一。', '（二）负责乙。', '（三）负责丙。', '1．负责丙一。', '2．负责丙二。');
    expect(tree(r.document.units[0]!.duties)).toEqual([['（一）', ['1．']], '（二）', ['（三）', ['1．', '2．']]]);
  });

  it('gives a paragraph after a section’s items to that section, and one after a plain item to the unit', () => {
    const r = unitOf(
      '甲中心主要职能',
      '一、主要职责',
      '（一）负责甲。',
      '1．负责甲一。',
      '所列职责由甲中心统一承担。',
      '二、其他事项',
      '所属单位另行规定。',
      '乙中心主要职能',
      '一、负责乙。',
      '（一）负责乙一。',
      '以上职责自印发之日起施行。',
    );
    const [jia, yi] = r.document.units;
    expect(jia!.sections!.map((s) => [s.title, tree(s.duties)])).toEqual([
      ['主要职责', [['（一）', ['1．']], '所列职责由甲中心统一承担。']],
      ['其他事项', ['所属单位另行规定。']],
    ]);
    expect(tree(yi!.duties)).toEqual([['一、', ['（一）']], '以上职责自印发之日起施行。']);
  });
});
