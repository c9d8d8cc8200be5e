// Pairs exactly at the cut-off belong to the overlap (alike "at least" the cut-off), in both candidate searches and
// in the grouping. Texts whose bigrams are the same, in another order (the rotations of a text that ends as it
// begins), are exactly 1 alike, so `minSimilarity: 1` groups them: no rounding of a bound may stand between such a
// pair and the cut-off.
import { describe, expect, it } from 'vitest';
import { findOverlaps } from '../../src/diff/overlap.js';

interface D {
  readonly unit: string;
  readonly text: string;
}

/** Text read round from place k: 负责贸易 from 2 is 贸易负责贸 (the first character again at the end). */
const round = (text: string, k: number) => [...text.slice(k), ...text.slice(0, k), text[k]!].join('');

describe('findOverlaps at the cut-off', () => {
  it('groups texts of the same bigrams in another order at a cut-off of 1, every member with every other', () => {
    // 负责贸易管理工作 read round from three places, and the same text once, not read round (one bigram fewer).
    const duties: D[] = [
      { unit: 'A', text: round('负责贸易管理工作', 0) },
      { unit: 'B', text: `组织展览；${round('负责贸易管理工作', 1)}` },
      { unit: 'C', text: round('负责贸易管理工作', 2) },
      { unit: 'D', text: '负责贸易管理工作' },
    ];
    for (const exact of [true, false]) {
      const groups = findOverlaps<D, string>(duties, { minSimilarity: 1, exact });
      expect(groups.map((g) => ({ units: g.units, similarity: g.similarity, clauses: g.members.map((m) => m.clause) })), `exact: ${exact}`).toEqual([
        { units: ['A', 'B', 'C'], similarity: 1, clauses: ['负责贸易管理工作负', '责贸易管理工作负责', '贸易管理工作负责贸'] },
      ]);
    }
  });

  it('finds every such group, whatever the weights and lengths, among many texts', () => {
    // Texts of 5 to 40 characters drawn from a small set (so weights vary), each read round from three places in
    // three units, among texts of the same characters that are not rotations.
    const chars = [...'国家对外贸易经济合作管理工作负责组织实施监督检查服务'];
    let state = 7;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const bases: string[] = [];
    const duties: D[] = [];
    for (let b = 0; b < 30; b++) {
      const length = 5 + next(36);
      let text = '';
      for (let c = 0; c < length; c++) text += chars[next(chars.length)];
      bases.push(text);
      for (let u = 0; u < 3; u++) duties.push({ unit: `U${b}-${u}`, text: round(text, next(length)) });
      duties.push({ unit: `V${b}`, text: text.slice(1) });
    }
    for (const exact of [true, false]) {
      const groups = findOverlaps<D, string>(duties, { minSimilarity: 1, exact });
      const found = new Set(groups.map((g) => g.units.join(' ')));
      bases.forEach((_, b) => expect(found.has(`U${b}-0 U${b}-1 U${b}-2`), `text ${b}, exact: ${exact}`).toBe(true));
      for (const g of groups) expect(g.similarity).toBe(1);
    }
  });
});
