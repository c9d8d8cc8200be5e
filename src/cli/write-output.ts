/**
 * Where rendered output goes, for every command that writes files (export,
 * search and diff `-o FILE`): a file, written atomically with
 * --force semantics, or stdout when there is no `-o` or it is `-`. Binary
 * output is refused on a terminal; text on a terminal has control characters
 * from the corpus shown as stand-ins.
 */
import { extname } from 'node:path';
import { Writable } from 'node:stream';
import { UserError } from '../errors.js';
import { safeLines } from '../render/safe-text.js';
import type { WorkbookSpec } from '../render/table.js';
import type { Io } from './context.js';
import { writeFileAtomically, writeStreamAtomically } from './output-file.js';

export interface OutputTarget {
  /** `-o FILE`; undefined or `-` means stdout. */
  readonly output?: string;
  readonly force?: boolean;
}

export function toStdout(target: OutputTarget): boolean {
  return target.output === undefined || target.output === '-';
}

/** The formats an output file's extension names. */
const EXTENSION_FORMATS: Readonly<Record<string, string>> = {
  '.xlsx': 'xlsx',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.html': 'html',
  '.htm': 'html',
  '.svg': 'svg',
  '.docx': 'docx',
  '.sqlite': 'sqlite',
  '.sqlite3': 'sqlite',
  '.db': 'sqlite',
};

/**
 * The output format: --format, else the output file's extension; undefined
 * when neither says (stdout, the command's own default). A --format that
 * contradicts a known extension is refused: it is almost certainly a mistake
 * (CSV inside report.xlsx); so is an extension for a format the command does
 * not write.
 */
export function formatFromOutput<F extends string>(command: string, formats: readonly F[], format: F | undefined, output: string | undefined): F | undefined {
  const toFile = output !== undefined && output !== '-';
  const byExtension = toFile ? EXTENSION_FORMATS[extname(output).toLowerCase()] : undefined;
  if (format !== undefined) {
    if (toFile && byExtension !== undefined && byExtension !== format) {
      throw new UserError(`--format ${format} does not match the extension of ${output} (${byExtension}); change one of them`);
    }
    return format;
  }
  if (byExtension !== undefined) {
    if (!(formats as readonly string[]).includes(byExtension)) {
      throw new UserError(`${command} does not write ${byExtension} (${output}): use --format (${formats.join(', ')}) or another extension`);
    }
    return byExtension as F;
  }
  if (toFile) {
    const named = formats.filter((f) => Object.values(EXTENSION_FORMATS).includes(f)).slice(0, 2);
    throw new UserError(`cannot tell the format from ${output}: use --format (${formats.join(', ')}) or an extension such as ${named.map((f) => `.${f}`).join(' or ')}`);
  }
  return undefined;
}

/** Refuse early (before any work) to send binary output to a terminal. */
export function refuseBinaryOnTerminal(io: Io, target: OutputTarget, what: string): void {
  if (toStdout(target) && io.stdout.isTTY) {
    throw new UserError(`refusing to write ${what} (binary) to a terminal: use -o FILE.${what} or redirect the output`);
  }
}

/** A Writable that hands chunks to the CLI's stdout, waiting for it to drain. */
function stdoutSink(io: Io): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (io.stdout.write(chunk)) callback();
      else io.stdout.once('drain', () => callback());
    },
  });
}

export function writeTextOutput(io: Io, target: OutputTarget, text: string): void {
  if (toStdout(target)) io.stdout.write(io.stdout.isTTY ? safeLines(text) : text);
  else writeFileAtomically(target.output!, text, { force: target.force, cwd: io.cwd });
}

/** Bytes made whole in memory (a .docx) to the file, atomically, or to stdout (never a terminal). */
export function writeBinaryOutput(io: Io, target: OutputTarget, bytes: Uint8Array): void {
  if (toStdout(target)) io.stdout.write(bytes);
  else writeFileAtomically(target.output!, bytes, { force: target.force, cwd: io.cwd });
}

/** Binary output written as a stream (a long .docx) to the file, atomically, or to stdout (never a terminal). */
export async function writeBinaryStreamOutput(io: Io, target: OutputTarget, write: (stream: Writable) => Promise<void>): Promise<void> {
  if (toStdout(target)) await write(stdoutSink(io));
  else await writeStreamAtomically(target.output!, write, { force: target.force, cwd: io.cwd });
}

/** Stream a workbook as xlsx to the file or stdout (loads exceljs). */
export async function writeWorkbookOutput(io: Io, target: OutputTarget, spec: WorkbookSpec): Promise<void> {
  refuseBinaryOnTerminal(io, target, 'xlsx');
  const { writeXlsx } = await import('../render/xlsx.js');
  if (toStdout(target)) await writeXlsx(spec, stdoutSink(io));
  else await writeStreamAtomically(target.output!, (stream) => writeXlsx(spec, stream), { force: target.force, cwd: io.cwd });
}
