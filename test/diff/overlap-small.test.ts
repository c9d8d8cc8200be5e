// Both overlap engines against the plain all-pairs reference (test/diff/overlap-reference.ts) on corpora small
// enough to check at many cut-offs: the seed, with and without the corpus as background, and a few synthetic units
// dense with near-duplicates. The same groups, members, order and similarities (to the last bits).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { findOverlaps, type OverlapGroup, type OverlapOptions } from '../../src/diff/overlap.js';
import { bundledCorpus } from '../helpers/corpus.js';
import { allPairsOverlaps } from './overlap-reference.js';

const seed = await bundledCorpus();
const synthetic = buildCorpus(generateCorpus({ duties: 160, units: 12, documents: 1, seed: 11 }).map((doc: unknown) => ({ doc, source: 'test', locate: () => 'test' })) as never);

const shape = (groups: readonly OverlapGroup<Duty, Unit>[]) =>
  groups.map((g) => ({ units: g.units.map((u) => u.key), similarity: g.similarity.toFixed(12), members: g.members.map((m) => `${m.duty.id} ${m.clause}`) }));

function expectBothAsReference(duties: readonly Duty[], options: OverlapOptions<Duty>, atLeast: number) {
  const expected = shape(allPairsOverlaps<Duty, Unit>(duties, options));
  expect(expected.length).toBeGreaterThanOrEqual(atLeast);
  expect(shape(findOverlaps<Duty, Unit>(duties, { ...options, exact: true })), `exact, ${JSON.stringify(options.minSimilarity)}`).toEqual(expected);
  expect(shape(findOverlaps<Duty, Unit>(duties, options)), `sketches, ${JSON.stringify(options.minSimilarity)}`).toEqual(expected);
}

describe('findOverlaps against weighing every pair, on small corpora', () => {
  it('the seed, at every cut-off from loose to identical', () => {
    for (const minSimilarity of [0.2, 0.3, 0.35, 0.5, 0.7, 1]) expectBothAsReference(seed.duties, { minSimilarity }, 1);
    expectBothAsReference(seed.duties, {}, 5);
  });

  it('two units of the seed, weighed by the whole corpus as `overlap --unit` does', () => {
    for (const keys of [['wmfzzx', 'tzcjzx'], ['wmfzzx', 'gjjjhzswj', 'pexkzswj']]) {
      const duties = seed.units.filter((u) => keys.includes(u.key)).flatMap((u) => u.duties);
      for (const minSimilarity of [0.25, 0.35]) expectBothAsReference(duties, { minSimilarity, background: seed.duties }, 1);
    }
  });

  it('a background that lacks some of the duties’ words, which then weigh as if seen once', () => {
    const two = seed.units.filter((u) => u.key === 'wmfzzx' || u.key === 'tzcjzx').flatMap((u) => u.duties);
    const other = seed.units.find((u) => u.key === 'pexkzswj')!.duties;
    expectBothAsReference(two, { minSimilarity: 0.3, background: other }, 1);
  });

  it('a clause equally like two others that are unlike each other joins the first of them, as the reference does', () => {
    // 负责对外贸易统计工作 is exactly as like each longer clause (each adds two bigrams seen once), and the two longer
    // ones are less alike to each other than the cut-off: which pair is grouped is decided by order alone.
    const base = '负责对外贸易统计工作';
    const texts = [base, `${base}戊己庚`, `${base}辛壬癸`, '组织进出口商品交易会'];
    for (const order of [[0, 1, 2, 3], [1, 2, 0, 3], [2, 0, 1, 3], [1, 0, 2, 3]]) {
      const duties = order.map((k, i) => ({ id: `d${i}`, unit: { key: `u${i}` }, text: texts[k]! }) as unknown as Duty);
      const at = (k: number) => duties[order.indexOf(k)]!;
      const alike = (x: number, y: number) => allPairsOverlaps<Duty, Unit>([at(x), at(y)], { minSimilarity: 0.01, background: duties })[0]!.similarity;
      expect(alike(0, 1)).toBe(alike(0, 2));
      expect(alike(1, 2)).toBeLessThan(alike(0, 1));
      const min = alike(0, 1) - 1e-9;
      const groups = allPairsOverlaps<Duty, Unit>(duties, { minSimilarity: min });
      expect(groups).toHaveLength(1);
      expect(groups[0]!.members).toHaveLength(2);
      expectBothAsReference(duties, { minSimilarity: min }, 1);
    }
  });

  it('synthetic units dense with near-duplicates, at a loose and a strict cut-off', () => {
    for (const minSimilarity of [0.3, 0.45, 0.75]) expectBothAsReference(synthetic.duties, { minSimilarity }, 10);
  });
});
