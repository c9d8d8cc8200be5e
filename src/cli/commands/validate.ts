import type { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParsedDocument } from '../../corpus/build-model.js';
import { UserError } from '../../errors.js';
import { renderJson, safeLine } from '../../render/safe-text.js';
import { examples } from '../common.js';
import type { Io } from '../context.js';
import { decodeUtf8, fileError, readStdin, yamlFilesUnder } from '../corpus-source.js';

interface ValidateOptions {
  json?: boolean;
  debug?: boolean;
}

export interface ValidationProblem {
  readonly file: string;
  /** null when the problem is the file as a whole (unreadable, empty). */
  readonly line: number | null;
  readonly col: number | null;
  readonly message: string;
}

export interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly documents: { id: string; units: number; duties: number }[];
  readonly problems: ValidationProblem[];
}

/** `file:line:col: message` (as the corpus loader reports) → its parts. */
function toProblem(file: string, text: string): ValidationProblem {
  const rest = text.startsWith(`${file}:`) ? text.slice(file.length + 1) : undefined;
  const m = rest?.match(/^(\d+):(\d+): ([\s\S]*)$/u);
  if (m) return { file, line: Number(m[1]), col: Number(m[2]), message: m[3]! };
  return { file, line: null, col: null, message: rest !== undefined ? rest.replace(/^ /u, '') : text };
}

function problemsOf(e: unknown, file: string): ValidationProblem[] {
  if (e instanceof UserError) return [e.message, ...e.details].map((t) => toProblem(file, t));
  throw e;
}

/** The files a path names: itself, or the .yaml/.yml files under a folder. */
function expand(path: string, io: Io): { shown: string; full?: string; problem?: string }[] {
  if (path === '-') return [{ shown: '<stdin>' }];
  const full = resolve(io.cwd, path);
  try {
    if (!statSync(full).isDirectory()) return [{ shown: path, full }];
  } catch (e) {
    return [{ shown: path, problem: fileError(e, path, 'corpus file').message }];
  }
  const files = yamlFilesUnder(full);
  if (files.length === 0) return [{ shown: path, problem: `no .yaml files in folder ${path}` }];
  return files.map((f) => ({ shown: join(path, f.slice(full.length + 1)), full: f }));
}

export function validateCommand(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('validate')
    .argument('<file...>', 'corpus files (YAML), folders of them, or - for standard input')
    .description('check corpus files against the schema and the id rules; report every problem as file:line:col')
    .option('--json', 'print a report as JSON (shape in docs/json.md)')
    .option('--debug', 'show stack traces for errors')
    .addHelpText('after', examples('mandates validate corpus/*.yaml', 'mandates validate my-corpus/ --json', 'mandates import notice.txt | mandates validate -'))
    .action(async (paths: string[], options: ValidateOptions) => {
      const [{ parseCorpusText }, { buildCorpus }] = await Promise.all([import('../../corpus/parse.js'), import('../../corpus/build-model.js')]);
      const reports: FileReport[] = [];
      const firstSeen = new Map<string, string>();
      for (const { shown, full, problem } of paths.flatMap((p) => expand(p, io))) {
        const report: FileReport = { file: shown, ok: false, documents: [], problems: [] };
        reports.push(report);
        if (problem !== undefined) {
          report.problems.push({ file: shown, line: null, col: null, message: problem });
          continue;
        }
        let parsed: ParsedDocument[];
        try {
          let bytes: Buffer;
          try {
            bytes = full === undefined ? await readStdin(io.stdin) : readFileSync(full);
          } catch (e) {
            throw fileError(e, shown, 'corpus file');
          }
          parsed = parseCorpusText(decodeUtf8(bytes, shown), shown);
        } catch (e) {
          report.problems.push(...problemsOf(e, shown));
          continue;
        }
        try {
          const corpus = buildCorpus(parsed);
          for (const d of corpus.documents) {
            report.documents.push({ id: d.id, units: d.units.length, duties: d.units.reduce((n, u) => n + u.duties.length, 0) });
          }
        } catch (e) {
          report.problems.push(...problemsOf(e, shown));
        }
        // Files are loaded together, so a document id may not repeat across them either.
        for (const p of parsed) {
          const at = p.locate(['id']);
          const seen = firstSeen.get(p.doc.id);
          if (seen !== undefined && !seen.startsWith(`${shown}:`)) {
            report.problems.push(toProblem(shown, `${at}: id: duplicate document id "${p.doc.id}" (also at ${seen}); give one of them another id`));
          } else if (seen === undefined) {
            firstSeen.set(p.doc.id, at);
          }
        }
      }
      for (const r of reports) (r as { ok: boolean }).ok = r.problems.length === 0;
      const problemCount = reports.reduce((n, r) => n + r.problems.length, 0);

      if (options.json) {
        io.stdout.write(renderJson({ ok: problemCount === 0, problemCount, files: reports }));
      } else {
        for (const r of reports) {
          if (r.ok) {
            const units = r.documents.reduce((n, d) => n + d.units, 0);
            const duties = r.documents.reduce((n, d) => n + d.duties, 0);
            const ids = r.documents.map((d) => d.id).join(', ');
            io.stdout.write(`${safeLine(r.file)}: OK (${ids}: ${units} unit${units === 1 ? '' : 's'}, ${duties} dut${duties === 1 ? 'y' : 'ies'})\n`);
          }
          for (const p of r.problems) {
            io.stdout.write(`${safeLine(p.file)}${p.line !== null ? `:${p.line}:${p.col}` : ''}: ${safeLine(p.message)}\n`);
          }
        }
      }
      if (problemCount > 0) {
        const bad = reports.filter((r) => !r.ok).length;
        io.stderr.write(`mandates: ${problemCount} problem${problemCount === 1 ? '' : 's'} in ${bad} file${bad === 1 ? '' : 's'}\n`);
      }
      done(problemCount > 0 ? 2 : 0);
    });
}
