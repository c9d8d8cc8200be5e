#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn, each in its own
// process so that one's memory does not weigh on the next. Each prints its own
// figures (medians and ratios measured in the same run) and records the rows
// of docs/speed.md's summary table (bench/lib/report.mjs).
//
//   npm run bench                       every bench
//   npm run bench -- search diff        those whose names contain search or diff
//   npm run bench -- --write-docs       every bench, then docs/speed.md's tables from this run
//   npm run bench -- --json run.json    the run (rows and outputs) as JSON too;
//                                       node bench/write-docs.mjs run.json writes docs/speed.md from it later
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './lib/measure.mjs';
import { writeRun } from './lib/speed-doc.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { values: options, positionals: only } = parseArgs({
  allowPositionals: true,
  options: { 'write-docs': { type: 'boolean' }, json: { type: 'string' } },
});
// The order of docs/speed.md's table: what users meet first (start-up, loading, search), then the rest by name.
const ORDER = ['load', 'search', 'diff', 'overlap', 'export', 'html', 'import', 'executable'];
const rank = (f) => {
  const k = ORDER.indexOf(f.replace('.bench.mjs', ''));
  return k < 0 ? ORDER.length : k;
};
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
if (options['write-docs'] && only.length > 0) {
  console.error('--write-docs writes the tables from one run of every bench: give no bench names with it');
  process.exit(2);
}

// Every run of the CLI caches its corpus in a temporary folder, removed at the end: nothing in the user's cache.
const work = mkdtempSync(join(tmpdir(), 'mandates-bench-'));
process.env.MANDATES_CACHE_DIR = join(work, 'cache');
process.env.MANDATES_BENCH_RECORD = join(work, 'rows.jsonl');
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${arch()}`;
const nodeRuns = Array.from({ length: 11 }, () => {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t;
});
const run = {
  date: new Date().toISOString(),
  machine,
  node: process.version.slice(1),
  loadBefore: loadavg(),
  nodeMs: median(nodeRuns),
  benches: [],
};
console.log(`mandates bench — node ${process.version}, ${machine}; load average ${run.loadBefore.map((x) => x.toFixed(2)).join(' ')}`);
const started = performance.now();
for (const b of benches) {
  const name = b.replace('.bench.mjs', '');
  console.log(`\n## ${name}`);
  const t = performance.now();
  const output = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', `${here}${b}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      text += s;
      process.stdout.write(s);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`bench ${name} exited ${code}`))));
  });
  run.benches.push({ name, seconds: (performance.now() - t) / 1000, output });
}
run.minutes = (performance.now() - started) / 60_000;
run.loadAfter = loadavg();
let rows = '';
try {
  rows = readFileSync(process.env.MANDATES_BENCH_RECORD, 'utf8');
} catch {
  /* no bench recorded a row */
}
run.rows = rows.split('\n').filter(Boolean).map((line) => JSON.parse(line));
console.log(`\nbench: ${run.minutes.toFixed(1)} min; load average at the end ${run.loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
if (options.json) writeFileSync(options.json, `${JSON.stringify(run, null, 2)}\n`);
if (options['write-docs']) {
  const page = join(here, '..', 'docs', 'speed.md');
  writeFileSync(page, writeRun(readFileSync(page, 'utf8'), run));
  console.log(`bench: wrote ${page} from this run`);
}
