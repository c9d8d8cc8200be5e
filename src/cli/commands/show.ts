import type { Command } from 'commander';
import { resolveTarget } from '../../corpus/resolve.js';
import { shortIdNamer } from '../../corpus/short-ids.js';
import { docJson, dutyJson, unitJson, unitSummaryJson } from '../../render/json-shapes.js';
import { renderDuty, renderUnitTree } from '../../render/show.js';
import { UserError } from '../../errors.js';
import { safeLine } from '../../render/safe-text.js';
import { commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';
import { formatFromOutput, toStdout, writeTextOutput } from '../write-output.js';

interface ShowOptions extends CommonOptions {
  output?: string;
  force?: boolean;
}

export function showCommand(program: Command, io: Io, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('show')
      .argument('<unit|duty>', 'a unit (id, name, external name, alias or part of a name) or a duty id (unit/path)')
      .description("print a unit's duties as a tree with the source's numbering, or one duty"),
  )
    .option('-o, --output <file>', "write the unit's organisation chart (body unit and 内设机构) to this .svg file")
    .option('--force', 'replace the output file if it exists')
    .addHelpText(
      'after',
      examples(
        'mandates show 许可证            # the unit whose name contains 许可证',
        'mandates show jgfwzx/2.1         # one duty by id',
        'mandates show 外商投资促进中心 --json',
        'mandates show 商务部 -o chart.svg --corpus 三定.yaml   # the organisation chart of a 三定 provision',
      ),
    )
    .action(async (ref: string, options: ShowOptions) => {
      const toFile = !toStdout(options);
      if (toFile) {
        formatFromOutput('show', ['svg'] as const, undefined, options.output);
        if (options.json) throw new UserError(`--json prints to stdout; -o ${safeLine(options.output!)} writes a chart: give one of them`);
      }
      const ctx = commandContext(io, options);
      const corpus = await ctx.corpus();
      const target = resolveTarget(corpus, ref);
      if (toFile) {
        if (target.kind === 'duty') throw new UserError(`"${safeLine(ref)}" names a duty (${target.duty.id}); a chart is of a unit, e.g. ${target.duty.unit.key}`);
        const { ORG_LABELS, renderOrgChartSvg, rootOf } = await import('../../render/org-chart.js');
        writeTextOutput(io, options, renderOrgChartSvg(target.unit, { labels: ORG_LABELS[ctx.pres.lang] }));
        const root = rootOf(target.unit);
        const parts = root.doc.units.filter((u) => u !== root && rootOf(u) === root).length;
        const with_ = parts === 0 ? '' : ` and ${parts} ${parts === 1 ? 'department' : 'departments'}`;
        io.stderr.write(`mandates: wrote ${safeLine(options.output!)} (svg): ${safeLine(root.name)}${with_}\n`);
        done(0);
        return;
      }
      const tree = { width: ctx.pres.width, color: ctx.pres.color, idOf: shortIdNamer(corpus), lang: ctx.pres.lang };
      if (target.kind === 'unit') {
        const { unit } = target;
        if (options.json) ctx.writeJson({ kind: 'unit', document: docJson(unit.doc), unit: unitJson(unit) });
        else ctx.write(renderUnitTree(unit, tree));
      } else {
        const { duty } = target;
        if (options.json) {
          ctx.writeJson({ kind: 'duty', document: docJson(duty.unit.doc), unit: unitSummaryJson(duty.unit), duty: dutyJson(duty) });
        } else {
          ctx.write(renderDuty(duty, tree));
        }
      }
      done(0);
    });
}
