import { describe, expect, it } from 'vitest';
import { bundledDocuments } from '../../src/cli/corpus-source.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { diffDuties } from '../../src/diff/align.js';

const corpus = buildCorpus(await bundledDocuments());
const unit = (key: string) => corpus.units.find((u) => u.key === key)!;
const path = (d: { path: string } | undefined) => d?.path ?? null;

describe('diffDuties on the bundled corpus', () => {
  const diff = diffDuties(unit('wmfzzx').duties, unit('tzcjzx').duties);

  it('pairs 外贸发展中心 六 (中国贸易指南) with 投资促进中心 四 (中国投资指南网站) and 十 with 十 as the same', () => {
    const guide = diff.entries.find((e) => e.a?.path === '6')!;
    expect(guide.group).toBe('changed');
    expect(guide.b!.text).toMatch(/^受商务部委托，负责“中国投资指南”网站的日常营运/);
    expect(guide.similarity).toBeGreaterThan(0.3);
    expect(guide.changes).toContainEqual({ op: 'delete', a: '贸易', b: '' });
    expect(guide.changes).toContainEqual({ op: 'insert', a: '', b: '投资' });
    const last = diff.entries.find((e) => e.a?.path === '10')!;
    expect(last).toMatchObject({ group: 'same', similarity: 1 });
    expect(last.b!.text).toBe('承办商务部交办的其他事项。');
  });

  it('puts every duty in one group, in A order with B-only duties before the next pair from later in B', () => {
    expect(diff.entries.map((e) => [e.group, path(e.a), path(e.b)])).toEqual([
      ['onlyA', '1', null], ['onlyA', '2', null], ['onlyA', '3', null], ['onlyA', '4', null], ['onlyA', '5', null],
      ['onlyB', null, '1'], ['onlyB', null, '2'], ['onlyB', null, '3'],
      ['changed', '6', '4'],
      ['onlyA', '7', null], ['onlyA', '8', null],
      ['onlyB', null, '5'], ['onlyB', null, '6'], ['onlyB', null, '7'],
      ['changed', '9', '8'],
      ['onlyB', null, '9'],
      ['same', '10', '10'],
    ]);
    expect(diff.summary).toMatchObject({ same: 1, changed: 2, onlyA: 7, onlyB: 7 });
    expect(diff.summary.similarity).toBeCloseTo((2 * (1 + diff.entries[8]!.similarity! + diff.entries[14]!.similarity!)) / 20, 9);
  });

  it('leaves pairs under the threshold unpaired', () => {
    const strict = diffDuties(unit('wmfzzx').duties, unit('tzcjzx').duties, { minSimilarity: 0.5 });
    expect(strict.summary).toMatchObject({ same: 1, changed: 0, onlyA: 9, onlyB: 9 });
  });

  it('finds a unit the same as itself, and as a copy retyped with only normalisation differences', () => {
    for (const u of corpus.units) {
      const self = diffDuties(u.duties, u.duties);
      expect(self.summary).toEqual({ same: u.duties.length, changed: 0, onlyA: 0, onlyB: 0, similarity: 1 });
    }
    const original = unit('gjjjhzswj').duties;
    const retyped = original.map((d, i) => ({
      text: `${i + 1}. ${d.text}`
        .replace(/，/g, ',')
        .replace(/“/g, '「')
        .replace(/”/g, '」')
        .replace(/的/g, '的\u3000')
        .replace(/国/g, '國')
        .replace(/项目/g, '項目'),
    }));
    expect(retyped[7]!.text).toContain('「中國合作指南」的\u3000日常');
    const d = diffDuties(original, retyped);
    expect(d.entries.map((e) => e.group)).toEqual(original.map(() => 'same'));
    expect(d.entries[7]!.changes).toHaveLength(1);
  });

  it('pairs a moved duty with itself and prefers identical duties over merely similar ones', () => {
    const a = [{ text: '承办援外项目招标工作。' }, { text: '承办援外项目统计工作。' }];
    const b = [{ text: '承办援外项目统计工作。' }, { text: '承办援外项目招标工作。' }];
    expect(diffDuties(a, b).entries.map((e) => [e.group, e.a?.text, e.b?.text])).toEqual([
      ['same', a[0]!.text, b[1]!.text],
      ['same', a[1]!.text, b[0]!.text],
    ]);
  });
});

describe('diffDuties on units too large to pair', () => {
  it('refuses before comparing more duty pairs than MAX_DUTY_PAIRS', async () => {
    const { DiffTooLarge, MAX_DUTY_PAIRS } = await import('../../src/diff/align.js');
    const side = Math.floor(Math.sqrt(MAX_DUTY_PAIRS)) + 1;
    const many = Array.from({ length: side }, (_, i) => ({ text: `承办第${i}项工作。` }));
    expect(() => diffDuties(many, many)).toThrow(DiffTooLarge);
    expect(diffDuties(many.slice(0, 3), many).summary.same).toBe(3);
  });
});
