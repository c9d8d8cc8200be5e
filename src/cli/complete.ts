import type { Argument, Command, Option } from 'commander';
import type { Corpus, Unit } from '../corpus/model.js';
import { matchUnits } from '../corpus/resolve.js';
import { shortIdNamer } from '../corpus/short-ids.js';
import { foldText, nameKey } from '../text/fold.js';

/**
 * What the shell should offer for the word under the cursor: these words
 * (each with an optional description), or file names (the shell knows best).
 */
export type Completion = { kind: 'words'; words: CompletionWord[] } | { kind: 'files' };

export interface CompletionWord {
  readonly value: string;
  readonly description?: string;
}

/** What a command-line slot holds, read from how the command is declared. */
type SlotKind = 'unit' | 'file' | 'command' | 'choices' | 'other';

/**
 * Completion follows the commander definition, so a command added later is
 * completed without touching this file. A slot's kind comes from how it is
 * declared: an argument or option value named after a unit or duty
 * (`<unit>`, `<unit|duty>`, `<units...>`), or described as one ("a unit: id,
 * name…", "the unit to compare it with"), takes unit names and duty ids; one
 * named a path, file, folder or output takes file names; `.choices()` are
 * offered as they are; `help [command]` takes command names.
 */
function slotKind(name: string, description: string, choices: readonly string[] | undefined): SlotKind {
  if (choices && choices.length > 0) return 'choices';
  if (/unit|duty|duties/i.test(name)) return 'unit';
  if (/path|file|dir|folder|output/i.test(name)) return 'file';
  if (/^command$/i.test(name)) return 'command';
  if (/^(?:(?:a|an|the|one or more|any)\s+)?(?:units?|duty|duties)\b/i.test(description.trim())) return 'unit';
  return 'other';
}

function optionValueName(option: Option): string {
  return option.flags.match(/[<[]([^>\]]+)[>\]]/)?.[1] ?? '';
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

/** The one-line summary of a description, for the shell's menu. */
function summary(text: string | undefined): string | undefined {
  const line = (text ?? '').split('\n')[0]!.trim();
  return line === '' ? undefined : line;
}

function visibleCommands(cmd: Command): Command[] {
  return cmd.createHelp().visibleCommands(cmd);
}

/** A subcommand by name or alias; the implicit `help` command is not in `commands`, hence both lists. */
function findCommand(cmd: Command, word: string): Command | undefined {
  return [...cmd.commands, ...visibleCommands(cmd)].find((c) => c.name() === word || c.aliases().includes(word));
}

/** The option `word` names on `cmd` or a parent (`--corpus`, `-V`), if any. */
function findOption(cmd: Command, word: string): Option | undefined {
  for (let c: Command | null = cmd; c; c = c.parent) {
    const found = c.options.find((o) => o.long === word || o.short === word);
    if (found) return found;
  }
  return undefined;
}

function byPrefix(words: CompletionWord[], typed: string): CompletionWord[] {
  const folded = foldText(typed);
  return words.filter((w) => foldText(w.value).startsWith(folded));
}

/** Where the cursor is: which command, and what kind of slot the current word fills. */
interface CursorPlace {
  readonly command: Command;
  /** The command `command` was found in: what `help [command]` lists. */
  readonly owner: Command;
  readonly slot: SlotKind | 'option-name' | 'subcommand';
  readonly choices: readonly string[];
  /** Values of --corpus typed so far: unit names come from the corpus the command would load. */
  readonly corpusFlags: string[];
}

function locate(program: Command, words: readonly string[]): CursorPlace {
  const current = words[words.length - 1] ?? '';
  let command = program;
  let owner = program;
  let positionals = 0;
  let afterDoubleDash = false;
  const corpusFlags: string[] = [];
  let pendingOption: Option | undefined;

  for (const word of words.slice(0, -1)) {
    if (pendingOption) {
      if (pendingOption.long === '--corpus') corpusFlags.push(word);
      pendingOption = undefined;
      continue;
    }
    if (!afterDoubleDash && word === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && word.startsWith('-') && word !== '-') {
      const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
      const option = findOption(command, flag);
      if (option && takesValue(option)) {
        if (inline !== undefined) {
          if (option.long === '--corpus') corpusFlags.push(inline);
        } else if (option.required) {
          pendingOption = option;
        }
      }
      continue;
    }
    const sub = positionals === 0 && command.commands.length > 0 ? findCommand(command, word) : undefined;
    if (sub) {
      owner = command;
      command = sub;
      continue;
    }
    positionals++;
  }

  const place = (slot: CursorPlace['slot'], choices: readonly string[] = []): CursorPlace => ({ command, owner, slot, choices, corpusFlags });
  if (pendingOption) {
    const choices = pendingOption.argChoices ?? [];
    return place(slotKind(optionValueName(pendingOption), pendingOption.description, choices), choices);
  }
  if (!afterDoubleDash && current.startsWith('-')) return place('option-name');
  if (positionals === 0 && command.commands.length > 0) return place('subcommand');
  const args: readonly Argument[] = command.registeredArguments;
  const last = args[args.length - 1];
  const arg = positionals < args.length ? args[positionals] : last?.variadic ? last : undefined;
  if (!arg) return place('other');
  const choices = arg.argChoices ?? [];
  return place(slotKind(arg.name(), arg.description, choices), choices);
}

function optionWords(command: Command): CompletionWord[] {
  const help = command.createHelp();
  const options = [...help.visibleOptions(command)];
  return options.flatMap((o) =>
    [o.long, o.short].filter((f): f is string => !!f).map((value) => ({ value, description: summary(o.description) })),
  );
}

function commandWords(command: Command): CompletionWord[] {
  return visibleCommands(command).flatMap((c) =>
    [c.name(), ...c.aliases()].map((value) => ({ value, description: summary(c.summary() || c.description()) })),
  );
}

/** Stand-ins would make a wrong name: a candidate with control or bidi characters is not offered. */
const UNTYPEABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

function shortText(text: string, max = 40): string {
  const clean = text.replace(new RegExp(UNTYPEABLE.source, 'gu'), ' ').replace(/\s+/gu, ' ').trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

function unitNames(unit: Unit): string[] {
  return [unit.name, unit.externalName, ...unit.aliases].filter((n): n is string => !!n);
}

/** Unit ids and names, or a unit's duty ids once the word has a slash. */
export function unitWords(corpus: Corpus, typed: string): CompletionWord[] {
  const idOf = shortIdNamer(corpus);
  const slash = typed.lastIndexOf('/');
  if (slash > 0) {
    // The duties of the unit before the slash, however it was named (jgfwzx/, 许可证/),
    // and full unit ids for a document id typed so far (sbf-2003-9/).
    const before = typed.slice(0, slash);
    const { units } = matchUnits(corpus, before);
    const duties = units.length === 1 ? units[0]!.duties.map((d) => ({ value: `${before}/${d.path}`, description: `${d.numbering} ${shortText(d.text)}` })) : [];
    const fullIds = corpus.units.map((u) => ({ value: u.id, description: shortText(u.name) }));
    return byPrefix(typeable([...duties, ...fullIds]), typed);
  }
  const ids = corpus.units.map((u) => ({ value: idOf(u), description: shortText(u.name) }));
  const names = typeable(corpus.units.flatMap((u) => unitNames(u).map((n) => ({ value: n, description: idOf(u) }))));
  const prefixed = byPrefix([...ids, ...names], typed);
  if (prefixed.length > 0 || typed === '') return dedupe(prefixed);
  // Nothing begins so: the names that contain what was typed (许可证 → 配额许可证事务局).
  const key = nameKey(typed);
  return key === '' ? [] : dedupe(names.filter((w) => nameKey(w.value).includes(key)));
}

/** A name with spaces, control or bidi characters cannot be offered as one shell word as it is. */
function typeable(words: CompletionWord[]): CompletionWord[] {
  return words.filter((w) => !UNTYPEABLE.test(w.value) && !/\s/u.test(w.value));
}

function dedupe(words: CompletionWord[]): CompletionWord[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.value) && seen.add(w.value));
}

/**
 * Completions for a command line. `words` are the words after the program's
 * name, the last one being the word under the cursor ('' after a space).
 * `corpus` loads the corpus the command would see, given the --corpus values
 * typed so far (undefined when it does not load); it is called only when unit
 * names are wanted.
 */
export async function complete(
  program: Command,
  words: readonly string[],
  corpus: (flags: string[]) => Promise<Corpus | undefined>,
): Promise<Completion> {
  const line = words.length > 0 ? words : [''];
  const current = line[line.length - 1]!;
  const place = locate(program, line);
  switch (place.slot) {
    case 'option-name':
      return { kind: 'words', words: byPrefix(dedupe(optionWords(place.command)), current) };
    case 'subcommand':
      return { kind: 'words', words: byPrefix(commandWords(place.command), current) };
    case 'command':
      return { kind: 'words', words: byPrefix(commandWords(place.owner), current) };
    case 'choices':
      return { kind: 'words', words: byPrefix(place.choices.map((value) => ({ value })), current) };
    case 'file':
      return { kind: 'files' };
    case 'unit': {
      const loaded = await corpus(place.corpusFlags);
      return { kind: 'words', words: loaded ? unitWords(loaded, current) : [] };
    }
    default:
      return { kind: 'words', words: [] };
  }
}

/** The wire format the shell scripts read: a first line `words` or `files`, then `value<TAB>description` lines. */
export function formatCompletion(completion: Completion): string {
  if (completion.kind === 'files') return 'files\n';
  const lines = completion.words.map((w) => (w.description ? `${w.value}\t${w.description}` : w.value));
  return ['words', ...lines].join('\n') + '\n';
}
