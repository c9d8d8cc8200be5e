import { describe, expect, it } from 'vitest';
import { bundledDocuments } from '../../src/cli/corpus-source.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { findOverlaps } from '../../src/diff/overlap.js';

const corpus = buildCorpus(await bundledDocuments());
const ids = (g: { members: readonly { duty: Duty }[] }) => g.members.map((m) => `${m.duty.unit.key}/${m.duty.path}`);

describe('findOverlaps on the bundled corpus', () => {
  const groups = findOverlaps<Duty, Unit>(corpus.duties);

  it('puts 承办商务部交办的其他事项, which closes all six units, first', () => {
    expect(groups[0]!.units).toHaveLength(6);
    expect(groups[0]!.similarity).toBe(1);
    expect(ids(groups[0]!)).toEqual(['jgfwzx/5', 'wmfzzx/10', 'tzcjzx/10', 'gjjjhzswj/10', 'pexkzswj/9', 'zggjdzswzx/1.8']);
    expect(groups[0]!.members.every((m) => m.clause === '承办商务部交办的其他事项')).toBe(true);
  });

  it('groups the three “…指南” information services, by the clause that says so', () => {
    const guide = groups[1]!;
    expect(ids(guide)).toEqual(['wmfzzx/6', 'tzcjzx/4', 'gjjjhzswj/8']);
    expect(guide.members.map((m) => m.clause)).toEqual([
      '负责“中国贸易指南”的日常运营并向企业提供信息资料',
      '受商务部委托，负责“中国投资指南”网站的日常营运并向企业提供信息资料',
      '负责“中国合作指南”的日常运营并向企业提供信息资料',
    ]);
    expect(guide.similarity).toBeGreaterThan(0.5);
  });

  it('finds the training and seminars that 外贸发展中心 and 投资促进中心 both organise', () => {
    const training = groups.find((g) => g.members.some((m) => m.clause.includes('专业培训')))!;
    expect(ids(training)).toEqual(['wmfzzx/9', 'tzcjzx/8']);
    expect(training.members[1]!.clause).toBe('组织与投资有关的专业培训、研讨会、洽谈会、展览会等活动');
  });

  it('orders by units shared, then similarity, and keeps every group across units', () => {
    for (let i = 1; i < groups.length; i++) {
      const [p, q] = [groups[i - 1]!, groups[i]!];
      expect(p.units.length > q.units.length || (p.units.length === q.units.length && p.similarity >= q.similarity)).toBe(true);
    }
    for (const g of groups) expect(g.units.length).toBeGreaterThanOrEqual(2);
  });

  it('does not chain: every two members of a group are at least the minimum alike', () => {
    const loose = findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity: 0.2 });
    for (const g of loose) expect(g.similarity).toBeGreaterThanOrEqual(0.2);
    // At 0.2 more groups appear, and none swallows the 指南 trio into a bigger topic.
    expect(loose.length).toBeGreaterThan(groups.length);
    expect(loose.some((g) => ids(g).join() === 'wmfzzx/6,tzcjzx/4,gjjjhzswj/8')).toBe(true);
  });

  it('compares only the duties given, weighing words by the background', () => {
    const two = corpus.units.filter((u) => u.key === 'wmfzzx' || u.key === 'pexkzswj');
    const g = findOverlaps<Duty, Unit>(two.flatMap((u) => u.duties), { background: corpus.duties });
    expect(g.map(ids)).toEqual([['wmfzzx/10', 'pexkzswj/9']]);
    expect(findOverlaps<Duty, Unit>(two.flatMap((u) => u.duties), { minSimilarity: 1.01 })).toEqual([]);
  });
});
