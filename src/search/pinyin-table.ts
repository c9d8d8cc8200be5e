/**
 * Pinyin readings per character, computed with pinyin-pro the first time a
 * character is looked at and cached by its UTF-16 code unit: an index aligned
 * to the characters of every text, paid for only when a query needs pinyin.
 * Every reading of a polyphone is kept (调: tiao, diao), because readings
 * taken one character at a time disagree with the contextual ones on about
 * 0.7% of characters; accepting all of them finds 调研 under both.
 */
type ReadAll = (ch: string) => string[];

const DIGIT_BIT = 1 << 26;
const KNOWN_BIT = 1 << 30;

export class PinyinTable {
  private readonly readings: (readonly string[] | null)[] = new Array(0x10000);
  /** Bit i set: some reading starts with letter a+i (bit 26: a digit); KNOWN_BIT: computed. */
  private readonly starts = new Uint32Array(0x10000);

  constructor(private readonly readAll: ReadAll) {}

  /** Toneless readings of a BMP character (ü as v), the character itself for ASCII letters and digits, else null. */
  of(code: number): readonly string[] | null {
    let r = this.readings[code];
    if (r === undefined) {
      r = this.compute(code);
      this.readings[code] = r;
    }
    return r;
  }

  /** Bit mask of the first letters of a character's readings (see letterBit). */
  startMask(code: number): number {
    let m = this.starts[code]!;
    if (m === 0) {
      m = KNOWN_BIT;
      for (const r of this.of(code) ?? []) m |= letterBit(r.charCodeAt(0));
      this.starts[code] = m;
    }
    return m;
  }

  private compute(code: number): readonly string[] | null {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return [String.fromCharCode(code)];
    if (code < 0x2e80 || (code >= 0xd800 && code <= 0xdfff)) return null;
    const list = this.readAll(String.fromCharCode(code)).filter((p) => /^[a-zv]+$/.test(p));
    // ü is typed v or u (nv, nu for 女).
    const typed = list.flatMap((p) => (p.includes('v') ? [p, p.replace(/v/g, 'u')] : [p]));
    return typed.length > 0 ? [...new Set(typed)] : null;
  }
}

export function letterBit(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 1 << (code - 0x61);
  if (code >= 0x30 && code <= 0x39) return DIGIT_BIT;
  return 0;
}

let loading: Promise<PinyinTable> | undefined;

/** The shared table; pinyin-pro is imported on first use only (it costs ~70 ms to load and warm up). */
export function loadPinyinTable(): Promise<PinyinTable> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => {
    const readAll: ReadAll = (ch) => pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true });
    return new PinyinTable(readAll);
  });
  return loading;
}
