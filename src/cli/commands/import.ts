import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentFile, DutyFile } from '../../corpus/format.js';
import type { ImportSummary } from '../../importer/summary.js';
import { UserError } from '../../errors.js';
import { defaultExport } from '../../module-default.js';
import { renderJson, safeLine } from '../../render/safe-text.js';
import { toStdout, writeTextOutput } from '../write-output.js';
import { examples } from '../common.js';
import type { Io } from '../context.js';
import { fileError, readStdin } from '../corpus-source.js';
import { schemaReference } from '../schema-reference.js';
import { SOURCE_FORMATS } from '../../importer/readers/formats.js';
import type { SourceFormat } from '../../importer/readers/types.js';

interface ImportOptions {
  output?: string;
  force?: boolean;
  encoding?: string;
  from?: string;
  strict?: boolean;
  id?: string;
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/**
 * The summary a person checks against the source: the document's number,
 * issuer and date, then one line a unit. Corpus text goes through safeLine.
 */
function summaryLines(name: string, summary: ImportSummary): string[] {
  const field = (label: string, value: string | null) => `${label} ${value === null ? 'none found' : safeLine(value)}`;
  const yesNo = (label: string, found: boolean) => (found ? label : `no ${label}`);
  return [
    `mandates: imported ${safeLine(name)}: ${field('number', summary.number)}; ${field('issuer', summary.issuer)}; ${field('date', summary.date)}; ${countOf(summary.units.length, 'unit')}`,
    ...summary.units.map(
      (u) =>
        `  ${safeLine(u.id)} ${safeLine(u.name)}: ${countOf(u.duties, 'duty')}, ${u.parent === null ? 'no parent' : `part of ${safeLine(u.parent)}`}, ${yesNo('preamble', u.preamble)}, ${yesNo('staffing', u.staffing)}`,
    ),
  ];
}

function countOf(n: number, noun: 'unit' | 'duty'): string {
  return `${n} ${n === 1 ? noun : noun === 'duty' ? 'duties' : 'units'}`;
}

/** Duties in a document, sub-items included (what export's line counts too). */
function dutyCount(doc: DocumentFile): number {
  const count = (list: readonly DutyFile[] | undefined): number => (list ?? []).reduce((n, d) => n + 1 + count(d.items), 0);
  return doc.units.reduce((n, u) => n + count(u.duties) + (u.sections ?? []).reduce((m, s) => m + count(s.duties), 0), 0);
}

export function importCommand(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('import')
    .argument('<file|->', 'the notice: text, a saved web page, .docx, .doc, .odt or PDF (- for standard input)')
    .description('turn a notice (通知, 三定 provision…) into a corpus document (YAML)')
    .option('-o, --output <file>', 'write the document to FILE instead of standard output')
    .option('--force', 'replace FILE if it exists')
    .option('--from <format>', 'read the input as txt, html, docx, doc, odt or pdf (default: tell from its content)')
    .option('--encoding <name>', 'the encoding of a text or HTML input (default: the page\'s declaration, else detect UTF-8, UTF-16 with BOM, GB18030/GBK, Big5)')
    .option('--strict', 'treat warnings (source defects) as errors: exit 2 and write nothing')
    .option('--id <id>', 'the document id (default: from the document number, e.g. sbf-2003-9)')
    .option('--json', 'print {document, warnings, summary, encoding} as JSON instead of YAML')
    .option('-q, --quiet', 'do not print the summary of what was found on standard error (warnings still are)')
    .option('--debug', 'show stack traces for errors')
    .addHelpText(
      'after',
      examples(
        'mandates import notice.txt > notice.yaml',
        'mandates import saved-page.html -o notice.yaml',
        'curl -s URL | mandates import - --from html',
        'mandates import notice-gbk.txt -o corpus/notice.yaml --force',
        'mandates import --encoding big5 notice.txt --id moc-1999-3',
        'mandates import notice.txt --strict -o notice.yaml && mandates docs --corpus notice.yaml',
      ),
    )
    .action(async (file: string, options: ImportOptions) => {
      if (options.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/u.test(options.id)) {
        throw new UserError(`--id "${options.id}": use lower-case letters, digits and hyphens, starting with a letter or digit`);
      }
      if (options.from !== undefined && !(SOURCE_FORMATS as readonly string[]).includes(options.from)) {
        throw new UserError(`--from "${options.from}": use one of ${SOURCE_FORMATS.join(', ')}`);
      }
      const name = file === '-' ? '<stdin>' : file;
      let bytes: Buffer;
      if (file === '-') bytes = await readStdin(io.stdin);
      else {
        try {
          bytes = readFileSync(resolve(io.cwd, file));
        } catch (e) {
          throw fileError(e, file, 'notice');
        }
      }
      const [iconv, { pinyin }, { readSource }, { importNotice }, { renderDocumentYaml }, { parseCorpusText, CORPUS_SCHEMA_ID }, { buildCorpus }] =
        await Promise.all([
          import('iconv-lite'),
          import('pinyin-pro'),
          import('../../importer/readers/read-source.js'),
          import('../../importer/notice.js'),
          import('../../render/document-yaml.js'),
          import('../../corpus/parse.js'),
          import('../../corpus/build-model.js'),
        ]);
      const decoder = defaultExport(iconv, (v): v is typeof iconv => typeof (v as { decode?: unknown } | null)?.decode === 'function', 'iconv-lite');
      const source = await readSource(bytes, {
        name,
        decoder,
        ...(options.from !== undefined ? { from: options.from as SourceFormat } : {}),
        ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      });
      const { text } = source;
      // Text formats name their encoding; the others name their format (docx, pdf…).
      const encoding = source.encoding ?? source.format;
      const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
      if (text.trim() === '') throw new UserError(`${name} is empty: nothing to import`);
      const { document, warnings, summary } = importNotice(text, {
        initials,
        metadata: source.metadata,
        dropped: source.dropped,
        ...(options.id ? { id: options.id } : {}),
      });
      if (document.units.length === 0) {
        throw new UserError(`found no units in ${name} (no heading followed by numbered items, no 三定 sections); nothing written`);
      }

      if (!options.quiet) for (const line of summaryLines(name, summary)) io.stderr.write(`${line}\n`);
      for (const w of warnings) {
        io.stderr.write(`mandates: warning: ${safeLine(name)}${w.line !== undefined ? `:${w.line}` : ''}: ${safeLine(w.message)}\n`);
      }
      if (options.strict && warnings.length > 0) {
        io.stderr.write(`mandates: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} and --strict: nothing written\n`);
        done(2);
        return;
      }

      const yaml = renderDocumentYaml(document, {
        schema: schemaReference(io, options.output, CORPUS_SCHEMA_ID),
        comments: [
          `Imported by \`mandates import\` from ${name} (${encoding}); check it against the source.`,
          ...warnings.map((w) => `warning: ${w.line !== undefined ? `line ${w.line}: ` : ''}${w.message}`),
        ],
      });
      // The importer's output must load back as a corpus; if it does not, that is our bug, not the user's.
      try {
        buildCorpus(parseCorpusText(yaml, name));
      } catch (e) {
        const detail = e instanceof UserError ? [e.message, ...e.details].join('; ') : (e as Error).message;
        throw new Error(`the imported document does not validate: ${detail}`);
      }
      const out = options.json ? renderJson({ document, warnings, summary, encoding }) : yaml;
      writeTextOutput(io, { output: options.output, force: options.force === true }, out);
      if (!toStdout({ output: options.output })) {
        io.stderr.write(
          `mandates: wrote ${safeLine(options.output!)} (${options.json ? 'json' : 'yaml'}): document ${document.id}, ${countOf(document.units.length, 'unit')}, ${countOf(dutyCount(document), 'duty')}\n`,
        );
      }
      done(0);
    });
}
