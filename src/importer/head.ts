/**
 * The head of a notice: title, document number (发文字号), recipients (主送),
 * body, attachment reference, issuer and date. Each is recognised by what it
 * looks like, wherever the source's line breaks put it.
 */
import { parseChineseDate } from '../text/numerals.js';
import { toSimplified } from '../text/simplify.js';
import { isHeadingLike, trimBlanks, type Segment } from './segment.js';

export interface DocumentNumber {
  /** As printed: 商办发［2003］9号. */
  readonly printed: string;
  /** With 〔〕 around the year and ASCII digits: 商办发〔2003〕9号. */
  readonly normalized: string;
  /** The issuer's code: 商办发. */
  readonly prefix: string;
  readonly year: string;
  readonly serial: string;
}

const DIGIT = '[0-9０-９]';
const NUMBER_RE = new RegExp(
  `([\\u3400-\\u9fff]{1,12})\\s*[〔［\\[【(（〖]\\s*(${DIGIT}{4})\\s*[〕］\\]】)）〗]\\s*(${DIGIT}{1,5})\\s*([号號])`,
  'u',
);
const ZERO_TO_NINE = '[〇○◯零OoＯ0-9０-９一二三四五六七八九十]';
const DATE_RE = new RegExp(`(${ZERO_TO_NINE}{4}\\s*年\\s*${ZERO_TO_NINE}{1,3}\\s*月\\s*${ZERO_TO_NINE}{1,3}\\s*日)$`, 'u');
/** 附件 as a reference (附件：如文) or as the start of the attachment (附 件：, 附件1). */
const ATTACHMENT_RE = /^(附\s*件)\s*([0-9０-９一二三四五六七八九十]*)\s*[：:]?\s*(.*)$/u;

function asciiDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function findDocumentNumber(text: string): (DocumentNumber & { index: number }) | undefined {
  const m = text.match(NUMBER_RE);
  if (!m) return undefined;
  const [printed, prefix, year, serial, hao] = m as unknown as [string, string, string, string, string];
  const y = asciiDigits(year);
  const n = asciiDigits(serial);
  return { printed, normalized: `${prefix}〔${y}〕${n}${hao}`, prefix, year: y, serial: n, index: m.index! };
}

/** A date at the end of `text` (二○○三年六月二十六日, 2003年6月26日), with what precedes it. */
export function findTrailingDate(text: string): { dateText: string; before: string; iso?: string } | undefined {
  const m = text.match(DATE_RE);
  if (!m) return undefined;
  const dateText = m[1]!;
  const iso = parseChineseDate(dateText);
  return { dateText, before: trimBlanks(text.slice(0, m.index)), ...(iso ? { iso } : {}) };
}

export function matchAttachment(text: string): { label: string; rest: string } | undefined {
  const m = text.match(ATTACHMENT_RE);
  if (!m) return undefined;
  return { label: m[1]!.replace(/\s+/gu, '') + m[2]!, rest: m[3]! };
}

/**
 * A document number heads a notice on a line of its own (商办发［2003］9号, or
 * （国办发〔2008〕60号） as law databases print it), or after the title with
 * blanks between. One cited inside a sentence (《国务院关于机构设置的通知》
 * （国发〔2008〕11号）) is another document's. Returns the text around it.
 */
function numberStandsAlone(text: string, num: DocumentNumber & { index: number }): { before: string; after: string } | undefined {
  let before = trimBlanks(text.slice(0, num.index));
  let after = trimBlanks(text.slice(num.index + num.printed.length));
  if (/[（(]$/u.test(before) && /^[）)]/u.test(after)) {
    // `before` is trimmed: without its bracket it is empty or ends in text.
    before = before.slice(0, -1);
    after = trimBlanks(after.slice(1));
    // Brackets around a number that follows other text: a citation.
    if (before !== '') return undefined;
  }
  if (before !== '' && (!isHeadingLike(before, 120) || /[》」』”"]$/u.test(before))) return undefined;
  return { before, after };
}

/** A body that issues documents: …人民政府, …办公厅, 商务部, …委员会. */
const ORGAN = /(?:人民政府|政府|办公厅|办公室|委员会|部|局|院|署|厅|委|会|行|中心)$/u;

/** Does a line end the way a document's title does (…的通知, …编制规定, …主要职能)? */
export function isDocumentTitle(text: string): boolean {
  return /(?:通知|规定|决定|办法|意见|批复|函|通报|公告|命令|令|条例|细则|方案|规则|职能|职责)$/u.test(toSimplified(text));
}

export interface Head {
  title?: string;
  titleLine?: number;
  number?: DocumentNumber;
  recipients?: string[];
  body: string[];
  issuer?: string;
  dateText?: string;
  date?: string;
  attachmentReference?: { label: string; text: string };
  warnings: { line: number; message: string }[];
}

/**
 * Read the head segments (everything before the units). The title comes first
 * (a web copy often repeats it: the repeat is dropped); then, in any order the
 * source uses, the number, the recipients (ending with ：), the body, the
 * attachment reference, the issuer and the date.
 */
export function readHead(segments: readonly Segment[]): Head {
  const head: Head = { body: [], warnings: [] };
  const rest: Segment[] = [];
  // Split the document number out of whatever segment holds it.
  for (const seg of segments) {
    const num = head.number === undefined && !seg.label ? findDocumentNumber(seg.text) : undefined;
    const placed = num ? numberStandsAlone(seg.text, num) : undefined;
    if (!num || !placed) {
      rest.push(seg);
      continue;
    }
    head.number = num;
    const { before, after } = placed;
    if (before) rest.push({ ...seg, text: before });
    if (after) rest.push({ ...seg, text: after.replace(/^[，,]/u, '') });
  }
  let i = 0;
  let bylineIssuer: string | undefined;
  // A site's name above the title (某某市机构编制网): short lines before the first one that reads as a title.
  const k = rest.findIndex((seg, n) => n <= 3 && !seg.label && isHeadingLike(seg.text, 120) && isDocumentTitle(seg.text));
  if (k > 0 && rest.slice(0, k).every((seg) => !seg.label && isHeadingLike(seg.text, 20))) {
    for (const seg of rest.slice(0, k)) head.warnings.push({ line: seg.line, message: `text before the title is not imported: “${seg.text}”` });
    i = k;
  }
  const titleSeg = rest[i];
  if (titleSeg && !titleSeg.label && isHeadingLike(titleSeg.text, 120)) {
    head.title = titleSeg.text;
    head.titleLine = titleSeg.line;
    i++;
    while (rest[i] && rest[i]!.text === head.title) i++;
    // Law sites print title / issuer / title again (济南市…规定 / 山东省济南市人民政府 / 济南市…规定).
    const again = rest.findIndex((seg, n) => n > i && n <= i + 2 && !seg.label && seg.text === head.title);
    if (again > i) {
      const between = rest.slice(i, again);
      if (between.length === 1 && isHeadingLike(between[0]!.text, 30) && ORGAN.test(toSimplified(between[0]!.text))) bylineIssuer = between[0]!.text;
      if (between.every((seg) => isHeadingLike(seg.text, 30))) i = again + 1;
    }
  }
  // The date closes the head; the issuer is the text before it on its line, or the line above.
  let dateAt = -1;
  for (let k = rest.length - 1; k >= i; k--) {
    const found = findTrailingDate(rest[k]!.text);
    if (found && [...found.before].length <= 40) {
      dateAt = k;
      head.dateText = found.dateText;
      if (found.iso) head.date = found.iso;
      else head.warnings.push({ line: rest[k]!.line, message: `the date “${found.dateText}” is not a calendar date; kept as printed, no ISO date` });
      if (found.before) head.issuer = found.before;
      break;
    }
  }
  for (const after of dateAt >= 0 ? rest.slice(dateAt + 1) : []) {
    head.warnings.push({ line: after.line, message: `text after the date is not imported: “${after.text}”` });
  }
  let end = dateAt >= 0 ? dateAt : rest.length;
  if (dateAt >= 0 && head.issuer === undefined && end > i) {
    const above = rest[end - 1]!;
    if (!above.label && isHeadingLike(above.text, 40) && !matchAttachment(above.text)) {
      head.issuer = above.text;
      end--;
    }
  }
  if (head.issuer === undefined && bylineIssuer !== undefined) head.issuer = bylineIssuer;
  for (; i < end; i++) {
    const seg = rest[i]!;
    const text = seg.label ? seg.label.printed + seg.text : seg.text;
    if (head.recipients === undefined && head.body.length === 0 && /[：:]$/u.test(text) && !matchAttachment(text)) {
      head.recipients = text
        .replace(/[：:]$/u, '')
        .split(/[，,；;]/u)
        .map(trimBlanks)
        .filter((r) => r !== '');
      continue;
    }
    const att = matchAttachment(text);
    if (att && att.rest !== '' && head.attachmentReference === undefined) {
      head.attachmentReference = { label: att.label, text };
      continue;
    }
    head.body.push(text);
  }
  return head;
}
