import { describe, expect, it } from 'vitest';
import { parseChineseDate, parseChineseNumber, parseLabelOrdinal } from '../../src/text/numerals.js';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20], ['二十六', 26], ['九十九', 99],
    ['一百', 100], ['一百零五', 105], ['一百二十', 120], ['二○○三', 2003], ['二〇〇三', 2003], ['二零零三', 2003],
    ['２００３', 2003], ['17', 17], ['两千零一', 2001],
  ])('%s = %d', (text, n) => expect(parseChineseNumber(text)).toBe(n));

  it.each(['', '十十', '二三十', '百十', 'abc', '第一', 'OO'])('%j is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });

  it.each([
    ['一、', 1], ['十、', 10], ['（一）', 1], ['（十二）', 12], ['1.', 1], ['（3）', 3], ['(10)', 10], ['②', 2], ['〔四〕', 4], ['第三条', 3], ['第二十一条', 21],
  ])('label %s is item %d', (label, n) => expect(parseLabelOrdinal(label)).toBe(n));
});

describe('Chinese dates', () => {
  it.each([
    ['二○○三年六月二十六日', '2003-06-26'],
    ['二〇〇三年六月二十六日', '2003-06-26'],
    ['二零零三年六月二十六日', '2003-06-26'],
    ['二OO三年六月二十六日', '2003-06-26'],
    ['2003年6月26日', '2003-06-26'],
    ['二○二四年二月二十九日', '2024-02-29'],
    ['二○一八年十二月三十一日', '2018-12-31'],
  ])('%s → %s', (text, iso) => expect(parseChineseDate(text)).toBe(iso));

  it.each(['二○二三年二月二十九日', '二○○三年十三月一日', '二○○三年六月', '六月二十六日', '二○○三年六月三十一日'])('%s is not a date', (text) => {
    expect(parseChineseDate(text)).toBeUndefined();
  });
});
