// Reads the console examples of README.md and docs/*.md (the convention is in
// docs/development.md, "Examples in the documentation").
import { readFileSync, readdirSync } from 'node:fs';

export const ROOT = new URL('../../', import.meta.url);

export interface Example {
  /** The command line after `$ `, its trailing `# comment` removed. */
  command: string;
  comment: string;
  /** Line number of the command in its page (1-based). */
  line: number;
  /** What the page prints under the command (stdout, then stderr). */
  expected: string;
}

export interface ExampleBlock {
  page: string;
  line: number;
  /** Why the block is not run, from `<!-- examples: skip: why -->` just above it. */
  skip?: string;
  examples: Example[];
}

/** The pages whose examples are run: the README and every page of docs/. */
export function pages(): string[] {
  const docs = readdirSync(new URL('docs/', ROOT)).filter((f) => f.endsWith('.md')).sort();
  return ['README.md', ...docs.map((f) => `docs/${f}`)];
}

/** Every ```console block of a page that holds at least one `$ ` line. */
export function exampleBlocks(page: string, text = readFileSync(new URL(page, ROOT), 'utf8')): ExampleBlock[] {
  const lines = text.split('\n');
  const blocks: ExampleBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```console') continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    let before = start - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const skip = /^<!-- examples: skip: (.+?) -->$/.exec(lines[before] ?? '')?.[1];
    const examples: Example[] = [];
    body.forEach((l, k) => {
      if (l.startsWith('$ ')) {
        const [command, comment] = splitComment(l.slice(2));
        examples.push({ command, comment, line: start + 2 + k, expected: '' });
      } else if (examples.length > 0) {
        const last = examples[examples.length - 1]!;
        last.expected += `${l}\n`;
      }
    });
    for (const e of examples) e.expected = e.expected.replace(/\s+$/, '');
    if (examples.length > 0) blocks.push({ page, line: start + 1, ...(skip ? { skip } : {}), examples });
  }
  return blocks;
}

/** `mandates x   # on an 80-column terminal` → the command and the comment (a ` # ` outside quotes). */
function splitComment(line: string): [string, string] {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && /\s/.test(line[i - 1] ?? '')) return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
  }
  return [line.trim(), ''];
}

/**
 * Does `actual` match the printed `expected`? Both are compared with trailing
 * blanks removed; a line that is only `…` in `expected` stands for any number
 * of lines (none included).
 */
export function matches(expected: string, actual: string): boolean {
  const want = expected.replace(/\s+$/, '').split('\n');
  const got = actual.replace(/\s+$/, '').split('\n');
  if (expected.replace(/\s+$/, '') === '') return actual.replace(/\s+$/, '') === '';
  const chunks: string[][] = [[]];
  for (const l of want) {
    if (l === '…') chunks.push([]);
    else chunks[chunks.length - 1]!.push(l);
  }
  let at = 0;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const first = c === 0;
    const last = c === chunks.length - 1;
    if (chunk.length === 0) continue;
    const fits = (from: number) => chunk.every((l, k) => got[from + k] === l);
    if (first) {
      if (!fits(0)) return false;
      at = chunk.length;
    } else if (last) {
      const from = got.length - chunk.length;
      if (from < at || !fits(from)) return false;
      at = got.length;
    } else {
      let from = at;
      while (from + chunk.length <= got.length && !fits(from)) from++;
      if (from + chunk.length > got.length) return false;
      at = from + chunk.length;
    }
  }
  return chunks[chunks.length - 1]!.length > 0 ? at === got.length : true;
}
