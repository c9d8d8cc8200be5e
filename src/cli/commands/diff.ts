import { Chalk } from 'chalk';
import { InvalidArgumentError, Option, type Command } from 'commander';
import pkg from '../../../package.json' with { type: 'json' };
import { resolveUnit } from '../../corpus/resolve.js';
import { shortIdNamer } from '../../corpus/short-ids.js';
import { UserError } from '../../errors.js';
import { diffJson, renderDiffMarkdown, renderDiffSummary, renderDiffText } from '../../render/diff.js';
import { renderJson, safeLine } from '../../render/safe-text.js';
import { commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';
import { formatFromOutput, refuseBinaryOnTerminal, toStdout, writeBinaryOutput, writeTextOutput, writeWorkbookOutput } from '../write-output.js';

export const DIFF_FORMATS = ['text', 'md', 'json', 'xlsx', 'docx', 'html'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

interface DiffOptions extends CommonOptions {
  minSimilarity?: number;
  /** The old name of --min-similarity, still accepted. */
  threshold?: number;
  format?: DiffFormat;
  stat?: boolean;
  output?: string;
  force?: boolean;
}

/** A similarity between 0 and 1, for --min-similarity (diff and overlap). */
export function parseSimilarity(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError('expected a number from 0 to 1, e.g. 0.3');
  return x;
}

export function diffCommand(program: Command, io: Io, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('diff')
      .argument('<A>', 'a unit: id, name or part of a name; doc/unit when two documents have the unit')
      .argument('<B>', 'the unit to compare it with, from the same or another document or corpus')
      .description("compare two units' duties: the same, changed (with the character-level changes), only in A, only in B"),
  )
    .option('--min-similarity <x>', 'pairs less alike than this are reported as only in A / only in B (0–1; default 0.25)', parseSimilarity)
    // The name diff had before overlap's --min-similarity made it one name for one idea; kept so scripts do not break.
    .addOption(new Option('--threshold <x>').argParser(parseSimilarity).hideHelp())
    .addOption(
      new Option('-f, --format <format>', 'text (default), md, xlsx, docx or html (a 新旧对照表: 序号 | 原文 | 现文 | 说明), json (as --json); default from the -o extension').choices(DIFF_FORMATS),
    )
    .option('-o, --output <file>', 'write to this file (- for stdout)')
    .option('--force', 'replace the output file if it exists')
    .option('--stat', 'print only the summary line (counts per group, overall similarity)')
    .addHelpText(
      'after',
      examples(
        'mandates diff 外贸发展中心 投资促进中心',
        'mandates diff wmfzzx tzcjzx --format md > report.md',
        'mandates diff wmfzzx tzcjzx -o diff.xlsx        # one row per entry, a summary sheet',
        'mandates diff a/wmfzzx b/wmfzzx -o 对照表.docx   # a 新旧对照表 in Word',
        'mandates diff sbf-2003-9/wmfzzx edition-b/wmfzzx --corpus corpus/ --corpus edition-b.yaml',
        'mandates diff wmfzzx tzcjzx --json | jq \'.entries[] | select(.group == "changed")\'',
      ) + '\nExit status: 0 no differences, 1 differences, 2 error (as diff(1)).\n',
    )
    .action(async (refA: string, refB: string, options: DiffOptions) => {
      if (options.json && options.format !== undefined && options.format !== 'json') {
        throw new UserError(`--json and --format ${options.format} ask for different outputs: give one of them`);
      }
      const format = formatFromOutput('diff', DIFF_FORMATS, options.json ? 'json' : options.format, options.output) ?? 'text';
      if (options.threshold !== undefined && options.minSimilarity !== undefined && options.threshold !== options.minSimilarity) {
        throw new UserError('--threshold is the old name of --min-similarity: give one of them');
      }
      const minSimilarity = options.minSimilarity ?? options.threshold;
      if ((format === 'xlsx' || format === 'docx' || format === 'html') && options.stat) throw new UserError(`--stat prints one line: it applies to text, md and json, not ${format}`);
      if (format === 'xlsx' || format === 'docx') refuseBinaryOnTerminal(io, options, format);
      const ctx = commandContext(io, options);
      const corpus = await ctx.corpus();
      const a = resolveUnit(corpus, refA);
      const b = resolveUnit(corpus, refB);
      // The engine brings jsdiff and the 繁→简 tables: load it only when diff runs.
      const { diffDuties, DiffTooLarge } = await import('../../diff/align.js');
      let diff;
      try {
        diff = diffDuties(a.duties, b.duties, { minSimilarity });
      } catch (e) {
        if (!(e instanceof DiffTooLarge)) throw e;
        const count = (n: number) => n.toLocaleString('en-US');
        throw new UserError(
          `${count(e.dutiesA)} × ${count(e.dutiesB)} duties are more pairs than diff compares at once (limit ${count(e.limit)} pairs)`,
        );
      }
      const view = { a, b, diff };
      const idOf = shortIdNamer(corpus);
      const toFile = !toStdout(options);
      if (format === 'xlsx') {
        const { diffWorkbook } = await import('../../render/diff-workbook.js');
        await writeWorkbookOutput(io, options, diffWorkbook(view, { idOf, creator: `mandates ${pkg.version}`, created: new Date(), lang: ctx.pres.lang }));
      } else if (format === 'docx') {
        const { comparisonTable } = await import('../../render/comparison-table.js');
        const { renderComparisonDocx } = await import('../../render/comparison-docx.js');
        const table = comparisonTable(view, { idOf, lang: ctx.pres.lang });
        writeBinaryOutput(io, options, await renderComparisonDocx(table, { creator: `mandates ${pkg.version}`, keywords: `${idOf(a)}; ${idOf(b)}` }));
      } else {
        let text: string;
        if (format === 'json') {
          const json = diffJson(view);
          const value = options.stat ? { a: json.a, b: json.b, minSimilarity: json.minSimilarity, summary: json.summary } : json;
          text = renderJson(value);
        } else if (options.stat) {
          text = renderDiffSummary(view.diff.summary, ctx.pres.lang);
        } else if (format === 'md') {
          text = renderDiffMarkdown(view, { idOf, lang: ctx.pres.lang });
        } else if (format === 'html') {
          const { comparisonTable } = await import('../../render/comparison-table.js');
          const { renderComparisonHtml, COMPARISON_LEGEND } = await import('../../render/comparison-html.js');
          text = renderComparisonHtml(comparisonTable(view, { idOf, lang: ctx.pres.lang }), { lang: ctx.pres.lang, legend: COMPARISON_LEGEND[ctx.pres.lang] });
        } else {
          // A file gets what a pipe gets: no colour (changes marked [-old-]{+new+}), no wrapping.
          const color = toFile ? new Chalk({ level: 0 }) : ctx.pres.color;
          text = renderDiffText(view, { color, width: toFile ? undefined : ctx.pres.width, idOf, lang: ctx.pres.lang });
        }
        if (toFile) writeTextOutput(io, options, text);
        else ctx.write(text);
      }
      if (toFile) io.stderr.write(`mandates: wrote ${safeLine(options.output!)} (${format}): ${renderDiffSummary(view.diff.summary, 'en')}`);
      const { changed, onlyA, onlyB } = view.diff.summary;
      done(changed + onlyA + onlyB === 0 ? 0 : 1);
    });
}
