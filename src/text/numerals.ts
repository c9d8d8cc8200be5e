/** Chinese numerals as these notices write them: 一 … 九十九, 一百二十, 二○○三 digit by digit. */

const DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '◯': 0, '零': 0, 'O': 0, 'o': 0, 'Ｏ': 0, '0': 0,
  '一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
const UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };

/**
 * Parse a Chinese numeral (一, 十二, 二十, 一百零五) or a digit-by-digit one
 * (二○○三), or ASCII/full-width digits. Returns undefined when `text` is not a
 * number.
 */
export function parseChineseNumber(text: string): number | undefined {
  const s = text.trim().replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (s === '') return undefined;
  if (/^[0-9]+$/u.test(s)) return Number(s);
  const chars = [...s];
  if (chars.some((c) => DIGITS[c] === undefined && UNITS[c] === undefined)) return undefined;
  if (chars.every((c) => DIGITS[c] !== undefined)) {
    // Either a single digit or digit-by-digit (二○○三); letters O/o alone are not numbers.
    if (chars.every((c) => c === 'O' || c === 'o')) return undefined;
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let pending: number | undefined;
  let lastUnit = Infinity;
  for (const c of chars) {
    const unit = UNITS[c];
    if (unit === undefined) {
      if (pending !== undefined && DIGITS[c] !== 0) return undefined; // two digits in a row: 二三十
      pending = DIGITS[c] === 0 ? pending : DIGITS[c];
      continue;
    }
    if (unit >= lastUnit) return undefined; // 十百, 十十
    total += (pending ?? (total === 0 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return undefined;
    pending = undefined;
    lastUnit = unit;
  }
  return total + (pending ?? 0);
}

/** The ordinal a numbering label stands for: 一、 → 1, （三） → 3, 2. → 2, (10) → 10, ① → 1, 第三条 → 3. */
export function parseLabelOrdinal(label: string): number | undefined {
  const circled = label.match(/[\u2460-\u2473]/u);
  if (circled) return circled[0].codePointAt(0)! - 0x2460 + 1;
  const core = label.replace(/[\s()（）〔〕[\]［］、.．,，:：]/gu, '').replace(/^第(.+)[条章节]$/u, '$1');
  const n = parseChineseNumber(core);
  return n !== undefined && n > 0 ? n : undefined;
}

/**
 * A date as notices write it, 二○○三年六月二十六日 (zero as 〇, ○, 零 or O) or
 * 2003年6月26日, to ISO 8601. Returns undefined for anything that is not a real
 * calendar date.
 */
export function parseChineseDate(text: string): string | undefined {
  const m = text.trim().match(/^(.{2,4}?)\s*年\s*(.{1,3}?)\s*月\s*(.{1,4}?)\s*日$/u);
  if (!m) return undefined;
  const [year, month, day] = [m[1]!, m[2]!, m[3]!].map(parseChineseNumber);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
