import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { UserError } from '../errors.js';
import { safeLine, safeLines } from '../render/safe-text.js';
import type { Io } from './context.js';

type Register = (program: Command, io: Io, done: (code: number) => void) => void;

/**
 * The commands, each loaded only when it runs: a run of `mandates show`
 * parses and links the code of `show` alone (start-up time is a feature).
 * Help, completion and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  search: async () => (await import('./commands/search.js')).searchCommand,
  units: async () => (await import('./commands/units.js')).unitsCommand,
  show: async () => (await import('./commands/show.js')).showCommand,
  docs: async () => (await import('./commands/docs.js')).docsCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  overlap: async () => (await import('./commands/overlap.js')).overlapCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  completion: async () => (await import('./commands/completion.js')).completionCommand,
};

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

async function buildProgram(io: Io, done: (code: number) => void): Promise<Command> {
  const program = new Command('mandates')
    .description("query, compare and export Chinese government units' official mandates (机构主要职能)")
    .version(pkg.version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', PROGRAM_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // One line: commander's "(Did you mean …?)" second line joins the first.
      outputError: (s, write) => write(`mandates: ${s.replace(/^error: /, '').trim().split('\n').map((l) => l.trim()).join(' ')}\n`),
    });
  const named = io.argv[0];
  const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]!()))) register(program, io, done);
  for (const cmd of program.commands) cmd.exitOverride().showSuggestionAfterError(true);
  return program;
}

/** Run the CLI with `io.argv` (without node and script); resolves to the exit code. */
export async function main(io: Io): Promise<number> {
  let code: number = EXIT.found;
  const debug = io.argv.includes('--debug');
  try {
    const program = await buildProgram(io, (c) => (code = c));
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
      // Messages quote corpus text (candidates' names): it must not drive the terminal either.
      io.stderr.write(`mandates: ${safeLine(e.message)}\n`);
      for (const d of e.details) io.stderr.write(`${d.split('\t').map(safeLine).join('\t')}\n`);
      if (debug) io.stderr.write(`${safeLines(e.stack ?? '')}\n`);
      return EXIT.error;
    }
    const err = e as Error;
    io.stderr.write(`mandates: internal error: ${safeLine(err?.message ?? String(e))}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) io.stderr.write(`${safeLines(err?.stack ?? '')}\n`);
    return EXIT.error;
  }
}
