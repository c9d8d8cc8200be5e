import { describe, expect, it } from 'vitest';
import { escapeJsonUnsafe, safeLine, safeLines } from '../../src/render/safe-text.js';
import { displayWidth, wrapText } from '../../src/render/wrap.js';

describe('safe text', () => {
  it('turns control and escape sequences into visible stand-ins', () => {
    expect(safeLine('许可证\u001b[31m红\u0007\u009b2J\u202e')).toBe('许可证␛[31m红␇<U+009B>2J<U+202E>');
    expect(safeLine('a\nb\tc')).toBe('a␊b c');
    expect(safeLines('第一段\n第二段\u001b')).toBe('第一段\n第二段␛');
  });

  it('escapes in JSON what JSON.stringify leaves raw', () => {
    const json = escapeJsonUnsafe(JSON.stringify({ t: '\u001b\u009b\u202e' }));
    expect(json).toBe('{"t":"\\u001b\\u009b\\u202e"}');
    expect(JSON.parse(json)).toEqual({ t: '\u001b\u009b\u202e' });
  });
});

describe('wrapping', () => {
  const text = '承担中央外贸发展基金相关项目的组织评审事宜；与境外贸易促进机构和有关组织开展合作与交流；联系“中国投资开发贸易促进中心”。';

  it('counts CJK as two columns', () => {
    expect(displayWidth('许可证')).toBe(6);
    expect(displayWidth('WTO许可')).toBe(7);
  });

  it('keeps every line within the width and loses no character', () => {
    for (const width of [10, 11, 20, 33, 80]) {
      const lines = wrapText(text, width);
      expect(lines.join('')).toBe(text);
      for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    }
  });

  it('never starts a line with closing punctuation or ends one with an opening quote', () => {
    for (let width = 8; width < 60; width++) {
      const lines = wrapText(text, width);
      for (const l of lines.slice(1)) expect('，。；”）、').not.toContain(l[0]);
      for (const l of lines.slice(0, -1)) expect('“（').not.toContain(l[l.length - 1]);
    }
  });

  it('keeps Latin words whole where they fit', () => {
    expect(wrapText('WTO rules and 许可证 licences', 10)).toEqual(['WTO rules', 'and 许可证', 'licences']);
  });
});
