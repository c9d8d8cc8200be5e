// Builds the CLI into build/: one bundled ES module (chunks for lazily loaded
// code) and build/corpus.json, the bundled corpus compiled from corpus/*.yaml.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}build`, { recursive: true, force: true });
mkdirSync(`${root}build`, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

await build({
  ...common,
  entryPoints: { mandates: `${root}src/cli/entry.ts` },
  outdir: `${root}build`,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

await build({
  ...common,
  entryPoints: { 'compile-corpus': `${root}scripts/compile-corpus.ts` },
  outdir: `${root}build/tools`,
});
const { compileBundledCorpus } = await import(`${root}build/tools/compile-corpus.js`);
const n = compileBundledCorpus(`${root}corpus`, `${root}build/corpus.json`);
console.error(`build: bundled corpus compiled (${n.documents} documents, ${n.duties} duties)`);
