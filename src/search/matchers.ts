/**
 * The matchers behind each kind of hit. Each scans the whole haystack once and
 * returns, per duty, where the term was found (UTF-16 offsets in the duty's
 * folded text).
 */
import { DutyCursor, type SearchIndex } from './search-index.js';
import { letterBit, type PinyinTable } from './pinyin-table.js';

export interface Found {
  readonly start: number;
  readonly end: number;
}

export type FoundByDuty = Map<number, Found[]>;

function add(map: FoundByDuty, d: number, found: Found): void {
  const list = map.get(d);
  if (list) list.push(found);
  else map.set(d, [found]);
}

/** Every occurrence of a literal string. */
export function findLiteral(index: SearchIndex, needle: string): FoundByDuty {
  const out: FoundByDuty = new Map();
  if (needle === '' || needle.includes('\n')) return out;
  const { haystack, starts } = index;
  const cursor = new DutyCursor(starts);
  for (let pos = haystack.indexOf(needle); pos !== -1; pos = haystack.indexOf(needle, pos + 1)) {
    const d = cursor.at(pos);
    add(out, d, { start: pos - starts[d]!, end: pos - starts[d]! + needle.length });
  }
  return out;
}

function findPattern(index: SearchIndex, pattern: RegExp): FoundByDuty {
  const out: FoundByDuty = new Map();
  const cursor = new DutyCursor(index.starts);
  for (const m of index.haystack.matchAll(pattern)) {
    if (m[0] === '') continue;
    const d = cursor.at(m.index);
    const start = m.index - index.starts[d]!;
    add(out, d, { start, end: start + m[0].length });
  }
  return out;
}

const escapeRegExp = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const ANY = '[^\\n]';

/**
 * One wrong character, one missing or one extra (许可正 → 许可证, 投资足进 → 投资促进).
 * Three-character terms allow a substitution only: with one character gone,
 * two left would match far too much.
 */
export function findTypos(index: SearchIndex, term: string): FoundByDuty {
  const chars = [...term].map(escapeRegExp);
  const n = chars.length;
  if (n < 3) return new Map();
  const variants = new Set<string>();
  for (let k = 0; k < n; k++) {
    variants.add([...chars.slice(0, k), ANY, ...chars.slice(k + 1)].join(''));
    if (n >= 4) {
      if (k > 0) variants.add([...chars.slice(0, k), ANY, ...chars.slice(k)].join(''));
      variants.add([...chars.slice(0, k), ...chars.slice(k + 1)].join(''));
    }
  }
  return findPattern(index, new RegExp([...variants].join('|'), 'gu'));
}

/** Characters that read alike, position by position (事物 → 事务, 许可正 → 许可证). */
export function findHomophones(index: SearchIndex, term: string, table: PinyinTable): FoundByDuty {
  const out: FoundByDuty = new Map();
  const codes = [...term].map((ch) => (ch.length === 1 ? ch.charCodeAt(0) : -1));
  const sounds = codes.map((c) => (c >= 0x2e80 ? table.of(c) : null));
  if (codes.length < 2 || sounds.some((s) => s === null)) return out;
  // 0: not yet known, 1: does not sound like the query's k-th character, 2: does.
  const alike = codes.map(() => new Uint8Array(0x10000));
  const soundsAlike = (k: number, code: number): boolean => {
    let v = alike[k]![code]!;
    if (v === 0) {
      const theirs = table.of(code);
      v = code >= 0x2e80 && theirs !== null && theirs.some((r) => sounds[k]!.includes(r)) ? 2 : 1;
      alike[k]![code] = v;
    }
    return v === 2;
  };
  const { haystack, starts } = index;
  const n = codes.length;
  const cursor = new DutyCursor(starts);
  const last = haystack.length - n;
  for (let p = 0; p <= last; p++) {
    if (!soundsAlike(0, haystack.charCodeAt(p))) continue;
    let k = 1;
    while (k < n && soundsAlike(k, haystack.charCodeAt(p + k))) k++;
    if (k < n) continue;
    const d = cursor.at(p);
    add(out, d, { start: p - starts[d]!, end: p - starts[d]! + n });
    p += n - 1;
  }
  return out;
}

const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * A Latin term read as pinyin: each character of the text consumes a prefix of
 * one of its readings, so full pinyin (xukezheng), initials (xkz) and any mix
 * (xukez, dzzhengwu) match; other characters in the term match themselves.
 */
export function findPinyin(index: SearchIndex, term: string, table: PinyinTable): FoundByDuty {
  const out: FoundByDuty = new Map();
  const q = term.replace(/'/g, '');
  if (q === '' || [...q].length !== q.length) return out;
  const { haystack, starts } = index;
  const failed = new Set<number>();
  const width = q.length + 1;
  let origin = 0;
  const matchFrom = (p: number, j: number): number => {
    if (j === q.length) return p;
    if (p >= haystack.length) return -1;
    const key = (p - origin) * width + j;
    if (failed.has(key)) return -1;
    const code = haystack.charCodeAt(p);
    const want = q.charCodeAt(j);
    let end = -1;
    if (!isLatin(want)) {
      if (code === want) end = matchFrom(p + 1, j + 1);
    } else {
      for (const reading of table.of(code) ?? []) {
        let common = 0;
        while (common < reading.length && j + common < q.length && reading.charCodeAt(common) === q.charCodeAt(j + common)) common++;
        for (let l = common; l >= 1 && end < 0; l--) end = matchFrom(p + 1, j + l);
        if (end >= 0) break;
      }
    }
    if (end < 0) failed.add(key);
    return end;
  };
  const first = q.charCodeAt(0);
  const bit = letterBit(first);
  const cursor = new DutyCursor(starts);
  for (let p = 0; p < haystack.length; p++) {
    const code = haystack.charCodeAt(p);
    if (bit !== 0 ? (table.startMask(code) & bit) === 0 : code !== first) continue;
    origin = p;
    if (failed.size > 0) failed.clear();
    const end = matchFrom(p, 0);
    if (end < 0) continue;
    const d = cursor.at(p);
    add(out, d, { start: p - starts[d]!, end: end - starts[d]! });
    p = end - 1;
  }
  return out;
}

export interface BigramOverlap {
  /** Distinct bigrams of the query. */
  readonly total: number;
  /** Per duty: how many of them it contains, and where. */
  readonly byDuty: Map<number, { shared: number; found: Found[] }>;
}

/** Character bigrams of the query (letters and digits only) found in each duty. */
export function findBigrams(index: SearchIndex, query: string): BigramOverlap {
  const content = [...query].filter((ch) => ch.length === 1 && /[\p{L}\p{N}]/u.test(ch));
  const ids = new Map<number, number>();
  const firsts = new Uint8Array(0x10000);
  for (let i = 0; i + 1 < content.length; i++) {
    const a = content[i]!.charCodeAt(0);
    const key = a * 0x10000 + content[i + 1]!.charCodeAt(0);
    if (!ids.has(key)) ids.set(key, ids.size);
    firsts[a] = 1;
  }
  const seen = new Map<number, Set<number>>();
  const byDuty = new Map<number, { shared: number; found: Found[] }>();
  const { haystack, starts } = index;
  const cursor = new DutyCursor(starts);
  for (let p = 0; p + 1 < haystack.length; p++) {
    const a = haystack.charCodeAt(p);
    if (firsts[a] === 0) continue;
    const id = ids.get(a * 0x10000 + haystack.charCodeAt(p + 1));
    if (id === undefined) continue;
    const d = cursor.at(p);
    let entry = byDuty.get(d);
    if (!entry) {
      entry = { shared: 0, found: [] };
      byDuty.set(d, entry);
      seen.set(d, new Set());
    }
    const mine = seen.get(d)!;
    if (!mine.has(id)) {
      mine.add(id);
      entry.shared++;
    }
    entry.found.push({ start: p - starts[d]!, end: p - starts[d]! + 2 });
  }
  return { total: ids.size, byDuty };
}
