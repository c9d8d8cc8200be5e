/**
 * Bytes of a notice → text. Notices come as UTF-8 (with or without a BOM),
 * UTF-16 with a BOM, or GB18030/GBK (what Chinese Windows and many government
 * sites still save). UTF-8 is tried strictly first: GB18030 text is almost
 * never valid UTF-8. The GB18030 decoder accepts nearly any bytes, so its
 * result is checked for being plausible Chinese text before it is believed.
 */
import { UserError } from '../errors.js';

/** The part of iconv-lite the importer uses; the CLI loads iconv-lite lazily and passes it in. */
export interface Decoder {
  decode(bytes: Uint8Array, encoding: string): string;
  encodingExists(encoding: string): boolean;
}

export interface DecodedNotice {
  readonly text: string;
  /** The encoding used: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, or the one given. */
  readonly encoding: string;
}

/** Share of characters that ordinary Chinese text is made of: ideographs, CJK and full-width punctuation, ASCII. */
export function chineseTextScore(text: string): { ratio: number; ideographs: number } {
  let good = 0;
  let total = 0;
  let ideographs = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    total++;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      ideographs++;
      good++;
    } else if (
      (cp >= 0x20 && cp < 0x7f) || cp === 0x0a || cp === 0x0d || cp === 0x09 ||
      (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) ||
      (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x2460 && cp <= 0x24ff) || cp === 0xa0 || cp === 0xb7 || cp === 0x25cb
    ) {
      good++;
    }
  }
  return { ratio: total === 0 ? 1 : good / total, ideographs };
}

function plausible(text: string): boolean {
  if (text.includes('\ufffd')) return false;
  const { ratio, ideographs } = chineseTextScore(text);
  return ideographs > 0 && ratio >= 0.95;
}

/**
 * Decode a notice. With `encoding`, that encoding is used as told; otherwise
 * it is detected. `name` names the input in messages.
 */
export function decodeNotice(bytes: Uint8Array, name: string, decoder: Decoder, encoding?: string): DecodedNotice {
  if (encoding !== undefined) {
    if (!decoder.encodingExists(encoding)) {
      throw new UserError(`unknown encoding "${encoding}" (try utf-8, gb18030, gbk, big5, utf-16le)`);
    }
    const text = decoder.decode(bytes, encoding).replace(/^\ufeff/u, '');
    // A decoder told the wrong encoding turns bad bytes into U+FFFD: say so, rather than import mojibake.
    if (text.includes('\ufffd')) {
      throw new UserError(`${name}: not valid ${encoding} (bytes that do not decode); check --encoding, or leave it out to detect UTF-8 and GB18030`);
    }
    return { text, encoding: encoding.toLowerCase() };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), name), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decoder.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decoder.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new UserError(`${name}: binary data, not a text file (give --encoding if it is UTF-16 without a BOM)`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = decoder.decode(bytes, 'gb18030');
    if (plausible(text)) return { text, encoding: 'gb18030' };
    throw new UserError(`${name}: neither UTF-8 nor GB18030 Chinese text; give its encoding with --encoding NAME (e.g. big5)`);
  }
}

function strictUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(`${name}: starts with a UTF-8 byte-order mark but is not valid UTF-8`);
  }
}
