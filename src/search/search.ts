import type { Duty, Unit } from '../corpus/model.js';
import { UserError } from '../errors.js';
import { foldForSearch, searchFoldChar } from './fold.js';
import { findBigrams, homophoneMatcher, literal, patternMatcher, pinyinMatcher, typoMatcher, type Found, type Matcher, type Tally } from './matchers.js';
import { loadPinyinTable } from './pinyin-table.js';
import type { SearchIndex } from './search-index.js';

/**
 * Why a duty matched, strongest first. Several terms must all match in every
 * kind: a fallback loosens how each term matches, it never drops one. `phrase`: the query as one string
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
  /** Only duties of units this accepts can be hits: asked once a unit, and no duty is built to ask it (--unit, --doc). */
  readonly includeUnit?: (unit: Unit) => boolean;
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
  /** Matches in the duty, and where the first starts (UTF-16, folded text). */
  readonly count: number;
  readonly first: number;
  /** Among fallbacks: the terms also matched as one, adjacent (dianzi zhengwu → 电子政务). */
  readonly together: boolean;
  /** What finds the spans again, for the hits shown… */
  readonly matchers: readonly Matcher[] | undefined;
  /** …or the spans themselves. */
  readonly found: readonly Found[] | undefined;
}

/** A query term, folded, and how its letters may be read as pinyin. */
interface QueryTerm {
  readonly text: string;
  readonly pinyin: 'none' | 'initials' | 'free';
}

/** Is this kind a fallback (shown only when nothing matched exactly)? */
export function isFallback(kind: MatchKind): boolean {
  return kind !== 'phrase' && kind !== 'all-terms' && kind !== 'regex';
}

/**
 * Split queries into terms: folded, then split at spaces (the ideographic
 * space folds to one). Folding keeps one code point per code point, so each
 * term's letters can still be seen as the user typed them.
 */
function queryTerms(queries: readonly string[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const q of queries) {
    const typed = [...q];
    let at = 0;
    for (const part of foldForSearch(q).split(/(\s+)/u)) {
      const length = [...part].length;
      if (part !== '' && !/^\s+$/u.test(part)) out.push({ text: part, pinyin: pinyinReading(part, typed.slice(at, at + length).join('')) });
      at += length;
    }
  }
  return out;
}

/**
 * How a term's Latin letters may be read as pinyin. A lone letter is not
 * (x would match every duty with a character read x…): a term of letters
 * only needs two. Letters typed in capitals (XKZ, ＤＺＺＷ, WTO) are initials,
 * one character each, the way Chinese abbreviations are written, so WTO
 * cannot become 外投 (w + to…); lower case is read freely: full syllables,
 * initials or a mix (xukezheng, xkz, xukez). Letters beside characters
 * (xuke证, x可证) are always pinyin: the characters anchor them.
 */
function pinyinReading(folded: string, typed: string): QueryTerm['pinyin'] {
  const letters = folded.match(/[a-z]/g)?.length ?? 0;
  if (letters === 0) return 'none';
  const lettersOnly = /^[\x00-\x7f]*$/.test(folded);
  if (lettersOnly && letters < 2) return 'none';
  return /\p{Ll}/u.test(typed) ? 'free' : 'initials';
}

/**
 * Search the index. Every term as a folded substring first, ranked by
 * occurrences, then first position, then shorter text; only when that finds
 * nothing, the labelled fallbacks. Hits come best first.
 */
export async function search(index: SearchIndex, queries: readonly string[], options: SearchOptions = {}): Promise<SearchResult> {
  const allowed = allowedDuties(index, options.include, options.includeUnit);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (options.mode === 'regex') return rank(index, regexCandidates(index, queries, allowed), limit);
  const terms = queryTerms(queries);
  if (terms.length === 0) throw new UserError('empty query: give at least one search term');
  const { candidates: exact, occurs } = exactCandidates(index, terms.map((t) => t.text), allowed);
  if (exact.length > 0 || options.mode === 'exact') return rank(index, exact, limit);
  return rank(index, await approximateCandidates(index, terms, occurs, allowed), limit);
}

function allowedDuties(index: SearchIndex, include: SearchOptions['include'], includeUnit: SearchOptions['includeUnit']): (d: number) => boolean {
  if (!include && !includeUnit) return () => true;
  const byUnit = new Map<Unit, boolean>();
  const unitOk = (unit: Unit) => {
    let ok = byUnit.get(unit);
    if (ok === undefined) byUnit.set(unit, (ok = includeUnit!(unit)));
    return ok;
  };
  const ok = Array.from({ length: index.size }, (_, d) => (!includeUnit || unitOk(index.unitOf(d))) && (!include || include(index.duty(d))));
  return (d) => ok[d]!;
}

/** Every candidate built the same way, so that sorting thousands of them stays fast (one object shape). */
function candidate(
  d: number,
  kind: MatchKind,
  score: number,
  count: number,
  first: number,
  spansFrom: { matchers?: readonly Matcher[]; found?: readonly Found[]; together?: boolean },
): Candidate {
  return { d, kind, score, count, first, together: spansFrom.together ?? false, matchers: spansFrom.matchers, found: spansFrom.found };
}

/** Per duty: the entries of every tally that has it (tallies list duties in increasing order). */
function intersect(tallies: readonly Tally[], visit: (d: number, entries: number[]) => void): void {
  const at = tallies.map(() => 0);
  const [first, ...rest] = tallies;
  for (let i = 0; i < first!.duties.length; i++) {
    const d = first!.duties[i]!;
    const entries = [i];
    for (let k = 0; k < rest.length; k++) {
      const t = rest[k]!;
      let j = at[k + 1]!;
      while (j < t.duties.length && t.duties[j]! < d) j++;
      at[k + 1] = j;
      if (t.duties[j] !== d) break;
      entries.push(j);
    }
    if (entries.length === tallies.length) visit(d, entries);
  }
}

/** The exact hits, and for each term whether it occurs anywhere in the corpus (scope aside). */
function exactCandidates(index: SearchIndex, terms: readonly string[], allowed: (d: number) => boolean): { candidates: Candidate[]; occurs: boolean[] } {
  const matchers = terms.map(literal);
  const tallies = matchers.map((m) => m.tally(index));
  const occurs = tallies.map((t) => t.duties.length > 0);
  const out: Candidate[] = [];
  if (terms.length === 1) {
    const t = tallies[0]!;
    for (let i = 0; i < t.duties.length; i++) {
      if (allowed(t.duties[i]!)) out.push(candidate(t.duties[i]!, 'phrase', KIND_SCORE.phrase, t.counts[i]!, t.firsts[i]!, { matchers }));
    }
    return { candidates: out, occurs };
  }
  // Chinese writes a phrase without spaces; Latin terms may also be one with its space (trade promotion).
  const phrases = [literal(terms.join('')), ...(terms.some((t) => /[a-z]/.test(t)) ? [literal(terms.join(' '))] : [])];
  const inPhrase = new Set(phrases.flatMap((m) => m.tally(index).duties));
  const all = [...matchers, ...phrases];
  intersect(tallies, (d, entries) => {
    if (!allowed(d)) return;
    const kind = inPhrase.has(d) ? 'phrase' : 'all-terms';
    const count = entries.reduce((n, j, k) => n + tallies[k]!.counts[j]!, 0);
    const first = Math.min(...entries.map((j, k) => tallies[k]!.firsts[j]!));
    out.push(candidate(d, kind, KIND_SCORE[kind], count, first, { matchers: all }));
  });
  return { candidates: out, occurs };
}

const FALLBACK_ORDER: readonly MatchKind[] = ['all-terms', 'pinyin', 'homophone', 'typo'];

interface TermMatch {
  readonly kind: MatchKind;
  readonly count: number;
  readonly first: number;
  readonly matcher: Matcher;
}

async function approximateCandidates(
  index: SearchIndex,
  query: readonly QueryTerm[],
  occurs: readonly boolean[],
  allowed: (d: number) => boolean,
): Promise<Candidate[]> {
  const table = await loadPinyinTable();
  const terms = query.map((t) => t.text);
  // A word of letters the corpus itself uses (WTO, where a notice has it) means that word, not pinyin.
  const asPinyin = query.map((t, k) =>
    t.pinyin === 'none' || (/^[\x00-\x7f]*$/.test(t.text) && occurs[k]) ? undefined : t.pinyin,
  );
  // For each term, per duty: the strongest way it matched.
  const perTerm = terms.map((term, k) => {
    const ways: [MatchKind, Matcher | null][] = [['all-terms', literal(term)]];
    const reading = asPinyin[k];
    if (/[a-z]/.test(term)) {
      if (reading !== undefined) ways.push(['pinyin', pinyinMatcher(index, term, table, { initialsOnly: reading === 'initials' })]);
    } else {
      const length = [...term].length;
      if (length <= HOMOPHONE_MAX) ways.push(['homophone', homophoneMatcher(index, term, table)]);
      if (length <= TYPO_MAX) ways.push(['typo', typoMatcher(term)]);
    }
    const best = new Map<number, TermMatch>();
    for (const [kind, matcher] of ways) {
      if (!matcher) continue;
      const t = matcher.tally(index);
      for (let i = 0; i < t.duties.length; i++) {
        const d = t.duties[i]!;
        if (!best.has(d) && allowed(d)) best.set(d, { kind, count: t.counts[i]!, first: t.firsts[i]!, matcher });
      }
    }
    return best;
  });
  const joined = terms.join('');
  const together =
    terms.length > 1 && /[a-z]/.test(joined) && asPinyin.every((r, k) => r !== undefined || !/[a-z]/.test(terms[k]!))
      ? new Set(pinyinMatcher(index, joined, table, { initialsOnly: asPinyin.every((r) => r !== 'free') })?.tally(index).duties)
      : new Set<number>();
  const out: Candidate[] = [];
  for (const [d, first] of perTerm[0]!) {
    if (terms.length === 1) {
      out.push(candidate(d, first.kind, KIND_SCORE[first.kind], first.count, first.first, { matchers: [first.matcher] }));
      continue;
    }
    if (!perTerm.every((m) => m.has(d))) continue;
    const matches = perTerm.map((m) => m.get(d)!);
    // A duty is as weak a match as its weakest term.
    const kind = matches.reduce<MatchKind>((worst, m) => (FALLBACK_ORDER.indexOf(m.kind) > FALLBACK_ORDER.indexOf(worst) ? m.kind : worst), 'all-terms');
    const count = matches.reduce((n, m) => n + m.count, 0);
    const firstAt = Math.min(...matches.map((m) => m.first));
    out.push(candidate(d, kind, KIND_SCORE[kind], count, firstAt, { matchers: matches.map((m) => m.matcher), together: together.has(d) }));
  }
  // A long single term (a pasted sentence) may match by its character pairs. Several terms
  // mean AND in every tier: pooling their pairs would find duties holding only one of them.
  // Pinyin letters make no bigrams worth looking for in Chinese text: count the other letters and digits.
  if (terms.length === 1 && [...joined].filter((ch) => /[\p{L}\p{N}]/u.test(ch) && !/[a-z0-9]/.test(ch)).length >= LONG_QUERY) {
    const already = new Set(out.map((c) => c.d));
    const { total, byDuty } = findBigrams(index, joined, (n) => Math.max(BIGRAM_MIN, Math.ceil(n * BIGRAM_SHARE)));
    for (const [d, { shared, found }] of byDuty) {
      if (already.has(d) || !allowed(d)) continue;
      const score = Math.round(KIND_SCORE.bigram * (shared / total) * 1000) / 1000;
      out.push(candidate(d, 'bigram', score, found.length, found[0]?.start ?? 0, { found }));
    }
  }
  return out;
}

function regexCandidates(index: SearchIndex, patterns: readonly string[], allowed: (d: number) => boolean): Candidate[] {
  // An empty pattern matches everywhere: like a blank term, it narrows nothing.
  const given = patterns.filter((p) => p !== '');
  if (given.length === 0) throw new UserError('empty query: give at least one regular expression');
  const matchers = given.map((p) => {
    // Han characters in the pattern fold like the text (許 → 许); everything else is regex syntax.
    const source = p.replace(/[\u2e80-\u9fff\uf900-\ufaff]/gu, searchFoldChar);
    try {
      return patternMatcher(new RegExp(source, 'giu'));
    } catch (e) {
      throw new UserError(`bad regular expression ${JSON.stringify(p)}: ${String((e as Error).message).replace(/^.*: /, '')}`);
    }
  });
  const out: Candidate[] = [];
  outer: for (let d = 0; d < index.size; d++) {
    if (!allowed(d)) continue;
    const text = index.folded(d);
    const found: Found[] = [];
    for (const m of matchers) {
      const mine = m.find(text);
      if (mine.length === 0) continue outer;
      found.push(...mine);
    }
    out.push(candidate(d, 'regex', KIND_SCORE.regex, found.length, Math.min(...found.map((f) => f.start)), { found }));
  }
  return out;
}

function rank(index: SearchIndex, candidates: readonly Candidate[], limit: number): SearchResult {
  const { starts } = index;
  const length = (c: Candidate) => starts[c.d + 1]! - starts[c.d]!;
  const order = (x: Candidate, y: Candidate) =>
    y.score - x.score ||
    Number(y.together) - Number(x.together) ||
    y.count - x.count ||
    x.first - y.first ||
    length(x) - length(y) ||
    x.d - y.d;
  // The order is total (duty number last), so the best `limit` picked first then sorted are the head of the full sort.
  const sorted = limit * 8 < candidates.length ? best(candidates, limit, order) : [...candidates].sort(order);
  // Spans are found again only for the hits returned, and only when asked for: a plain pipe prints none of them.
  const hits = sorted.slice(0, limit).map((c) => new RankedHit(index, c));
  return { hits, total: candidates.length };
}

/** A hit whose spans are found when first asked for (a class: twenty thousand of them share one shape and getter). */
class RankedHit implements Hit {
  readonly duty: Duty;
  readonly kind: MatchKind;
  readonly score: number;
  #spans: Span[] | undefined;
  readonly #index: SearchIndex;
  readonly #candidate: Candidate;
  constructor(index: SearchIndex, c: Candidate) {
    this.duty = index.duty(c.d);
    this.kind = c.kind;
    this.score = c.score;
    this.#index = index;
    this.#candidate = c;
  }
  get spans(): Span[] {
    const c = this.#candidate;
    return (this.#spans ??= toSpans(this.#index, c.d, c.found ?? (c.matchers ?? []).flatMap((m) => m.find(this.#index.folded(c.d)))));
  }
}

/** The `k` first items in `order`, sorted: a bounded heap whose root is the worst kept. */
function best<T>(items: readonly T[], k: number, order: (x: T, y: T) => number): T[] {
  const heap: T[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && order(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < heap.length && order(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const up = (i - 1) >> 1;
        if (order(heap[i]!, heap[up]!) <= 0) break;
        [heap[i], heap[up]] = [heap[up]!, heap[i]!];
        i = up;
      }
    } else if (k > 0 && order(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(order);
}

/** UTF-16 offsets in the folded text → merged code-point spans (the same offsets in the original text). */
function toSpans(index: SearchIndex, d: number, found: readonly Found[]): Span[] {
  const text = index.folded(d);
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
