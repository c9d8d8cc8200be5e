// Start-up and corpus loading: the built CLI against `node -e 0`, and the
// 100,000-duty YAML corpus parsed cold versus read from the cache.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { generateCorpus } from './generate-corpus.mjs';
import { compareCommands, fmt, timeCommand, median } from './lib/measure.mjs';
import { row, times } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/mandates`;
const node = process.execPath;

console.log('start-up, bundled corpus (median of 20 interleaved runs):');
const startup = compareCommands(
  [
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: 'mandates --version', argv: [bin, '--version'] },
    { name: 'mandates show 许可证', argv: [bin, 'show', '许可证'] },
    { name: 'mandates units --json', argv: [bin, 'units', '--json'] },
  ],
  { runs: 20, warmup: 3 },
);
const base = startup[0].ms;
for (const r of startup) console.log(`  ${fmt(r.ms).padStart(9)}  ×${(r.ms / base).toFixed(2)}  ${r.name}`);
row({ what: '`mandates show 许可证` / `units --json`, bundled corpus, vs `node -e 0`', figure: `${times(startup[2].ms / base)} / ${times(startup[3].ms / base)}` });

const dir = mkdtempSync(join(tmpdir(), 'mandates-bench-'));
try {
  const file = join(dir, 'corpus-100k.yaml');
  const docs = generateCorpus({ duties: 100_000, units: 2_000, documents: 20 });
  writeFileSync(file, docs.map((d) => YAML.stringify(d, { lineWidth: 0 })).join('---\n'));
  console.log(`\n100,000 duties, 2,000 units, ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB of YAML (median of 3; peak RSS):`);
  const cache = join(dir, 'cache');
  const load = compareCommands(
    [
      { name: 'parse + validate (cold)', argv: [bin, 'docs', '--corpus', file], env: { ...process.env, MANDATES_NO_CACHE: '1' } },
      { name: 'from the cache', argv: [bin, 'docs', '--corpus', file], env: { ...process.env, MANDATES_CACHE_DIR: cache } },
    ],
    { runs: 3, warmup: 1 },
  );
  // The first run with an empty cache also compiles the corpus and writes the entry: a fresh cache folder each time.
  const first = [0, 1, 2].map((i) => timeCommand([bin, 'docs', '--corpus', file], { env: { ...process.env, MANDATES_CACHE_DIR: join(dir, `first-${i}`) } }));
  load.splice(1, 0, { name: 'first run, empty cache: parse + validate + compile + write', ms: median(first.map((r) => r.ms)), rss: Math.max(...first.map((r) => r.rss ?? 0)) || undefined });
  for (const r of load) console.log(`  ${fmt(r.ms).padStart(9)}  ${r.rss ? `${r.rss.toFixed(0)} MB`.padStart(7) : ''}  ${r.name}`);
  const coldMet = load[0].ms <= 1500 && (load[0].rss ?? 0) <= 250;
  console.log(`  cache speed-up ×${(load[0].ms / load[2].ms).toFixed(1)}; cold: target ≤ 1.5 s and ≤ 250 MB: ${coldMet ? 'meets target' : 'MISSES target'}`);
  const mb = (r) => (r.rss ? `, ${r.rss.toFixed(0)} MB` : '');
  row({ what: 'loading 100,000 duties of YAML (`docs`): parse + validate, no cache', figure: `**${fmt(load[0].ms)}${mb(load[0])}**`, target: '≤ 1.5 s, ≤ 250 MB', met: coldMet });
  row({ what: 'the same, first run with an empty cache (also compiles and writes the cache entry)', figure: `${fmt(load[1].ms)}${mb(load[1])}` });
  row({ what: 'the same, from the cache', figure: `${fmt(load[2].ms)}${mb(load[2])}` });

  // Every corpus is fast: a 1,000-duty file (about 200 KB) against the bundled corpus, cache warm.
  const small = join(dir, 'corpus-1k.yaml');
  writeFileSync(small, generateCorpus({ duties: 1000, units: 20, documents: 2 }).map((d) => YAML.stringify(d, { lineWidth: 0 })).join('---\n'));
  const smallEnv = { ...process.env, MANDATES_CACHE_DIR: cache };
  const sizes = compareCommands(
    [
      { name: 'search 许可证, bundled corpus (60 duties)', argv: [bin, 'search', '许可证'] },
      { name: 'search 许可证 --corpus 1,000 duties', argv: [bin, 'search', '许可证', '--corpus', small], env: smallEnv },
      { name: 'search 许可证 --corpus 100,000 duties', argv: [bin, 'search', '许可证', '--corpus', file], env: smallEnv },
    ],
    { runs: 11, warmup: 2 },
  );
  console.log('\nsearch by corpus size, cache warm (median of 11 interleaved runs):');
  for (const r of sizes) console.log(`  ${fmt(r.ms).padStart(9)}  ×${(r.ms / sizes[0].ms).toFixed(2)} bundled  ${r.name}`);
  console.log(`  1,000 duties within 1.3× the bundled corpus: ${sizes[1].ms / sizes[0].ms <= 1.3 ? 'meets target' : 'MISSES target'}`);
  row({ what: '`search 许可证` on a 1,000-duty corpus vs the bundled corpus, cache warm', figure: `**${times(sizes[1].ms / sizes[0].ms)}** (100,000 duties: ${times(sizes[2].ms / sizes[0].ms)})`, target: '≤ 1.3×', met: sizes[1].ms / sizes[0].ms <= 1.3 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
