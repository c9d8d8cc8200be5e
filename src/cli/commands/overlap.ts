import { Chalk } from 'chalk';
import type { Command } from 'commander';
import type { Duty, Unit } from '../../corpus/model.js';
import { resolveUnit } from '../../corpus/resolve.js';
import { shortIdNamer } from '../../corpus/short-ids.js';
import { UserError } from '../../errors.js';
import { overlapJson, renderOverlapText } from '../../render/overlap.js';
import { renderJson, safeLine } from '../../render/safe-text.js';
import { collect, commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';
import { formatFromOutput, toStdout, writeTextOutput } from '../write-output.js';
import { parseSimilarity } from './diff.js';

interface OverlapCommandOptions extends CommonOptions {
  unit: string[];
  minSimilarity?: number;
  exact?: boolean;
  matrix?: boolean;
  output?: string;
  force?: boolean;
}

const OVERLAP_FORMATS = ['text', 'json', 'html', 'svg'] as const;

const count = (n: number) => n.toLocaleString('en-US');

/** Why the engine refused, and what the user can do about it, on one line. */
export function tooLargeMessage(e: { duties: number; pairs: number | undefined; limit: number }, narrowed: boolean): string {
  const narrow = narrowed ? 'name fewer --unit' : 'narrow it with --unit';
  if (e.pairs === undefined) return `${count(e.duties)} duties are more than overlap compares at once (limit ${count(e.limit)}); ${narrow}`;
  return (
    `${count(e.duties)} duties share too much wording for overlap to compare at once ` +
    `(${count(e.pairs)} clause pairs to weigh, limit ${count(e.limit)}); ${narrow} or raise --min-similarity`
  );
}

export function overlapCommand(program: Command, io: Io, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('overlap')
      .description('find responsibilities that several units share (职责交叉): duties saying the same or nearly the same thing'),
  )
    .option('--unit <unit>', 'compare only these units (repeatable; at least two); default: every loaded unit', collect, [])
    .option('--min-similarity <x>', 'how alike two clauses must be to count as an overlap (0–1; default 0.35)', parseSimilarity)
    .option('--exact', 'weigh every pair of clauses that could reach --min-similarity, not only the likely pairs that sketches find: exact, but slow on a large corpus and refused past 200 million pairs')
    .option('--matrix', 'print a unit × unit matrix of shared duties, shaded with Unicode blocks, instead of the groups')
    .option('-o, --output <file>', 'write to this file: .html (a map to hover over, with the shared duties), .svg (the map as a picture) or .json')
    .option('--force', 'replace the output file if it exists')
    .addHelpText(
      'after',
      examples(
        'mandates overlap',
        'mandates overlap --unit 外贸发展中心 --unit 投资促进中心 --min-similarity 0.3',
        'mandates overlap --matrix                      # which units share duties with which, at a glance',
        'mandates overlap -o map.html                   # the same as a map: hover over a cell for the duties',
        "mandates overlap --json | jq '.[0].members[].duty'",
      ) +
        '\nBy default the candidate pairs come from sketches of each clause (MinHash): fast at any size, and on test corpora 99 % or more of the groups are exactly those of --exact (docs/diff.md).\n' +
          'Exit status: 0 overlaps found, 1 none, 2 error (also for a corpus too large to compare at once, with --exact or a --min-similarity under about 0.11: narrow it with --unit or raise --min-similarity).\n',
    )
    .action(async (options: OverlapCommandOptions) => {
      const format = formatFromOutput('overlap', OVERLAP_FORMATS, options.json ? 'json' : undefined, options.output) ?? 'text';
      if (options.matrix && format !== 'text' && format !== 'json') {
        throw new UserError(`--matrix is the terminal's map: ${safeLine(options.output!)} gets the map anyway, so leave --matrix out`);
      }
      const ctx = commandContext(io, options);
      const corpus = await ctx.corpus();
      let units: readonly Unit[] = corpus.units;
      if (options.unit.length > 0) {
        const chosen: Unit[] = [];
        for (const ref of options.unit) {
          const unit = resolveUnit(corpus, ref);
          if (!chosen.includes(unit)) chosen.push(unit);
        }
        if (chosen.length < 2) throw new UserError(`--unit names only ${chosen[0]!.id}: an overlap needs at least two units`);
        units = chosen;
      }
      // The engine brings the 繁→简 tables: load it only when overlap runs.
      const { findOverlaps, OverlapTooLarge } = await import('../../diff/overlap.js');
      const duties = units.flatMap((u) => u.duties);
      let groups;
      try {
        groups = findOverlaps<Duty, Unit>(duties, { minSimilarity: options.minSimilarity, background: corpus.duties, exact: options.exact });
      } catch (e) {
        if (!(e instanceof OverlapTooLarge)) throw e;
        throw new UserError(tooLargeMessage(e, options.unit.length > 0));
      }
      const idOf = shortIdNamer(corpus);
      const toFile = !toStdout(options);
      let text: string;
      if (options.matrix || format === 'html' || format === 'svg') {
        const { overlapMatrix, MatrixTooLarge, MATRIX_TEXT_LABELS, renderMatrixText, matrixJson } = await import('../../render/overlap-matrix.js');
        let matrix;
        try {
          matrix = overlapMatrix(groups, units);
        } catch (e) {
          if (!(e instanceof MatrixTooLarge)) throw e;
          throw new UserError(`${count(e.units)} units share duties: more than a matrix can show (limit ${count(e.limit)}); name the units to map with --unit`);
        }
        if (format === 'json') text = renderJson(matrixJson(matrix));
        else if (format === 'text') text = renderMatrixText(matrix, { labels: MATRIX_TEXT_LABELS[ctx.pres.lang], idOf });
        else {
          const { MAP_LABELS, renderOverlapHtml, renderOverlapSvg } = await import('../../render/overlap-map.js');
          text = format === 'svg' ? renderOverlapSvg(matrix, { labels: MAP_LABELS[ctx.pres.lang], idOf }) : renderOverlapHtml(matrix, { labels: MAP_LABELS[ctx.pres.lang], idOf, lang: ctx.pres.lang });
        }
      } else if (format === 'json') {
        text = renderJson(overlapJson(groups));
      } else {
        text = renderOverlapText(groups, { color: toFile ? new Chalk({ level: 0 }) : ctx.pres.color, width: toFile ? undefined : ctx.pres.width, idOf, lang: ctx.pres.lang });
      }
      if (toFile) {
        writeTextOutput(io, options, text);
        io.stderr.write(`mandates: wrote ${safeLine(options.output!)} (${format}): ${groups.length} overlap ${groups.length === 1 ? 'group' : 'groups'}\n`);
      } else {
        ctx.write(text);
      }
      done(groups.length > 0 ? 0 : 1);
    });
}
