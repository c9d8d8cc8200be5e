// Tests that run bin/mandates need the built CLI: build it once before the suite.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url))], { stdio: 'inherit' });
  // The corpus cache the tests' runs used (vitest.config.ts: same process, same name).
  return () => rmSync(join(tmpdir(), `mandates-test-cache-${process.pid}`), { recursive: true, force: true });
}
