// The exact overlap search (`exact`: distinct texts, prefix-filtered candidates,
// early refusal) against a plain all-pairs reference on a corpus dense with
// near-duplicates, and its refusal when the work would be too much.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { findOverlaps, MAX_DUTIES, OverlapTooLarge, type OverlapGroup } from '../../src/diff/overlap.js';
import { itAtScale } from '../helpers/at-scale.js';
import { allPairsOverlaps } from './overlap-reference.js';

const synthetic = (duties: number, units: number) =>
  buildCorpus(generateCorpus({ duties, units, documents: 1 }).map((doc: unknown) => ({ doc, source: 'test', locate: () => 'test' })) as never);

describe('findOverlaps, exact, at scale', () => {
  for (const [duties, units] of [
    [400, 40],
    [1000, 20],
  ] as const) {
    (duties >= 1000 ? itAtScale : it)(`agrees with weighing every pair, on ${duties} synthetic duties dense with near-duplicates`, () => {
      const corpus = synthetic(duties, units);
      const shape = (groups: readonly OverlapGroup<Duty, Unit>[]) =>
        groups.map((g) => ({ similarity: g.similarity.toFixed(9), members: g.members.map((m) => `${m.duty.id} ${m.clause}`) }));
      for (const min of [0.35, 0.6]) {
        const expected = shape(allPairsOverlaps<Duty, Unit>(corpus.duties, { minSimilarity: min }));
        expect(expected.length).toBeGreaterThan(20);
        expect(shape(findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity: min, exact: true }))).toEqual(expected);
      }
    });
  }

  const corpus = synthetic(400, 40);
  it('refuses, before comparing, duties needing more clause pairs than the limit', () => {
    let error: unknown;
    try {
      findOverlaps<Duty, Unit>(corpus.duties, { maxPairs: 1000, exact: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OverlapTooLarge);
    expect((error as OverlapTooLarge).duties).toBe(400);
    expect((error as OverlapTooLarge).pairs).toBeGreaterThan(1000);
    expect((error as OverlapTooLarge).limit).toBe(1000);
    // A stricter cut-off indexes fewer bigrams per clause, so the same duties need fewer pairs.
    const pairsAt = (min: number) => {
      try {
        findOverlaps<Duty, Unit>(corpus.duties, { minSimilarity: min, maxPairs: 0, exact: true });
        return 0;
      } catch (e) {
        return (e as OverlapTooLarge).pairs!;
      }
    };
    expect(pairsAt(0.8)).toBeLessThan(pairsAt(0.35) / 2);
  });

  it('refuses more duties than it takes at once', () => {
    const many = Array.from({ length: MAX_DUTIES + 1 }, () => corpus.duties[0]!);
    expect(() => findOverlaps<Duty, Unit>(many)).toThrow(OverlapTooLarge);
  });
});
