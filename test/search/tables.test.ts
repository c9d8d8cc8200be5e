// The pieces the index is built from: folding a whole corpus at once must give what folding
// text by text gives, and the pinyin table must read characters the way docs/search.md says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctChars, foldForSearch, foldJoined } from '../../src/search/fold.js';
import { letterBit, loadPinyinTable } from '../../src/search/pinyin-table.js';

const code = (ch: string) => ch.charCodeAt(0);

describe('folding a joined corpus', () => {
  const bmp = fc.string({ unit: fc.constantFrom(...'许可證電子政務ＡａＷ（）〔〕“”「」\n 　abcXYZ019〇乾'), maxLength: 40 });

  it('gives the text folded character by character, offsets unchanged, when nothing leaves the BMP', () => {
    fc.assert(
      fc.property(bmp, (text) => {
        expect(foldJoined(text)).toEqual({ folded: foldForSearch(text), sameLength: true });
      }),
      { numRuns: 300 },
    );
    expect(foldJoined('許可證\n（電子）')).toEqual({ folded: '许可证\n(电子)', sameLength: true });
    expect(foldJoined('许可证\nabc')).toEqual({ folded: '许可证\nabc', sameLength: true });
    expect(foldJoined('')).toEqual({ folded: '', sameLength: true });
  });

  it('gives the input back, flagged, when a character is beyond the BMP (the caller then folds text by text)', () => {
    expect(foldJoined('許可證𠀀\n電子')).toEqual({ folded: '許可證𠀀\n電子', sameLength: false });
    expect(foldJoined('😀')).toEqual({ folded: '😀', sameLength: false });
  });

  it('lists the distinct BMP characters of a text, ascending, surrogates left out', () => {
    expect([...distinctChars('证许可证\n许')]).toEqual([0x0a, code('许'), code('可'), code('证')].sort((a, b) => a - b));
    expect([...distinctChars('a𠀀b\ud7ff\ue000')]).toEqual([code('a'), code('b'), 0xd7ff, 0xe000]);
    expect([...distinctChars('')]).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const units = [...new Set([...text].flatMap((ch) => (ch.length === 1 && !/[\ud800-\udfff]/.test(ch) ? [ch.charCodeAt(0)] : [])))];
        expect([...distinctChars(text)]).toEqual(units.sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the pinyin table', () => {
  it('reads lower-case ASCII letters and digits as themselves', async () => {
    const table = await loadPinyinTable();
    for (const ch of 'az09m5') expect(table.of(code(ch))).toEqual([ch]);
  });

  it('has no reading for other characters outside the CJK blocks, nor for surrogates', async () => {
    const table = await loadPinyinTable();
    for (const ch of 'AZ`{/:@，。、（）\u2e7f') expect(table.of(code(ch))).toBeNull();
    for (const c of [0xd800, 0xdbff, 0xdc00, 0xdfff]) expect(table.of(c)).toBeNull();
  });

  it('gives every toneless reading of a polyphone, and ü both as v and as u', async () => {
    const table = await loadPinyinTable();
    expect(table.of(code('调'))).toEqual(expect.arrayContaining(['tiao', 'diao']));
    expect(table.of(code('许'))).toEqual(['xu', 'hu']);
    expect(table.of(code('绿'))).toEqual(expect.arrayContaining(['lv', 'lu']));
    expect(table.of(code('女'))).toEqual(['nv', 'nu', 'ru']);
    expect(table.of(code('证'))).toEqual(['zheng']);
    // Readings are letters only: no tone marks, digits or ü.
    for (const ch of '调许绿女证西安行') for (const r of table.of(code(ch))!) expect(r).toMatch(/^[a-z]+$/);
  });

  it('marks which letters a character’s readings start with', async () => {
    const table = await loadPinyinTable();
    expect(table.startMask(code('调')) & letterBit(code('t'))).not.toBe(0);
    expect(table.startMask(code('调')) & letterBit(code('d'))).not.toBe(0);
    expect(table.startMask(code('调')) & letterBit(code('x'))).toBe(0);
    expect(table.startMask(code('7')) & letterBit(code('3'))).not.toBe(0);
    expect(table.startMask(code('。')) & (letterBit(code('a')) | letterBit(code('1')))).toBe(0);
    expect(letterBit(code('a'))).toBe(1);
    expect(letterBit(code('z'))).toBe(1 << 25);
    expect(letterBit(code('0'))).toBe(letterBit(code('9')));
    expect(letterBit(code('0'))).not.toBe(0);
    expect(letterBit(code('0')) & ((1 << 26) - 1)).toBe(0);
    for (const ch of '`{/:AZ。') expect(letterBit(code(ch))).toBe(0);
  });
});
