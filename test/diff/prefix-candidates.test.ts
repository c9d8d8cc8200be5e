// The exact candidate search (prefix filtering) and the rank it gives edges, on their own: every pair at least the
// cut-off alike and no other, each once and in the order found; the count of pairs it refuses past a limit, to the
// pair; and foundRank, which ranks edges found any other way as prefix filtering would have found them.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { clauseTexts, foundRank, OverlapTooLarge, prefixCandidates, type ClauseTexts } from '../../src/diff/overlap.js';
import { BOUND_SLACK, EdgeList } from '../../src/diff/overlap-edges.js';
import { bundledCorpus } from '../helpers/corpus.js';
import { everyPair, listed } from './overlap-pairs.js';

const seed = await bundledCorpus();
const synthetic = buildCorpus(generateCorpus({ duties: 300, units: 30, documents: 1, seed: 5 }).map((doc: unknown) => ({ doc, source: 'test', locate: () => 'test' })) as never);
const corpora = [
  ['the seed', clauseTexts<Duty, Unit>(seed.duties, undefined)],
  ['two units of the seed by its background', clauseTexts<Duty, Unit>(seed.units.slice(0, 2).flatMap((u) => u.duties), seed.duties)],
  ['300 synthetic duties', clauseTexts<Duty, Unit>(synthetic.duties, undefined)],
] as const;

/**
 * Text t's prefix as defined: its rarest bigrams up to where the weight left is under min·T/(2 − min) (less the
 * margin for rounding).
 */
function prefixOf(texts: ClauseTexts<Duty>, t: number, min: number): number[] {
  const need = ((min * texts.totals[t]!) / (2 - min)) * BOUND_SLACK;
  const out: number[] = [];
  let rest = texts.totals[t]!;
  for (let k = texts.start[t]!; k < texts.start[t + 1]!; k++) {
    if (rest < need || (need === 0 && rest === 0)) break;
    out.push(texts.ids[k]!);
    rest -= texts.weights[k]!;
  }
  return out;
}

/**
 * The pairs prefix filtering finds, in its order: text by text, and for each, the texts before it that share a bigram
 * of both prefixes, at the first such bigram of its own prefix, the lower number first; and how many pairs the index
 * offers (every earlier text with that bigram in its prefix, repeats included).
 */
function reference(texts: ClauseTexts<Duty>, min: number): { order: string[]; offered: number } {
  const prefixes = Array.from({ length: texts.count }, (_, t) => prefixOf(texts, t, min));
  const order: string[] = [];
  let offered = 0;
  for (let t = 0; t < texts.count; t++) {
    const met = new Set<number>();
    for (const g of prefixes[t]!) {
      for (let o = 0; o < t; o++) {
        if (!prefixes[o]!.includes(g)) continue;
        offered++;
        if (met.has(o)) continue;
        met.add(o);
        if (texts.soleUnit[o]! >= 0 && texts.soleUnit[o] === texts.soleUnit[t]) continue;
        const s = texts.similarity(o, t);
        if (s >= min) order.push(`${o} ${t} ${s}`);
      }
    }
  }
  return { order, offered };
}

describe('prefixCandidates', () => {
  for (const [name, texts] of corpora) {
    it(`finds, on ${name}, every pair at least the cut-off alike, in the order of its index`, () => {
      for (const min of [0.15, 0.35, 0.6, 0.9, 1]) {
        const { order } = reference(texts, min);
        const found = listed(prefixCandidates(texts, min, 1, 2 ** 32 - 1));
        expect(found, `at ${min}`).toEqual(order);
        expect([...found].sort(), `at ${min}`).toEqual(everyPair(texts, min));
      }
    });
  }

  it('counts the pairs its index offers before weighing any, and refuses more than the limit, to the pair', () => {
    const texts = corpora[2][1];
    for (const min of [0.2, 0.35, 0.8]) {
      const { offered } = reference(texts, min);
      expect(offered).toBeGreaterThan(100);
      expect(() => prefixCandidates(texts, min, 300, offered)).not.toThrow();
      let error: unknown;
      try {
        prefixCandidates(texts, min, 300, offered - 1);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(OverlapTooLarge);
      expect(error).toMatchObject({ duties: 300, pairs: offered, limit: offered - 1 });
      expect((error as Error).message).toBe(`300 duties need ${offered} clause pairs compared (limit ${offered - 1})`);
    }
  });
});

describe('foundRank', () => {
  for (const [name, texts] of corpora) {
    it(`ranks edges, on ${name}, in the order prefix filtering finds them, however they came`, () => {
      for (const min of [0.2, 0.35, 0.7]) {
        const found = prefixCandidates(texts, min, 1, 2 ** 32 - 1);
        expect([...foundRank(texts, found, min)], `at ${min}`).toEqual([...found.i.subarray(0, found.count).keys()]);
        // The same edges in another order (reversed, then every other one first) get the rank of where they were found.
        const at = [...found.i.subarray(0, found.count).keys()].reverse();
        const mixed = [...at.filter((_, k) => k % 2 === 0), ...at.filter((_, k) => k % 2 === 1)];
        const edges = new EdgeList();
        for (const e of mixed) edges.push(found.i[e]!, found.j[e]!, found.similarity[e]!);
        expect([...foundRank(texts, edges, min)], `at ${min}`).toEqual(mixed);
      }
    });
  }
});
