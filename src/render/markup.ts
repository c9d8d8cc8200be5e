/**
 * What the HTML and SVG renderers share: escaping corpus text for markup,
 * measuring text without a browser, and the one-file page shell whose
 * Content-Security-Policy forbids every network request (so a page that
 * opens offline cannot be made to fetch anything, even by corpus text).
 */
import { displayWidth } from './wrap.js';

// Characters XML 1.0 does not allow at all (C0 but tab/LF/CR, lone surrogates, U+FFFE/FFFF), and
// those that are allowed but would be invisible tricks in a reader's view (C1, bidi overrides).
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

function standIn(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Corpus text as element content or an attribute value (double or single quoted), in HTML and XML alike. */
export function escapeMarkup(text: string): string {
  return text.replace(XML_FORBIDDEN, standIn).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** JSON inside a <script> element: nothing in it can close the element or open a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The width text takes at `fontSize` px, estimated without a browser: a wide
 * character (CJK, full-width punctuation) takes one em, anything else
 * somewhat more than half (0.62 em covers sans-serif digits and capitals).
 * Estimates are on the generous side so that text is never clipped.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    em += w === 2 ? 1 : w === 1 ? 0.62 : 0;
  }
  return em * fontSize;
}

/** Fonts a Chinese page asks for, none of them fetched: the reader's own CJK fonts, then whatever sans-serif there is. */
export const CJK_SANS = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif`;
export const CJK_SERIF = `"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif`;
export const CJK_FANGSONG = `FangSong, "FangSong_GB2312", STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif`;

export interface PageOptions {
  readonly lang: 'zh' | 'en';
  readonly title: string;
  /** The stylesheet, inline. */
  readonly style: string;
  readonly body: string;
  /** A script, inline; none when the page needs none. */
  readonly script?: string;
}

/**
 * One self-contained HTML page. The Content-Security-Policy allows inline
 * style and script and data: images only, so the browser refuses any request
 * to the network or to other files.
 */
export function renderPage(options: PageOptions): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.lang === 'zh' ? 'zh-Hans' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(options.title)}</title>`,
    `<style>${options.style}</style>`,
    '</head>',
    '<body>',
    options.body,
    options.script === undefined ? '' : `<script>${options.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
