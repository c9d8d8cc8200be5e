// Bundled and run by bench/export.bench.mjs in a process of its own, so its
// peak memory is the export's: builds the model of a generated corpus in
// memory (no YAML parsing, which the load bench measures), then exports it.
import { performance } from 'node:perf_hooks';
import { writeAtPathAtomically, writeFileAtomically, writeStreamAtomically } from '../../src/cli/output-file.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { DocumentFile } from '../../src/corpus/format.js';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { corpusWorkbook, dutyTable } from '../../src/render/corpus-tables.js';
import { renderCsv } from '../../src/render/csv.js';
import { exportLines } from '../../src/render/json-shapes.js';
import { renderCorpusMarkdown } from '../../src/render/markdown.js';
const [format, out, duties, generator] = process.argv.slice(2) as [string, string, string, string];
// Imported at run time, not bundled: bundled, the generator would take itself for the main script.
const { generateCorpus } = (await import(generator)) as { generateCorpus: (o: { duties: number }) => DocumentFile[] };
const docs = generateCorpus({ duties: Number(duties) });
const corpus = buildCorpus(docs.map((doc) => ({ doc, source: 'generated', locate: () => 'generated' })));
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const before = mb(process.memoryUsage().rss);
const t = performance.now();
const units = corpus.units;
if (format === 'xlsx') {
  const { writeXlsx } = await import('../../src/render/xlsx.js');
  const spec = corpusWorkbook(units, { idOf: shortIdNamer(corpus), creator: 'bench', created: new Date() });
  await writeStreamAtomically(out, (stream) => writeXlsx(spec, stream), { force: true });
} else if (format === 'docx') {
  const { writeCorpusDocx } = await import('../../src/render/corpus-docx.js');
  await writeStreamAtomically(out, (stream) => writeCorpusDocx(units, { idOf: shortIdNamer(corpus), creator: 'bench' }, stream), { force: true });
} else if (format === 'sqlite') {
  const { writeSqlite } = await import('../../src/render/sqlite.js');
  await writeAtPathAtomically(out, (path) => writeSqlite(path, units, { idOf: shortIdNamer(corpus), creator: 'bench', created: new Date() }), { force: true });
} else {
  const text =
    format === 'md' ? renderCorpusMarkdown(units, { idOf: shortIdNamer(corpus) })
    : format === 'csv' ? renderCsv(dutyTable(units))
    : exportLines(units).map((l) => JSON.stringify(l) + '\n').join('');
  writeFileAtomically(out, text, { force: true });
}
const ms = performance.now() - t;
process.stdout.write(JSON.stringify({ ms, duties: corpus.duties.length, units: units.length, rssBefore: before, peak: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
