import type { Duty } from '../corpus/model.js';
import { UserError } from '../errors.js';
import { foldForSearch, searchFoldChar } from './fold.js';
import { findBigrams, findHomophones, findLiteral, findPinyin, findTypos, type Found, type FoundByDuty } from './matchers.js';
import { loadPinyinTable } from './pinyin-table.js';
import type { SearchIndex } from './search-index.js';

/**
 * Why a duty matched, strongest first. `phrase`: the query as one string
 * (terms joined); `all-terms`: every term, apart; the rest are fallbacks
 * tried only when no duty matches exactly: `pinyin` (a Latin term read as
 * pinyin), `homophone` (characters that sound the same), `typo` (one
 * character wrong, missing or extra), `bigram` (a long query sharing most of
 * its character pairs with the duty). `regex`: --regex mode.
 */
export type MatchKind = 'phrase' | 'all-terms' | 'pinyin' | 'homophone' | 'typo' | 'bigram' | 'regex';

/** A matched stretch of the duty's original text, in code points, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Hit {
  readonly duty: Duty;
  readonly kind: MatchKind;
  /** Strength of the kind of match, 0–1 (see KIND_SCORE); a bigram hit scales with the share of pairs found. */
  readonly score: number;
  /** Sorted, non-overlapping. */
  readonly spans: readonly Span[];
}

export const KIND_SCORE: Readonly<Record<MatchKind, number>> = {
  phrase: 1,
  regex: 1,
  'all-terms': 0.9,
  pinyin: 0.8,
  homophone: 0.7,
  typo: 0.6,
  bigram: 0.5,
};

export type SearchMode = 'smart' | 'exact' | 'regex';

export interface SearchOptions {
  /** smart (default): exact, then the fallbacks; exact: folded substrings only; regex: each query a regular expression. */
  readonly mode?: SearchMode;
  /** Only duties this accepts can be hits. */
  readonly include?: (duty: Duty) => boolean;
  /** Return at most this many hits (the best); `total` still counts them all. */
  readonly limit?: number;
}

export interface SearchResult {
  /** Best first. */
  readonly hits: readonly Hit[];
  /** How many duties matched, before the limit. */
  readonly total: number;
}

/** A long query (this many letters and digits or more, pinyin aside) may match by bigram overlap. */
const LONG_QUERY = 6;
/** Share of a long query's bigrams a duty must contain. */
const BIGRAM_SHARE = 0.4;
const BIGRAM_MIN = 3;
/** Terms longer than this skip the homophone scan (bigrams cover them). */
const HOMOPHONE_MAX = 16;
const TYPO_MAX = 32;

interface Candidate {
  readonly d: number;
  readonly kind: MatchKind;
  readonly score: number;
  readonly found: readonly Found[];
  /** Among fallbacks: the terms also matched as one, adjacent (dianzi zhengwu → 电子政务). */
  readonly together?: boolean;
}

/** Split queries into terms: folded, then split at spaces (the ideographic space folds to one). */
function queryTerms(queries: readonly string[]): string[] {
  return queries.flatMap((q) => foldForSearch(q).split(/\s+/u)).filter((t) => t !== '');
}

/**
 * Search the index. Every term as a folded substring first, ranked by
 * occurrences, then first position, then shorter text; only when that finds
 * nothing, the labelled fallbacks. Hits come best first.
 */
export async function search(index: SearchIndex, queries: readonly string[], options: SearchOptions = {}): Promise<SearchResult> {
  const allowed = allowedDuties(index, options.include);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (options.mode === 'regex') return rank(index, regexCandidates(index, queries, allowed), limit);
  const terms = queryTerms(queries);
  if (terms.length === 0) throw new UserError('empty query: give at least one search term');
  const exact = exactCandidates(index, terms, allowed);
  if (exact.length > 0 || options.mode === 'exact') return rank(index, exact, limit);
  return rank(index, await approximateCandidates(index, terms, allowed), limit);
}

function allowedDuties(index: SearchIndex, include: SearchOptions['include']): (d: number) => boolean {
  if (!include) return () => true;
  const ok = index.duties.map((duty) => include(duty));
  return (d) => ok[d]!;
}

function exactCandidates(index: SearchIndex, terms: readonly string[], allowed: (d: number) => boolean): Candidate[] {
  const perTerm = terms.map((t) => findLiteral(index, t));
  // Latin terms may also be a phrase with its space (trade promotion); Chinese writes none.
  const joinedPhrase = terms.length === 1 ? perTerm[0]! : findLiteral(index, terms.join(''));
  const phrase = terms.length > 1 && terms.some((t) => /[a-z]/.test(t)) ? union(joinedPhrase, findLiteral(index, terms.join(' '))) : joinedPhrase;
  const out: Candidate[] = [];
  if (terms.length === 1) {
    for (const [d, found] of perTerm[0]!) if (allowed(d)) out.push({ d, kind: 'phrase', score: KIND_SCORE.phrase, found });
    return out;
  }
  for (const d of perTerm[0]!.keys()) {
    if (!allowed(d) || !perTerm.every((m) => m.has(d))) continue;
    const found = [...perTerm.flatMap((m) => m.get(d)!), ...(phrase.get(d) ?? [])];
    const kind = phrase.has(d) ? 'phrase' : 'all-terms';
    out.push({ d, kind, score: KIND_SCORE[kind], found });
  }
  return out;
}

const FALLBACK_ORDER: readonly MatchKind[] = ['all-terms', 'pinyin', 'homophone', 'typo'];

async function approximateCandidates(index: SearchIndex, terms: readonly string[], allowed: (d: number) => boolean): Promise<Candidate[]> {
  const table = await loadPinyinTable();
  // For each term, per duty: the best kind it matched by and where.
  const perTerm = terms.map((term) => {
    const best = new Map<number, { kind: MatchKind; found: Found[] }>();
    const offer = (kind: MatchKind, matches: FoundByDuty) => {
      for (const [d, found] of matches) if (!best.has(d) && allowed(d)) best.set(d, { kind, found });
    };
    offer('all-terms', findLiteral(index, term));
    if (/[a-z]/.test(term)) {
      offer('pinyin', findPinyin(index, term, table));
    } else {
      const length = [...term].length;
      if (length <= HOMOPHONE_MAX) offer('homophone', findHomophones(index, term, table));
      if (length <= TYPO_MAX) offer('typo', findTypos(index, term));
    }
    return best;
  });
  const joined = terms.join('');
  const together = terms.length > 1 && /[a-z]/.test(joined) ? findPinyin(index, joined, table) : new Map();
  const out: Candidate[] = [];
  for (const [d, first] of perTerm[0]!) {
    if (terms.length === 1) {
      out.push({ d, kind: first.kind, score: KIND_SCORE[first.kind], found: first.found });
      continue;
    }
    if (!perTerm.every((m) => m.has(d))) continue;
    const matches = perTerm.map((m) => m.get(d)!);
    // A duty is as weak a match as its weakest term.
    const kind = matches.reduce<MatchKind>((worst, m) => (FALLBACK_ORDER.indexOf(m.kind) > FALLBACK_ORDER.indexOf(worst) ? m.kind : worst), 'all-terms');
    out.push({ d, kind, score: KIND_SCORE[kind], found: matches.flatMap((m) => m.found), together: together.has(d) });
  }
  // Pinyin letters make no bigrams worth looking for in Chinese text: count the other letters and digits.
  if ([...joined].filter((ch) => /[\p{L}\p{N}]/u.test(ch) && !/[a-z0-9]/.test(ch)).length >= LONG_QUERY) {
    const already = new Set(out.map((c) => c.d));
    const { total, byDuty } = findBigrams(index, joined, (n) => Math.max(BIGRAM_MIN, Math.ceil(n * BIGRAM_SHARE)));
    for (const [d, { shared, found }] of byDuty) {
      if (already.has(d) || !allowed(d)) continue;
      out.push({ d, kind: 'bigram', score: Math.round(KIND_SCORE.bigram * (shared / total) * 1000) / 1000, found });
    }
  }
  return out;
}

function regexCandidates(index: SearchIndex, patterns: readonly string[], allowed: (d: number) => boolean): Candidate[] {
  if (patterns.length === 0 || patterns.every((p) => p === '')) throw new UserError('empty query: give at least one regular expression');
  const compiled = patterns.map((p) => {
    // Han characters in the pattern fold like the text (許 → 许); everything else is regex syntax.
    const source = p.replace(/[\u2e80-\u9fff\uf900-\ufaff]/gu, searchFoldChar);
    try {
      return new RegExp(source, 'giu');
    } catch (e) {
      throw new UserError(`bad regular expression ${JSON.stringify(p)}: ${String((e as Error).message).replace(/^.*: /, '')}`);
    }
  });
  const out: Candidate[] = [];
  index.folded.forEach((text, d) => {
    if (!allowed(d)) return;
    const found: Found[] = [];
    for (const re of compiled) {
      const before = found.length;
      for (const m of text.matchAll(re)) if (m[0] !== '') found.push({ start: m.index, end: m.index + m[0].length });
      if (found.length === before) return;
    }
    out.push({ d, kind: 'regex', score: KIND_SCORE.regex, found });
  });
  return out;
}

function union(a: FoundByDuty, b: FoundByDuty): FoundByDuty {
  const out: FoundByDuty = new Map(a);
  for (const [d, found] of b) out.set(d, [...(out.get(d) ?? []), ...found]);
  return out;
}

function rank(index: SearchIndex, candidates: readonly Candidate[], limit: number): SearchResult {
  const { starts } = index;
  const keyed = candidates.map((c) => {
    let first = Number.POSITIVE_INFINITY;
    for (const f of c.found) if (f.start < first) first = f.start;
    return { c, together: c.together ? 1 : 0, count: c.found.length, first, length: starts[c.d + 1]! - starts[c.d]! };
  });
  keyed.sort((x, y) => y.c.score - x.c.score || y.together - x.together || y.count - x.count || x.first - y.first || x.length - y.length || x.c.d - y.c.d);
  // Spans are worked out only for the hits returned.
  const hits = keyed.slice(0, limit).map(({ c }) => ({ duty: index.duties[c.d]!, kind: c.kind, score: c.score, spans: toSpans(index, c.d, c.found) }));
  return { hits, total: candidates.length };
}

/** UTF-16 offsets in the folded text → merged code-point spans (the same offsets in the original text). */
function toSpans(index: SearchIndex, d: number, found: readonly Found[]): Span[] {
  const text = index.folded[d]!;
  const cp = index.astral && /[\ud800-\udfff]/.test(text) ? (off: number) => [...text.slice(0, off)].length : (off: number) => off;
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: { start: number; end: number }[] = [];
  for (const f of sorted) {
    const last = spans[spans.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else spans.push({ start: f.start, end: f.end });
  }
  return spans.map((s) => ({ start: cp(s.start), end: cp(s.end) }));
}
