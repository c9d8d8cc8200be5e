// Joins StrykerJS incremental reports made in different checkouts (people or
// machines that each scored some files of a folder) into this checkout's
// reports/mutation/FOLDER.incremental.json, so that `npm run mutation -- FOLDER`
// re-tests only what the joined results cannot vouch for, and prints the
// folder's score per file as those results stand:
//   npm run mutation:merge -- importer ../a/reports/mutation/importer.incremental.json ../b/...
//   npm run mutation:merge -- importer          (no reports: only print the scores)
// Each source or test file's results come from the last report that has it:
// name the reports oldest first, and each file's own run last (a report Stryker
// wrote carries the whole record of its checkout, also files it did not mutate).
// A mutant keeps only the killing and covering tests that the joined report
// still lists, so Stryker re-runs it when its tests are gone. Files measured on
// a copy other than this checkout's are marked in the scores printed.
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [folder, ...inputs] = process.argv.slice(2);
if (!['text', 'search', 'importer', 'diff'].includes(folder ?? '')) {
  console.error('mutation-merge: name a folder (text, search, importer or diff), then the reports to join');
  process.exit(2);
}
const target = join(root, 'reports', 'mutation', `${folder}.incremental.json`);

function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`mutation-merge: cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
}

function current(relative) {
  const file = join(root, relative);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

// The last report that has `name` (in `section`): name the reports oldest first. A report that
// Stryker wrote carries every file of its checkout's record, also files that run did not mutate
// (their old results, fitted to the file as it then was), so name each file's owner last.
function pick(reports, section, name) {
  return reports.filter((r) => r[section]?.[name] !== undefined).at(-1);
}

function joinReports(reports) {
  const testFileNames = [...new Set(reports.flatMap((r) => Object.keys(r.testFiles ?? {})))].sort();
  const idOf = new Map(); // `${file}\0${name}` → new id
  const testFiles = {};
  for (const name of testFileNames) {
    const from = pick(reports, 'testFiles', name);
    const tests = from.testFiles[name].tests.map((test) => {
      const key = `${name}\0${test.name}`;
      if (!idOf.has(key)) idOf.set(key, String(idOf.size));
      return { ...test, id: idOf.get(key) };
    });
    testFiles[name] = { ...from.testFiles[name], tests };
  }
  // Each report's own ids, read as (test file, test name), then as the joined id.
  const renumber = new Map(
    reports.map((r) => {
      const own = new Map();
      for (const [name, file] of Object.entries(r.testFiles ?? {})) {
        for (const test of file.tests) {
          const joined = idOf.get(`${name}\0${test.name}`);
          if (joined !== undefined) own.set(test.id, joined);
        }
      }
      return [r, own];
    }),
  );
  const ids = (r, list) => (list ?? []).map((id) => renumber.get(r).get(id)).filter((id) => id !== undefined);
  const files = {};
  const sourceNames = [...new Set(reports.flatMap((r) => Object.keys(r.files ?? {})))].sort();
  for (const name of sourceNames) {
    const from = pick(reports, 'files', name);
    const mutants = from.files[name].mutants.map((m) => ({
      ...m,
      ...(m.killedBy ? { killedBy: ids(from, m.killedBy) } : {}),
      ...(m.coveredBy ? { coveredBy: ids(from, m.coveredBy) } : {}),
    }));
    files[name] = { ...from.files[name], mutants };
  }
  return { ...reports.at(-1), files, testFiles };
}

function scores(report) {
  const rows = [];
  const total = { killed: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const [name, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const c = { killed: 0, survived: 0, noCoverage: 0, ignored: 0 };
    for (const m of file.mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') c.killed += 1;
      else if (m.status === 'Survived') c.survived += 1;
      else if (m.status === 'NoCoverage') c.noCoverage += 1;
      else c.ignored += 1; // Ignored, CompileError, RuntimeError: not part of the score
    }
    for (const k of Object.keys(total)) total[k] += c[k];
    const stale = file.source !== current(name) ? ' (measured on another copy of the file)' : '';
    rows.push([name, c, stale]);
  }
  const pct = (c) => {
    const valid = c.killed + c.survived + c.noCoverage;
    return valid === 0 ? '—' : `${((100 * c.killed) / valid).toFixed(1)} %`;
  };
  for (const [name, c, stale] of rows) {
    console.log(`${pct(c).padStart(8)}  ${String(c.killed + c.survived + c.noCoverage).padStart(5)} mutants, ${c.survived} survived, ${c.noCoverage} uncovered  ${name}${stale}`);
  }
  console.log(`${pct(total).padStart(8)}  ${total.killed + total.survived + total.noCoverage} mutants in ${rows.length} files of src/${folder} (${total.ignored} not scored: ignored or errors)`);
}

const reports = inputs.map(readReport);
if (reports.length > 0) {
  if (existsSync(target)) reports.unshift(readReport(target));
  const joined = joinReports(reports);
  writeFileSync(`${target}.tmp`, JSON.stringify(joined));
  renameSync(`${target}.tmp`, target);
  console.error(`mutation-merge: wrote ${target}`);
}
if (!existsSync(target)) {
  console.error(`mutation-merge: no results for src/${folder} yet (${target})`);
  process.exit(2);
}
scores(readReport(target));
