// Builds the CLI into build/: build/mandates.cjs, one CommonJS bundle of our
// code and the light dependencies (CommonJS loads faster than ES modules, and
// start-up time is a feature), and build/corpus.json, the bundled corpus
// compiled from corpus/*.yaml. Heavy dependencies stay in node_modules and are
// required only by the commands that use them.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loaded on demand only: never inline these into the start-up bundle. */
export const LAZY_PACKAGES = ['yaml', 'ajv', 'exceljs', 'pinyin-pro', 'opencc-js', 'diff', 'iconv-lite'];

rmSync(`${root}build`, { recursive: true, force: true });
mkdirSync(`${root}build`, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  inject: [`${root}scripts/import-meta-url.js`],
  define: { 'import.meta.url': 'importMetaUrl' },
};

await build({
  ...common,
  entryPoints: [`${root}src/cli/entry.ts`],
  outfile: `${root}build/mandates.cjs`,
  external: LAZY_PACKAGES.flatMap((p) => [p, `${p}/*`]),
});

await build({
  ...common,
  entryPoints: [`${root}scripts/compile-corpus.ts`],
  outfile: `${root}build/tools/compile-corpus.cjs`,
});
const { createRequire } = await import('node:module');
const { compileBundledCorpus } = createRequire(import.meta.url)(`${root}build/tools/compile-corpus.cjs`);
const n = compileBundledCorpus(`${root}corpus`, `${root}build/corpus.json`);
console.error(`build: bundled corpus compiled (${n.documents} documents, ${n.duties} duties)`);
