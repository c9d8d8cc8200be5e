/**
 * The compiled corpus: what the cache keeps of a loaded corpus, as sections of
 * bytes that a run reads back without parsing YAML, validating or building the
 * 100,000 duty objects a search does not show.
 *
 * - `docs`: the validated documents, as JSON (commands that need the whole model build it from these);
 * - `meta`: documents and units, as JSON, with each unit's range of duties;
 * - `folded`, `starts`, `chars`: the search index (every duty's folded text joined by \n, where each starts, its alphabet);
 * - `text`, `textStarts`: the duties' own texts, joined the same way;
 * - `duties`, `dutyStarts`: per duty one short JSON line (its place in the model), parsed only for the duties shown.
 *
 * Strings are UTF-16LE (a Chinese text is smaller so than in UTF-8 and decodes
 * several times faster), numbers little-endian Int32 and Uint16 arrays (the
 * cache is local to the machine that wrote it).
 */
import type { SearchIndex } from '../search/search-index.js';
import type { ParsedDocument } from './build-model.js';
import type { DocumentFile, Note } from './format.js';
import type { Corpus, Doc, Duty, Section, Unit } from './model.js';

/** The sections a search reads whole… */
export const SEARCH_SECTIONS = ['meta', 'folded', 'starts', 'chars', 'textStarts', 'dutyStarts'] as const;
/** …and those it reads piece by piece, for the duties it shows. */
export const SEARCH_PIECES = ['text', 'duties'] as const;

/** A section read in pieces (see LazySection in src/cli/corpus-cache.ts). */
export interface Pieces {
  readonly length: number;
  read(start: number, end: number): Uint8Array;
}
/** The section the whole model is built from. */
export const MODEL_SECTION = 'docs';

type Sections = Readonly<Record<string, Uint8Array>>;

interface UnitMeta {
  key: string;
  name: string;
  externalName?: string;
  aliases: readonly string[];
  heading?: string;
  /** Index of the parent unit in its document, or -1. */
  parent: number;
  notes: readonly Note[];
  preamble?: string;
  staffing?: string;
  /** The unit's duties are [first, end) in corpus order. */
  first: number;
  end: number;
  /** Each section's own fields (all but its duties), and its top-level duties. */
  sections: { fields: Omit<Section, 'duties'>; top: number[] }[];
}

interface DocMeta extends Omit<Doc, 'units'> {
  units: UnitMeta[];
}

/** [unit (corpus-wide index), path, numbering, label or null, depth, parent or -1, section (in its unit) or -1, notes, children]. */
type DutyLine = [number, string, string, string | null, number, number, number, readonly Note[], readonly number[]];

const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const int32 = (values: ArrayLike<number>) => {
  const a = Int32Array.from(values);
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
};

/** The sections for a corpus built from `parsed`, with its search index. */
export function compileCorpus(parsed: readonly ParsedDocument[], corpus: Corpus, index: SearchIndex): Record<string, Uint8Array> {
  const dutyNumber = new Map<Duty, number>(corpus.duties.map((d, i) => [d, i]));
  const unitNumber = new Map<Unit, number>(corpus.units.map((u, i) => [u, i]));
  const documents: DocMeta[] = corpus.documents.map((doc) => {
    const { units, ...rest } = doc;
    return {
      ...rest,
      units: units.map((u) => {
        const first = u.duties.length > 0 ? dutyNumber.get(u.duties[0]!)! : 0;
        const meta: UnitMeta = {
          key: u.key,
          name: u.name,
          aliases: u.aliases,
          parent: u.parent ? units.indexOf(u.parent) : -1,
          notes: u.notes,
          first,
          end: first + u.duties.length,
          sections: u.sections.map(({ duties, ...fields }) => ({
            fields,
            top: duties.map((d) => dutyNumber.get(d)!),
          })),
        };
        for (const k of ['externalName', 'heading', 'preamble', 'staffing'] as const) if (u[k] !== undefined) meta[k] = u[k];
        return meta;
      }),
    };
  });
  const lines: string[] = [];
  const dutyStarts = new Int32Array(corpus.duties.length + 1);
  let at = 0;
  corpus.duties.forEach((d, i) => {
    const line: DutyLine = [
      unitNumber.get(d.unit)!,
      d.path,
      d.numbering,
      d.label ?? null,
      d.depth,
      d.parent ? dutyNumber.get(d.parent)! : -1,
      d.section ? d.unit.sections.indexOf(d.section) : -1,
      d.notes,
      d.children.map((c) => dutyNumber.get(c)!),
    ];
    const json = JSON.stringify(line);
    lines.push(json);
    dutyStarts[i] = at;
    at += json.length;
  });
  dutyStarts[corpus.duties.length] = at;
  const textStarts = new Int32Array(corpus.duties.length + 1);
  at = 0;
  corpus.duties.forEach((d, i) => {
    textStarts[i] = at;
    at += d.text.length + 1;
  });
  textStarts[corpus.duties.length] = at;
  return {
    docs: utf16(JSON.stringify(parsed.map((p) => ({ doc: p.doc, source: p.source })))),
    meta: utf16(JSON.stringify({ astral: index.astral, documents })),
    folded: utf16(index.haystack),
    starts: int32(index.starts),
    chars: new Uint8Array(index.chars.buffer, index.chars.byteOffset, index.chars.byteLength),
    text: utf16(corpus.duties.map((d) => d.text).join('\n')),
    textStarts: new Uint8Array(textStarts.buffer),
    duties: utf16(lines.join('')),
    dutyStarts: new Uint8Array(dutyStarts.buffer),
  };
}

/** The validated documents of the `docs` section, ready for buildCorpus. */
export function compiledDocuments(sections: Sections): ParsedDocument[] {
  const docs = JSON.parse(decode(sections[MODEL_SECTION]!)) as { doc: DocumentFile; source: string }[];
  // They passed every check when the entry was written: there is nothing left to locate.
  return docs.map(({ doc, source }) => ({ doc, source, locate: () => source }));
}

const decode = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le');
const int32View = (bytes: Uint8Array) => new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
type Settable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Strings from a section read in pieces: piece by piece for a few duties (a
 * search shows 20), the whole section at once past a few hundred (--all).
 */
function pieceStrings(pieces: Pieces): (start: number, end: number) => string {
  let whole: string | undefined;
  let reads = 0;
  return (start, end) => {
    if (whole === undefined && ++reads > 256) whole = decode(pieces.read(0, pieces.length));
    return whole !== undefined ? whole.slice(start, end) : decode(pieces.read(2 * start, 2 * end));
  };
}

/** Builds duties by number; a class, so that a hundred thousand of them share one shape and their getters. */
type DutyMaker = (d: number) => Duty;

class CompiledDuty implements Duty {
  declare readonly label?: string;
  declare readonly section?: Section;
  declare readonly parent?: Duty;
  readonly #children: readonly number[];
  readonly #make: DutyMaker;
  constructor(
    readonly id: string,
    readonly path: string,
    readonly unit: Unit,
    readonly numbering: string,
    readonly depth: number,
    readonly text: string,
    readonly notes: readonly Note[],
    children: readonly number[],
    make: DutyMaker,
  ) {
    this.#children = children;
    this.#make = make;
  }
  get children(): readonly Duty[] {
    return this.#children.map(this.#make);
  }
}

class CompiledSection implements Section {
  declare readonly key: string;
  declare readonly title: string;
  declare readonly label?: string;
  declare readonly preamble?: string;
  readonly #top: readonly number[];
  readonly #make: DutyMaker;
  constructor(top: readonly number[], make: DutyMaker) {
    this.#top = top;
    this.#make = make;
  }
  get duties(): readonly Duty[] {
    return this.#top.map(this.#make);
  }
}

class CompiledUnit implements Unit {
  declare readonly externalName?: string;
  declare readonly heading?: string;
  declare readonly parent?: Unit;
  declare readonly preamble?: string;
  declare readonly staffing?: string;
  sections: readonly Section[] = [];
  readonly #first: number;
  readonly #end: number;
  readonly #make: DutyMaker;
  constructor(
    readonly id: string,
    readonly key: string,
    readonly doc: Doc,
    readonly name: string,
    readonly aliases: readonly string[],
    readonly notes: readonly Note[],
    first: number,
    end: number,
    make: DutyMaker,
  ) {
    this.#first = first;
    this.#end = end;
    this.#make = make;
  }
  get duties(): readonly Duty[] {
    return Array.from({ length: this.#end - this.#first }, (_, i) => this.#make(this.#first + i));
  }
}

/**
 * The corpus and search index from the search sections. Documents and units
 * are built at once (there are a few thousand at most); a duty is built when
 * first asked for (a hit shown, a unit's duties listed), and `corpus.duties`
 * builds them all.
 */
export function openCompiled(sections: Sections, pieces: Readonly<Record<string, Pieces>>): { corpus: Corpus; index: SearchIndex } {
  const meta = JSON.parse(decode(sections.meta!)) as { astral: boolean; documents: DocMeta[] };
  const haystack = decode(sections.folded!);
  const starts = int32View(sections.starts!);
  const chars = new Uint16Array(sections.chars!.buffer, sections.chars!.byteOffset, sections.chars!.byteLength / 2);
  const text = pieceStrings(pieces.text!);
  const textStarts = int32View(sections.textStarts!);
  const line = pieceStrings(pieces.duties!);
  const lineStarts = int32View(sections.dutyStarts!);
  const size = starts.length - 1;

  const built: (Duty | undefined)[] = new Array(size);
  const duty = (d: number): Duty => built[d] ?? build(d);
  const units: Unit[] = [];
  const unitByDuty = new Int32Array(size);
  const documents: Doc[] = meta.documents.map((dm) => {
    const { units: unitMetas, ...fields } = dm;
    const doc = { ...fields, units: [] } as unknown as Mutable<Doc>;
    const here = unitMetas.map((um) => {
      const unit = new CompiledUnit(`${doc.id}/${um.key}`, um.key, doc, um.name, um.aliases, um.notes, um.first, um.end, duty) as Settable<Unit>;
      for (const k of ['externalName', 'heading', 'preamble', 'staffing'] as const) if (um[k] !== undefined) unit[k] = um[k];
      unit.sections = um.sections.map((sm) => {
        const section = new CompiledSection(sm.top, duty) as Settable<Section>;
        Object.assign(section, sm.fields);
        return section;
      });
      unitByDuty.fill(units.length, um.first, um.end);
      units.push(unit);
      return unit;
    });
    unitMetas.forEach((um, i) => {
      if (um.parent >= 0) here[i]!.parent = here[um.parent];
    });
    doc.units = here;
    return doc;
  });

  function build(d: number): Duty {
    const [u, path, numbering, label, depth, parent, section, notes, children] = JSON.parse(line(lineStarts[d]!, lineStarts[d + 1]!)) as DutyLine;
    const unit = units[u]!;
    const made = new CompiledDuty(`${unit.id}/${path}`, path, unit, numbering, depth, text(textStarts[d]!, textStarts[d + 1]! - 1), notes, children, duty) as Settable<Duty>;
    if (label !== null) made.label = label;
    if (section >= 0) made.section = unit.sections[section];
    built[d] = made;
    if (parent >= 0) made.parent = duty(parent);
    return made;
  }

  const corpus: Corpus = {
    documents,
    units,
    get duties() {
      return Array.from({ length: size }, (_, d) => duty(d));
    },
  };
  const index: SearchIndex = {
    size,
    duty,
    unitOf: (d) => units[unitByDuty[d]!]!,
    folded: (d) => haystack.slice(starts[d]!, starts[d + 1]! - 1),
    haystack,
    starts,
    astral: meta.astral,
    chars,
  };
  return { corpus, index };
}
