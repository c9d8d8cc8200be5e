/**
 * Editorial notes. A person writing a corpus file writes a note as plain text,
 * in the document's language, and every output shows it as written. The
 * importer writes its notes in both Chinese and English, so that an output
 * labelled in one language (`--lang`) never carries a note in the other.
 */
import type { BilingualNote, Note } from './format.js';

export type { BilingualNote, Note };

/** The languages a bilingual note carries. */
export type NoteLang = keyof BilingualNote;

/** A note the importer writes: the same remark in Chinese and English. */
export function importNote(zh: string, en: string): BilingualNote {
  return { zh, en };
}

/** The note as an output in `lang` shows it: a plain note as written, a bilingual one in that language. */
export function noteText(note: Note, lang: NoteLang): string {
  return typeof note === 'string' ? note : note[lang];
}

/** Every string a note holds (what a lossless export must carry somewhere). */
export function noteStrings(note: Note): string[] {
  return typeof note === 'string' ? [note] : [note.zh, note.en];
}
