// diff and overlap on synthetic corpora (bench/generate-corpus.mjs): the
// median time of `diffDuties` for two units of n duties, and of `findOverlaps`
// over a corpus of n duties (or how soon it refuses one too large). The synthetic duties recombine the seed's clauses,
// so they overlap far more than real notices do: a worst case for overlap.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './generate-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'mandates-bench-'));
await build({
  stdin: {
    contents: `export { buildCorpus } from './src/corpus/build-model.ts';
      export { diffDuties } from './src/diff/align.ts';
      export { findOverlaps, OverlapTooLarge, MAX_CANDIDATE_PAIRS } from './src/diff/overlap.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(out, 'engine.mjs'),
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
const { buildCorpus, diffDuties, findOverlaps, OverlapTooLarge, MAX_CANDIDATE_PAIRS } = await import(pathToFileURL(join(out, 'engine.mjs')).href);
rmSync(out, { recursive: true, force: true });

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(fn, runs) {
  const ms = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), result };
}
const corpusOf = (duties, units) =>
  buildCorpus(generateCorpus({ duties, units, documents: 1 }).map((doc) => ({ doc, source: 'bench', locate: () => 'bench' })));

console.log('diffDuties, two units of n duties each (median of 5; one run from 1,000); 2,000 is the most it takes (MAX_DUTY_PAIRS)');
for (const n of [10, 50, 200, 500, 1000, 2000]) {
  const corpus = corpusOf(2 * n, 2);
  const [a, b] = corpus.units;
  const { ms, result } = time(() => diffDuties(a.duties, b.duties), n >= 1000 ? 1 : 5);
  const s = result.summary;
  console.log(`  n=${String(n).padStart(4)}  ${ms.toFixed(1).padStart(8)} ms   ${s.same} same, ${s.changed} changed, ${s.onlyA}+${s.onlyB} one-sided`);
}

// findOverlaps refuses (OverlapTooLarge) a corpus whose candidate pairs exceed
// its limit, after indexing and before weighing any pair: both the refusal's
// time and, with the limit lifted, what the full run would have taken are shown.
console.log(`findOverlaps over a corpus of n duties, 10 a unit (median of 3; one run from 10,000); limit ${MAX_CANDIDATE_PAIRS.toLocaleString('en-US')} clause pairs`);
const overlapRun = (corpus, options) => {
  const t = performance.now();
  try {
    const groups = findOverlaps(corpus.duties, options);
    return { ms: performance.now() - t, groups };
  } catch (e) {
    if (!(e instanceof OverlapTooLarge)) throw e;
    return { ms: performance.now() - t, refused: e };
  }
};
for (const [n, minSimilarity] of [[60], [1000], [10000], [30000], [100000], [100000, 0.95]]) {
  const corpus = corpusOf(n, n / 10);
  const runs = n >= 10000 ? 1 : 3;
  const results = Array.from({ length: runs }, () => overlapRun(corpus, { minSimilarity }));
  const ms = median(results.map((r) => r.ms));
  const r = results[0];
  const label = `  n=${String(n).padStart(6)}${minSimilarity ? ` at ${minSimilarity}` : '        '}`;
  if (r.refused) {
    console.log(`${label}  ${ms.toFixed(0).padStart(8)} ms   refused: ${r.refused.pairs?.toLocaleString('en-US')} clause pairs`);
    if (r.refused.pairs !== undefined && r.refused.pairs < 4 * MAX_CANDIDATE_PAIRS) {
      const lifted = overlapRun(corpus, { minSimilarity, maxPairs: Infinity });
      console.log(`${' '.repeat(label.length)}  ${lifted.ms.toFixed(0).padStart(8)} ms   with the limit lifted: ${lifted.groups.length} groups`);
    }
    continue;
  }
  const biggest = Math.max(0, ...r.groups.map((g) => g.members.length));
  console.log(`${label}  ${ms.toFixed(0).padStart(8)} ms   ${r.groups.length} groups, largest ${biggest} clauses`);
}
