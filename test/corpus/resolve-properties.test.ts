// Property-based tests for naming things: whatever a user types, resolution
// answers with a unit, a duty, or a UserError that says why — nothing else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitWords } from '../../src/cli/complete.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { parseCorpusText } from '../../src/corpus/parse.js';
import { matchUnits, resolveDuty, resolveTarget, resolveUnit } from '../../src/corpus/resolve.js';
import { UserError } from '../../src/errors.js';

const bundledYaml = readFileSync(fileURLToPath(new URL('../../corpus/sbf-2003-9.yaml', import.meta.url)), 'utf8');
// A second document reusing a unit id, so that ids too can be ambiguous.
const second = `mandates: 1
id: other-2020
title: 另一通知
units:
  - id: jgfwzx
    name: 另一机关服务中心
    duties:
      - label: 一、
        text: 负责。
`;
const single = buildCorpus(parseCorpusText(bundledYaml, 'bundled.yaml'));
const double = buildCorpus([...parseCorpusText(bundledYaml, 'bundled.yaml'), ...parseCorpusText(second, 'other.yaml')]);

const fragments = [
  ...single.units.flatMap((u) => [u.id, u.key, u.name, u.externalName ?? '', ...u.aliases]),
  ...single.duties.slice(0, 20).flatMap((d) => [d.id, d.path]),
  'sbf-2003-9', 'other-2020', '/', '//', '.', '1', '2.1', 'p1', '中心', '事务局', '许可证', '（', '）', '　', ' ', 'Ｊ', '\u0000', '\u001b[31m',
].filter((f) => f !== '');

/** References people might type: pieces of real names and ids glued together, or anything at all. */
const ref = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** Full-width ASCII, as a Chinese input method types it: ｊｇｆｗｚｘ／２．１. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));

/** Run `fn`; it may return, or throw a UserError with a one-line message — nothing else. */
function onlyUserErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).not.toBe('');
  }
}

describe('resolving references', () => {
  it('never throws anything but a UserError, whatever is typed', () => {
    fc.assert(
      fc.property(ref, fc.boolean(), (r, both) => {
        const corpus = both ? double : single;
        onlyUserErrors(() => resolveTarget(corpus, r));
        onlyUserErrors(() => resolveUnit(corpus, r));
        onlyUserErrors(() => resolveDuty(corpus, r));
        expect(() => matchUnits(corpus, r)).not.toThrow();
        expect(() => unitWords(corpus, r)).not.toThrow();
      }),
      { numRuns: 4000 },
    );
  });

  it('resolves a unit reference the same whatever its width or case', () => {
    fc.assert(
      fc.property(fc.nat(single.units.length - 1), fc.boolean(), (index, upper) => {
        const unit = single.units[index]!;
        const wide = (s: string) => fullWidth(upper ? s.toUpperCase() : s);
        expect(resolveUnit(single, wide(unit.key))).toBe(unit);
        expect(resolveUnit(single, wide(unit.id))).toBe(unit);
        expect(resolveUnit(single, unit.name)).toBe(unit);
      }),
      { numRuns: 200 },
    );
  });

  it('finds every duty by its full id and by its unit key and path', () => {
    for (const duty of single.duties) {
      expect(resolveDuty(single, duty.id)).toBe(duty);
      expect(resolveDuty(single, `${duty.unit.key}/${duty.path}`)).toBe(duty);
      expect(resolveDuty(single, fullWidth(`${duty.unit.key}/${duty.path}`.toUpperCase()))).toBe(duty);
      expect(resolveDuty(double, duty.id).id).toBe(duty.id);
    }
  });
});
