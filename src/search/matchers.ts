/**
 * The matchers behind each kind of hit. A matcher scans the whole haystack
 * once and tallies, per duty, how often it matched and where first; the exact
 * places are found again, text by text, only for the hits shown. Offsets are
 * UTF-16 units in the duty's folded text.
 */
import { DutyCursor, type SearchIndex } from './search-index.js';
import { letterBit, type PinyinTable } from './pinyin-table.js';

export interface Found {
  readonly start: number;
  readonly end: number;
}

/** The duties a matcher matched, in increasing order, with how often and where first. */
export interface Tally {
  readonly duties: readonly number[];
  readonly counts: readonly number[];
  readonly firsts: readonly number[];
}

export interface Matcher {
  /** Scan every duty. */
  tally(index: SearchIndex): Tally;
  /** Every match in one folded text. */
  find(text: string): Found[];
}

/** Builds a tally from match positions in the haystack, met in increasing order. */
function tallier(index: SearchIndex): { add: (pos: number) => void; tally: Tally } {
  const duties: number[] = [];
  const counts: number[] = [];
  const firsts: number[] = [];
  const cursor = new DutyCursor(index.starts);
  const add = (pos: number) => {
    const d = cursor.at(pos);
    const last = duties.length - 1;
    if (duties[last] === d) counts[last]!++;
    else {
      duties.push(d);
      counts.push(1);
      firsts.push(pos - index.starts[d]!);
    }
  };
  return { add, tally: { duties, counts, firsts } };
}

/** Every occurrence of a literal string (overlapping ones too). */
export function literal(needle: string): Matcher {
  const each = (text: string, visit: (start: number) => void) => {
    if (needle === '' || needle.includes('\n')) return;
    for (let pos = text.indexOf(needle); pos !== -1; pos = text.indexOf(needle, pos + 1)) visit(pos);
  };
  return {
    tally(index) {
      const t = tallier(index);
      each(index.haystack, t.add);
      return t.tally;
    },
    find(text) {
      const out: Found[] = [];
      each(text, (start) => out.push({ start, end: start + needle.length }));
      return out;
    },
  };
}

function eachMatch(text: string, pattern: RegExp, visit: (start: number, end: number) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    else visit(m.index, m.index + m[0].length);
  }
}

/** Every match of a global regular expression. */
export function patternMatcher(pattern: RegExp): Matcher {
  return {
    tally(index) {
      const t = tallier(index);
      eachMatch(index.haystack, pattern, t.add);
      return t.tally;
    },
    find(text) {
      const out: Found[] = [];
      eachMatch(text, pattern, (start, end) => out.push({ start, end }));
      return out;
    },
  };
}

const escapeRegExp = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ANY = '[^\\n]';

/**
 * One wrong character, one missing or one extra (许可正 → 许可证, 投资足进 → 投资促进).
 * Three-character terms allow a substitution only: with one character gone,
 * two left would match far too much.
 */
export function typoMatcher(term: string): Matcher | null {
  const chars = [...term].map(escapeRegExp);
  const n = chars.length;
  if (n < 3) return null;
  const variants = new Set<string>();
  for (let k = 0; k < n; k++) {
    variants.add([...chars.slice(0, k), ANY, ...chars.slice(k + 1)].join(''));
    if (n >= 4) {
      if (k > 0) variants.add([...chars.slice(0, k), ANY, ...chars.slice(k)].join(''));
      variants.add([...chars.slice(0, k), ...chars.slice(k + 1)].join(''));
    }
  }
  return patternMatcher(new RegExp([...variants].join('|'), 'gu'));
}

/** A regex character class of these BMP code units (empty string when there are none). */
function charClass(codes: Iterable<number>): string {
  let out = '';
  for (const c of codes) out += `\\u${c.toString(16).padStart(4, '0')}`;
  return out === '' ? '' : `[${out}]`;
}

/** Characters that read alike, position by position (事物 → 事务, 许可正 → 许可证). */
export function homophoneMatcher(index: SearchIndex, term: string, table: PinyinTable): Matcher | null {
  const codes = [...term].map((ch) => (ch.length === 1 ? ch.charCodeAt(0) : -1));
  if (codes.length < 2 || codes.some((c) => c < 0x2e80)) return null;
  const classes: string[] = [];
  for (const code of codes) {
    const sounds = table.of(code);
    if (sounds === null) return null;
    const alike = index.chars.filter((c) => c >= 0x2e80 && (table.of(c)?.some((r) => sounds.includes(r)) ?? false));
    const cls = charClass(alike);
    if (cls === '') return null;
    classes.push(cls);
  }
  return patternMatcher(new RegExp(classes.join(''), 'g'));
}

const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * Where a piece of a Latin term may stand for only the start of a reading: an
 * initial (x, zh), or the last piece of a run of several (still being typed:
 * xukezhen). Elsewhere a piece must be a whole reading, which keeps wto from
 * matching 外投; and a term that is one piece is a whole syllable or an
 * initial, so the separate terms of `xu ke zheng` do not find 询 for xu.
 */
function partialAllowed(piece: string, last: boolean, first: boolean): boolean {
  return (last && !first) || piece.length === 1 || piece === 'zh' || piece === 'ch' || piece === 'sh';
}

/**
 * A pinyin term without its apostrophes (xi'an), and for each position where
 * the syllable run it is in ends: an apostrophe separates syllables, so no
 * reading spans it (xi'an is 西安, never 先).
 */
function syllableRuns(term: string): { q: string; runEnd: number[] } {
  const q = term.replace(/'/g, '');
  const runEnd = new Array<number>(q.length + 1).fill(q.length);
  let at = q.length;
  for (let i = term.length - 1, j = q.length; i >= 0; i--) {
    if (term[i] === "'") at = j;
    else runEnd[--j] = at;
  }
  return { q, runEnd };
}

/** Past this size a pinyin pattern is abandoned for the walking matcher (the segmentations multiply). */
const PINYIN_PATTERN_MAX = 50_000;
/** The longest pinyin syllable (zhuang, shuang). */
const SYLLABLE_MAX = 6;

/**
 * A Latin term read as pinyin: each character of the text consumes a prefix of
 * one of its readings, so full pinyin (xukezheng), initials (xkz) and any mix
 * (xukez, dzzhengwu) match; other characters in the term match themselves.
 * The term's possible cuts into reading prefixes become one regular
 * expression of character classes over the corpus's own characters.
 */
export function pinyinMatcher(index: SearchIndex, term: string, table: PinyinTable, options: { initialsOnly?: boolean } = {}): Matcher | null {
  // Initials only: each letter is the first letter of one character's reading (XKZ, the way abbreviations are written).
  const longest = options.initialsOnly ? 1 : SYLLABLE_MAX;
  const { q, runEnd } = syllableRuns(term);
  if (q === '' || [...q].length !== q.length) return null;
  const classes = new Map<string, string>();
  const classFor = (piece: string, whole: boolean): string => {
    const key = `${piece}${whole ? '=' : '…'}`;
    let cls = classes.get(key);
    if (cls === undefined) {
      cls = charClass(index.chars.filter((c) => table.of(c)?.some((r) => (whole ? r === piece : r.startsWith(piece))) ?? false));
      classes.set(key, cls);
    }
    return cls;
  };
  const suffixes = new Map<number, string | null>();
  let tooBig = false;
  const suffix = (j: number): string | null => {
    if (tooBig) return null;
    if (j === q.length) return '';
    const known = suffixes.get(j);
    if (known !== undefined) return known;
    const alternatives: string[] = [];
    if (!isLatin(q.charCodeAt(j))) {
      const rest = suffix(j + 1);
      if (rest !== null) alternatives.push(`\\u${q.charCodeAt(j).toString(16).padStart(4, '0')}${rest}`);
    } else {
      for (let l = 1; l <= longest && j + l <= runEnd[j]! && isLatin(q.charCodeAt(j + l - 1)); l++) {
        const piece = q.slice(j, j + l);
        if (classFor(piece, false) === '') break; // no reading starts with a longer piece either
        const cls = classFor(piece, !partialAllowed(piece, j + l === q.length, j === 0));
        if (cls === '') continue;
        const rest = suffix(j + l);
        // Longest piece first: a whole syllable wins over a prefix of one (xukezheng is 许可证, not 许可证管).
        if (rest !== null) alternatives.unshift(cls + rest);
      }
    }
    const pattern = alternatives.length === 0 ? null : alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
    // Each ambiguous cut doubles what follows it: stop building before the pattern gets huge.
    if (pattern !== null && pattern.length > PINYIN_PATTERN_MAX) tooBig = true;
    suffixes.set(j, pattern);
    return pattern;
  };
  const pattern = suffix(0);
  if (tooBig) return pinyinWalker(term, table, longest);
  if (pattern === null) return null;
  return patternMatcher(new RegExp(pattern, 'g'));
}

/** The same matching done by walking the text, for terms whose pattern would be too large. */
export function pinyinWalker(term: string, table: PinyinTable, longest: number): Matcher {
  const { q, runEnd } = syllableRuns(term);
  const walk = (text: string, visit: (start: number, end: number) => void) => {
    const failed = new Set<number>();
    const width = q.length + 1;
    let origin = 0;
    const matchFrom = (p: number, j: number): number => {
      if (j === q.length) return p;
      if (p >= text.length) return -1;
      const key = (p - origin) * width + j;
      if (failed.has(key)) return -1;
      const code = text.charCodeAt(p);
      const want = q.charCodeAt(j);
      let end = -1;
      if (!isLatin(want)) {
        if (code === want) end = matchFrom(p + 1, j + 1);
      } else {
        for (const reading of table.of(code) ?? []) {
          let common = 0;
          while (common < reading.length && j + common < q.length && reading.charCodeAt(common) === q.charCodeAt(j + common)) common++;
          for (let l = Math.min(common, longest, runEnd[j]! - j); l >= 1 && end < 0; l--) {
            if (l === reading.length || partialAllowed(q.slice(j, j + l), j + l === q.length, j === 0)) end = matchFrom(p + 1, j + l);
          }
          if (end >= 0) break;
        }
      }
      if (end < 0) failed.add(key);
      return end;
    };
    const first = q.charCodeAt(0);
    const bit = letterBit(first);
    for (let p = 0; p < text.length; p++) {
      const code = text.charCodeAt(p);
      if (bit !== 0 ? (table.startMask(code) & bit) === 0 : code !== first) continue;
      origin = p;
      if (failed.size > 0) failed.clear();
      const end = matchFrom(p, 0);
      if (end < 0) continue;
      visit(p, end);
      p = end - 1;
    }
  };
  return {
    tally(index) {
      const t = tallier(index);
      walk(index.haystack, t.add);
      return t.tally;
    },
    find(text) {
      const out: Found[] = [];
      walk(text, (start, end) => out.push({ start, end }));
      return out;
    },
  };
}

export interface BigramOverlap {
  /** Distinct bigrams of the query. */
  readonly total: number;
  /** Per duty that shares at least the required number: how many, and where. */
  readonly byDuty: Map<number, { shared: number; found: Found[] }>;
}

/**
 * Character bigrams of the query (letters and digits only) shared with each
 * duty. Counting uses flat arrays; positions are collected afterwards, only
 * for the duties that share at least `required(total)` bigrams.
 */
export function findBigrams(index: SearchIndex, query: string, required: (total: number) => number): BigramOverlap {
  const content = [...query].filter((ch) => ch.length === 1 && /[\p{L}\p{N}]/u.test(ch));
  const ids = new Map<number, number>();
  const firsts = new Uint8Array(0x10000);
  for (let i = 0; i + 1 < content.length; i++) {
    const a = content[i]!.charCodeAt(0);
    const key = a * 0x10000 + content[i + 1]!.charCodeAt(0);
    if (!ids.has(key)) ids.set(key, ids.size);
    firsts[a] = 1;
  }
  const total = ids.size;
  const byDuty = new Map<number, { shared: number; found: Found[] }>();
  if (total === 0) return { total, byDuty };
  const { haystack, starts } = index;
  const shared = new Int32Array(index.size);
  const lastDuty = new Int32Array(total).fill(-1);
  const cursor = new DutyCursor(starts);
  for (let p = 0; p + 1 < haystack.length; p++) {
    const a = haystack.charCodeAt(p);
    if (firsts[a] === 0) continue;
    const id = ids.get(a * 0x10000 + haystack.charCodeAt(p + 1));
    if (id === undefined) continue;
    const d = cursor.at(p);
    if (lastDuty[id] !== d) {
      lastDuty[id] = d;
      shared[d]!++;
    }
  }
  const needed = required(total);
  for (let d = 0; d < shared.length; d++) {
    if (shared[d]! < needed) continue;
    const text = index.folded(d);
    const found: Found[] = [];
    for (let p = 0; p + 1 < text.length; p++) {
      if (ids.has(text.charCodeAt(p) * 0x10000 + text.charCodeAt(p + 1))) found.push({ start: p, end: p + 2 });
    }
    byDuty.set(d, { shared: shared[d]!, found });
  }
  return { total, byDuty };
}
