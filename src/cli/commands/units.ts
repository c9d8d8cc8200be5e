import type { Command } from 'commander';
import { shortIdNamer } from '../../corpus/short-ids.js';
import { unitSummaryJson } from '../../render/json-shapes.js';
import { renderListing } from '../../render/listing.js';
import { labelsFor } from '../../render/labels.js';
import { commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';

export function unitsCommand(program: Command, io: Io, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('units')
      .description('list the loaded units: id, name, external name, number of duties, document'),
  )
    .option('--tree', 'show each body unit with its 内设机构 nested under it, duty counts and staffing')
    .addHelpText('after', examples('mandates units', 'mandates units --tree --corpus 三定.yaml', 'mandates units --json | jq -r \'.[].name\'', 'mandates units --corpus my-notices/'))
    .action(async (options: CommonOptions & { tree?: boolean }) => {
      const ctx = commandContext(io, options);
      const corpus = await ctx.corpus();
      if (options.tree && !options.json) {
        const { ORG_LABELS, renderUnitForest } = await import('../../render/org-chart.js');
        const { color } = ctx.pres;
        ctx.write(renderUnitForest(corpus.units, { labels: ORG_LABELS[ctx.pres.lang], idOf: shortIdNamer(corpus), width: ctx.pres.width, dim: color.dim, bold: color.bold }));
      } else if (options.json) {
        ctx.writeJson(corpus.units.map(unitSummaryJson));
      } else {
        const idOf = shortIdNamer(corpus);
        const rows = corpus.units.map((u) => [idOf(u), u.name, u.externalName ?? '', String(u.duties.length), u.doc.id]);
        const L = labelsFor(ctx.pres.lang);
        const columns = [{ header: L.id }, { header: L.name, wrap: true }, { header: L.externalName, wrap: true }, { header: L.dutyCount }, { header: L.document }];
        ctx.write(renderListing(columns, rows, ctx.pres));
      }
      done(corpus.units.length > 0 ? 0 : 1);
    });
}
