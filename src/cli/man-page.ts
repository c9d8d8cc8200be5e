/**
 * The manual page, mandates.1: made at build time (scripts/build.mjs) from
 * the commander definitions, which the help also comes from, and from
 * sections of docs/, so nothing in it is kept by hand. `mandates help --man`
 * prints the built page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command, Help, Option } from 'commander';
import { UserError } from '../errors.js';

/** The file name, beside the built CLI and as an asset of the standalone executable. */
export const MAN_PAGE = 'mandates.1';

/** The pieces of docs/ the page quotes, as Markdown. */
export interface ManSources {
  readonly version: string;
  /** README.md, for the description (its paragraphs before the first `##`). */
  readonly readme: string;
  /** Page name (search.md…) → its Markdown, for SEE ALSO and the sections below. */
  readonly docs: Readonly<Record<string, string>>;
}

/** Sections of docs/ the page carries: [man section title, page, its `##` heading]. */
const DOC_SECTIONS: readonly [string, string, string][] = [
  ['SCRIPTING', 'scripting.md', 'The contract'],
  ['IDS', 'show.md', 'Naming things: ids'],
  ['CORPORA', 'corpus-format.md', 'Loading corpora'],
];

/** Escape text for roff: backslashes, and a control character at the start of a line. */
function roff(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^([.'])/gm, '\\&$1');
}

/** Markdown inline markup → roff fonts: `code` and **bold** bold, links as their text. */
function inline(text: string): string {
  const parts: string[] = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\([^)]*\)/g;
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    parts.push(roff(text.slice(at, m.index)));
    if (m[1] !== undefined) parts.push(`\\fB${roff(m[1])}\\fR`);
    else if (m[2] !== undefined) parts.push(`\\fB${roff(m[2])}\\fR`);
    else parts.push(inline(m[3]!));
    at = m.index + m[0].length;
  }
  parts.push(roff(text.slice(at)));
  return parts.join('');
}

/** A Markdown fragment (paragraphs, lists, tables, fenced code) → roff. */
export function markdownToRoff(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\s+$/, '').split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (line.startsWith('```')) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      i++;
      out.push('.PP', '.RS 4', '.nf', ...body.map(roff), '.fi', '.RE');
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
        const cells = lines[i]!.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
      }
      const [head, ...body] = rows;
      for (const row of body) {
        out.push(`.TP`, inline(row[0]!), row.slice(1).map((c, k) => (head?.[k + 1] ? `${inline(head[k + 1]!)}: ${inline(c)}` : inline(c))).join('; '));
      }
      continue;
    }
    if (/^[-*] /.test(line)) {
      for (; i < lines.length && /^([-*] | {2}\S)/.test(lines[i]!); ) {
        const item = [lines[i]!.slice(2)];
        for (i++; i < lines.length && /^ {2}\S/.test(lines[i]!); i++) item.push(lines[i]!.trim());
        out.push('.IP \\(bu 2', inline(item.join(' ')));
      }
      continue;
    }
    const paragraph: string[] = [];
    for (; i < lines.length && lines[i]!.trim() !== '' && !/^(```|\||[-*] )/.test(lines[i]!); i++) paragraph.push(lines[i]!.trim());
    out.push('.PP', inline(paragraph.join(' ')));
  }
  return out.join('\n');
}

/** The Markdown under a `##` heading, up to the next heading of that level or above. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`man page: no "## ${heading}" section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/^#{1,2} /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** What a command prints after its options (examples, exit status), captured from its help. */
function helpAfterOptions(cmd: Command): string {
  let written = '';
  const saved = cmd.configureOutput();
  cmd.configureOutput({ ...saved, writeOut: (s) => void (written += s) });
  try {
    cmd.outputHelp();
  } finally {
    cmd.configureOutput(saved);
  }
  return written.slice(cmd.helpInformation().length);
}

function optionItem(helper: Help, option: Option): string[] {
  const term = helper.optionTerm(option).replace(/<([^>]+)>/g, (_m, name: string) => `\\fI${name}\\fR`);
  return ['.TP', `\\fB${term.replace(/-/g, '\\-').replace(/, /g, '\\fR, \\fB')}\\fR`, roff(helper.optionDescription(option))];
}

/** After-help text: indented lines (examples) as they are, the rest as paragraphs. */
function afterText(text: string): string[] {
  const out: string[] = [];
  for (const block of text.trim().split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const title = lines[0]!.endsWith(':') && lines.length > 1 ? lines.shift()! : undefined;
    if (title) out.push('.PP', `\\fI${roff(title)}\\fR`);
    if (lines.every((l) => l.startsWith('  '))) out.push('.RS 4', '.nf', ...lines.map((l) => roff(l.slice(2))), '.fi', '.RE');
    else out.push('.PP', roff(lines.map((l) => l.trim()).join(' ')));
  }
  return out;
}

/** The whole page, in roff (man macros). */
export function renderManPage(program: Command, sources: ManSources): string {
  const helper = program.createHelp();
  const intro = sources.readme.slice(sources.readme.indexOf('\n') + 1, sources.readme.indexOf('\n## '));
  const out: string[] = [
    `.TH MANDATES 1 "" "mandates ${sources.version}" "User Commands"`,
    '.\\" Generated by scripts/build.mjs from the command definitions and docs/: do not edit.',
    '.ad l',
    '.nh',
    '.SH NAME',
    `mandates \\- ${roff(program.description())}`,
    '.SH SYNOPSIS',
    '.B mandates',
    '[\\fIoptions\\fR] \\fIcommand\\fR [\\fIarguments\\fR]',
    '.br',
    '.B mandates help',
    '[\\fIcommand\\fR | \\fB\\-\\-man\\fR]',
    '.SH DESCRIPTION',
    markdownToRoff(intro),
    ...afterText(helpAfterOptions(program)),
    '.SH COMMANDS',
  ];
  for (const cmd of helper.visibleCommands(program)) {
    if (cmd.name() === 'help') continue;
    out.push(`.SS "${roff(helper.subcommandTerm(cmd).replace(/^/, 'mandates '))}"`, roff(cmd.description()));
    for (const argument of helper.visibleArguments(cmd)) {
      if (argument.description) out.push('.TP', `\\fI${roff(argument.name())}\\fR`, roff(argument.description));
    }
    for (const option of helper.visibleOptions(cmd)) out.push(...optionItem(helper, option));
    out.push(...afterText(helpAfterOptions(cmd)));
  }
  for (const [title, page, heading] of DOC_SECTIONS) {
    out.push(`.SH ${title}`, markdownToRoff(section(sources.docs[page] ?? '', heading)));
  }
  out.push(
    '.SH SEE ALSO',
    '.PP',
    'The manual, in the source and on the project page:',
    ...Object.keys(sources.docs)
      .sort()
      .flatMap((page) => ['.br', `docs/${roff(page)}`]),
  );
  return `${out.join('\n').replace(/\n{2,}/g, '\n')}\n`;
}

/** The built page: beside the built CLI, or an asset of the standalone executable. */
export async function manPage(): Promise<string> {
  try {
    const sea = await import('node:sea');
    if (sea.isSea()) return sea.getAsset(MAN_PAGE, 'utf8');
  } catch {
    /* Node before 20.12: no single executables */
  }
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, MAN_PAGE), join(here, '..', '..', 'build', MAN_PAGE)]) {
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
  }
  throw new UserError('the manual page is missing (build/mandates.1): run `npm run build`');
}
