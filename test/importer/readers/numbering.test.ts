// The counters of automatic numbering, in each format Word and LibreOffice
// offer (Word's numFmt names): the label a reader of the notice saw.
import { describe, expect, it } from 'vitest';
import { formatCounter, renderLevelText, toChineseNumber } from '../../../src/importer/readers/numbering.js';

const each = (format: string, ns: readonly number[]) => ns.map((n) => formatCounter(n, format));

describe('Chinese counting numbers', () => {
  it('writes the counting form, one 零 for a run of zeros, 十 alone for ten to nineteen only at the front', () => {
    expect([1, 9, 10, 12, 19, 20, 30, 99].map(toChineseNumber)).toEqual(['一', '九', '十', '十二', '十九', '二十', '三十', '九十九']);
    expect([100, 101, 110, 111, 120, 999].map(toChineseNumber)).toEqual(['一百', '一百零一', '一百一十', '一百一十一', '一百二十', '九百九十九']);
    expect([1000, 1001, 1010, 1100, 2008].map(toChineseNumber)).toEqual(['一千', '一千零一', '一千零一十', '一千一百', '二千零八']);
    expect([10000, 10001, 10010, 10100, 11000, 99999].map(toChineseNumber)).toEqual(['一万', '一万零一', '一万零一十', '一万零一百', '一万一千', '九万九千九百九十九']);
  });

  it('leaves in digits what it has no counting form for: zero, negatives, fractions, a hundred thousand and more', () => {
    expect([0, -3, 1.5, 100000, 123456].map(toChineseNumber)).toEqual(['0', '-3', '1.5', '100000', '123456']);
  });
});

describe('formatCounter', () => {
  it('writes Arabic numbers: plain, zero-padded below ten, fullwidth, in a circle up to twenty, in brackets, with a full stop', () => {
    expect(each('decimal', [1, 10, 123])).toEqual(['1', '10', '123']);
    expect(each('decimalZero', [1, 9, 10, 11])).toEqual(['01', '09', '10', '11']);
    expect(each('decimalFullWidth', [3, 10])).toEqual(['３', '１０']);
    expect(each('decimalFullWidth2', [7, 25])).toEqual(['７', '２５']);
    expect(each('decimalHalfWidth', [7, 25])).toEqual(['7', '25']);
    for (const circle of ['decimalEnclosedCircle', 'decimalEnclosedCircleChinese', 'ideographEnclosedCircle']) {
      expect(each(circle, [1, 2, 10, 19, 20, 21, 0])).toEqual(['①', '②', '⑩', '⑲', '⑳', '(21)', '(0)']);
    }
    expect(each('decimalEnclosedParen', [1, 12])).toEqual(['(1)', '(12)']);
    expect(each('decimalEnclosedFullstop', [1, 12])).toEqual(['1.', '12.']);
    expect(each('ordinal', [2])).toEqual(['2.']);
  });

  it('writes the Chinese forms: counting, financial (大写), digit by digit, stems and branches', () => {
    for (const counting of ['chineseCounting', 'chineseCountingThousand', 'japaneseCounting', 'taiwaneseCounting', 'taiwaneseCountingThousand', 'koreanCounting']) {
      expect(each(counting, [1, 10, 21, 105])).toEqual(['一', '十', '二十一', '一百零五']);
    }
    for (const legal of ['chineseLegalSimplified', 'ideographLegalTraditional']) {
      expect(each(legal, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 105, 1008, 1110])).toEqual([
        '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '拾贰', '贰拾', '壹佰零伍', '壹仟零捌', '壹仟壹佰壹拾',
      ]);
    }
    for (const digital of ['ideographDigital', 'taiwaneseDigital', 'japaneseDigitalTenThousand']) {
      expect(each(digital, [3, 10, 2008, 1956])).toEqual(['三', '一〇', '二〇〇八', '一九五六']);
    }
    expect(each('ideographTraditional', [1, 2, 10, 11, 12])).toEqual(['甲', '乙', '癸', '甲', '乙']);
    expect(each('ideographZodiac', [1, 2, 12, 13])).toEqual(['子', '丑', '亥', '子']);
  });

  it('writes letters a…z, then aa…zz, and Roman numerals, in both cases', () => {
    expect(each('lowerLetter', [1, 2, 26, 27, 28, 52, 53])).toEqual(['a', 'b', 'z', 'aa', 'bb', 'zz', 'aaa']);
    expect(each('upperLetter', [1, 26, 27])).toEqual(['A', 'Z', 'AA']);
    expect(each('lowerRoman', [1, 2, 3, 4, 5, 6, 9, 10, 14, 40, 49, 50, 90, 100, 400, 500, 900, 1000, 1994, 2024])).toEqual([
      'i', 'ii', 'iii', 'iv', 'v', 'vi', 'ix', 'x', 'xiv', 'xl', 'xlix', 'l', 'xc', 'c', 'cd', 'd', 'cm', 'm', 'mcmxciv', 'mmxxiv',
    ]);
    expect(each('upperRoman', [4, 1994])).toEqual(['IV', 'MCMXCIV']);
  });

  it('shows no number for bullets and "none", and digits for a format it does not know', () => {
    expect(formatCounter(1, 'bullet')).toBeUndefined();
    expect(formatCounter(1, 'none')).toBeUndefined();
    expect(formatCounter(7, 'hebrew1')).toBe('7');
  });
});

describe('renderLevelText', () => {
  it('fills each %k with that level’s counter in that level’s format, and keeps the rest of the text', () => {
    expect(renderLevelText('第%1章 第%2节', [2, 3], ['chineseCounting', 'chineseCounting'])).toBe('第二章 第三节');
    expect(renderLevelText('%1.%2.%3', [1, 2, 3], ['decimal', 'lowerLetter', 'lowerRoman'])).toBe('1.b.iii');
    expect(renderLevelText('%9)', [1, 1, 1, 1, 1, 1, 1, 1, 4], Array(9).fill('upperLetter'))).toBe('D)');
    expect(renderLevelText('附件%1', [12], ['decimalFullWidth'])).toBe('附件１２');
  });

  it('shows a level with no counter yet as 1, a level with no format in digits, a bullet level as nothing', () => {
    expect(renderLevelText('%1.%2', [5], ['chineseCounting'])).toBe('五.1');
    expect(renderLevelText('%2', [1, 3], ['decimal'])).toBe('3');
    expect(renderLevelText('%1%2', [1, 2], ['bullet', 'decimal'])).toBe('2');
    expect(renderLevelText('100%0 完成', [1], ['decimal'])).toBe('100%0 完成');
  });
});
