// The default overlap engine (candidates from MinHash sketches) against the exact one (prefix filtering, every pair
// that could reach the cut-off): the same groups on the seed and on small random corpora, 99 % or more of them on
// a synthetic corpus dense with near-duplicates, and never a refusal for the number of pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { findOverlaps, OverlapTooLarge, type OverlapGroup } from '../../src/diff/overlap.js';
import { MAX_TREES, MIN_TREES, sketchTrees } from '../../src/diff/overlap-sketch.js';
import { itAtScale } from '../helpers/at-scale.js';
import { bundledCorpus, corpusFromYaml } from '../helpers/corpus.js';
import { groupKey, groupRecall } from '../helpers/overlap-recall.js';
import { documentFile } from '../helpers/random-corpus.js';

const seed = await bundledCorpus();
const shape = (groups: readonly OverlapGroup<Duty, Unit>[]) => groups.map((g) => ({ similarity: g.similarity, members: groupKey(g) }));
const synthetic = (duties: number, units: number) =>
  buildCorpus(generateCorpus({ duties, units, documents: 1 }).map((doc: unknown) => ({ doc, source: 'test', locate: () => 'test' })) as never);

describe('findOverlaps by sketches (the default)', () => {
  it('gives the seed exactly the groups of the exact search, at every cut-off', () => {
    for (const minSimilarity of [0.15, 0.2, 0.3, 0.35, 0.5, 0.8, 1]) {
      const exact = findOverlaps<Duty, Unit>(seed.duties, { minSimilarity, exact: true });
      expect(shape(findOverlaps<Duty, Unit>(seed.duties, { minSimilarity })), `at ${minSimilarity}`).toEqual(shape(exact));
    }
    // And with a background, as `overlap --unit` compares a few units.
    const two = seed.units.filter((u) => u.key === 'wmfzzx' || u.key === 'tzcjzx').flatMap((u) => u.duties);
    expect(shape(findOverlaps<Duty, Unit>(two, { background: seed.duties }))).toEqual(shape(findOverlaps<Duty, Unit>(two, { background: seed.duties, exact: true })));
  });

  itAtScale('reproduces at least 99 % of the exact groups on synthetic duties dense with near-duplicates, and only true groups', () => {
    const corpus = synthetic(2000, 100);
    for (const minSimilarity of [0.35, 0.25]) {
      const exact = findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity, exact: true });
      const found = findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity });
      expect(exact.length).toBeGreaterThan(100);
      expect(groupRecall(exact, found), `at ${minSimilarity}`).toBeGreaterThanOrEqual(0.99);
      for (const g of found) {
        expect(g.similarity).toBeGreaterThanOrEqual(minSimilarity);
        expect(new Set(g.members.map((m) => m.duty.unit)).size).toBe(g.units.length);
        expect(g.units.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('gives small random corpora the groups of the exact search', () => {
    fc.assert(
      fc.property(documentFile, fc.constantFrom(0.2, 0.35, 0.6), (file, minSimilarity) => {
        const corpus = corpusFromYaml(stringify(file));
        const exact = findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity, exact: true });
        expect(shape(findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity }))).toEqual(shape(exact));
      }),
      { numRuns: 150 },
    );
  });

  itAtScale('is deterministic: the same duties give the same groups, run after run', () => {
    const corpus = synthetic(1000, 50);
    const first = shape(findOverlaps<Duty, Unit>(corpus.duties));
    expect(first.length).toBeGreaterThan(50);
    expect(shape(findOverlaps<Duty, Unit>(corpus.duties))).toEqual(first);
    expect(shape(findOverlaps<Duty, Unit>([...corpus.duties]))).toEqual(first);
  });

  it('never refuses for the number of pairs, which only the exact search counts', () => {
    const corpus = synthetic(400, 40);
    expect(() => findOverlaps<Duty, Unit>(corpus.duties, { maxPairs: 10, exact: true })).toThrow(OverlapTooLarge);
    expect(shape(findOverlaps<Duty, Unit>(corpus.duties, { maxPairs: 10 }))).toEqual(shape(findOverlaps<Duty, Unit>(corpus.duties)));
  });

  it('grows more trees for a lower cut-off, and leaves one too low for sketches to the exact search', () => {
    expect(sketchTrees(0.35)).toBe(102);
    expect(sketchTrees(1)).toBe(MIN_TREES);
    expect(sketchTrees(0.9)).toBe(MIN_TREES);
    expect(sketchTrees(0.2)).toBeGreaterThan(200);
    expect(sketchTrees(0.12)).toBeLessThanOrEqual(MAX_TREES);
    expect(sketchTrees(0.1)).toBeUndefined();
    expect(sketchTrees(0)).toBeUndefined();
    // Below that the default is the exact search, refusal included.
    const corpus = synthetic(400, 40);
    expect(() => findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity: 0.1, maxPairs: 10 })).toThrow(OverlapTooLarge);
    expect(() => findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity: 0.12, maxPairs: 10 })).not.toThrow();
  });
});
