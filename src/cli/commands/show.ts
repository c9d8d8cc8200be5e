import type { Command } from 'commander';
import { resolveTarget } from '../../corpus/resolve.js';
import { shortIdNamer } from '../../corpus/short-ids.js';
import { docJson, dutyJson, unitJson, unitSummaryJson } from '../../render/json-shapes.js';
import { renderDuty, renderUnitTree } from '../../render/show.js';
import { commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';

export function showCommand(program: Command, io: Io, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('show')
      .argument('<unit|duty>', 'a unit (id, name, external name, alias or part of a name) or a duty id (unit/path)')
      .description("print a unit's duties as a tree with the source's numbering, or one duty"),
  )
    .addHelpText(
      'after',
      examples('mandates show 许可证            # the unit whose name contains 许可证', 'mandates show jgfwzx/2.1         # one duty by id', 'mandates show 外商投资促进中心 --json'),
    )
    .action(async (ref: string, options: CommonOptions) => {
      const ctx = commandContext(io, options);
      const corpus = await ctx.corpus();
      const target = resolveTarget(corpus, ref);
      const tree = { width: ctx.pres.width, color: ctx.pres.color, idOf: shortIdNamer(corpus) };
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
