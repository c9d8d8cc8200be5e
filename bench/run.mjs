#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn, each in its own
// process so that one's memory does not weigh on the next. Each prints its own
// figures (medians and ratios measured in the same run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

// Every run of the CLI caches its corpus in a temporary folder, removed at the end: nothing in the user's cache.
process.env.MANDATES_CACHE_DIR = mkdtempSync(join(tmpdir(), 'mandates-bench-cache-'));
process.on('exit', () => rmSync(process.env.MANDATES_CACHE_DIR, { recursive: true, force: true }));

console.log(`mandates bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const b of benches) {
  console.log(`\n## ${b.replace('.bench.mjs', '')}`);
  execFileSync(process.execPath, ['--expose-gc', `${here}${b}`], { stdio: 'inherit' });
}
