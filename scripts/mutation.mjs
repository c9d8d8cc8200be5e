// Mutation testing with StrykerJS (its vitest runner), one folder at a time:
//   npm run mutation -- text        (or search, importer, diff; several allowed)
// Each folder's code is mutated and scored by that folder's tests (test/<folder>).
// Slow (minutes to an hour a folder on 2 cores): not part of `npm test` or CI.
// Reports: reports/mutation/<folder>.html; the score and time are printed.
// Incremental: each folder keeps its results in reports/mutation/<folder>.incremental.json
// (ignored by git). A re-run re-tests only the mutants whose code changed, whose killing
// test changed, or that survived and are now covered by a new test; `--force` re-tests all.
// A run of one file (search/search.ts) updates that file's results in its folder's
// file and keeps the others', so the score printed is the folder's as last measured.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['text', 'search', 'importer', 'diff'];
// A folder, or one file of it (search/search.ts, or lines of it: search/search.ts:10-80),
// mutated and scored by the folder's tests.
// --concurrency N: test runners side by side (default 1, stryker.config.json), for a quiet machine.
// --timeout-ms N: the time a mutant's tests may take beyond their usual time before the mutant counts as timed out
// (Stryker's timeoutMS, 5000 in stryker.config.json). A mutant that loops for ever costs that much plus a new test
// runner, so where many do (src/diff's loops), 2500 halves their cost; on a loaded machine keep the default.
const args = process.argv.slice(2);
const force = args.includes('--force');
/** The whole-number value of option `name` (undefined when not given), and the places it takes in args. */
function wholeOption(name, what) {
  const at = args.indexOf(name);
  if (at === -1) return { value: undefined, places: [] };
  const value = Number(args[at + 1]);
  if (!(Number.isInteger(value) && value > 0)) {
    console.error(`mutation: ${name} takes a whole number ${what}`);
    process.exit(2);
  }
  return { value, places: [at, at + 1] };
}
const { value: concurrency, places: concurrencyPlaces } = wholeOption('--concurrency', 'of test runners (1, 2, ...)');
const { value: timeoutMS, places: timeoutPlaces } = wholeOption('--timeout-ms', 'of milliseconds (5000 by default)');
// --tests LIST: the test files to run against each mutant, comma-separated globs (test/diff/overlap*.test.ts), instead
// of every file of the folder's tests: for a file that only some of them reach, the others are time spent for nothing
// where Stryker cannot tell which tests reach a mutant (it then runs them all).
const testsAt = args.indexOf('--tests');
const tests = testsAt === -1 ? undefined : args[testsAt + 1];
if (testsAt !== -1 && !(tests && tests.split(',').every((t) => t.startsWith('test/') && t.endsWith('.test.ts')))) {
  console.error('mutation: --tests takes test files, comma-separated (test/diff/overlap*.test.ts,test/diff/pair-set.test.ts)');
  process.exit(2);
}
const testsPlaces = testsAt === -1 ? [] : [testsAt, testsAt + 1];
const wanted = args.filter((a, i) => a !== '--force' && ![...concurrencyPlaces, ...timeoutPlaces, ...testsPlaces].includes(i));
for (const target of wanted) {
  if (!FOLDERS.includes(target.split('/')[0])) {
    console.error(`mutation: unknown folder "${target}" (one of ${FOLDERS.join(', ')}, or a file in one)`);
    process.exit(2);
  }
}
for (const target of wanted.length > 0 ? wanted : FOLDERS) {
  const folder = target.split('/')[0];
  const files = target.includes('/') ? `src/${target}` : `src/${folder}/**/*.ts`;
  const started = Date.now();
  // stryker.config.json, with this folder's files to mutate and its own report.
  const config = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
  delete config.$schema;
  config.mutate = [files];
  const name = target.replace(/\//g, '-');
  config.htmlReporter = { fileName: `reports/mutation/${name}.html` };
  config.incremental = true;
  config.incrementalFile = `reports/mutation/${folder}.incremental.json`;
  if (force) config.force = true;
  if (concurrency !== undefined) config.concurrency = concurrency;
  if (timeoutMS !== undefined) config.timeoutMS = timeoutMS;
  const dir = mkdtempSync(join(tmpdir(), 'mandates-mutation-'));
  const file = join(dir, 'stryker.config.json');
  writeFileSync(file, JSON.stringify(config));
  const r = spawnSync(process.execPath, [`${root}node_modules/@stryker-mutator/core/bin/stryker.js`, 'run', file], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_TESTS: tests ?? `test/${folder}` },
  });
  rmSync(dir, { recursive: true, force: true });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.error(`mutation: ${files}: exit ${r.status}, ${minutes} min`);
  if (r.status !== 0) process.exit(r.status ?? 2);
}
