import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { UserError } from '../errors.js';
import { docsCommand } from './commands/docs.js';
import { exportCommand } from './commands/export.js';
import { showCommand } from './commands/show.js';
import { unitsCommand } from './commands/units.js';
import type { Io } from './context.js';

/** Exit codes, as grep, ripgrep and jq use them. */
export const EXIT = { found: 0, notFound: 1, error: 2 } as const;

const PROGRAM_HELP = `
Exit status: 0 found, 1 nothing found (diff: differences found), 2 error.
Colour: only on a terminal; NO_COLOR, FORCE_COLOR and --no-color are honoured.
Corpus: the bundled one (商办发〔2003〕9号), or --corpus PATH / MANDATES_CORPUS.

Examples:
  mandates units
  mandates show 许可证
  mandates show jgfwzx/2.1 --json
  mandates export -o 职能.xlsx
`;

function buildProgram(io: Io, done: (code: number) => void): Command {
  const program = new Command('mandates')
    .description("query, compare and export Chinese government units' official mandates (机构主要职能)")
    .version(pkg.version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', PROGRAM_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`mandates: ${s.replace(/^error: /, '').trim().split('\n')[0]}\n`),
    });
  unitsCommand(program, io, done);
  showCommand(program, io, done);
  docsCommand(program, io, done);
  exportCommand(program, io, done);
  for (const cmd of program.commands) cmd.exitOverride().showSuggestionAfterError(true);
  return program;
}

/** Run the CLI with `io.argv` (without node and script); resolves to the exit code. */
export async function main(io: Io): Promise<number> {
  let code: number = EXIT.found;
  const program = buildProgram(io, (c) => (code = c));
  const debug = io.argv.includes('--debug');
  try {
    if (io.argv.length === 0) {
      program.outputHelp();
      return EXIT.found;
    }
    await program.parseAsync([...io.argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.found;
      if (e.code === 'commander.help') return EXIT.found;
      return EXIT.error;
    }
    if (e instanceof UserError) {
      io.stderr.write(`mandates: ${e.message}\n`);
      for (const d of e.details) io.stderr.write(`${d}\n`);
      if (debug) io.stderr.write(`${e.stack}\n`);
      return EXIT.error;
    }
    const err = e as Error;
    io.stderr.write(`mandates: internal error: ${err?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) io.stderr.write(`${err?.stack}\n`);
    return EXIT.error;
  }
}
