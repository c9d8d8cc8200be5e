// diff and overlap on synthetic corpora (bench/generate-corpus.mjs): the
// median time of `diffDuties` for two units of n duties, and of `findOverlaps`
// over a corpus of n duties. The synthetic duties recombine the seed's clauses,
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
      export { findOverlaps } from './src/diff/overlap.ts';`,
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
const { buildCorpus, diffDuties, findOverlaps } = await import(pathToFileURL(join(out, 'engine.mjs')).href);
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

console.log('diffDuties, two units of n duties each (median of 5)');
for (const n of [10, 50, 200, 500]) {
  const corpus = corpusOf(2 * n, 2);
  const [a, b] = corpus.units;
  const { ms, result } = time(() => diffDuties(a.duties, b.duties), 5);
  const s = result.summary;
  console.log(`  n=${String(n).padStart(4)}  ${ms.toFixed(1).padStart(8)} ms   ${s.same} same, ${s.changed} changed, ${s.onlyA}+${s.onlyB} one-sided`);
}

console.log('findOverlaps over a corpus of n duties, 10 a unit (median of 3)');
for (const n of [60, 1000, 3000, 10000]) {
  const corpus = corpusOf(n, n / 10);
  const runs = n >= 10000 ? 1 : 3;
  const { ms, result } = time(() => findOverlaps(corpus.duties), runs);
  const biggest = Math.max(0, ...result.map((g) => g.members.length));
  console.log(`  n=${String(n).padStart(5)}  ${ms.toFixed(0).padStart(8)} ms   ${result.length} groups, largest ${biggest} clauses`);
}
