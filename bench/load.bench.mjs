// Start-up and corpus loading: the built CLI against `node -e 0`, and the
// 100,000-duty YAML corpus parsed cold versus read from the cache.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { generateCorpus } from './generate-corpus.mjs';
import { compareCommands, fmt } from './lib/measure.mjs';

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
  for (const r of load) console.log(`  ${fmt(r.ms).padStart(9)}  ${r.rss ? `${r.rss.toFixed(0)} MB`.padStart(7) : ''}  ${r.name}`);
  console.log(`  cache speed-up ×${(load[0].ms / load[1].ms).toFixed(1)}; cold: target ≤ 1.5 s and ≤ 250 MB: ${load[0].ms <= 1500 && (load[0].rss ?? 0) <= 250 ? 'meets target' : 'MISSES target'}`);

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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
