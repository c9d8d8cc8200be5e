import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textChanges } from '../../src/diff/char-changes.js';

describe('textChanges', () => {
  it('marks the changed characters of a reworded duty on the original texts', () => {
    expect(textChanges('负责“中国贸易指南”的日常运营并向企业提供信息资料。', '负责“中国贸易指南”网站的日常运营和维护，并向企业提供信息资料。')).toEqual([
      { op: 'equal', a: '负责“中国贸易指南”', b: '负责“中国贸易指南”' },
      { op: 'insert', a: '', b: '网站' },
      { op: 'equal', a: '的日常运营', b: '的日常运营' },
      { op: 'insert', a: '', b: '和维护，' },
      { op: 'equal', a: '并向企业提供信息资料。', b: '并向企业提供信息资料。' },
    ]);
  });

  it('does not report width, brackets, spaces or traditional characters as changes, but keeps both originals', () => {
    expect(textChanges('承办商办发〔2003〕9号交办的事项。', '承辦商辦發［２００３］９號　交辦的事項。')).toEqual([
      { op: 'equal', a: '承办商办发〔2003〕9号交办的事项。', b: '承辦商辦發［２００３］９號　交辦的事項。' },
    ]);
  });

  it('keeps a typed-in number and spaces with the run beside them, unmarked', () => {
    expect(textChanges('一、负责对外贸易统计 ', '（二）负责对外经济统计')).toEqual([
      { op: 'equal', a: '一、负责对外', b: '（二）负责对外' },
      { op: 'delete', a: '贸易', b: '' },
      { op: 'insert', a: '', b: '经济' },
      { op: 'equal', a: '统计 ', b: '统计' },
    ]);
    expect(textChanges('负责统计', '　 负责统计工作')).toEqual([
      { op: 'equal', a: '负责统计', b: '　 负责统计' },
      { op: 'insert', a: '', b: '工作' },
    ]);
  });

  it('gives a whole text as one delete or insert against nothing', () => {
    expect(textChanges('承办援外项目招标工作。', '')).toEqual([{ op: 'delete', a: '承办援外项目招标工作。', b: '' }]);
    expect(textChanges('', '承办援外项目招标工作。')).toEqual([{ op: 'insert', a: '', b: '承办援外项目招标工作。' }]);
    expect(textChanges('　', '')).toEqual([{ op: 'delete', a: '　', b: '' }]);
    expect(textChanges('', '　')).toEqual([{ op: 'insert', a: '', b: '　' }]);
  });

  it('gives texts with nothing comparable in them (a number alone) as a delete and an insert', () => {
    expect(textChanges('一、', '（一）')).toEqual([
      { op: 'delete', a: '一、', b: '' },
      { op: 'insert', a: '', b: '（一）' },
    ]);
  });

  it('always rebuilds both originals from the steps, each run once', () => {
    const text = fc.string({ unit: fc.constantFrom(...'负责中國国贸易指南“”〔〕［］（一）、，。 　１2ＡaB𠀀'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const steps = textChanges(a, b);
        expect(steps.map((s) => s.a).join('')).toBe(a);
        expect(steps.map((s) => s.b).join('')).toBe(b);
        for (const s of steps) {
          if (s.op === 'delete') expect(s.b).toBe('');
          if (s.op === 'insert') expect(s.a).toBe('');
          // No empty step, and no two steps in a row of one kind: a reader sees each run once.
          expect(s.a + s.b).not.toBe('');
        }
        for (let i = 1; i < steps.length; i++) expect(steps[i]!.op).not.toBe(steps[i - 1]!.op);
      }),
      { numRuns: 500 },
    );
  });
});
