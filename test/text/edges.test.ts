// Edges the mutation run (npm run mutation -- text) found untested: every
// folding table entry, range bounds, malformed numerals and dates, anchors.
import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../../src/text/comparable.js';
import { foldChar, foldText } from '../../src/text/fold.js';
import { parseChineseDate, parseChineseNumber, parseLabelOrdinal } from '../../src/text/numerals.js';
import { toSimplified } from '../../src/text/simplify.js';
import { simplifiedChar, simplifiedText } from '../../src/text/traditional.js';

describe('foldChar: every entry and bound', () => {
  it('folds each bracket, quote and zero of its table', () => {
    expect(foldText('〔〕［］【】〖〗（）｛｝')).toBe('[][][][](){}');
    expect(foldText('“”„＂‘’＇「」『』')).toBe('""""\'\'\'""""');
    expect(foldText('〇○◯')).toBe('〇〇〇');
  });

  it('turns each kind of space into an ASCII space', () => {
    expect(foldText('\u3000\u00a0\u2002\u2003\u2009\u202f\t')).toBe('       ');
    expect(foldText('\u2004')).toBe('\u2004'); // not on the list: kept
  });

  it('maps the whole full-width ASCII block, and nothing beside it', () => {
    expect([foldChar('！'), foldChar('～'), foldChar('Ａ'), foldChar('ｚ')]).toEqual(['!', '~', 'a', 'z']);
    expect([foldChar('\uff00'), foldChar('｟')]).toEqual(['\uff00', '｟']);
  });

  it('lower-cases beyond ASCII only where the lower case is one code point', () => {
    expect([foldChar('A'), foldChar('Ä'), foldChar('Ω')]).toEqual(['a', 'ä', 'ω']);
    expect(foldChar('İ')).toBe('İ'); // its lower case is i + a combining dot: two code points
  });
});

describe('numerals: what is not a number', () => {
  it('trims, and refuses letters O alone and a unit that does not fall', () => {
    expect(parseChineseNumber(' 十二 ')).toBe(12);
    for (const bad of ['o', 'oo', 'O', '二十二十', '二十三百', '一百二百', '十十']) expect(parseChineseNumber(bad), bad).toBeUndefined();
  });

  it('an ordinal is positive', () => {
    expect(parseLabelOrdinal('〇、')).toBeUndefined();
    expect(parseLabelOrdinal('（零）')).toBeUndefined();
    expect(parseLabelOrdinal('第十二条')).toBe(12);
  });

  it('a date is the whole text, with a year, a month from 1 to 12 and a day from 1', () => {
    expect(parseChineseDate(' 2003年6月26日 ')).toBe('2003-06-26');
    for (const bad of ['于2003年6月26日', '2003年6月26日印发', 'XX年6月26日', '2003年X月26日', '2003年6月X日', '999年1月1日', '2003年0月1日', '2003年1月0日', '2003年13月1日']) {
      expect(parseChineseDate(bad), bad).toBeUndefined();
    }
  });
});

describe('comparable text: only a leading number is dropped', () => {
  it('drops 一、 (一) 1. ① and their spaced and longer forms at the start, nothing inside', () => {
    for (const text of ['一、负责', '（ 一 ）负责', '（十二）负责', '十二、负责', '一 、负责', '12.负责', '①负责']) expect(comparisonKey(text), text).toBe('负责');
    expect(comparisonKey('承担1、任务')).toBe('承担1、任务');
  });
});

describe('traditional → simplified', () => {
  it('folds one character at a time, keeping every other character and the length', () => {
    expect(simplifiedChar('許')).toBe('许');
    expect(simplifiedChar('a')).toBe('a');
    expect(simplifiedText('許可證 ABC（一）')).toBe('许可证 ABC（一）');
    expect(simplifiedText('電子政務')).toBe('电子政务');
  });

  it("toSimplified applies OpenCC's phrase rules where they keep the length", () => {
    expect(toSimplified('許可證')).toBe('许可证');
    expect(toSimplified('乾隆')).toBe('乾隆'); // 乾 alone would be 干
    expect(simplifiedText('乾隆')).toBe('干隆');
  });
});
