// clauseTexts, what overlap's candidate searches and grouping share, against a plain computation from its
// definition: the distinct clause texts in corpus order, their bigrams numbered rarest first, weights, totals and
// what is left from each position, the sole unit of each text, and the similarity with its early refusal.
import { describe, expect, it } from 'vitest';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { clauseTexts, type ClauseTexts } from '../../src/diff/overlap.js';
import { bigramProfile } from '../../src/diff/similarity.js';
import { comparableText } from '../../src/text/comparable.js';
import { bundledCorpus } from '../helpers/corpus.js';

const seed = await bundledCorpus();

interface D {
  readonly unit: string;
  readonly text: string;
}

interface Expected {
  texts: { key: string; occurrences: number[] }[];
  clauseText: string[];
  clauseDuty: unknown[];
  /** Every bigram of the texts, rarest first (fewest background clauses, then by text). */
  grams: string[];
  weight: Map<string, number>;
  profiles: Map<string, number>[];
}

function reference<T extends { readonly text: string }>(duties: readonly T[], background: readonly T[] | undefined): Expected {
  const clauses = (d: T) =>
    d.text
      .split(/[；;。！!？?]/u)
      .map((t) => t.trim())
      .map((text) => ({ duty: d, text, key: comparableText(text).chars.join(''), profile: bigramProfile(comparableText(text).chars) }))
      .filter((c) => c.profile.size > 0);
  const compared = duties.flatMap(clauses);
  const counted = background ? background.flatMap(clauses) : compared;
  const df = new Map<string, number>();
  for (const c of counted) for (const g of c.profile.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const texts: Expected['texts'] = [];
  const profiles: Map<string, number>[] = [];
  compared.forEach((c, at) => {
    let t = texts.findIndex((x) => x.key === c.key);
    if (t < 0) {
      t = texts.push({ key: c.key, occurrences: [] }) - 1;
      profiles.push(new Map(c.profile));
    }
    texts[t]!.occurrences.push(at);
  });
  const grams = [...new Set(profiles.flatMap((p) => [...p.keys()]))].sort((a, b) => (df.get(a) ?? 1) - (df.get(b) ?? 1) || (a < b ? -1 : a > b ? 1 : 0));
  const weight = new Map(grams.map((g) => [g, Math.log(1 + counted.length / (df.get(g) ?? 1))]));
  return { texts, clauseText: compared.map((c) => c.text), clauseDuty: compared.map((c) => c.duty), grams, weight, profiles };
}

function expectAsReference<T extends { readonly text: string; readonly unit: unknown }>(duties: readonly T[], background?: readonly T[]): ClauseTexts<T> {
  const got = clauseTexts(duties, background);
  const want = reference(duties, background);
  expect(got.count).toBe(want.texts.length);
  expect(got.grams).toBe(want.grams.length);
  expect(got.occurrences).toEqual(want.texts.map((t) => t.occurrences));
  expect(got.clauseText).toEqual(want.clauseText);
  expect(got.clauseDuty).toEqual(want.clauseDuty);
  expect(got.start.length).toBe(got.count + 1);
  expect(got.start[0]).toBe(0);
  const units = new Map<unknown, number>();
  for (let t = 0; t < got.count; t++) {
    // The text's bigrams by id, ascending, each weighing its count times its rarity; the total and the rests summed
    // in that order.
    const ids = [...got.ids.subarray(got.start[t]!, got.start[t + 1]!)];
    const profile = want.profiles[t]!;
    expect(ids.map((id) => want.grams[id])).toEqual([...profile.keys()].sort((a, b) => want.grams.indexOf(a) - want.grams.indexOf(b)));
    const weights = ids.map((id) => profile.get(want.grams[id]!)! * want.weight.get(want.grams[id]!)!);
    expect([...got.weights.subarray(got.start[t]!, got.start[t + 1]!)]).toEqual(weights);
    expect(got.totals[t]).toBe(weights.reduce((a, b) => a + b, 0));
    let rest = 0;
    const rests = weights.map(() => 0);
    for (let k = weights.length - 1; k >= 0; k--) rests[k] = rest += weights[k]!;
    expect([...got.restFrom.subarray(got.start[t]!, got.start[t + 1]!)]).toEqual(rests);
    // The one unit it occurs in, numbered as first met, or −1.
    const of = new Set(want.texts[t]!.occurrences.map((c) => (want.clauseDuty[c] as T).unit));
    if (of.size > 1) expect(got.soleUnit[t]).toBe(-1);
    else {
      const [u] = of;
      if (!units.has(u)) units.set(u, units.size);
      expect(got.soleUnit[t]).toBe(units.get(u));
    }
  }
  expect(got.start[got.count]).toBe(got.ids.length);
  return got;
}

/** Weighted Dice from the definition, summed in id order. */
function dice(texts: ClauseTexts<unknown>, p: number, q: number): number {
  const of = (t: number) => new Map([...texts.ids.subarray(texts.start[t]!, texts.start[t + 1]!)].map((id, k) => [id, texts.weights[texts.start[t]! + k]!]));
  const a = of(p);
  const b = of(q);
  let shared = 0;
  for (const id of [...a.keys()].sort((x, y) => x - y)) if (b.has(id)) shared += Math.min(a.get(id)!, b.get(id)!);
  return (2 * shared) / (texts.totals[p]! + texts.totals[q]!);
}

describe('clauseTexts', () => {
  it('holds the seed’s distinct clause texts as their definition says, weighed by the seed itself', () => {
    const texts = expectAsReference<Duty>(seed.duties);
    expect(texts.count).toBeGreaterThan(80);
    // Some texts occur in several units (承办商务部交办的其他事项), so they have no sole unit.
    expect([...texts.soleUnit].filter((u) => u === -1).length).toBeGreaterThan(0);
    expect(Math.max(...texts.soleUnit)).toBe(seed.units.length - 1);
  });

  it('weighs a few units by a background, where the words the background lacks weigh as if seen once', () => {
    const two = seed.units.filter((u) => u.key === 'wmfzzx' || u.key === 'tzcjzx').flatMap((u) => u.duties);
    expectAsReference<Duty>(two, seed.duties);
    expectAsReference<Duty>(seed.duties, two);
  });

  it('passes over clauses with nothing to compare, counts a one-character clause, and repeats of a bigram', () => {
    const duties: D[] = [
      { unit: 'A', text: '负责贸易；；3。' },
      { unit: 'B', text: '贸。负责贸易贸易！' },
      { unit: 'A', text: '  负责贸易 ；？——' },
      { unit: 'C', text: '負責貿易' },
      { unit: 'B', text: '贸' },
    ];
    const texts = expectAsReference(duties);
    // 负责贸易 (twice in A, and in C written in traditional characters), 3, 贸 (twice in B), 负责贸易贸易; the empty
    // clauses and the one of punctuation only are not there.
    expect(texts.count).toBe(4);
    expect(texts.occurrences).toEqual([[0, 4, 5], [1], [2, 6], [3]]);
    expect(texts.clauseText).toEqual(['负责贸易', '3', '贸', '负责贸易贸易', '负责贸易', '負責貿易', '贸']);
    expect([...texts.soleUnit]).toEqual([-1, 0, 1, 1]);
  });

  it('weighs two texts by weighted Dice, exactly, and refuses one below `atLeast` early with −1', () => {
    const texts = clauseTexts<Duty, Unit>(seed.duties, undefined);
    let refused = 0;
    let below = 0;
    for (let p = 0; p < texts.count; p++) {
      expect(texts.similarity(p, p)).toBe(1);
      for (let q = 0; q < texts.count; q++) {
        if (p === q) continue;
        const s = dice(texts, p, q);
        expect(texts.similarity(p, q)).toBe(s);
        for (const atLeast of [0.1, 0.35]) {
          const r = texts.similarity(p, q, atLeast);
          if (s >= atLeast) expect(r).toBe(s);
          else {
            below++;
            if (r === -1) refused++;
            else expect(r).toBe(s);
          }
        }
      }
    }
    // Most pairs below are refused before they are summed to the end.
    expect(refused).toBeGreaterThan(below * 0.9);
  });
});
