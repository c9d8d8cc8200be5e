// diffDuties builds its similarity matrix from an inverted index of bigram ids and solves the assignment with the
// sparse method; here against the plain definition (diceSimilarity over every pair, the dense assignment it
// replaced), bit for bit: on synthetic units dense with near-duplicates, on units that share nothing or repeat a few
// texts (where many pairings are equally good), and on random corpora.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Corpus } from '../../src/corpus/model.js';
import { DEFAULT_MIN_SIMILARITY, diffDuties } from '../../src/diff/align.js';
import { bigramProfile, diceSimilarity } from '../../src/diff/similarity.js';
import { comparableText } from '../../src/text/comparable.js';
import { corpusFromYaml } from '../helpers/corpus.js';
import { documentFile } from '../helpers/random-corpus.js';
import { referenceAssignment } from './assignment-reference.js';
import { stringify } from 'yaml';

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
  return { pairs: referenceAssignment(scores), sims };
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

  /** diffDuties' pairs as [index in A, index in B, similarity], against the reference's. */
  const expectReferencePairs = (a: readonly { text: string }[], b: readonly { text: string }[], min: number) => {
    const { pairs, sims } = referencePairs(a, b, min);
    const diff = diffDuties(a, b, { minSimilarity: min });
    const got = diff.entries.filter((e) => e.a && e.b).map((e) => [a.indexOf(e.a!), b.indexOf(e.b!), e.similarity]);
    expect(got).toEqual(pairs.flatMap((j, i) => (j >= 0 ? [[i, j, sims[i]![j]!]] : [])));
    return got.length;
  };
  /** Deterministic texts over a small vocabulary (mulberry32), so that the shapes below are the same every run. */
  const texts = (seed: number) => {
    let s = seed >>> 0;
    const random = () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = Math.imul(s ^ (s >>> 15), s | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const words = ['管理', '工作', '负责', '组织', '实施', '指导', '监督', '制定', '规划', '政策', '服务', '协调', '研究', '承办', '事项', '贸易', '投资', '合作', '信息', '培训'];
    return (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join('');
  };

  it('pairs units that share almost nothing exactly as the reference (every score 0: the longest searches)', () => {
    const sentence = texts(5);
    const a = Array.from({ length: 150 }, () => ({ text: sentence(12) }));
    const b = Array.from({ length: 170 }, () => ({ text: sentence(12) }));
    expectReferencePairs(a, b, 0.6);
    expect(expectReferencePairs(a, b, DEFAULT_MIN_SIMILARITY)).toBeGreaterThan(0);
  });

  it('pairs units that repeat a few texts many times exactly as the reference (many equally good pairings)', () => {
    const sentence = texts(9);
    const pool = Array.from({ length: 12 }, () => sentence(6));
    const pick = texts(11);
    const draw = () => ({ text: pool[pick(1).charCodeAt(0) % pool.length]! + (pick(1) === '管理' ? sentence(1) : '') });
    const a = Array.from({ length: 160 }, draw);
    const b = Array.from({ length: 140 }, draw);
    expect(expectReferencePairs(a, b, DEFAULT_MIN_SIMILARITY)).toBeGreaterThan(100);
  });

  it('pairs the units of random corpora exactly as the reference', () => {
    fc.assert(
      fc.property(documentFile, fc.double({ min: 0.05, max: 0.9, noNaN: true }), (doc, min) => {
        const units = corpusFromYaml(stringify(doc)).units;
        for (let x = 0; x < units.length; x++) for (let y = 0; y < units.length; y++) expectReferencePairs(units[x]!.duties, units[y]!.duties, min);
      }),
      { numRuns: 60 },
    );
  });
});
