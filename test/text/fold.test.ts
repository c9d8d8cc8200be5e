import { describe, expect, it } from 'vitest';
import { foldText, nameKey } from '../../src/text/fold.js';

describe('folding', () => {
  it('folds width, spaces, brackets, quotes and case one code point for one', () => {
    expect(foldText('ＷＴＯ\u3000规则〔2003〕［9］“指南”')).toBe('wto 规则[2003][9]"指南"');
    expect(foldText('商办发［2003］9号')).toBe(foldText('商办发〔2003〕9号'));
    for (const s of ['ＷＴＯ\u3000规则', '𠀀ab（）', 'İstanbul']) expect([...foldText(s)].length).toBe([...s].length);
  });

  it('compares names without punctuation, brackets or spaces', () => {
    expect(nameKey('投资促进中心（投资促进事务局）')).toBe(nameKey('投资促进中心 投资促进事务局'));
  });
});
