// The benches measure the engine in-process, straight from the TypeScript sources: `fromSources(exports)` bundles
// the given export lines (paths from the project's root) with esbuild into a temporary module, imports it and
// removes the file again.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The module made of these `export … from './src/….ts'` lines. */
export async function fromSources(exports) {
  const dir = mkdtempSync(join(tmpdir(), 'mandates-bench-'));
  try {
    const outfile = join(dir, 'engine.mjs');
    await build({
      stdin: { contents: exports, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      // Bundled CommonJS dependencies call require: give the ES module one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
