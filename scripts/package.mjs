#!/usr/bin/env node
// `npm run package`: builds dist/mandates, a standalone executable (a Node
// single executable application) that needs neither Node nor node_modules and
// carries the bundled corpus inside.
//
// 1. (npm run build, before this script) compiles corpus/*.yaml to build/corpus.json;
// 2. esbuild bundles src/cli/entry.ts and everything it imports, lazily
//    loaded modules included, into ONE CommonJS file: inside the executable
//    `require` loads only Node's built-in modules, so nothing may be left for
//    it to find on disk;
// 3. `node --experimental-sea-config` turns that file, the compiled corpus,
//    SQLite's .wasm and pdf.js's CMaps (assets, read back with
//    require('node:sea').getAsset) into a blob;
// 4. a copy of this node binary, stripped of its symbols, gets the blob
//    injected with postject.
//
// Linux only: macOS and Windows need code signing steps this script has no
// way to test here. `--output PATH` writes the executable elsewhere (tests).
import { spawnSync } from 'node:child_process';
import { isBuiltin } from 'node:module';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { output: { type: 'string', default: join(root, 'dist', 'mandates') } } });
const output = resolve(args.output);
const compiledCorpus = join(root, 'build', 'corpus.json');
const manPage = join(root, 'build', 'mandates.1');
// The fuse Node's own binary carries: postject flips it to say a blob is present.
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

// esbuild leaves `await import('node:…')` as a real dynamic import, which a
// single executable cannot run; route it through require() instead.
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' && isBuiltin(args.path) ? { path: args.path, namespace: 'builtin-require' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// node-sqlite3-wasm reads its .wasm from beside its own file, which a single
// executable does not have: the .wasm travels as an asset, and the module is
// handed its bytes (Emscripten's Module.wasmBinary) before it looks for them.
const sqliteWasm = join(root, 'node_modules', 'node-sqlite3-wasm', 'dist', 'node-sqlite3-wasm.wasm');
const sqliteWasmFromAsset = {
  name: 'sqlite-wasm-from-asset',
  setup(b) {
    b.onLoad({ filter: /node-sqlite3-wasm[\\/]dist[\\/]node-sqlite3-wasm\.js$/ }, (args) => ({
      contents: `var Module = { wasmBinary: require('node:sea').getAsset('node-sqlite3-wasm.wasm') };\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

// linkedom (the import command's HTML and XML parser) tries the native
// `canvas` package for <canvas> elements and falls back to its own shim; the
// executable takes the shim (notices have no canvases to draw).
const linkedomCanvasShim = {
  name: 'linkedom-canvas-shim',
  setup(b) {
    b.onResolve({ filter: /^canvas$/ }, (args) =>
      /[\\/]linkedom[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), 'canvas-shim.cjs') } : undefined,
    );
  },
};

// Adobe's CMaps (1.7 MB), which the PDF reader needs for PDFs that name a
// standard Chinese font instead of embedding one: assets, read back by name.
const cmapDir = join(root, 'node_modules', 'pdfjs-dist', 'cmaps');
const pdfjsCMaps = Object.fromEntries(
  readdirSync(cmapDir)
    .filter((f) => f.endsWith('.bcmap'))
    .map((f) => [`pdfjs-cmaps/${f}`, join(cmapDir, f)]),
);

class PackageError extends Error {}
function fail(message) {
  throw new PackageError(message);
}

const work = mkdtempSync(join(tmpdir(), 'mandates-package-'));
try {
  if (process.platform !== 'linux') fail(`only Linux is supported (this is ${process.platform}); use \`npm install -g\` elsewhere`);
  if (!existsSync(compiledCorpus)) fail('build/corpus.json is missing: run `npm run build` first (`npm run package` does)');
  const script = join(work, 'mandates.cjs');
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'entry.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    keepNames: true, // stack traces under --debug stay readable
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    plugins: [builtinsThroughRequire, sqliteWasmFromAsset, linkedomCanvasShim],
    // CommonJS has no import.meta; give code that asks for its own location
    // the executable's (in a single executable, __filename is its path).
    define: { 'import.meta.url': '__mandatesModuleUrl' },
    // Bundled dependencies no longer count as node_modules code, so Node would
    // print their deprecation warnings (exceljs's archiver: DEP0005) to users who
    // can do nothing about them: the executable prints none.
    banner: { js: "process.noDeprecation = true; var __mandatesModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // A warning here is usually a dynamic import esbuild could not follow (a
  // computed path): the executable would fail at run time, so refuse now.
  if (result.warnings.length > 0) {
    for (const w of result.warnings) console.error(`package: ${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}`);
    fail('the bundle has warnings (see above); every module must be bundled');
  }
  const external = Object.values(result.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external && (!isBuiltin(i.path) || i.kind === 'dynamic-import'))
    .map((i) => `${i.path} (${i.kind})`);
  if (external.length > 0) fail(`imports left outside the bundle: ${[...new Set(external)].join(', ')}`);

  const blob = join(work, 'mandates.blob');
  const config = join(work, 'sea-config.json');
  writeFileSync(
    config,
    JSON.stringify({
      main: script,
      output: blob,
      disableExperimentalSEAWarning: true,
      // V8's code cache for the bundle: it parses faster at every start.
      useCodeCache: true,
      assets: { 'corpus.json': compiledCorpus, 'node-sqlite3-wasm.wasm': sqliteWasm, 'mandates.1': manPage, ...pdfjsCMaps },
    }),
  );
  const blobbed = spawnSync(process.execPath, ['--experimental-sea-config', config], { encoding: 'utf8' });
  if (blobbed.status !== 0) fail(`node --experimental-sea-config failed:\n${blobbed.stdout}${blobbed.stderr}`);

  mkdirSync(dirname(output), { recursive: true });
  const partial = join(work, 'mandates');
  copyFileSync(process.execPath, partial);
  chmodSync(partial, 0o755);
  // Node's debug symbols are a tenth of the binary and of no use to a user.
  const strip = spawnSync('strip', ['--strip-all', partial], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (strip.error) console.error('package: strip not found; the executable keeps its symbols (about 10 MiB more)');
  else if (strip.status !== 0) fail(`strip failed: ${strip.stderr.trim()}`);
  // postject's ELF library prints harmless "Can't find string offset" warnings;
  // its output is shown only when it fails.
  const postject = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'postject', 'dist', 'cli.js'), partial, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE],
    { encoding: 'utf8' },
  );
  if (postject.status !== 0) fail(`postject failed:\n${postject.stdout}${postject.stderr}`);

  const check = spawnSync(partial, ['--version'], { cwd: work, encoding: 'utf8', env: { PATH: '' } });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (check.status !== 0 || check.stdout.trim() !== version || check.stderr !== '') {
    fail(`the executable does not run: exit ${check.status}, stdout ${JSON.stringify(check.stdout)}, stderr ${JSON.stringify(check.stderr)}`);
  }
  // Replace the executable in one step, so a failed build never leaves half of one.
  copyFileSync(partial, `${output}.tmp`);
  renameSync(`${output}.tmp`, output);
  const mib = (statSync(output).size / 2 ** 20).toFixed(1);
  const shown = relative(process.cwd(), output).startsWith('..') ? output : relative(process.cwd(), output);
  console.error(`package: wrote ${shown} (${mib} MiB, node ${process.version}, ${process.platform}-${process.arch})`);
} catch (e) {
  if (!(e instanceof PackageError)) throw e;
  console.error(`package: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
