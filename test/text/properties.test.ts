// Property-based tests: thousands of random inputs, the laws the text tools promise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChar, foldText, nameKey } from '../../src/text/fold.js';
import { parseChineseDate, parseChineseNumber, parseLabelOrdinal } from '../../src/text/numerals.js';

const RUNS = { numRuns: 3000 };

/** Any text: every Unicode code point, astral planes included. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
/** Text in the notices' alphabet: CJK, full-width forms, brackets, spaces, ASCII. */
const noticeText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'许可证机关服务中心（）〔〕［］【】“”‘’《》、，。；：　 \t'),
    fc.integer({ min: 0xff01, max: 0xff5e }).map((cp) => String.fromCodePoint(cp)),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});
const text = fc.oneof(anyText, noticeText);

const codePoints = (s: string) => [...s].length;

describe('folding', () => {
  it('keeps the number of code points, so offsets map one to one', () => {
    fc.assert(fc.property(text, (s) => codePoints(foldText(s)) === codePoints(s)), RUNS);
  });

  it('folds each code point as foldChar does', () => {
    fc.assert(fc.property(text, (s) => foldText(s) === [...s].map(foldChar).join('')), RUNS);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(text, (s) => foldText(foldText(s)) === foldText(s)), RUNS);
  });

  it('gives name keys that are idempotent, never longer and blind to width and brackets', () => {
    fc.assert(
      fc.property(text, (s) => {
        const key = nameKey(s);
        expect(nameKey(key)).toBe(key);
        expect(codePoints(key)).toBeLessThanOrEqual(codePoints(s));
        expect(key).not.toMatch(/[\s()[\]]/u);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(noticeText, (s) => {
        const wide = s.replace(/[!-~]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).replace(/\(/g, '（').replace(/\)/g, '）');
        expect(nameKey(wide)).toBe(nameKey(s));
      }),
      RUNS,
    );
  });
});

// A Chinese numeral formatter, written here independently of the parser.
const DIGIT = '〇一二三四五六七八九';
const ZERO_FORMS = ['〇', '○', '零', 'O'];

/** 0–9999 as a counting numeral: 十二, 二十, 一百零五, 一千零一十. */
function countingNumeral(n: number): string {
  if (n === 0) return '零';
  const parts: string[] = [];
  const places: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let zeroPending = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (parts.length > 0) zeroPending = true;
      continue;
    }
    if (zeroPending) parts.push('零');
    zeroPending = false;
    // 十二 rather than 一十二 when 十 leads.
    parts.push(d === 1 && value === 10 && parts.length === 0 ? unit : `${DIGIT[d]}${unit}`);
  }
  return parts.join('');
}

/** Digit by digit, as years are written: 二〇〇三, with any of the zero forms. */
function digitNumeral(n: number, zero: string): string {
  return [...String(n)].map((d) => (d === '0' ? zero : DIGIT[Number(d)]!)).join('');
}

const fullWidthDigits = (n: number) => [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');

describe('Chinese numerals', () => {
  it('parse back what the formatter writes, in every form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...ZERO_FORMS), (n, zero) => {
        expect(parseChineseNumber(countingNumeral(n))).toBe(n);
        expect(parseChineseNumber(digitNumeral(n, zero))).toBe(n);
        expect(parseChineseNumber(String(n))).toBe(n);
        expect(parseChineseNumber(fullWidthDigits(n))).toBe(n);
      }),
      RUNS,
    );
  });

  it('read numbering labels in every bracket style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        const c = countingNumeral(n);
        for (const label of [`${c}、`, `（${c}）`, `〔${c}〕`, `(${c})`, `${n}.`, `（${n}）`, `(${n})`]) expect(parseLabelOrdinal(label), label).toBe(n);
        if (n <= 20) expect(parseLabelOrdinal(String.fromCodePoint(0x2460 + n - 1))).toBe(n);
      }),
      RUNS,
    );
  });

  it('never throw, and give a whole number or nothing, whatever the input', () => {
    const numeralish = fc.string({ unit: fc.constantFrom(...'〇○零O一二两三四五六七八九十百千壹贰拾佰仟0123456789０１２、（）() 年月日'), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(anyText, numeralish), (s) => {
        for (const n of [parseChineseNumber(s), parseLabelOrdinal(s)]) {
          if (n !== undefined) expect(Number.isSafeInteger(n) && n >= 0, `${JSON.stringify(s)} → ${n}`).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('Chinese dates', () => {
  const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });

  it('parse back every real date, written in characters or digits', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...ZERO_FORMS), (d, zero) => {
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = d.toISOString().slice(0, 10);
        expect(parseChineseDate(`${digitNumeral(y, zero)}年${countingNumeral(m)}月${countingNumeral(dd)}日`)).toBe(iso);
        expect(parseChineseDate(`${y}年${m}月${dd}日`)).toBe(iso);
      }),
      RUNS,
    );
  });

  it('refuse days a month does not have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(parseChineseDate(`${y}年${m}月${last}日`)).not.toBeUndefined();
        expect(parseChineseDate(`${y}年${m}月${last + 1}日`)).toBeUndefined();
        expect(parseChineseDate(`${digitNumeral(y, '〇')}年${countingNumeral(m)}月${countingNumeral(last + 1)}日`)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('never throw, and give a real ISO date or nothing', () => {
    const dateish = fc.string({ unit: fc.constantFrom(...'〇○零一二三四五六七八九十0123456789年月日 '), maxLength: 14 });
    fc.assert(
      fc.property(fc.oneof(anyText, dateish), (s) => {
        const iso = parseChineseDate(s);
        if (iso !== undefined) {
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(iso);
        }
      }),
      RUNS,
    );
  });
});
