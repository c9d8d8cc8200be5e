// Mutation testing with StrykerJS (its vitest runner), one folder at a time:
//   npm run mutation -- text        (or search, importer, diff; several allowed)
// Each folder's code is mutated and scored by that folder's tests (test/<folder>).
// Slow (minutes to an hour a folder on 2 cores): not part of `npm test` or CI.
// Reports: reports/mutation/<folder>.html; the score and time are printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['text', 'search', 'importer', 'diff'];
const wanted = process.argv.slice(2);
for (const folder of wanted) {
  if (!FOLDERS.includes(folder)) {
    console.error(`mutation: unknown folder "${folder}" (one of ${FOLDERS.join(', ')})`);
    process.exit(2);
  }
}
for (const folder of wanted.length > 0 ? wanted : FOLDERS) {
  const started = Date.now();
  // stryker.config.json, with this folder's files to mutate and its own report.
  const config = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
  delete config.$schema;
  config.mutate = [`src/${folder}/**/*.ts`];
  config.htmlReporter = { fileName: `reports/mutation/${folder}.html` };
  const dir = mkdtempSync(join(tmpdir(), 'mandates-mutation-'));
  const file = join(dir, 'stryker.config.json');
  writeFileSync(file, JSON.stringify(config));
  const r = spawnSync(process.execPath, [`${root}node_modules/@stryker-mutator/core/bin/stryker.js`, 'run', file], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_TESTS: `test/${folder}` },
  });
  rmSync(dir, { recursive: true, force: true });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.error(`mutation: src/${folder}: exit ${r.status}, ${minutes} min`);
  if (r.status !== 0) process.exit(r.status ?? 2);
}
