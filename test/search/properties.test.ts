import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDocuments } from '../../src/cli/corpus-source.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Duty } from '../../src/corpus/model.js';
import { UserError } from '../../src/errors.js';
import { buildSearchIndex, foldForSearch, search, type Hit } from '../../src/search/index.js';

const corpus = buildCorpus(await bundledDocuments());
const index = buildSearchIndex(corpus.duties);
const corpusChars = [...new Set(corpus.duties.flatMap((d) => [...d.text]))];

/** Queries a user might type, and some nobody would: corpus characters, pinyin letters, full-width forms, regex syntax, odd spaces. */
const queryChar = fc.oneof(
  fc.constantFrom(...corpusChars),
  fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzXKZ0123456789'),
  fc.constantFrom(' ', '\u3000', '\t', 'ｘ', 'Ｗ', '（', '〔', '“', '.', '*', '(', '[', '\\', "'", '-', '/', '^', '$', '{', '|', '許', '證', '電', '務', '𠀀', '😀'),
  fc.string({ unit: 'grapheme', maxLength: 1 }),
);
const query = fc.array(queryChar, { minLength: 1, maxLength: 24 }).map((cs) => cs.join(''));

function checkSpans(hits: readonly Hit[]): void {
  for (const hit of hits) {
    const length = [...hit.duty.text].length;
    let previousEnd = 0;
    for (const s of hit.spans) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(length);
      previousEnd = s.end;
    }
  }
}

/** Disguise a term the way a user's input method might: full-width ASCII, CJK brackets for ASCII ones, upper case. */
function disguise(text: string, picks: readonly boolean[]): string {
  const wide: Record<string, string> = { '(': '（', ')': '）', '[': '〔', ']': '〕', '"': '“' };
  return [...text]
    .map((ch, i) => {
      if (!picks[i % picks.length]) return ch;
      if (wide[ch]) return wide[ch];
      const cp = ch.codePointAt(0)!;
      if (cp > 0x20 && cp < 0x7f) return String.fromCodePoint(cp + 0xfee0).toUpperCase();
      return ch;
    })
    .join('');
}

describe('search properties', () => {
  it('never throws on any query (but a blank one, which is a UserError), in any mode, and every span lies inside its text', async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom('smart', 'exact') as fc.Arbitrary<'smart' | 'exact'>, async (q, mode) => {
        if (q.trim() === '' || foldForSearch(q).trim() === '') {
          await expect(search(index, [q], { mode })).rejects.toBeInstanceOf(UserError);
          return;
        }
        const { hits, total } = await search(index, [q], { mode });
        expect(hits.length).toBe(total);
        checkSpans(hits);
      }),
      { numRuns: 300 },
    );
  });

  it('any regular expression either compiles and yields valid spans or is a UserError', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        try {
          checkSpans((await search(index, [q], { mode: 'regex' })).hits);
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
          expect(String((e as Error).message)).not.toContain('\n');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds any stretch of any duty, however disguised, and every span covers characters that fold to the term', async () => {
    const duty = fc.constantFrom(...corpus.duties);
    await fc.assert(
      fc.asyncProperty(duty, fc.nat(), fc.integer({ min: 1, max: 12 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), async (d, at, len, picks) => {
        const chars = [...d.text];
        const start = at % chars.length;
        const term = chars.slice(start, start + len).join('');
        fc.pre(!/\s/u.test(term));
        const { hits } = await search(index, [disguise(term, picks)], { mode: 'exact' });
        expect(hits.map((h) => h.duty)).toContain(d);
        const folded = foldForSearch(term);
        for (const hit of hits) {
          const text = [...hit.duty.text];
          for (const s of hit.spans) {
            // Overlapping occurrences merge into one span: it starts and ends with the term.
            const covered = foldForSearch(text.slice(s.start, s.end).join(''));
            expect(covered.startsWith(folded) && covered.endsWith(folded)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts offsets in code points, also past characters outside the BMP', async () => {
    const text = fc.array(fc.constantFrom('许', '可', '证', '𠀀', '😀', 'Ａ', 'a', '〔', ' '), { minLength: 1, maxLength: 30 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 }), async (texts, which, at, len) => {
        const duties = texts.map((t, i) => ({ id: `d${i}`, text: t }) as unknown as Duty);
        const own = buildSearchIndex(duties);
        const chars = [...texts[which % texts.length]!];
        const start = at % chars.length;
        const term = chars.slice(start, start + len).join('');
        fc.pre(term.trim() === term && !term.includes(' '));
        const { hits } = await search(own, [term], { mode: 'exact' });
        expect(hits.length).toBeGreaterThan(0);
        checkSpans(hits);
        for (const hit of hits) {
          const hitChars = [...hit.duty.text];
          for (const s of hit.spans) expect(foldForSearch(hitChars.slice(s.start, s.end).join('')).startsWith(foldForSearch(term))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('pinyin terms with many possible cuts', () => {
  it('still match (xian… cut as xian or xi+an at every syllable: too many cuts for one pattern)', async () => {
    const duties = ['西安先生', `${'先'.repeat(30)}。`].map((text, i) => ({ id: `d${i}`, text }) as unknown as Duty);
    const own = buildSearchIndex(duties);
    const { hits } = await search(own, ['xian'.repeat(24)]);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.kind).toBe('pinyin');
    expect(hits[0]!.spans).toEqual([{ start: 0, end: 24 }]);
    // 西安先生: xi + an, then xian, then sheng.
    const cut = (await search(own, ['xianxiansheng'])).hits;
    expect(cut.map((h) => [h.duty.id, h.spans])).toEqual([['d0', [{ start: 0, end: 4 }]]]);
  });
});
