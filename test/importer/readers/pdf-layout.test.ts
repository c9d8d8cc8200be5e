// The PDF layout rules on text pieces placed as real notices place them
// (A4, 16 pt body text, 2-character first-line indents, folios at the foot).
import { describe, expect, it } from 'vitest';
import { layoutPdf, repairSpaces, type PdfPage, type TextPiece } from '../../../src/importer/readers/pdf-layout.js';

const LEFT = 80;
const SIZE = 16;
/** A line of body text: `indent` characters in, at baseline y; its width is one em a character. */
const line = (str: string, y: number, indent = 0, size = SIZE): TextPiece => ({ str, x: LEFT + indent * size, y, width: [...str].length * size, size });
const page = (...pieces: TextPiece[]): PdfPage => ({ width: 595, height: 842, pieces });

describe('layoutPdf', () => {
  it('joins a paragraph the width broke, keeps indented lines as new paragraphs, drops folios', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六'; // 26 characters: the full measure
    const { text, dropped } = layoutPdf([
      page(
        line('二、承担部机关委托管理的服务性、事务性较强的后勤行', 700, 2),
        line('政管理职能，与部机关签订并履行委托协议。', 670),
        line('（一）部机关计划生育。', 640, 2),
        line(full, 610),
        line(full, 580),
        line('— 1 —', 60, 11),
      ),
    ]);
    expect(text.split('\n')).toEqual([
      '\u3000\u3000二、承担部机关委托管理的服务性、事务性较强的后勤行政管理职能，与部机关签订并履行委托协议。',
      '\u3000\u3000（一）部机关计划生育。',
      full + full,
    ]);
    expect(dropped).toEqual([]);
  });

  it('joins across pages, and drops a running header repeated at the same height', () => {
    const { text, dropped } = layoutPdf([
      page(line('某某规定', 790, 10, 10), line('一、负责机关日常运转工作，承担信息、安全、保密、信访、政务公', 700, 2), line('- 1 -', 60, 12)),
      page(line('某某规定', 790, 10, 10), line('开等工作。', 700), line('- 2 -', 60, 12)),
    ]);
    expect(text).toBe('\u3000\u3000一、负责机关日常运转工作，承担信息、安全、保密、信访、政务公开等工作。');
    expect(dropped).toEqual(['某某规定', '某某规定']);
  });

  it('puts pieces on one baseline in order, with a space only where the page has a wide gap or Latin words', () => {
    const pieces: TextPiece[] = [
      { str: '11', x: 200, y: 500, width: 16, size: SIZE },
      { str: '（国发〔2008〕', x: 80, y: 500.4, width: 112, size: SIZE },
      { str: '号）', x: 220, y: 500, width: 32, size: SIZE },
      { str: 'WTO', x: 260, y: 500, width: 30, size: SIZE },
      { str: 'rules', x: 294, y: 500, width: 40, size: SIZE },
    ];
    expect(layoutPdf([page(...pieces)]).text).toBe('（国发〔2008〕11号）WTO rules');
  });
});

describe('repairSpaces', () => {
  it('removes the spaces extraction puts between ideographs and next to numbers, keeping real ones', () => {
    expect(repairSpaces('商务部 设 3 个内设机构')).toBe('商务部设3个内设机构');
    expect(repairSpaces('国办发〔2008〕 60 号')).toBe('国办发〔2008〕60号');
    expect(repairSpaces('中华人民共和国商务部 二○○三年六月二十六日')).toBe('中华人民共和国商务部 二○○三年六月二十六日');
    expect(repairSpaces('World Trade Organization 世界贸易组织')).toBe('World Trade Organization 世界贸易组织');
  });
});
