// diffDuties builds its similarity matrix from an inverted index of bigram ids and solves the assignment on flat
// arrays; here against the plain definition (diceSimilarity over every pair, the assignment over nested arrays),
// bit for bit, on synthetic units dense with near-duplicates.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Corpus } from '../../src/corpus/model.js';
import { DEFAULT_MIN_SIMILARITY, diffDuties } from '../../src/diff/align.js';
import { maxScoreAssignment } from '../../src/diff/assignment.js';
import { bigramProfile, diceSimilarity } from '../../src/diff/similarity.js';
import { comparableText } from '../../src/text/comparable.js';

const synthetic = (duties: number, seed: number): Corpus =>
  buildCorpus(generateCorpus({ duties, units: 2, documents: 1, seed }).map((doc: unknown) => ({ doc, source: 'test', locate: () => 'test' })) as never);

/** The pairing by definition: every pair weighed with diceSimilarity, identical texts scoring 2. */
function referencePairs(a: readonly { text: string }[], b: readonly { text: string }[], min: number): { pairs: number[]; sims: number[][] } {
  const prep = (t: string) => {
    const c = comparableText(t);
    return { key: c.chars.join(''), profile: bigramProfile(c.chars) };
  };
  const pa = a.map((d) => prep(d.text));
  const pb = b.map((d) => prep(d.text));
  const sims = pa.map((x) => pb.map((y) => (x.key === y.key ? 1 : diceSimilarity(x.profile, y.profile))));
  const scores = pa.map((x, i) => pb.map((y, j) => (x.key === y.key ? 2 : sims[i]![j]! >= min ? sims[i]![j]! : 0)));
  return { pairs: maxScoreAssignment(scores), sims };
}

describe('diffDuties at scale', () => {
  for (const [n, seed] of [[120, 1], [300, 7]] as const) {
    it(`pairs ${n} × ${n} synthetic duties exactly as weighing every pair by definition`, () => {
      const [ua, ub] = synthetic(2 * n, seed).units;
      const a = ua!.duties;
      const b = ub!.duties;
      for (const min of [DEFAULT_MIN_SIMILARITY, 0.6]) {
        const { pairs, sims } = referencePairs(a, b, min);
        const diff = diffDuties(a, b, { minSimilarity: min });
        const got = diff.entries.filter((e) => e.a && e.b).map((e) => [a.indexOf(e.a!), b.indexOf(e.b!), e.similarity]);
        const expected = pairs.flatMap((j, i) => (j >= 0 ? [[i, j, sims[i]![j]!]] : []));
        expect(got).toEqual(expected);
        expect(got.length).toBeGreaterThan(n / 10);
      }
    });
  }
});
