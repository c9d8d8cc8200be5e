import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Doc, Unit } from '../../corpus/model.js';
import { commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';

interface SearchCommandOptions extends CommonOptions {
  unit: string[];
  doc: string[];
  limit: number;
  all?: boolean;
  exact?: boolean;
  regex?: boolean;
  jsonl?: boolean;
}

export const DEFAULT_LIMIT = 20;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

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
      .option('--all', 'show every hit'),
  )
    .addOption(new Option('--exact', 'folded substrings only: no typo, homophone, pinyin or bigram fallbacks').conflicts('regex'))
    .addOption(new Option('--regex', 'each term is a JavaScript regular expression, matched against the folded text'))
    .addOption(new Option('--jsonl', 'print one JSON object a line').conflicts('json'))
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
      ),
    );
  cmd.action(async (terms: string[], options: SearchCommandOptions) => {
    const ctx = commandContext(io, options);
    const corpus = await ctx.corpus();
    const [{ buildSearchIndex, search }, { resolveDoc, resolveUnit }, { shortIdNamer }] = await Promise.all([
      import('../../search/index.js'),
      import('../../corpus/resolve.js'),
      import('../../corpus/short-ids.js'),
    ]);
    const units = new Set<Unit>(options.unit.map((ref) => resolveUnit(corpus, ref)));
    const docs = new Set<Doc>(options.doc.map((ref) => resolveDoc(corpus, ref)));
    const include = units.size === 0 && docs.size === 0
      ? undefined
      : (duty: { unit: Unit }) => (units.size === 0 || units.has(duty.unit)) && (docs.size === 0 || docs.has(duty.unit.doc));
    const mode = options.regex ? 'regex' : options.exact ? 'exact' : 'smart';
    const limit = options.all ? undefined : options.limit;
    const { hits, total } = await search(buildSearchIndex(corpus.duties), terms, { mode, include, limit });
    const idOf = shortIdNamer(corpus);

    if (options.json || options.jsonl) {
      const { hitJson, renderHitsJsonl } = await import('../../render/hits.js');
      if (options.json) ctx.writeJson(hits.map((h, i) => hitJson(h, i + 1)));
      else ctx.write(renderHitsJsonl(hits));
    } else if (ctx.pres.width !== undefined) {
      const { renderHitTable } = await import('../../render/hit-table.js');
      if (hits.length > 0) ctx.write(renderHitTable(hits, { width: ctx.pres.width, color: ctx.pres.color, idOf: (h) => idOf(h.duty) }));
      if (hits.length < total) io.stderr.write(`${hits.length} of ${total} hits shown (--limit N or --all for more)\n`);
      if (total === 0) io.stderr.write('no duty matches\n');
    } else {
      const { renderHitsTsv } = await import('../../render/hits.js');
      ctx.write(renderHitsTsv(hits, { color: ctx.pres.color, idOf: (h) => idOf(h.duty) }));
    }
    done(hits.length > 0 ? 0 : 1);
  });
}
