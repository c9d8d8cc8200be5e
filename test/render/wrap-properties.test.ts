// Property-based tests for wrapping: whatever the text and width, nothing is
// lost and no line is wider than asked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/render/wrap.js';

const RUNS = { numRuns: 3000 };

/** Text like the notices': CJK, CJK punctuation and brackets, Latin words and digits, spaces, line breaks. */
const noticeText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)) },
    { weight: 3, arbitrary: fc.constantFrom(...'，。、；：？！（）《》〈〉「」『』【】〔〕［］“”‘’…·') },
    { weight: 3, arbitrary: fc.constantFrom(...'WTOabcxyz0123456789%,.;:?!()[]{}<>') },
    { weight: 2, arbitrary: fc.constantFrom(' ', '\u3000', '\n') },
    { weight: 1, arbitrary: fc.integer({ min: 0xff01, max: 0xff5e }).map((cp) => String.fromCodePoint(cp)) },
  ),
  maxLength: 120,
});

const width = fc.integer({ min: 0, max: 100 });

describe('wrapText', () => {
  it('loses no character: the lines hold the text in order, less the white space at line ends', () => {
    fc.assert(
      fc.property(noticeText, width, (text, w) => {
        const lines = wrapText(text, w);
        expect(lines.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
        expect(lines.length).toBeGreaterThanOrEqual(text.split('\n').length);
      }),
      RUNS,
    );
  });

  it('changes nothing but trailing white space where the text fits', () => {
    fc.assert(
      fc.property(noticeText, (text) => {
        expect(wrapText(text, 1000)).toEqual(text.split('\n').map((p) => p.trimEnd()));
      }),
      RUNS,
    );
  });

  it('keeps every line within the width (at least 4 columns)', () => {
    fc.assert(
      fc.property(fc.oneof(noticeText, fc.string({ unit: 'grapheme', maxLength: 60 })), width, (text, w) => {
        for (const line of wrapText(text, w)) expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(Math.max(w, 4));
      }),
      RUNS,
    );
  });

  it('never throws on any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), width, (text, w) => {
        expect(Array.isArray(wrapText(text, w))).toBe(true);
      }),
      RUNS,
    );
  });
});
