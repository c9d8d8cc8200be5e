import type { Corpus, Duty, Unit } from './model.js';

/**
 * The shortest id that names a unit or duty among the loaded documents: the
 * unit's own id (jgfwzx, jgfwzx/2.1) unless another loaded document has a unit
 * with the same id, in which case the document qualifies it.
 */
export function shortIdNamer(corpus: Corpus): (item: Unit | Duty) => string {
  const counts = new Map<string, number>();
  for (const u of corpus.units) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
  return (item) => {
    const unit = 'key' in item ? item : item.unit;
    const base = counts.get(unit.key) === 1 ? unit.key : unit.id;
    return 'key' in item ? base : `${base}/${item.path}`;
  };
}
