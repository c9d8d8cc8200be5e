// overlap on synthetic corpora (bench/generate-corpus.mjs, whose duties recombine the seed's clauses and so overlap
// far more than real notices: a worst case). In-process, on 1,000 and 10,000 duties: the default engine (MinHash
// sketches) against the exact one (--exact), and the default's recall of groups (the share of the exact engine's
// groups it reproduces with identical members; docs/diff.md). Then the CLI on 100,000 duties, cache warm: time and
// peak RSS of `mandates overlap` and `--json` (target ≤ 60 s and ≤ 1 GB), and how soon --exact refuses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { generateCorpus } from './generate-corpus.mjs';
import { fmt, timeCommand, timeRuns } from './lib/measure.mjs';
import { fmtMs, row } from './lib/report.mjs';
import { fromSources } from './lib/sources.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'mandates-bench-'));
try {
  const { buildCorpus, findOverlaps, groupRecall } = await fromSources(
    `export { buildCorpus } from './src/corpus/build-model.ts';
     export { findOverlaps } from './src/diff/overlap.ts';
     export { groupRecall } from './test/helpers/overlap-recall.ts';`,
  );

  const corpusOf = (duties, units) =>
    buildCorpus(generateCorpus({ duties, units, documents: 1 }).map((doc) => ({ doc, source: 'bench', locate: () => 'bench' })));
  const time = timeRuns;

  console.log('findOverlaps over n duties, 10 a unit (median of 3; one run from 10,000): default, --exact, recall of groups');
  const measured = [];
  for (const [n, minSimilarity] of [[1000, 0.35], [10000, 0.35], [10000, 0.25]]) {
    const corpus = corpusOf(n, n / 10);
    const runs = n >= 10000 ? 1 : 3;
    const sketched = time(() => findOverlaps(corpus.duties, { minSimilarity }), runs);
    const exact = time(() => findOverlaps(corpus.duties, { minSimilarity, exact: true }), runs);
    const recall = groupRecall(exact.result, sketched.result);
    measured.push({ n, minSimilarity, ms: sketched.ms, exactMs: exact.ms, recall });
    console.log(
      `  n=${String(n).padStart(6)} at ${minSimilarity}  ${fmt(sketched.ms).padStart(9)} default  ${fmt(exact.ms).padStart(9)} --exact  ` +
        `recall ${recall.toFixed(4)} (${exact.result.length} exact groups; ${sketched.result.length} found)`,
    );
  }

  const [small, large] = measured;
  row({
    what: '`overlap` over 1,000 / 10,000 duties (synthetic), in-process: the default (sketches) and `--exact`; recall of `--exact`\'s groups',
    figure: `${fmtMs(small.ms)} / ${fmtMs(large.ms)} (\`--exact\`: ${fmtMs(small.exactMs)} / ${fmtMs(large.exactMs)}); recall **${small.recall.toFixed(3)} / ${large.recall.toFixed(3)}**`,
    target: 'recall ≥ 0.99',
    met: small.recall >= 0.99 && large.recall >= 0.99,
  });

  const file = join(out, 'corpus-100k.yaml');
  writeFileSync(file, generateCorpus({ duties: 100_000, units: 2_000, documents: 20 }).map((d) => YAML.stringify(d, { lineWidth: 0 })).join('---\n'));
  const bin = `${root}bin/mandates`;
  const env = { ...process.env, MANDATES_CACHE_DIR: join(out, 'cache') };
  timeCommand([bin, 'docs', '--corpus', file], { env });
  console.log('\nthe CLI on 100,000 duties, 2,000 units, cache warm (one run each; peak RSS):');
  // Wall time, CPU time (user + system: on a machine shared with other jobs, closer to what a quiet one takes) and peak
  // RSS, from /usr/bin/time when it is there.
  const cli = (args) => {
    const useTime = existsSync('/usr/bin/time');
    const argv = [...(useTime ? ['/usr/bin/time', '-f', '__TIME %U %S %M'] : []), bin, ...args, '--corpus', file];
    const t = performance.now();
    const r = spawnSync(argv[0], argv.slice(1), { env, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t;
    const [user, sys, kb] = (/__TIME (\S+) (\S+) (\d+)/.exec(r.stderr) ?? []).slice(1).map(Number);
    return { ms, status: r.status, cpu: useTime ? (user + sys) * 1000 : undefined, rss: useTime ? kb / 1024 : undefined, stderr: r.stderr.replace(/__TIME.*\n?/, '').replace(/Command exited with non-zero status \d+\n/, '') };
  };
  const rows = [
    ['mandates overlap', ['overlap']],
    ['mandates overlap --json', ['overlap', '--json']],
  ].map(([name, args]) => ({ name, ...cli(args) }));
  for (const r of rows) {
    if (r.status !== 0) throw new Error(`${r.name} exited ${r.status}: ${r.stderr}`);
    console.log(`  ${fmt(r.ms).padStart(9)}  ${r.cpu ? `${fmt(r.cpu)} CPU`.padStart(12) : ''}  ${r.rss ? `${r.rss.toFixed(0)} MB`.padStart(7) : ''}  ${r.name}`);
  }
  const meets = rows.every((r) => r.ms <= 60_000 && (r.rss ?? 0) <= 1024);
  console.log(`  target ≤ 60 s and ≤ 1 GB: ${meets ? 'meets target' : 'MISSES target'}`);
  const cell = (r) => `${fmtMs(r.ms)}${r.cpu ? ` (${fmtMs(r.cpu)} CPU)` : ''}${r.rss ? `, **${r.rss.toFixed(0)} MB**` : ''}`;
  row({
    what: '`mandates overlap` / `overlap --json` over 100,000 duties, cache warm: time (CPU), peak RSS',
    figure: rows.map(cell).join(' / '),
    target: '≤ 60 s, ≤ 1 GB',
    met: meets,
  });
  const refused = cli(['overlap', '--exact']);
  console.log(`  ${fmt(refused.ms).padStart(9)}  ${refused.rss ? `${refused.rss.toFixed(0)} MB`.padStart(20) : ''}  mandates overlap --exact: exit ${refused.status}, ${refused.stderr.trim()}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
