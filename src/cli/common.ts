import { Option, type Command } from 'commander';
import type { Corpus } from '../corpus/model.js';
import { LANGS, type Lang } from '../render/labels.js';
import type { SearchIndex } from '../search/search-index.js';
import { renderJson } from '../render/safe-text.js';
import { presentation, type ColorChoice, type Io, type Presentation } from './context.js';
import { loadCorpus, loadSearchable } from './corpus-source.js';

/** Options every command takes. */
export interface CommonOptions {
  corpus: string[];
  json?: boolean;
  color?: ColorChoice;
  lang?: Lang;
  debug?: boolean;
}

/**
 * Options every command takes (or most: --json where the command has it),
 * which may also come before the command name (`mandates --corpus x.yaml
 * search 许可证`, as git and kubectl allow): main moves them after it.
 * Those taking a value are listed apart.
 */
export const GLOBAL_FLAGS: readonly string[] = ['--no-color', '--debug', '--json'];
export const GLOBAL_VALUE_OPTIONS: readonly string[] = ['--corpus', '--color', '--lang'];

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Add the options every command shares. */
export function withCommonOptions(cmd: Command, { json = true } = {}): Command {
  cmd.option('--corpus <path>', 'load this corpus file or folder instead of the bundled one (repeatable; - for stdin)', collect, []);
  if (json) cmd.option('--json', 'print JSON (shapes in docs/json.md)');
  cmd.addOption(new Option('--lang <lang>', 'language of labels in output for people (default zh, or $MANDATES_LANG); JSON keeps English keys').choices(LANGS));
  cmd.addOption(new Option('--color <when>', 'when to colour the output (auto: on a terminal only)').choices(['always', 'never', 'auto']));
  cmd.option('--no-color', 'never colour the output (--color never)');
  cmd.option('--debug', 'show stack traces for errors');
  return cmd;
}

export interface CommandContext {
  readonly io: Io;
  readonly pres: Presentation;
  readonly corpus: () => Promise<Corpus>;
  /** The corpus with its search index (a compiled corpus from the cache builds its duties only when shown). */
  readonly searchable: (options?: { fresh?: boolean }) => Promise<{ corpus: Corpus; index: SearchIndex }>;
  readonly write: (text: string) => void;
  readonly writeJson: (value: unknown) => void;
}

export function commandContext(io: Io, options: CommonOptions): CommandContext {
  let loaded: Promise<Corpus> | undefined;
  return {
    io,
    pres: presentation(io, options),
    corpus: () => (loaded ??= loadCorpus(options.corpus, io)),
    searchable: (how) => loadSearchable(options.corpus, io, how),
    write: (text) => void io.stdout.write(text),
    writeJson: (value) => void io.stdout.write(renderJson(value)),
  };
}

/** Help text appended to a command: examples first, as clig.dev advises. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
