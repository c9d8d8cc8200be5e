import { InvalidArgumentError, Option, type Command } from 'commander';
import pkg from '../../../package.json' with { type: 'json' };
import type { Doc, Unit } from '../../corpus/model.js';
import { UserError } from '../../errors.js';
import type { SearchQuery } from '../../render/hit-files.js';
import { collect, commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';
import { formatFromOutput, refuseBinaryOnTerminal, toStdout, writeTextOutput, writeWorkbookOutput } from '../write-output.js';

interface SearchCommandOptions extends CommonOptions {
  unit: string[];
  doc: string[];
  limit: number;
  all?: boolean;
  exact?: boolean;
  regex?: boolean;
  jsonl?: boolean;
  format?: SearchFormat;
  output?: string;
  force?: boolean;
  bom?: boolean;
}

export const SEARCH_FORMATS = ['md', 'csv', 'xlsx', 'json', 'jsonl'] as const;
export type SearchFormat = (typeof SEARCH_FORMATS)[number];

/**
 * The file format, or undefined for the default output (a table on a
 * terminal, tab-separated lines in a pipe). --json and --jsonl are
 * --format json and jsonl.
 */
function chooseSearchFormat(options: SearchCommandOptions): SearchFormat | undefined {
  const flag = options.json ? 'json' : options.jsonl ? 'jsonl' : undefined;
  if (flag !== undefined && options.format !== undefined && options.format !== flag) {
    throw new UserError(`--${flag} and --format ${options.format} ask for different outputs: give one of them`);
  }
  const format = formatFromOutput('search', SEARCH_FORMATS, options.format ?? flag, options.output);
  if (options.bom && format !== 'csv') throw new UserError(`--bom applies to csv only${format ? `, not ${format}` : ''}`);
  return format;
}

export const DEFAULT_LIMIT = 20;

/** The fallback kinds, in the order a note names them. */
const FALLBACK_KINDS = ['pinyin', 'homophone', 'typo', 'bigram'] as const;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

export function searchCommand(program: Command, io: Io, done: (code: number) => void): void {
  const cmd = withCommonOptions(
    program
      .command('search')
      .argument('<terms...>', 'what to look for; several terms must all occur (a full-width space separates terms too)')
      .description('find duties: exact phrase first, then all terms, then typos, homophones, pinyin and long-sentence matches')
      .option('--unit <unit>', 'only this unit (id, name or part of a name; repeatable)', collect, [])
      .option('--doc <doc>', 'only this document (id or number; repeatable)', collect, [])
      .option('--limit <n>', 'show at most n hits', positiveInteger, DEFAULT_LIMIT)
      .addOption(new Option('--all', 'show every hit').conflicts('limit')),
  )
    .addOption(new Option('--exact', 'folded substrings only: no typo, homophone, pinyin or bigram fallbacks').conflicts('regex'))
    .addOption(new Option('--regex', 'each term is a JavaScript regular expression, matched against the folded text'))
    .addOption(new Option('--jsonl', 'print one JSON object a line').conflicts('json'))
    .addOption(new Option('-f, --format <format>', 'write the hits as md, csv, xlsx, json or jsonl (default: from the -o extension)').choices(SEARCH_FORMATS))
    .option('-o, --output <file>', 'write to this file (- for stdout)')
    .option('--force', 'replace the output file if it exists')
    .option('--bom', 'CSV: start with a UTF-8 byte order mark (for Excel on Chinese Windows)')
    .addHelpText(
      'after',
      examples(
        'mandates search 许可证',
        'mandates search 许可证 签发          # both terms, any order',
        'mandates search xkz                 # pinyin initials (xukezheng works too)',
        'mandates search 許可證               # traditional folds to simplified',
        'mandates search 援外 --unit gjjjhzswj --limit 3',
        "mandates search --regex '许可证(件|书)'",
        "mandates search 电子政务 --jsonl | jq -r .id",
        'mandates search 许可证 --all -o 许可证.xlsx    # matches in bold red; the query on a second sheet',
        'mandates search 外贸 --format md > hits.md',
      ) + '\nExit status: 0 hits found, 1 none (a file is still written, with the query and no rows), 2 error.\n',
    );
  cmd.action(async (terms: string[], options: SearchCommandOptions) => {
    const format = chooseSearchFormat(options);
    if (format === 'xlsx') refuseBinaryOnTerminal(io, options, 'xlsx');
    const ctx = commandContext(io, options);
    const [{ search, isFallback }, { resolveDoc, resolveUnit }, { shortIdNamer }, { CacheDamaged }] = await Promise.all([
      import('../../search/index.js'),
      import('../../corpus/resolve.js'),
      import('../../corpus/short-ids.js'),
      import('../corpus-cache.js'),
    ]);
    const mode = options.regex ? 'regex' : options.exact ? 'exact' : 'smart';
    const limit = options.all ? undefined : options.limit;
    const runSearch = async (fresh: boolean) => {
      const { corpus, index } = await ctx.searchable({ fresh });
      const units = new Set<Unit>(options.unit.map((ref) => resolveUnit(corpus, ref)));
      const docs = new Set<Doc>(options.doc.map((ref) => resolveDoc(corpus, ref)));
      const includeUnit = units.size === 0 && docs.size === 0
        ? undefined
        : (unit: Unit) => (units.size === 0 || units.has(unit)) && (docs.size === 0 || docs.has(unit.doc));
      return { corpus, units, docs, ...(await search(index, terms, { mode, includeUnit, limit })) };
    };
    // A compiled corpus reads the duties it shows from the cache, checking each piece: a damaged one is rebuilt.
    const { corpus, units, docs, hits, total } = await runSearch(false).catch((e: unknown) => {
      if (e instanceof CacheDamaged) return runSearch(true);
      throw e;
    });
    const idOf = shortIdNamer(corpus);

    if (format === 'xlsx' || format === 'md' || format === 'csv') {
      const query: SearchQuery = {
        terms,
        mode,
        units: [...units].map((u) => u.id),
        documents: [...docs].map((d) => d.id),
        total,
        date: new Date(),
      };
      const files = await import('../../render/hit-files.js');
      if (format === 'xlsx') {
        await writeWorkbookOutput(io, options, files.hitsWorkbook(hits, query, { idOf, creator: `mandates ${pkg.version}`, lang: ctx.pres.lang }));
      } else if (format === 'md') {
        writeTextOutput(io, options, files.renderHitsMarkdown(hits, query, { idOf, lang: ctx.pres.lang }));
      } else {
        const { renderCsv } = await import('../../render/csv.js');
        writeTextOutput(io, options, renderCsv(files.hitCsvTable(hits), { bom: options.bom }));
      }
    } else if (format === 'json' || format === 'jsonl') {
      const { hitJson, renderHitsJsonl } = await import('../../render/hits.js');
      const { renderJson } = await import('../../render/safe-text.js');
      const text = format === 'json' ? renderJson(hits.map((h, i) => hitJson(h, i + 1))) : renderHitsJsonl(hits);
      // JSON is escaped already: on stdout it goes out as it always has.
      if (toStdout(options)) ctx.write(text);
      else writeTextOutput(io, options, text);
    } else if (ctx.pres.width !== undefined) {
      const { renderHitTable } = await import('../../render/hit-table.js');
      if (hits.length > 0) ctx.write(renderHitTable(hits, { width: ctx.pres.width, color: ctx.pres.color, idOf: (h) => idOf(h.duty), lang: ctx.pres.lang }));
      if (total === 0) io.stderr.write('no duty matches\n');
    } else {
      const { renderHitsTsv } = await import('../../render/hits.js');
      ctx.write(renderHitsTsv(hits, { color: ctx.pres.color, idOf: (h) => idOf(h.duty) }));
    }
    // A person should know these are not what they typed (--exact refuses them).
    const fallbacks = FALLBACK_KINDS.filter((kind) => hits.some((h) => h.kind === kind && isFallback(kind)));
    if (hits.length > 0 && hits.every((h) => isFallback(h.kind))) {
      io.stderr.write(`no exact match; showing ${fallbacks.join(', ').replace(/, ([^,]*)$/, ' and $1')} matches\n`);
    }
    // A pipe or a JSON reader would not know the list was cut: say so, on stderr, wherever the hits go.
    if ((format === undefined || toStdout(options)) && hits.length < total) {
      io.stderr.write(`${hits.length} of ${total} hits shown (--limit N or --all for more)\n`);
    }
    if (format !== undefined && !toStdout(options)) {
      const shown = hits.length < total ? `${hits.length} of ${total} hits (--limit N or --all for more)` : `${total} ${total === 1 ? 'hit' : 'hits'}`;
      io.stderr.write(`mandates: wrote ${options.output} (${format}): ${shown}\n`);
    }
    done(hits.length > 0 ? 0 : 1);
  });
}
