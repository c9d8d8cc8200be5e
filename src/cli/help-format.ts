import { Help, type Option } from 'commander';
import { displayWidth, wrapText } from '../render/wrap.js';

/** Help is read on terminals of any width, and in man pages and issues: never wider than this. */
export const HELP_WIDTH = 80;

/**
 * Commander's help, told how wide CJK text is (two columns a character, so
 * descriptions with 机构主要职能 wrap where they should), and without
 * `(default: [])` after repeatable options: an empty list is no default.
 */
export const helpConfiguration: Partial<Help> = {
  helpWidth: HELP_WIDTH,
  displayWidth: (text: string) => displayWidth(text.replace(/\x1b\[[0-9;]*m/g, '')),
  optionDescription(this: Help, option: Option): string {
    return Help.prototype.optionDescription.call(this, option).replace(/ \(default: \[\]\)|\(default: \[\]\) ?/, '').trimEnd();
  },
};

/**
 * Fit help text to `width` columns, line by line: an example too wide puts
 * its `# comment` on the next line and breaks a long command with ` \`, as a
 * shell continues it (so it can still be pasted); prose wraps under its own
 * indentation.
 */
export function fitHelp(text: string, width: number = HELP_WIDTH): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (displayWidth(line) <= width) {
      out.push(line);
      continue;
    }
    const indent = /^ */.exec(line)![0];
    if (/^ {2}(mandates|source|\S+ \|) /.test(line) || /^ {2}\S.* {2,}# /.test(line)) {
      const hash = line.search(/ {2,}# /);
      const command = (hash > 0 ? line.slice(0, hash) : line).trimEnd();
      out.push(...breakCommand(command, width, `${indent}    `));
      if (hash > 0) {
        const comment = line.slice(hash).trim();
        for (const l of wrapText(comment.slice(2), width - indent.length - 6)) out.push(`${indent}    # ${l}`);
      }
      continue;
    }
    // Option and command lists: keep the description column.
    const column = /^( +\S.*? {2,})\S/.exec(line)?.[1]?.length;
    const hang = column !== undefined && column < width / 2 ? ' '.repeat(column) : indent;
    const body = line.slice(indent.length);
    const first = wrapText(body, width - indent.length)[0] ?? '';
    out.push(`${indent}${first}`);
    for (const l of wrapText(body.slice(first.length).trimStart(), width - hang.length)) out.push(`${hang}${l}`);
  }
  return out.join('\n');
}

/** A command line wider than `width`, broken at spaces with ` \` continuations. */
function breakCommand(command: string, width: number, continuation: string): string[] {
  const lines: string[] = [];
  let rest = command;
  let lead = '';
  while (displayWidth(lead + rest) > width) {
    const room = width - displayWidth(lead) - 2;
    // Break only at a space outside quotes: inside them a backslash would be part of the text.
    let cut = -1;
    let quote = '';
    for (let i = 0, w = 0; i < rest.length && w <= room; w += displayWidth(rest[i]!), i++) {
      const ch = rest[i]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === ' ' && i > 0 && rest[i - 1] !== ' ') cut = i;
    }
    if (cut <= 0) break;
    lines.push(`${lead}${rest.slice(0, cut)} \\`);
    rest = rest.slice(cut + 1).trimStart();
    lead = continuation;
  }
  lines.push(`${lead}${rest}`);
  return lines;
}
