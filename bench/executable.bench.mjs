// The standalone executable (npm run package) against plain node and
// bin/mandates: size, and start-up as medians of interleaved runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { row, times as ratio } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 30;

if (process.platform !== 'linux') {
  console.log('skipped: the standalone executable is built on Linux only');
  process.exit(0);
}
if (!existsSync(join(root, 'build', 'corpus.json'))) {
  console.log('skipped: run `npm run build` first');
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'mandates-bench-exe-'));
const exe = join(work, 'mandates-linux-x64');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--output-dir', work, '--target', 'linux-x64'], { encoding: 'utf8' });
if (built.status !== 0) {
  console.error(built.stderr);
  process.exit(1);
}

const cases = [
  ['node -e 0', process.execPath, ['-e', '0']],
  ['bin/mandates units', join(root, 'bin', 'mandates'), ['units']],
  ['executable units', exe, ['units']],
  ['executable --version', exe, ['--version']],
  ['executable show 许可证 --json', exe, ['show', '许可证', '--json']],
];

function once(cmd, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status} ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const times = cases.map(() => []);
for (const [, cmd, args] of cases) once(cmd, args); // warm the page cache
for (let i = 0; i < RUNS; i++) cases.forEach(([, cmd, args], k) => times[k].push(once(cmd, args)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times[0]);

console.log(`executable: ${(statSync(exe).size / 2 ** 20).toFixed(1)} MiB (${/node v[\d.]+/.exec(built.stderr)?.[0] ?? 'node'}, stripped, + bundle + corpus)`);
console.log(`start-up, median of ${RUNS} interleaved runs:`);
cases.forEach(([name], k) => {
  const m = median(times[k]);
  console.log(`  ${name.padEnd(32)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}× node -e 0`);
});
const unitsRatio = median(times[cases.findIndex(([name]) => name === 'executable units')]) / base;
row({ what: `standalone executable (Linux, ${/node v[\d.]+/.exec(built.stderr)?.[0] ?? 'node'}): size; \`units\` vs \`node -e 0\``, figure: `${(statSync(exe).size / 2 ** 20).toFixed(1)} MiB; ${ratio(unitsRatio)}` });
rmSync(work, { recursive: true, force: true });
