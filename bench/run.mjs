#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn, each in its own
// process so that one's memory does not weigh on the next. Each prints its own
// figures (medians and ratios measured in the same run).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`mandates bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const b of benches) {
  console.log(`\n## ${b.replace('.bench.mjs', '')}`);
  execFileSync(process.execPath, ['--expose-gc', `${here}${b}`], { stdio: 'inherit' });
}
