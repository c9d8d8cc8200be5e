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

  it('synthetic units dense with near-duplicates, at a loose and a strict cut-off', () => {
    for (const minSimilarity of [0.3, 0.45, 0.75]) expectBothAsReference(synthetic.duties, { minSimilarity }, 10);
  });
});
