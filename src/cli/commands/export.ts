import { Option, type Command } from 'commander';
import pkg from '../../../package.json' with { type: 'json' };
import type { Corpus, Unit } from '../../corpus/model.js';
import { resolveTarget } from '../../corpus/resolve.js';
import { shortIdNamer } from '../../corpus/short-ids.js';
import { UserError } from '../../errors.js';
import { renderJson, safeLine } from '../../render/safe-text.js';
import { schemaReference } from '../schema-reference.js';
import { commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import { outputLang, type Io } from '../context.js';
import { formatFromOutput, refuseBinaryOnTerminal, toStdout, writeBinaryStreamOutput, writeTextOutput, writeWorkbookOutput } from '../write-output.js';

export const EXPORT_FORMATS = ['xlsx', 'md', 'json', 'jsonl', 'csv', 'yaml', 'sqlite', 'html', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportOptions extends CommonOptions {
  format?: ExportFormat;
  output?: string;
  force?: boolean;
  mdTable?: boolean;
  bom?: boolean;
}

/** The format: --format, else the output file's extension, else Markdown on stdout. */
export function chooseFormat(format: ExportFormat | undefined, output: string | undefined): ExportFormat {
  return formatFromOutput('export', EXPORT_FORMATS, format, output) ?? 'md';
}

/** The units named, in corpus order and each once; none named means all of them. */
function selectUnits(corpus: Corpus, refs: readonly string[]): Unit[] {
  if (refs.length === 0) return [...corpus.units];
  const wanted = new Set<Unit>();
  for (const ref of refs) {
    const target = resolveTarget(corpus, ref);
    if (target.kind === 'duty') {
      throw new UserError(`"${ref}" names a duty (${target.duty.id}); export takes units, e.g. ${target.duty.unit.key}`);
    }
    wanted.add(target.unit);
  }
  return corpus.units.filter((u) => wanted.has(u));
}

const lang = (io: Io, options: ExportOptions) => outputLang(io, options.lang);

async function renderText(format: Exclude<ExportFormat, 'xlsx' | 'sqlite' | 'docx'>, units: Unit[], corpus: Corpus, options: ExportOptions, io: Io): Promise<string> {
  switch (format) {
    case 'md': {
      const { renderCorpusMarkdown } = await import('../../render/markdown.js');
      return renderCorpusMarkdown(units, { idOf: shortIdNamer(corpus), tables: options.mdTable, lang: lang(io, options) });
    }
    case 'json': {
      const { exportJson } = await import('../../render/json-shapes.js');
      const { groupByDocument } = await import('../../render/corpus-tables.js');
      return renderJson(exportJson(groupByDocument(units)));
    }
    case 'jsonl': {
      const { exportLines } = await import('../../render/json-shapes.js');
      return exportLines(units).map((line) => renderJson(line, { pretty: false })).join('');
    }
    case 'csv': {
      const { renderCsv } = await import('../../render/csv.js');
      const { dutyTable } = await import('../../render/corpus-tables.js');
      return renderCsv(dutyTable(units, lang(io, options)), { bom: options.bom });
    }
    case 'html': {
      const { renderCorpusHtml, CORPUS_HTML_LABELS } = await import('../../render/html-corpus.js');
      // The page reads pinyin from a table of the exported characters' readings (pinyin-pro, loaded only here).
      const { loadPinyinTable } = await import('../../search/pinyin-table.js');
      const table = await loadPinyinTable();
      return renderCorpusHtml(units, { lang: lang(io, options), labels: CORPUS_HTML_LABELS[lang(io, options)], idOf: shortIdNamer(corpus), readings: (code) => table.of(code) });
    }
    case 'yaml': {
      const { renderCorpusYaml } = await import('../../render/corpus-yaml.js');
      const sources = [...new Set(units.map((u) => u.doc.source))].join(', ');
      const { CORPUS_SCHEMA_ID } = await import('../../corpus/parse.js');
      return renderCorpusYaml(units, {
        schema: schemaReference(io, options.output, CORPUS_SCHEMA_ID),
        comment: `Exported by mandates ${pkg.version} from ${sources}.`,
      });
    }
  }
}

export function exportCommand(program: Command, io: Io, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('export')
      .argument('[unit...]', 'units to export (id, name, external name, alias or part of a name); none: every loaded unit')
      .description('export units and their duties as xlsx, Word, Markdown, HTML, JSON, JSONL, CSV, corpus YAML or an SQLite database'),
  )
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else md)').choices(EXPORT_FORMATS))
    .option('-o, --output <file>', 'write to this file (- for stdout); text formats go to stdout without it')
    .option('--force', 'replace the output file if it exists')
    .option('--md-table', 'Markdown: one table per unit instead of nested lists')
    .option('--bom', 'CSV: start with a UTF-8 byte order mark (for Excel on Chinese Windows)')
    .addHelpText(
      'after',
      examples(
        'mandates export -o 职能.xlsx                 # every unit, to an Excel workbook',
        'mandates export 许可证 外贸发展 --format md  # two units as Markdown on stdout',
        'mandates export --format csv --bom -o duties.csv',
        'mandates export --format jsonl | jq -r .duty.text',
        'mandates export jgfwzx -o jgfwzx.yaml       # corpus YAML: loads back with --corpus',
        'mandates export -o corpus.sqlite             # SQLite with a full-text index (FTS5, trigram)',
        'mandates export -o 职能.html                 # one page to e-mail: opens offline, with a search box',
      ),
    )
    .action(async (refs: string[], options: ExportOptions) => {
      const ctx = commandContext(io, options);
      // --json is every command's way of asking for JSON: here it means --format json.
      if (options.json && options.format !== undefined && options.format !== 'json') {
        throw new UserError(`--json and --format ${options.format} ask for different outputs: give one of them`);
      }
      const format = chooseFormat(options.json ? 'json' : options.format, options.output);
      if (options.bom && format !== 'csv') throw new UserError(`--bom applies to csv only, not ${format}`);
      if (options.mdTable && format !== 'md') throw new UserError(`--md-table applies to md only, not ${format}`);
      if (format === 'xlsx' || format === 'docx') refuseBinaryOnTerminal(io, options, format);
      // SQLite writes a file it can seek in: there is no database on stdout.
      if (format === 'sqlite' && toStdout(options)) throw new UserError('an SQLite database is written to a file: use -o FILE.sqlite');
      const corpus = await ctx.corpus();
      const units = selectUnits(corpus, refs);
      const dutyCount = units.reduce((n, u) => n + u.duties.length, 0);

      if (format === 'xlsx') {
        const { corpusWorkbook } = await import('../../render/corpus-tables.js');
        const spec = corpusWorkbook(units, { idOf: shortIdNamer(corpus), creator: `mandates ${pkg.version}`, created: new Date(), lang: ctx.pres.lang });
        await writeWorkbookOutput(io, options, spec);
      } else if (format === 'docx') {
        const { writeCorpusDocx } = await import('../../render/corpus-docx.js');
        const docxOptions = { idOf: shortIdNamer(corpus), creator: `mandates ${pkg.version}`, lang: ctx.pres.lang };
        await writeBinaryStreamOutput(io, options, (stream) => writeCorpusDocx(units, docxOptions, stream));
      } else if (format === 'sqlite') {
        const { writeSqlite } = await import('../../render/sqlite.js');
        const { writeAtPathAtomically } = await import('../output-file.js');
        const sqliteOptions = { idOf: shortIdNamer(corpus), creator: `mandates ${pkg.version}`, created: new Date() };
        await writeAtPathAtomically(options.output!, (path) => writeSqlite(path, units, sqliteOptions), { force: options.force, cwd: io.cwd });
      } else {
        writeTextOutput(io, options, await renderText(format, units, corpus, options, io));
      }
      if (!toStdout(options)) {
        const counted = `${units.length} ${units.length === 1 ? 'unit' : 'units'}, ${dutyCount} ${dutyCount === 1 ? 'duty' : 'duties'}`;
        io.stderr.write(`mandates: wrote ${safeLine(options.output!)} (${format}): ${counted}\n`);
      }
      done(dutyCount > 0 ? 0 : 1);
    });
}
