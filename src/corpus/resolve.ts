import { UserError } from '../errors.js';
import { foldText, nameKey } from '../text/fold.js';
import { simplifiedText } from '../text/traditional.js';
import type { Corpus, Doc, Duty, Unit } from './model.js';

export type Target = { kind: 'unit'; unit: Unit } | { kind: 'duty'; duty: Duty };

function unitNames(unit: Unit): string[] {
  return [unit.name, unit.externalName, ...unit.aliases, unit.heading].filter((n): n is string => !!n);
}

function describe(unit: Unit): string {
  return `  ${unit.id}\t${unit.name}${unit.externalName ? `（${unit.externalName}）` : ''}`;
}

function ambiguous(ref: string, what: string, units: readonly Unit[]): UserError {
  return new UserError(
    `ambiguous unit "${ref}": ${what} ${units.length} units; name one by its id`,
    units.map(describe),
  );
}

/**
 * Find the units a reference names, most specific rule first: an id (`jgfwzx`
 * or `sbf-2003-9/jgfwzx`), then a whole name (full, external, alias or
 * heading), then a part of a name. Width, brackets and case do not matter.
 */
export function matchUnits(corpus: Corpus, ref: string): { units: Unit[]; rule: 'id' | 'name' | 'part' | 'none' } {
  const id = foldText(ref.trim()); // ＪＧＦＷＺＸ is jgfwzx too
  const byId = corpus.units.filter((u) => u.id === id || u.key === id);
  if (byId.length > 0) return { units: byId, rule: 'id' };
  const found = matchNames(corpus, nameKey(ref), nameKey);
  if (found.units.length > 0 || !/[\u2e80-\u9fff\uf900-\ufaff]/u.test(ref)) return found;
  // Nothing matched as typed: compare again with traditional folded to simplified on both sides
  // (許可證 names 配额许可证事务局, and 许可证 a unit of a traditional-script notice).
  const looseKey = (text: string) => nameKey(simplifiedText(text));
  return matchNames(corpus, looseKey(ref), looseKey);
}

function matchNames(corpus: Corpus, key: string, keyOf: (name: string) => string): { units: Unit[]; rule: 'name' | 'part' | 'none' } {
  if (key === '') return { units: [], rule: 'none' };
  const byName = corpus.units.filter((u) => unitNames(u).some((n) => keyOf(n) === key));
  if (byName.length > 0) return { units: byName, rule: 'name' };
  const byPart = corpus.units.filter((u) => unitNames(u).some((n) => keyOf(n).includes(key)));
  return { units: byPart, rule: byPart.length > 0 ? 'part' : 'none' };
}

/** The one unit `ref` names; a UserError when it names none or several. */
export function resolveUnit(corpus: Corpus, ref: string): Unit {
  const { units, rule } = matchUnits(corpus, ref);
  if (units.length === 1) return units[0]!;
  if (units.length === 0) {
    throw new UserError(`unknown unit "${ref}": no unit's id or name matches it (\`mandates units\` lists them)`);
  }
  throw ambiguous(ref, rule === 'id' ? 'the id belongs to' : rule === 'name' ? 'the name belongs to' : 'matches', units);
}

/**
 * A unit or a duty: a duty id in full (`sbf-2003-9/jgfwzx/2.1`) or after any
 * unit reference (`jgfwzx/2.1`, `许可证/3`), else a unit reference.
 */
export function resolveTarget(corpus: Corpus, ref: string): Target {
  const trimmed = ref.trim();
  // Ids are compared folded (width and case do not matter); folding keeps code points one for one.
  const folded = foldText(trimmed);
  const exact = corpus.duties.find((d) => d.id === folded);
  if (exact) return { kind: 'duty', duty: exact };
  const slash = [...folded].lastIndexOf('/');
  if (slash > 0) {
    const asUnit = corpus.units.filter((u) => u.id === folded);
    if (asUnit.length === 1) return { kind: 'unit', unit: asUnit[0]! };
    const unit = resolveUnit(corpus, [...trimmed].slice(0, slash).join(''));
    const path = [...folded].slice(slash + 1).join('');
    const duty = unit.duties.find((d) => d.path.toLowerCase() === path);
    if (duty) return { kind: 'duty', duty };
    const known = unit.duties.map((d) => d.path);
    throw new UserError(
      `unknown duty "${path}" in unit ${unit.id}: its duties are ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`,
    );
  }
  return { kind: 'unit', unit: resolveUnit(corpus, trimmed) };
}

/** The one duty `ref` names (see resolveTarget); a UserError for a unit or nothing. */
export function resolveDuty(corpus: Corpus, ref: string): Duty {
  const target = resolveTarget(corpus, ref);
  if (target.kind === 'duty') return target.duty;
  throw new UserError(`"${ref}" names a unit (${target.unit.id}), not a duty: add the duty's path, e.g. ${target.unit.id}/1`);
}

/** The document `ref` names: its id, or its number as printed or normalised (width and brackets do not matter). */
export function resolveDoc(corpus: Corpus, ref: string): Doc {
  const id = ref.trim().toLowerCase();
  const key = nameKey(ref);
  const found =
    corpus.documents.find((d) => d.id === id) ??
    corpus.documents.find((d) => key !== '' && [d.number, d.numberNormalized].some((n) => n !== undefined && nameKey(n) === key));
  if (found) return found;
  throw new UserError(`unknown document "${ref}": the loaded documents are ${corpus.documents.map((d) => d.id).join(', ')} (\`mandates docs\` lists them)`);
}
