import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import { UserError } from '../errors.js';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../render/labels.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
}

/** How output should look, decided once per run from flags, environment and terminal. */
export interface Presentation {
  readonly tty: boolean;
  readonly color: ChalkInstance;
  /** Terminal width in columns, or undefined when stdout is not a terminal (no wrapping). */
  readonly width: number | undefined;
  /** The language of labels in output for people (JSON keeps English keys). */
  readonly lang: Lang;
}

/** What `--color WHEN` / `--no-color` asked for: false is --no-color, undefined neither. */
export type ColorChoice = 'always' | 'never' | 'auto' | boolean | undefined;

/**
 * Colour follows clig.dev: `--no-color` / `--color never|always` first, then
 * FORCE_COLOR, then NO_COLOR, then colour only when stdout is a terminal (and
 * TERM is not dumb); `--color auto` is that default.
 */
export function colorLevel(io: Io, choice: ColorChoice): 0 | 1 | 2 | 3 {
  if (choice === false || choice === 'never') return 0;
  if (choice === 'always') return supportsColor ? (Math.max(1, supportsColor.level) as 1 | 2 | 3) : 1;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number.parseInt(force, 10);
    return Number.isNaN(n) ? 1 : (Math.max(0, Math.min(n, 3)) as 0 | 1 | 2 | 3);
  }
  if (io.env.NO_COLOR) return 0;
  if (!io.stdout.isTTY || io.env.TERM === 'dumb') return 0;
  return supportsColor ? Math.max(1, supportsColor.level) as 1 | 2 | 3 : 1;
}

/** --lang, else MANDATES_LANG, else Chinese. */
export function outputLang(io: Io, flag: Lang | undefined): Lang {
  if (flag !== undefined) return flag;
  const env = io.env.MANDATES_LANG;
  if (env === undefined || env === '') return DEFAULT_LANG;
  if (!isLang(env)) throw new UserError(`MANDATES_LANG="${env}" is not a language mandates labels output in; use ${LANGS.join(' or ')}`);
  return env;
}

export function presentation(io: Io, options: { color?: ColorChoice; lang?: Lang }): Presentation {
  const tty = io.stdout.isTTY === true;
  const level = colorLevel(io, options.color);
  const envColumns = Number.parseInt(io.env.COLUMNS ?? '', 10);
  const width = tty ? (envColumns > 0 ? envColumns : io.stdout.columns || 80) : undefined;
  return { tty, color: new Chalk({ level }), width, lang: outputLang(io, options.lang) };
}
