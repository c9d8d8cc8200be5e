import { describe, expect, it } from 'vitest';
import { comparableText, comparisonKey } from '../../src/text/comparable.js';

describe('comparable text', () => {
  it('folds away width, brackets, quotes, spaces, a typed-in number and traditional characters', () => {
    const key = comparisonKey('负责“中国贸易指南”的日常运营，承办商办发〔2003〕9号交办的事项。');
    for (const variant of [
      '负责「中国贸易指南」的日常运营,承办商办发［2003］9号交办的事项。',
      '负责"中国贸易指南"的日常运营，承办商办发[２００３]９号交办的事项。',
      '负责“中国贸易指南”的日常运营，承办商办发〔2003〕9号交办的事项。',
      '負責“中國貿易指南”的日常運營，承辦商辦發〔2003〕9號交辦的事項。',
      '六、负责“中国贸易指南”的日常运营，承办商办发〔2003〕9号交办的事项。',
      '（六）负责“中国贸易指南”的日常运营，承办商办发〔2003〕9号交办的事项。',
      '6. 负责“中国贸易指南”的日常运营，承办商办发〔2003〕9号交办的事项。',
    ]) {
      expect(comparisonKey(variant), variant).toBe(key);
    }
  });

  it('keeps what is a real difference: other words, other punctuation, a number that is content', () => {
    const key = comparisonKey('负责“中国贸易指南”的日常运营。');
    expect(comparisonKey('负责“中国投资指南”的日常运营。')).not.toBe(key);
    expect(comparisonKey('负责《中国贸易指南》的日常运营。')).not.toBe(key);
    expect(comparisonKey('1.5倍')).toBe('1.5倍');
    expect(comparisonKey('十分重要')).toBe('十分重要');
  });

  it('remembers where each kept character stood in the original', () => {
    const text = '（一）ＷＴＯ　規則';
    const { chars, at } = comparableText(text);
    expect(chars.join('')).toBe('wto规则');
    const points = [...text];
    expect(at.map((i) => points[i])).toEqual(['Ｗ', 'Ｔ', 'Ｏ', '規', '則']);
  });
});
