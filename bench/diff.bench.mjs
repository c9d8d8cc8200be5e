// diff on synthetic corpora (bench/generate-corpus.mjs): the median time of
// `diffDuties` for two units of n duties (overlap has bench/overlap.bench.mjs).
import { generateCorpus } from './generate-corpus.mjs';
import { fmtMs, row } from './lib/report.mjs';
import { timeRuns } from './lib/measure.mjs';
import { fromSources } from './lib/sources.mjs';

const { buildCorpus, diffDuties } = await fromSources(
  `export { buildCorpus } from './src/corpus/build-model.ts';
   export { diffDuties } from './src/diff/align.ts';`,
);

const time = timeRuns;
const corpusOf = (duties, units) =>
  buildCorpus(generateCorpus({ duties, units, documents: 1 }).map((doc) => ({ doc, source: 'bench', locate: () => 'bench' })));

console.log('diffDuties, two units of n duties each (median of 5; one run from 1,000); 2,000 is the most it takes (MAX_DUTY_PAIRS)');
const diffMs = new Map();
for (const n of [10, 50, 200, 500, 1000, 2000]) {
  const corpus = corpusOf(2 * n, 2);
  const [a, b] = corpus.units;
  const { ms, result } = time(() => diffDuties(a.duties, b.duties), n >= 1000 ? 1 : 5);
  diffMs.set(n, ms);
  const s = result.summary;
  console.log(`  n=${String(n).padStart(4)}  ${ms.toFixed(1).padStart(8)} ms   ${s.same} same, ${s.changed} changed, ${s.onlyA}+${s.onlyB} one-sided`);
}
// Units unlike the synthetic ones, where the pairing has the most work (many pairs score 0, or tie):
// two units that share next to nothing, and two that repeat a few texts many times.
const random = (() => {
  let s = 7;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
const alphabet = [...new Set(corpusOf(60, 6).duties.flatMap((d) => [...d.text.replace(/[，。；、（）“”《》\s]/gu, '')]))];
const sentence = (chars) => Array.from({ length: chars }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
const pool = Array.from({ length: 50 }, () => sentence(20));
const shapes = [
  ['unrelated', () => Array.from({ length: 2000 }, () => ({ text: sentence(20 + Math.floor(random() * 40)) }))],
  ['50 texts repeated', () => Array.from({ length: 2000 }, () => ({ text: pool[Math.floor(random() * pool.length)] }))],
];
const shapeMs = [];
for (const [name, make] of shapes) {
  const a = make();
  const b = make();
  const { ms, result } = time(() => diffDuties(a, b), 1);
  shapeMs.push([name, ms]);
  const s = result.summary;
  console.log(`  n=2000 ${name.padEnd(18)} ${ms.toFixed(1).padStart(8)} ms   ${s.same} same, ${s.changed} changed, ${s.onlyA}+${s.onlyB} one-sided`);
}
const worstDiff = Math.max(diffMs.get(2000), ...shapeMs.map(([, ms]) => ms));
row({
  what: '`diff` two units of 200 / 1,000 / 2,000 duties (synthetic); 2,000 that share nothing / that repeat 50 texts',
  figure: `${[200, 1000, 2000].map((n) => fmtMs(diffMs.get(n))).join(' / ')}; ${shapeMs.map(([, ms]) => fmtMs(ms)).join(' / ')}`,
  target: '2,000 × 2,000 < 5 s',
  met: worstDiff < 5000,
});
