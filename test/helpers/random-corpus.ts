// Random corpus documents of every shape the schema allows (sections or duties,
// sub-items, notes, parents, preambles, staffing), for tests that an export
// loses nothing: `leaves` lists every string such a document holds.
import fc from 'fast-check';

/** Characters that stress escaping and layout: CJK, markup, quotes, brackets, full-width and ideographic space. */
const CHARS = ['中', '国', '许', '可', '证', '職', '<', '>', '&', '"', "'", 'a', 'Z', '1', ' ', '（', '）', '、', '。', '#', '*', '/', '\u3000', '“', '»'];
const text = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 10 }).map((s) => s.trim()).filter((s) => s !== '');
const paragraphs = fc.array(text, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('\n'));

const duty: fc.Memo<Record<string, unknown>> = fc.memo((depth) =>
  fc.record(
    { label: text, text, notes: fc.array(text, { maxLength: 2 }), items: depth > 1 ? fc.array(duty(depth - 1), { maxLength: 2 }) : fc.constant([]) },
    { requiredKeys: ['text'] },
  ),
);
const section = fc.record({ label: text, title: text, preamble: paragraphs, duties: fc.array(duty(2), { minLength: 1, maxLength: 3 }) }, { requiredKeys: ['title', 'duties'] });
const unit = fc.record(
  {
    name: text,
    externalName: text,
    aliases: fc.uniqueArray(text, { maxLength: 2 }),
    heading: text,
    notes: fc.array(text, { maxLength: 2 }),
    preamble: paragraphs,
    staffing: paragraphs,
    body: fc.oneof(fc.record({ duties: fc.array(duty(3), { minLength: 1, maxLength: 3 }) }), fc.record({ sections: fc.array(section, { minLength: 1, maxLength: 3 }) })),
    parentOf: fc.option(fc.nat(), { nil: undefined }),
  },
  { requiredKeys: ['name', 'body'] },
);
export const documentFile = fc
  .record(
    {
      title: text,
      number: text,
      issuer: text,
      dateText: text,
      recipients: fc.array(text, { maxLength: 2 }),
      body: paragraphs,
      attachment: fc.record({ label: text, reference: text }, { requiredKeys: ['label'] }),
      notes: fc.array(text, { maxLength: 2 }),
      units: fc.array(unit, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['title', 'units'] },
  )
  .map(({ units, ...doc }) => ({
    mandates: 1,
    id: 'doc',
    ...doc,
    // Unit ids u0, u1…; a parent is always an earlier unit, so there is no cycle.
    units: units.map(({ body, parentOf, ...u }, k) => ({ id: `u${k}`, ...u, ...(parentOf !== undefined && k > 0 ? { parent: `u${parentOf % k}` } : {}), ...withIds(body) })),
  }));

/**
 * Random labels can repeat among siblings (two items labelled 1), and the loader
 * rightly refuses ids that collide; an explicit id on every section and duty
 * (the format's way for repeated numbering) keeps each generated corpus loadable.
 */
function withIds(body: Record<string, unknown>): Record<string, unknown> {
  const duties = (list: Record<string, unknown>[]): Record<string, unknown>[] =>
    list.map((d, i) => ({ ...d, id: `d${i}`, ...(Array.isArray(d.items) ? { items: duties(d.items as Record<string, unknown>[]) } : {}) }));
  if (Array.isArray(body.sections)) {
    return { sections: (body.sections as Record<string, unknown>[]).map((s, i) => ({ ...s, id: `s${i}`, duties: duties(s.duties as Record<string, unknown>[]) })) };
  }
  return { duties: duties(body.duties as Record<string, unknown>[]) };
}

/** Every string the document file holds (its ids and the schema version left aside). */
export function leaves(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['id', 'parent'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return [];
}

