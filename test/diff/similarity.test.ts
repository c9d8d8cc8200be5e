// The similarity diff and overlap rank pairs by (docs/diff.md): Dice over character pairs, punctuation left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramProfile, diceSimilarity } from '../../src/diff/similarity.js';

const profile = (text: string) => bigramProfile([...text]);
const dice = (a: string, b: string, weight?: (gram: string) => number) => diceSimilarity(profile(a), profile(b), weight);

describe('bigramProfile', () => {
  it('counts each pair of neighbouring characters, repeated pairs as often as they occur', () => {
    expect([...profile('许可证许可')]).toEqual([
      ['许可', 2],
      ['可证', 1],
      ['证许', 1],
    ]);
  });

  it('leaves punctuation and symbols out, so the characters around them pair up', () => {
    expect([...profile('管理、监督；协调。')]).toEqual([
      ['管理', 1],
      ['理监', 1],
      ['监督', 1],
      ['督协', 1],
      ['协调', 1],
    ]);
    expect([...profile('“指南”＋（网站）')]).toEqual([...profile('指南网站')]);
  });

  it('counts a one-character text as that character, and nothing as nothing', () => {
    expect([...profile('证')]).toEqual([['证', 1]]);
    expect([...profile('，证。')]).toEqual([['证', 1]]);
    expect(profile('').size).toBe(0);
    expect(profile('、。').size).toBe(0);
  });
});

describe('diceSimilarity', () => {
  it('is 1 for the same pairs, 0 for none shared or two empty texts', () => {
    expect(dice('负责许可证签发', '负责许可证签发。')).toBe(1);
    expect(dice('负责许可证签发', '承办交办事项')).toBe(0);
    expect(dice('', '')).toBe(0);
    expect(dice('。', '')).toBe(0);
    expect(dice('证', '证')).toBe(1);
  });

  it('is twice the shared pairs over all pairs, repeated pairs matched at most as often as both have them', () => {
    // 许可 可证 vs 许可 可单: one of two each → 2·1/4.
    expect(dice('许可证', '许可单')).toBe(0.5);
    // 许可×2 可证 证许 vs 许可 可证: shared 许可 once and 可证 → 2·2/(4+2).
    expect(dice('许可证许可', '许可证')).toBeCloseTo(2 / 3, 12);
    expect(dice('许可证', '许可证许可')).toBeCloseTo(2 / 3, 12);
    // 啊啊×3 vs 啊啊×1: shared once → 2·1/(3+1).
    expect(dice('啊啊啊啊', '啊啊')).toBe(0.5);
  });

  it('weighs each pair on both sides with the weight given', () => {
    const rare = (gram: string) => (gram === '指南' ? 4 : 1);
    // 中国 国贸 贸易 易指 指南 vs 中国 国指 指南: shared 中国 (1) and 指南 (4).
    expect(dice('中国贸易指南', '中国指南')).toBeCloseTo((2 * 2) / (5 + 3), 12);
    expect(dice('中国贸易指南', '中国指南', rare)).toBeCloseTo((2 * 5) / (8 + 6), 12);
    expect(dice('指南', '指南', rare)).toBe(1);
    expect(dice('指南', '', rare)).toBe(0);
  });

  it('is symmetric and between 0 and 1', () => {
    const text = fc.string({ unit: fc.constantFrom(...'许可证签发管理、。啊'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = dice(a, b);
        expect(s).toBeCloseTo(dice(b, a), 12);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
