// The parts of the sketch engine (src/diff/overlap-sketch.ts) on their own, each against a plain reference written
// here: its pseudo-random numbers, the sketch of each text, the chance that two texts pick alike, and the candidate
// pairs on corpora small enough to weigh every pair. Small and fast, unlike overlap-sketch.test.ts's corpora.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Duty, Unit } from '../../src/corpus/model.js';
import { clauseTexts, type ClauseTexts } from '../../src/diff/overlap.js';
import { KEEP, sketchCandidates, sketches, sketchTrees, unitRandom, WINDOW } from '../../src/diff/overlap-sketch.js';
import { bundledCorpus } from '../helpers/corpus.js';
import { everyPair, listed } from './overlap-pairs.js';

const seed = await bundledCorpus();
const seedTexts = clauseTexts<Duty, Unit>(seed.duties, undefined);
const synthetic = (duties: number, units: number, s: number) =>
  buildCorpus(generateCorpus({ duties, units, documents: 1, seed: s }).map((doc: unknown) => ({ doc, source: 'test', locate: () => 'test' })) as never);

/** Text t's bigrams as id → weight. */
function bag(texts: ClauseTexts<Duty>, t: number): Map<number, number> {
  const m = new Map<number, number>();
  for (let k = texts.start[t]!; k < texts.start[t + 1]!; k++) m.set(texts.ids[k]!, texts.weights[k]!);
  return m;
}

/**
 * The sketch as defined: for each h, the bigram of least −ln u / w, the lower on a tie; the variates of bigrams from
 * `singleFrom` on in single precision, as the engine keeps the ones it computes once for all texts.
 */
function referenceSketch(texts: ClauseTexts<Duty>, trees: number, singleFrom: number): Int32Array {
  const out = new Int32Array(texts.count * trees);
  for (let t = 0; t < texts.count; t++) {
    for (let h = 0; h < trees; h++) {
      let best = Infinity;
      let pick = -1;
      for (const [g, w] of [...bag(texts, t)].sort((a, b) => a[0] - b[0])) {
        const e = -Math.log(unitRandom(g, h));
        const v = (g >= singleFrom ? Math.fround(e) : e) / w;
        if (v < best) [best, pick] = [v, g];
      }
      out[t * trees + h] = pick;
    }
  }
  return out;
}

/**
 * The candidates as the engine's design says, from its sketches: tree l orders the texts by their pick at l, a block
 * of more than WINDOW + 1 texts by the picks after it (l + 1, …, wrapping around) and then by number, a smaller block
 * by number; texts are taken in the first tree's order, and each meets, in every tree, the texts taken before it that
 * share its block there within WINDOW places. Of those at least `min` alike (and not of its own sole unit) it keeps
 * the KEEP most alike, the lower number first on a tie.
 */
function referenceCandidates(texts: ClauseTexts<Duty>, min: number, trees: number): string[] {
  const n = texts.count;
  const sk = sketches(texts, trees);
  const pick = (t: number, h: number) => sk[t * trees + (h % trees)]!;
  const forest = Array.from({ length: trees }, (_, l) => {
    const byPick = [...Array(n).keys()].sort((p, q) => pick(p, l) - pick(q, l) || p - q);
    const blocks: number[][] = [];
    for (const t of byPick) {
      const last = blocks.at(-1);
      if (last && pick(last[0]!, l) === pick(t, l)) last.push(t);
      else blocks.push([t]);
    }
    for (const b of blocks) {
      if (b.length <= WINDOW + 1) continue;
      b.sort((p, q) => {
        for (let m = 1; m < trees; m++) if (pick(p, l + m) !== pick(q, l + m)) return pick(p, l + m) - pick(q, l + m);
        return p - q;
      });
    }
    return blocks;
  });
  const taken = new Map(forest[0]!.flat().map((t, at) => [t, at]));
  // Where each text stands in each tree: its block and its place in it.
  const place = forest.map((blocks) => {
    const of = new Map<number, [number[], number]>();
    for (const b of blocks) b.forEach((t, at) => of.set(t, [b, at]));
    return of;
  });
  const out: string[] = [];
  for (let t = 0; t < n; t++) {
    const met = new Set<number>();
    for (const of of place) {
      const [block, at] = of.get(t)!;
      for (let a = Math.max(0, at - WINDOW); a <= Math.min(block.length - 1, at + WINDOW); a++) {
        const o = block[a]!;
        if (taken.get(o)! < taken.get(t)!) met.add(o);
      }
    }
    const alike = [...met]
      .sort((p, q) => p - q)
      .filter((o) => !(texts.soleUnit[o]! >= 0 && texts.soleUnit[o] === texts.soleUnit[t]))
      .map((o) => ({ o, s: texts.similarity(o, t) }))
      .filter((c) => c.s >= min);
    const kept = alike.length <= KEEP ? alike : [...alike].sort((x, y) => y.s - x.s || x.o - y.o).slice(0, KEEP);
    for (const { o, s } of kept) out.push(`${Math.min(o, t)} ${Math.max(o, t)} ${s}`);
  }
  return out.sort();
}

function candidates(texts: ClauseTexts<Duty>, min: number, trees = sketchTrees(min)!): string[] {
  return listed(sketchCandidates(texts, min, trees)).sort();
}

describe('unitRandom, the hash functions of the sketches', () => {
  it('is always strictly between 0 and 1, so that its logarithm is finite and negative', () => {
    for (const g of [0, 1, 2, 1000, 2 ** 20, 2 ** 31 - 1]) {
      for (let h = 0; h < 400; h++) {
        const u = unitRandom(g, h);
        expect(u).toBeGreaterThan(0);
        expect(u).toBeLessThan(1);
      }
    }
  });

  it('spreads evenly over (0, 1) and varies with the bigram and the hash function independently', () => {
    const buckets = new Array<number>(20).fill(0);
    let n = 0;
    let sum = 0;
    let alongH = 0;
    let alongG = 0;
    for (let g = 0; g < 500; g++) {
      for (let h = 0; h < 200; h++) {
        const u = unitRandom(g, h);
        buckets[Math.floor(u * 20)]!++;
        sum += u;
        alongH += (u - 0.5) * (unitRandom(g, h + 1) - 0.5);
        alongG += (u - 0.5) * (unitRandom(g + 1, h) - 0.5);
        n++;
      }
    }
    // 100,000 draws: the mean within 0.005 of ½, each twentieth within 8 % of its share, neighbours uncorrelated.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    for (const b of buckets) expect(Math.abs(b - n / 20)).toBeLessThan(0.08 * (n / 20));
    expect(Math.abs(alongH / n) * 12).toBeLessThan(0.02);
    expect(Math.abs(alongG / n) * 12).toBeLessThan(0.02);
    // Distinct (bigram, function) pairs give distinct numbers.
    const seen = new Set<number>();
    for (let g = 0; g < 300; g++) for (let h = 0; h < 100; h++) seen.add(unitRandom(g, h));
    expect(seen.size).toBeGreaterThan(29_990);
  });
});

describe('sketches', () => {
  it('pick, for each hash function, the bigram of least −ln u / w, computed one by one or once for all texts', () => {
    const trees = 60;
    const n = seedTexts.count;
    expect(n).toBeGreaterThan(80);
    // All variates computed once (the seed has few bigrams), none, and those of the commoner half.
    expect([...sketches(seedTexts, trees)]).toEqual([...referenceSketch(seedTexts, trees, 0)]);
    expect([...sketches(seedTexts, trees, 0)]).toEqual([...referenceSketch(seedTexts, trees, seedTexts.grams)]);
    const half = Math.floor(seedTexts.grams / 2);
    expect([...sketches(seedTexts, trees, half * trees)]).toEqual([...referenceSketch(seedTexts, trees, seedTexts.grams - half)]);
    // Every pick is a bigram of its text.
    const picks = sketches(seedTexts, trees, 0);
    for (let t = 0; t < n; t++) for (let h = 0; h < trees; h++) expect(bag(seedTexts, t).has(picks[t * trees + h]!)).toBe(true);
  });

  it('agree between two texts about as often as their probability-Jaccard similarity says', () => {
    // P-MinHash: two texts pick the same bigram with probability J_P = Σ over shared g of 1 / Σ_x max(a_x/a_g, b_x/b_g).
    const trees = 400;
    const sk = sketches(seedTexts, trees);
    const bags = Array.from({ length: seedTexts.count }, (_, t) => bag(seedTexts, t));
    const jp = (a: Map<number, number>, b: Map<number, number>) => {
      let j = 0;
      for (const [g, ag] of a) {
        const bg = b.get(g);
        if (bg === undefined) continue;
        let s = 0;
        for (const x of new Set([...a.keys(), ...b.keys()])) s += Math.max((a.get(x) ?? 0) / ag, (b.get(x) ?? 0) / bg);
        j += 1 / s;
      }
      return j;
    };
    let pairs = 0;
    let bias = 0;
    let worst = 0;
    for (let p = 0; p < seedTexts.count && pairs < 60; p++) {
      for (let q = p + 1; q < seedTexts.count && pairs < 60; q++) {
        const expected = jp(bags[p]!, bags[q]!);
        if (expected < 0.1) continue;
        let same = 0;
        for (let h = 0; h < trees; h++) if (sk[p * trees + h] === sk[q * trees + h]) same++;
        bias += same / trees - expected;
        worst = Math.max(worst, Math.abs(same / trees - expected));
        pairs++;
      }
    }
    expect(pairs).toBe(60);
    // One pair's share over 400 functions has a standard deviation of at most 0.025; the mean over 60 pairs, 0.0033.
    expect(worst).toBeLessThan(0.1);
    expect(Math.abs(bias / pairs)).toBeLessThan(0.015);
  });
});

describe('sketchCandidates', () => {
  it('finds on the seed every pair at least the cut-off alike, each once as (i, j) with i < j and its exact similarity', () => {
    for (const [min, atLeast] of [[0.15, 40], [0.2, 20], [0.35, 5], [0.5, 1]] as const) {
      const expected = everyPair(seedTexts, min);
      expect(expected.length, `at ${min}`).toBeGreaterThanOrEqual(atLeast);
      expect(candidates(seedTexts, min), `at ${min}`).toEqual(expected);
    }
  });

  it('finds every such pair of small synthetic corpora dense with near-duplicates, the background’s weights included', () => {
    for (const s of [1, 2, 3]) {
      const corpus = synthetic(120, 8, s);
      const texts = clauseTexts<Duty, Unit>(corpus.duties.slice(0, 60), corpus.duties);
      const expected = everyPair(texts, 0.35);
      expect(expected.length).toBeGreaterThan(20);
      expect(candidates(texts, 0.35)).toEqual(expected);
    }
  });

  it('meets, where blocks are large, the texts its design says: within WINDOW places in each tree, ordered by later picks', () => {
    for (const [duties, units, min] of [[400, 20, 0.35], [300, 30, 0.25]] as const) {
      const corpus = synthetic(duties, units, 7);
      const texts = clauseTexts<Duty, Unit>(corpus.duties, undefined);
      const trees = sketchTrees(min)!;
      const expected = referenceCandidates(texts, min, trees);
      expect(candidates(texts, min, trees)).toEqual(expected);
      // Blocks of more than WINDOW + 1 texts, which are ordered by later picks, are many.
      const sk = sketches(texts, trees);
      let large = 0;
      for (let l = 0; l < trees; l++) {
        const size = new Map<number, number>();
        for (let t = 0; t < texts.count; t++) size.set(sk[t * trees + l]!, (size.get(sk[t * trees + l]!) ?? 0) + 1);
        for (const c of size.values()) if (c > WINDOW + 1) large++;
      }
      expect(large).toBeGreaterThan(trees);
    }
  });

  it('keeps at most KEEP pairs a text, the most alike, where hundreds of texts are alike', () => {
    // 300 texts of 300 units that all say one long thing and differ in one number each: every pair is 0.9 alike or
    // more, and each text, taken after others, keeps its KEEP most alike.
    const body = '负责对外贸易经营者备案登记和进出口许可证管理工作并组织实施国家对外贸易发展战略';
    const units = Array.from({ length: 300 }, (_, u) => ({ key: `u${u}` }));
    const duties = units.map((unit, u) => ({ id: `d${u}`, unit, text: `${body}第${'零一二三四五六七八九'[u % 10]}${'甲乙丙丁戊己庚辛壬癸'[Math.floor(u / 10) % 10]}${'子丑寅'[Math.floor(u / 100)]}项` }));
    const texts = clauseTexts(duties as never, undefined) as unknown as ClauseTexts<Duty>;
    expect(texts.count).toBe(300);
    const edges = sketchCandidates(texts, 0.35, sketchTrees(0.35)!);
    const degree = new Int32Array(300);
    for (let e = 0; e < edges.count; e++) {
      expect(edges.i[e]).toBeLessThan(edges.j[e]!);
      expect(edges.similarity[e]).toBeCloseTo(texts.similarity(edges.i[e]!, edges.j[e]!), 12);
      degree[edges.i[e]!]!++;
      degree[edges.j[e]!]!++;
    }
    // Bounded (each text keeps at most KEEP of those taken before it), yet far more than the window alone would
    // offer a text with few trees: every text has many.
    expect(edges.count).toBeLessThanOrEqual(300 * KEEP);
    expect(edges.count).toBeGreaterThan(300 * 20);
    expect(Math.min(...degree)).toBeGreaterThan(20);
    const pairs = new Set<string>();
    for (let e = 0; e < edges.count; e++) pairs.add(`${edges.i[e]} ${edges.j[e]}`);
    expect(pairs.size).toBe(edges.count);
    expect(candidates(texts, 0.35)).toEqual(referenceCandidates(texts, 0.35, sketchTrees(0.35)!));
    // Every pair is alike: the window and KEEP leave some out.
    expect(everyPair(texts, 0.35).length).toBe((300 * 299) / 2);
  });
});
