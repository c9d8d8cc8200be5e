import type { Command } from 'commander';
import { docJson } from '../../render/json-shapes.js';
import { renderListing } from '../../render/listing.js';
import { labelsFor } from '../../render/labels.js';
import { commandContext, examples, withCommonOptions, type CommonOptions } from '../common.js';
import type { Io } from '../context.js';

export function docsCommand(program: Command, io: Io, done: (code: number) => void): void {
  withCommonOptions(
    program.command('docs').description('list the loaded documents: id, number, issuer, date, units, title'),
  )
    .addHelpText('after', examples('mandates docs', 'mandates docs --json', 'MANDATES_CORPUS=notices/ mandates docs'))
    .action(async (options: CommonOptions) => {
      const ctx = commandContext(io, options);
      const corpus = await ctx.corpus();
      if (options.json) {
        ctx.writeJson(corpus.documents.map(docJson));
      } else {
        const rows = corpus.documents.map((d) => [
          d.id,
          d.number ?? '',
          d.issuer ?? '',
          d.date ?? '',
          String(d.units.length),
          d.title,
        ]);
        const L = labelsFor(ctx.pres.lang);
        const columns = [{ header: L.id }, { header: L.number }, { header: L.issuer, wrap: true }, { header: L.date }, { header: L.unitCount }, { header: L.documentTitle, wrap: true }];
        ctx.write(renderListing(columns, rows, ctx.pres));
      }
      done(corpus.documents.length > 0 ? 0 : 1);
    });
}
