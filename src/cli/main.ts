import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { UserError } from '../errors.js';
import { safeLine, safeLines } from '../render/safe-text.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS } from './common.js';
import type { Io } from './context.js';
import { fitHelp, helpConfiguration } from './help-format.js';

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
Colour: only on a terminal; NO_COLOR, FORCE_COLOR, --no-color and
--color always|never|auto are honoured.
Corpus: the bundled one (商办发〔2003〕9号), or --corpus PATH / MANDATES_CORPUS.
Options every command takes (--corpus, --color, --no-color, --debug, --json)
may also come before the command: mandates --corpus my.yaml search 许可证.
The manual: mandates help --man, and docs/ in the source.

Examples:
  mandates units
  mandates show 许可证
  mandates show jgfwzx/2.1 --json
  mandates export -o 职能.xlsx
`;

/** British spelling accepted: --colour is --color, --no-colour is --no-color. */
const spelling = (arg: string) => arg.replace(/^--(no-)?colour(?=$|=)/, '--$1color');

/**
 * argv as commander should see it: options every command takes, given before
 * the command name, moved after it (`--corpus x search 许可证` →
 * `search --corpus x 许可证`), and --colour spelt --color (not after `--`).
 */
export function normalizeArgv(argv: readonly string[]): string[] {
  const moved: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = spelling(argv[i]!);
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (GLOBAL_FLAGS.includes(arg)) moved.push(arg);
    else if (GLOBAL_VALUE_OPTIONS.includes(name)) {
      moved.push(arg);
      if (name === arg && i + 1 < argv.length) moved.push(argv[++i]!);
    } else break;
    i++;
  }
  const rest = argv.slice(i);
  const end = rest.indexOf('--');
  const spelt = rest.map((a, k) => (end === -1 || k < end ? spelling(a) : a));
  return spelt.length === 0 ? moved : [spelt[0]!, ...moved, ...spelt.slice(1)];
}

async function buildProgram(io: Io, done: (code: number) => void): Promise<Command> {
  const program = new Command('mandates')
    .description("query, compare and export Chinese government units' official mandates (机构主要职能)")
    .version(pkg.version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', PROGRAM_HELP)
    .exitOverride()
    .helpCommand('help [command]', 'show help for a command (--man: the manual page)')
    .configureHelp(helpConfiguration)
    .configureOutput({
      // Help (and the version) go out here: fitted to 80 columns, the examples too.
      writeOut: (s) => void io.stdout.write(fitHelp(s)),
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

/** Every command defined, as help shows them: what the manual page is made from (scripts/build.mjs). */
export async function programForManual(): Promise<Command> {
  const silent = { write: () => true } as unknown as NodeJS.WritableStream;
  const io: Io = { argv: [], env: {}, stdout: silent, stderr: silent, stdin: process.stdin, cwd: process.cwd() };
  return buildProgram(io, () => {});
}

/** Run the CLI with `io.argv` (without node and script); resolves to the exit code. */
export async function main(original: Io): Promise<number> {
  let code: number = EXIT.found;
  const io: Io = { ...original, argv: normalizeArgv(original.argv) };
  const debug = io.argv.includes('--debug');
  try {
    if (io.argv[0] === 'help') return await helpCommand(io);
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

/**
 * `mandates help [command]` is `mandates [command] --help`; `help --man`
 * prints the manual page. An unknown command is an error with a suggestion,
 * exactly as `mandates nope` is.
 */
async function helpCommand(io: Io): Promise<number> {
  const words = io.argv.slice(1).filter((a) => !a.startsWith('-'));
  if (io.argv.includes('--man')) {
    const { manPage } = await import('./man-page.js');
    io.stdout.write(await manPage());
    return EXIT.found;
  }
  const unknown = io.argv.slice(1).find((a) => a.startsWith('-') && a !== '--help' && a !== '-h');
  if (unknown !== undefined) {
    io.stderr.write(`mandates: unknown option '${unknown}' for help (mandates help [command] [--man])\n`);
    return EXIT.error;
  }
  if (words.length === 0) return main({ ...io, argv: ['--help'] });
  // Not a command: the same error, and suggestion, as `mandates nope`.
  return main({ ...io, argv: Object.hasOwn(COMMANDS, words[0]!) ? [words[0]!, '--help'] : [words[0]!] });
}
