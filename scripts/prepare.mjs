// `prepare` (run by `npm ci` / `npm install` in a clone, and by `npm pack`):
// builds the CLI into build/. A clone installed without its devDependencies
// (`npm install -g .` straight from a fresh clone) has no esbuild to build
// with: say so in one line, not a stack trace. Installs from the npm tarball
// never run this: the tarball carries build/.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  if (existsSync(new URL('../build/mandates.cjs', import.meta.url))) {
    console.error('mandates: esbuild (a devDependency) is not installed: keeping the existing build/');
    process.exit(0);
  }
  console.error(
    'mandates: cannot build: esbuild (a devDependency) is not installed. In a clone run `npm ci` first ' +
      '(then `npm install -g .` if you want it on your PATH), or install the npm tarball: see docs/install.md',
  );
  process.exit(1);
}
await import('./build.mjs');
