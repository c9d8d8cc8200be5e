// The bundled corpus against the notice it transcribes. The seed is split here
// with its own simple rules (not the importer's), so the two can disagree.
import { describe, expect, it } from 'vitest';
import { bundledDocuments } from '../../src/cli/corpus-source.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { noteText } from '../../src/corpus/notes.js';

import { hasSeed, seedBytes } from '../helpers/seed.js';

const seed = seedBytes.toString('utf8');
const corpus = buildCorpus(await bundledDocuments());

/** The unit headings as the notice prints them, in order. */
const HEADINGS = [
  '机关服务中心（机关服务局）主要职能',
  '外贸发展中心（外贸发展事务局）主要职能',
  '投资促进中心《投资促进事务局）主要职能',
  '国际经济合作事务局主要职能',
  '配额许可证事务局主要职能',
  '中国国际电子商务中心',
];
const MARKER = /(?:^|[\s\u00a0\u3000]+)([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;

function seedSegments(): { label: string; text: string }[][] {
  const attachment = seed.slice(seed.indexOf('附 件：'));
  const starts = HEADINGS.map((h) => attachment.indexOf(h));
  expect(starts.every((s, i) => s > 0 && (i === 0 || s > starts[i - 1]!))).toBe(true);
  return HEADINGS.map((h, i) => {
    const segment = attachment.slice(starts[i]! + h.length, starts[i + 1]);
    const parts = segment.split(MARKER).slice(1);
    const items: { label: string; text: string }[] = [];
    for (let k = 0; k < parts.length; k += 2) items.push({ label: parts[k]!, text: parts[k + 1]!.trim() });
    return items;
  });
}

describe.skipIf(!hasSeed)('bundled corpus vs the seed notice', () => {
  const segments = hasSeed ? seedSegments() : [];

  it('has the six units in the notice order', () => {
    expect(corpus.units.map((u) => u.name)).toEqual([
      '机关服务中心', '外贸发展中心', '投资促进中心', '国际经济合作事务局', '配额许可证事务局', '中国国际电子商务中心',
    ]);
  });

  it('holds every duty of the seed verbatim, under the right unit, in order, and nothing else', () => {
    corpus.units.forEach((unit, i) => {
      const expected: { label: string | undefined; text: string }[] = [];
      for (const item of segments[i]!) {
        // 中国国际电子商务中心's section headings are not duties: 一、主要职能 carries no text of its
        // own, and 二、其他事项 is followed by its paragraph.
        if (item.text === '主要职能') continue;
        const other = item.text.match(/^其他事项[\s\u3000]+(.*)$/su);
        expected.push(other ? { label: undefined, text: other[1]! } : { label: item.label, text: item.text });
      }
      expect(unit.duties.map((d) => ({ label: d.label, text: d.text }))).toEqual(expected);
    });
    expect(corpus.duties).toHaveLength(60);
  });

  it('keeps the source typo 进人国际市场', () => {
    expect(corpus.duties.filter((d) => d.text.includes('进人国际市场')).map((d) => d.id)).toEqual(['sbf-2003-9/gjjjhzswj/8']);
    expect(corpus.duties.some((d) => d.text.includes('进入国际市场'))).toBe(false);
  });

  it('nests 机关服务中心 二（一）…（七） under 二, which keeps its lead text', () => {
    const two = corpus.duties.find((d) => d.id === 'sbf-2003-9/jgfwzx/2')!;
    expect(two.text).toBe('承担部机关委托管理的服务性、事务性较强的后勤行政管理职能，与部机关签订并履行委托协议。');
    expect(two.children.map((c) => c.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']);
    expect(two.children.every((c) => c.parent === two && c.depth === 1)).toBe(true);
    expect(two.children[2]!.numbering).toBe('二（三）');
  });

  it('keeps 中国国际电子商务中心 in two sections', () => {
    const unit = corpus.units.find((u) => u.key === 'zggjdzswzx')!;
    expect(unit.sections.map((s) => [s.label, s.title, s.duties.length])).toEqual([
      ['一、', '主要职能', 8],
      ['二、', '其他事项', 1],
    ]);
    expect(unit.sections[1]!.duties[0]!.label).toBeUndefined();
    expect(unit.duties.map((d) => d.path)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '2.p1']);
  });

  it('records the document as the notice prints it', () => {
    const doc = corpus.documents[0]!;
    expect(seed).toContain(doc.title);
    expect(seed).toContain(doc.number!);
    expect(doc.numberNormalized).toBe('商办发〔2003〕9号');
    expect(seed).toContain(`${doc.issuer} ${doc.dateText}`);
    expect(doc.dateText).toBe('二\u25cb\u25cb三年六月二十六日');
    expect(doc.date).toBe('2003-06-26');
    expect(seed).toContain(doc.recipients.join('，') + '：');
    for (const paragraph of doc.body!.split('\n')) expect(seed).toContain(paragraph);
    expect(doc.attachment).toEqual({ label: '附件', reference: '附件：如文' });
    expect(seed).toContain(doc.attachment!.reference!);
  });

  it('names each unit as the heading does, with the external names and aliases the notice uses', () => {
    for (const unit of corpus.units) {
      if (unit.externalName) expect(seed).toContain(`（对外称“${unit.externalName}”）`);
      for (const alias of unit.aliases) expect(seed).toContain(alias);
    }
    const invest = corpus.units.find((u) => u.key === 'tzcjzx')!;
    expect(invest.aliases).toEqual(['外商投资促进中心']);
    expect(invest.heading).toBe('投资促进中心（投资促进事务局）主要职能');
    for (const lang of ['zh', 'en'] as const) expect(invest.notes.map((n) => noteText(n, lang)).join(' ')).toContain('投资促进中心《投资促进事务局）主要职能');
    expect(corpus.units.filter((u) => u.externalName).map((u) => u.externalName)).toEqual(['机关服务局', '外贸发展事务局', '投资促进事务局']);
  });
});
