// diffDuties on small hand-made editions of a unit: what a reader of `mandates diff` is shown for empty sides, duties
// on one side only, rewordings, duties with nothing comparable in them, and where B's unpaired duties are placed.
import { describe, expect, it } from 'vitest';
import { DiffTooLarge, diffDuties, MAX_DUTY_PAIRS } from '../../src/diff/align.js';

const duties = (...texts: string[]) => texts.map((text) => ({ text }));
const rows = (d: ReturnType<typeof diffDuties<{ text: string }>>) => d.entries.map((e) => [e.group, e.a?.text ?? null, e.b?.text ?? null]);

describe('diffDuties, one side empty', () => {
  it('gives two empty units as the same, with nothing to show', () => {
    const d = diffDuties([], []);
    expect(d.entries).toEqual([]);
    expect(d.summary).toEqual({ same: 0, changed: 0, onlyA: 0, onlyB: 0, similarity: 1 });
  });

  it('gives every duty of a unit against an empty one as only on its side, each one whole delete or insert', () => {
    const a = duties('承办援外项目招标工作。', '负责对外贸易统计工作。');
    const gone = diffDuties(a, []);
    expect(gone.entries).toEqual(
      a.map((x) => ({ group: 'onlyA', a: x, b: undefined, similarity: undefined, changes: [{ op: 'delete', a: x.text, b: '' }] })),
    );
    expect(gone.summary).toEqual({ same: 0, changed: 0, onlyA: 2, onlyB: 0, similarity: 0 });
    const added = diffDuties([], a);
    expect(added.entries).toEqual(
      a.map((x) => ({ group: 'onlyB', a: undefined, b: x, similarity: undefined, changes: [{ op: 'insert', a: '', b: x.text }] })),
    );
    expect(added.summary).toEqual({ same: 0, changed: 0, onlyA: 0, onlyB: 2, similarity: 0 });
  });
});

describe('diffDuties, between two editions', () => {
  const a = duties('拟订对外贸易发展规划。', '承办援外项目招标工作。', '负责“中国贸易指南”的日常运营。', '承办商务部交办的其他事项。');
  const b = duties('研究国际经济合作的政策。', '承办援外项目招标工作。', '负责“中国贸易指南”网站的日常运营和维护。', '组织进出口商品交易会。', '承办商务部交办的其他事项。');
  const d = diffDuties(a, b);

  it('places each duty of B that has no partner before the next duty paired with a later duty of B', () => {
    expect(rows(d)).toEqual([
      ['onlyA', a[0]!.text, null],
      ['onlyB', null, b[0]!.text],
      ['same', a[1]!.text, b[1]!.text],
      ['changed', a[2]!.text, b[2]!.text],
      ['onlyB', null, b[3]!.text],
      ['same', a[3]!.text, b[4]!.text],
    ]);
    expect(d.summary).toMatchObject({ same: 2, changed: 1, onlyA: 1, onlyB: 2 });
  });

  it('scores the whole diff as twice the paired similarity over all duties', () => {
    const changed = d.entries[3]!;
    expect(changed.similarity).toBeGreaterThan(d.minSimilarity);
    expect(changed.similarity).toBeLessThan(1);
    expect(d.summary.similarity).toBeCloseTo((2 * (1 + 1 + changed.similarity!)) / (a.length + b.length), 12);
    expect(d.entries.filter((e) => e.group === 'same').every((e) => e.similarity === 1)).toBe(true);
    expect(d.minSimilarity).toBe(0.25);
  });

  it('shows a pair’s changes on the original texts, and a one-sided duty’s as one step', () => {
    expect(d.entries[3]!.changes).toEqual([
      { op: 'equal', a: '负责“中国贸易指南”', b: '负责“中国贸易指南”' },
      { op: 'insert', a: '', b: '网站' },
      { op: 'equal', a: '的日常运营', b: '的日常运营' },
      { op: 'insert', a: '', b: '和维护' },
      { op: 'equal', a: '。', b: '。' },
    ]);
    expect(d.entries[2]!.changes).toEqual([{ op: 'equal', a: a[1]!.text, b: b[1]!.text }]);
    expect(d.entries[1]!.changes).toEqual([{ op: 'insert', a: '', b: b[0]!.text }]);
  });

  it('pairs a reworded duty only as far as the cut-off allows', () => {
    const sim = d.entries[3]!.similarity!;
    expect(rows(diffDuties(a, b, { minSimilarity: sim }))[3]).toEqual(['changed', a[2]!.text, b[2]!.text]);
    const strict = diffDuties(a, b, { minSimilarity: sim + 1e-9 });
    expect(strict.summary).toMatchObject({ same: 2, changed: 0, onlyA: 2, onlyB: 3 });
    expect(strict.minSimilarity).toBe(sim + 1e-9);
    // Identical duties pair whatever the cut-off.
    expect(diffDuties(a, b, { minSimilarity: 1.5 }).summary).toMatchObject({ same: 2, changed: 0 });
  });

  it('takes duties that differ only in numbering, width, spacing or script as the same', () => {
    const retyped = duties('二、承辦援外項目招標工作。', '（三）负责 "中国贸易指南" 的日常运营。');
    const r = diffDuties(a, retyped);
    expect(rows(r).filter(([g]) => g === 'same')).toEqual([
      ['same', a[1]!.text, retyped[0]!.text],
      ['same', a[2]!.text, retyped[1]!.text],
    ]);
  });
});

describe('diffDuties, duties with nothing comparable in them', () => {
  it('leaves a duty of punctuation or a bare number unpaired with any real duty, without failing', () => {
    const d = diffDuties(duties('……', '承办援外项目招标工作。'), duties('、、', '承办援外项目招标工作。'));
    expect(rows(d)).toEqual([
      ['onlyA', '……', null],
      ['onlyB', null, '、、'],
      ['same', '承办援外项目招标工作。', '承办援外项目招标工作。'],
    ]);
    expect(d.entries.every((e) => e.similarity === undefined || e.similarity === 1)).toBe(true);
    expect(d.summary.similarity).toBe(0.5);
  });

  it('leaves real duties with nothing shared unpaired even at a cut-off of 0', () => {
    const d = diffDuties(duties('拟订对外贸易发展规划'), duties('组织进出口商品交易会'), { minSimilarity: 0 });
    expect(d.summary).toEqual({ same: 0, changed: 0, onlyA: 1, onlyB: 1, similarity: 0 });
  });
});

describe('diffDuties, refusing too much work', () => {
  it('names both sides and the limit', () => {
    const side = Math.floor(Math.sqrt(MAX_DUTY_PAIRS)) + 1;
    const many = duties(...Array.from({ length: side }, (_, i) => `承办第${i}项工作。`));
    let error: unknown;
    try {
      diffDuties(many, many.slice(0, side - 1));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiffTooLarge);
    expect(error).toMatchObject({ name: 'DiffTooLarge', dutiesA: side, dutiesB: side - 1, limit: MAX_DUTY_PAIRS });
    expect((error as Error).message).toBe(`${side} × ${side - 1} duty pairs (limit ${MAX_DUTY_PAIRS})`);
  });
});
