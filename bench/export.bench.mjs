#!/usr/bin/env node
// Export of a generated 100,000-duty corpus (2,000 units, 20 documents): the
// xlsx time and peak memory (target: about 600 MB), docx and sqlite likewise,
// and md / csv / jsonl times (BENCH_FORMATS=docx,sqlite picks some). Each export runs in a child process of its own, which builds the
// corpus model in memory first (YAML loading is the load bench's subject), so
// its peak RSS is the export's plus the model's; "model" is the RSS before the
// export started. Medians of a few runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmtMs, row } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DUTIES = Number(process.env.BENCH_DUTIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'mandates-export-bench-'));
// Beside the project's node_modules, so the bundle finds exceljs and the rest there.
const child = join(root, 'build', 'bench-export-child.mjs');
execFileSync(join(root, 'node_modules/.bin/esbuild'), [
  join(root, 'bench/lib/export-child.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${child}`, '--log-level=error',
  '--packages=external',
]);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const rows = [];
for (const format of (process.env.BENCH_FORMATS ?? 'xlsx,docx,sqlite,md,csv,jsonl').split(',')) {
  const out = join(dir, `export.${format}`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const generator = pathToFileURL(join(root, 'bench/generate-corpus.mjs')).href;
    const result = execFileSync(process.execPath, [child, format, out, String(DUTIES), generator], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    runs.push(JSON.parse(result));
  }
  rows.push({
    format,
    ms: median(runs.map((r) => r.ms)),
    peak: Math.max(...runs.map((r) => r.peak)),
    model: median(runs.map((r) => r.rssBefore)),
    size: statSync(out).size,
    duties: runs[0].duties,
    units: runs[0].units,
  });
}
rmSync(dir, { recursive: true, force: true });

console.log(`${rows[0].duties.toLocaleString('en')} duties, ${rows[0].units} units; median of ${RUNS} runs, each in its own process`);
console.log('format  export time  peak RSS  (model alone)  file');
for (const r of rows) {
  console.log(
    `${r.format.padEnd(6)}  ${(r.ms >= 1000 ? `${(r.ms / 1000).toFixed(2)} s` : `${r.ms.toFixed(0)} ms`).padStart(11)}  ${`${r.peak} MB`.padStart(8)}  ${`${r.model} MB`.padStart(13)}  ${(r.size / 2 ** 20).toFixed(1)} MB`,
  );
}
for (const r of rows.filter((x) => x.format === 'xlsx' || x.format === 'docx' || x.format === 'sqlite')) {
  console.log(`${r.format} peak ${r.peak} MB: ${r.peak <= 600 ? 'within' : 'OVER'} the 600 MB budget`);
}
const duties = rows[0].duties.toLocaleString('en');
const big = rows.filter((r) => ['xlsx', 'docx', 'sqlite'].includes(r.format));
if (big.length > 0) {
  row({
    what: `\`export\` ${duties} duties to ${big.map((r) => r.format).join(' / ')}: time, peak RSS (the model alone: ${big[0].model} MB)`,
    figure: big.map((r) => `${fmtMs(r.ms)}, **${r.peak} MB**`).join(' / '),
    target: '≈ 600 MB',
    met: big.every((r) => r.peak <= 600),
  });
}
const small = rows.filter((r) => !['xlsx', 'docx', 'sqlite'].includes(r.format));
if (small.length > 0) row({ what: `\`export\` ${duties} duties to ${small.map((r) => r.format).join(' / ')}`, figure: small.map((r) => fmtMs(r.ms)).join(' / ') });
