// Builds the CLI into build/: build/mandates.cjs, one CommonJS bundle of our
// code and the light dependencies (CommonJS loads faster than ES modules, and
// start-up time is a feature), and build/corpus.json, the bundled corpus
// compiled from corpus/*.yaml. Heavy dependencies stay in node_modules and are
// required only by the commands that use them.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loaded on demand only: never inline these into the start-up bundle. */
export const LAZY_PACKAGES = ['yaml', 'js-yaml', 'ajv', 'exceljs', 'pinyin-pro', 'opencc-js', 'diff', 'iconv-lite', 'docx', 'node-sqlite3-wasm', 'linkedom', 'fflate', 'word-extractor'];

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
  // import() of a package becomes require(): no ES module loader at run time, and
  // bin/mandates can run the bundle from V8's code cache (see there).
  supported: { 'dynamic-import': false },
};

// pdf.js (the PDF reader's library) is compiled apart, into build/vendor/pdfjs.cjs, and
// required from the CLI bundle only when a PDF is imported.
const PDFJS_MODULE = /[\\/]importer[\\/]readers[\\/]pdfjs\.js$/;
await build({
  ...common,
  entryPoints: [`${root}src/importer/readers/pdfjs.ts`],
  outfile: `${root}build/vendor/pdfjs.cjs`,
  minify: true,
  logLevel: 'error',
});
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(b) {
    b.onResolve({ filter: /pdfjs\.js$/ }, (args) =>
      PDFJS_MODULE.test(join(args.resolveDir, args.path)) ? { path: './vendor/pdfjs.cjs', external: true } : undefined,
    );
  },
};

await build({
  ...common,
  plugins: [pdfjsApart],
  entryPoints: [`${root}src/cli/entry.ts`],
  outfile: `${root}build/mandates.cjs`,
  // OpenCC's character table (a 29 kB string) is inlined: name resolution and search
  // use it, and a string in the bundle costs less than a require() of it.
  external: LAZY_PACKAGES.flatMap((p) => (p === 'opencc-js' ? ['opencc-js/t2cn'] : [p, `${p}/*`])),
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

// The manual page, from the command definitions and docs/ (`mandates help --man` prints it).
await build({
  ...common,
  entryPoints: [`${root}scripts/man-page.ts`],
  outfile: `${root}build/tools/man-page.cjs`,
  external: LAZY_PACKAGES.flatMap((p) => [p, `${p}/*`]),
});
await createRequire(import.meta.url)(`${root}build/tools/man-page.cjs`).writeManPage(root, `${root}build/mandates.1`);

// V8's code cache for the bundle, made by one real run (a search, so the
// functions it compiles are in the cache); bin/mandates uses it when this Node
// accepts it and compiles from source otherwise.
const { spawnSync } = await import('node:child_process');
const warm = spawnSync(process.execPath, [`${root}bin/mandates`, 'search', '许可证'], {
  env: { ...process.env, MANDATES_BUILD_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status !== 0) throw new Error(`build: the code-cache run failed (exit ${warm.status})`);
