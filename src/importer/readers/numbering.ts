/**
 * Automatic numbering as a word processor shows it. A .docx or .odt stores a
 * list item's number as a counter and a format (Word: numFmt chineseCounting
 * with lvlText "（%1）"; LibreOffice: num-format "一, 二, 三, ..." with prefix
 * "（" and suffix "）"); the label the reader of the notice saw is rebuilt here
 * so the import pipeline sees 一、 and （一） just as in a typed copy.
 */

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 110 → 一百一十 (the counting form Word's chineseCounting shows). */
export function toChineseNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n <= 0 || !Number.isInteger(n) || n >= 100000) return String(n);
  const units = ['', '十', '百', '千', '万'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((v, i) => {
    const unit = units[ds.length - 1 - i]!;
    // The first digit is never 0: a zero always follows a written digit.
    if (v === 0) {
      zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += d[v] + unit;
  });
  // 一十 → 十 at the front (10–19).
  return out.startsWith('一十') ? out.slice(1) : out;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function letters(n: number): string {
  // Word's lowerLetter: a…z, then aa…zz, aaa…
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** 壹拾贰 style (chineseLegalSimplified), from the ordinary counting form. */
function legal(n: number): string {
  return toChineseNumber(n)
    .replace(/[零一二三四五六七八九]/gu, (d) => LEGAL_DIGITS['零一二三四五六七八九'.indexOf(d)]!)
    .replace(/十/gu, '拾')
    .replace(/百/gu, '佰')
    .replace(/千/gu, '仟');
}

/** Digit by digit (ideographDigital): 10 → 一〇. */
function digits(n: number): string {
  return String(n).replace(/\d/gu, (d) => '〇一二三四五六七八九'[Number(d)]!);
}

/**
 * A counter in one of the formats word processors offer, by Word's numFmt
 * names (ODF's num-format values are mapped to these by the .odt reader).
 * `undefined` for bullets and "none": those show no number.
 */
export function formatCounter(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1] : `(${n})`;
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return toChineseNumber(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return legal(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return digits(n);
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10];
    case 'ideographZodiac':
      return BRANCHES[(n - 1) % 12];
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'ordinal':
      return `${n}.`;
    case 'bullet':
    case 'none':
      return undefined;
    default:
      // decimal, decimalHalfWidth, and the formats with no Chinese use (hebrew1, arabicAlpha…): digits.
      return String(n);
  }
}

/** Word's level text ("（%1）", "%1.%2", "第%1条") with each %k replaced by that level's counter in its format. */
export function renderLevelText(levelText: string, counters: readonly number[], formats: readonly string[]): string {
  return levelText.replace(/%([1-9])/gu, (_, k: string) => {
    const level = Number(k) - 1;
    return formatCounter(counters[level] ?? 1, formats[level] ?? 'decimal') ?? '';
  });
}
