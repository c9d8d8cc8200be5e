/**
 * Unit headings: 机关服务中心（机关服务局）主要职能 → the unit's name, the name it
 * uses externally, and the heading as it should read. A bracket the source
 * opens or closes with the wrong character (投资促进中心《投资促进事务局）) is
 * repaired in the structure and recorded in a note quoting the source.
 */
import { toSimplified } from '../text/simplify.js';
import { bracketNote, storedNote } from './notes.js';
import type { Note } from '../corpus/notes.js';

export interface ParsedHeading {
  /** The heading as it should read. */
  readonly heading: string;
  readonly name: string;
  readonly externalName?: string;
  readonly aliases: string[];
  /** Editorial notes on source defects, quoting the source. */
  readonly notes: Note[];
  /** One line each, for the user. */
  readonly warnings: string[];
}

/** What a heading adds after the unit's name: 主要职能, 主要职责, the 三定 title's tail. */
const HEADING_TAIL =
  /(?:的)?(?:主要职责[、,，]?内设机构和人员编制规定|职能配置[、,，]?内设机构和人员编制规定|机构职能编制规定|主要职能|主要职责|职能|职责)$/u;

const OPENERS = '（(';
const CLOSERS = '）)';

/**
 * Repair a bracket opened with 《 but closed with ）, or opened with （ but
 * closed with 》: the commonest slip in these notices. Returns undefined when
 * the brackets are sound.
 */
function repairBrackets(text: string): { repaired: string; describe: string; defect: 'opens' | 'closes'; expected: string } | undefined {
  const chars = [...text];
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '《' || OPENERS.includes(ch)) stack.push({ ch, at: i });
    else if (ch === '》' || CLOSERS.includes(ch)) {
      const open = stack.pop();
      if (!open) continue;
      if (open.ch === '《' && CLOSERS.includes(ch)) {
        chars[open.at] = ch === ')' ? '(' : '（';
        return { repaired: chars.join(''), describe: `opens with 《 instead of ${chars[open.at]}`, defect: 'opens', expected: chars[open.at]! };
      }
      if (OPENERS.includes(open.ch) && ch === '》') {
        chars[i] = open.ch === '(' ? ')' : '）';
        return { repaired: chars.join(''), describe: `closes with 》 instead of ${chars[i]}`, defect: 'closes', expected: chars[i]! };
      }
    }
  }
  return undefined;
}

/** The contents of a name's trailing bracket: 机关服务中心（机关服务局） → [机关服务中心, 机关服务局]; with none, the base is the whole name. */
function splitTrailingBracket(text: string): { base: string; inner?: string } {
  const m = text.match(/^(.+?)[（(]([^（()）]+)[）)]$/u);
  return m ? { base: m[1]!, inner: m[2]! } : { base: text };
}

/** 外资司 abbreviates 外国投资管理司: shorter, and its characters appear in order in the full name. */
function isAbbreviationOf(short: string, full: string): boolean {
  const s = [...short];
  const f = [...full];
  if (s.length >= f.length) return false;
  let k = 0;
  for (const ch of f) if (ch === s[k]) k++;
  return k === s.length;
}

/** Parse a unit heading (or a 内设机构 department's name). `source` names the place for messages. */
export function parseUnitHeading(printed: string): ParsedHeading {
  const notes: Note[] = [];
  const warnings: string[] = [];
  let heading = printed;
  const repair = repairBrackets(printed);
  if (repair) {
    heading = repair.repaired;
    notes.push(storedNote(bracketNote(printed, repair.defect, repair.expected)));
    warnings.push(`unit heading “${printed}”: the bracket ${repair.describe}; imported as “${heading}” (a note records the source)`);
  }
  // Match on the simplified form so traditional headings (主要職能, 對外稱) parse too; it has the same length.
  const simplified = toSimplified(heading);
  const tail = simplified.match(HEADING_TAIL);
  const core = tail && tail.index! > 0 ? heading.slice(0, tail.index) : heading;
  const { base, inner } = splitTrailingBracket(core);
  const aliases: string[] = [];
  let externalName: string | undefined;
  if (inner !== undefined) {
    const innerSimplified = toSimplified(inner);
    const external = innerSimplified.match(/^对外称[“"「『]?(.+?)[”"」』]?$/u);
    const hung = innerSimplified.match(/^挂[“"「『]?(.+?)[”"」』]?牌子$/u);
    const short = innerSimplified.match(/^简称[“"「『]?(.+?)[”"」』]?$/u);
    if (external) externalName = inner.slice(innerSimplified.indexOf(external[1]!), innerSimplified.indexOf(external[1]!) + external[1]!.length);
    else if (hung) aliases.push(inner.slice(innerSimplified.indexOf(hung[1]!), innerSimplified.indexOf(hung[1]!) + hung[1]!.length));
    else if (short) aliases.push(inner.slice(innerSimplified.indexOf(short[1]!), innerSimplified.indexOf(short[1]!) + short[1]!.length));
    else if (isAbbreviationOf(innerSimplified, toSimplified(base))) aliases.push(inner);
    else externalName = inner;
  }
  return { heading, name: base, ...(externalName ? { externalName } : {}), aliases, notes, warnings };
}

/** Is this heading the title of a 三定 provision (…主要职责内设机构和人员编制规定)? */
export function isSandingTitle(text: string): boolean {
  return /(?:主要职责|职能配置)[、,，]?内设机构和人员编制规定$|机构职能编制规定$/u.test(toSimplified(text));
}

/**
 * The names a notice's body gives units with their external names:
 * 外商投资促进中心（对外称“投资促进事务局”） → { name: 外商投资促进中心, externalName: 投资促进事务局 }.
 */
export function externalNamesInBody(body: string): { name: string; externalName: string }[] {
  const simplified = toSimplified(body);
  const out: { name: string; externalName: string }[] = [];
  const re = /([^、，,。；;：:\s（()）“”"]+)[（(]对外称[“"「『]?([^”"」』（()）]+)[”"」』]?[）)]/gu;
  for (const m of simplified.matchAll(re)) {
    const nameAt = m.index;
    const extAt = nameAt + m[0].indexOf(m[2]!, m[1]!.length);
    out.push({ name: body.slice(nameAt, nameAt + m[1]!.length), externalName: body.slice(extAt, extAt + m[2]!.length) });
  }
  return out;
}
