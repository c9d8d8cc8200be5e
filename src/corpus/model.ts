/**
 * The loaded corpus. Ids follow Akoma Ntoso's eId idea: derived from the
 * document's own numbering, stable while the document does not change, and
 * typeable. A duty's full id is `doc/unit/path` (sbf-2003-9/jgfwzx/2.1); the
 * short forms `unit/path` and `unit` are accepted wherever they are unambiguous.
 */
import type { Attachment, Note } from './format.js';

export interface Corpus {
  readonly documents: readonly Doc[];
  /** Every unit of every document, in load order. */
  readonly units: readonly Unit[];
  /** Every duty of every unit, in reading order. */
  readonly duties: readonly Duty[];
}

export interface Doc {
  readonly id: string;
  readonly title: string;
  readonly number?: string;
  readonly numberNormalized?: string;
  readonly issuer?: string;
  readonly date?: string;
  readonly dateText?: string;
  readonly recipients: readonly string[];
  readonly body?: string;
  readonly attachment?: Attachment;
  readonly notes: readonly Note[];
  readonly units: readonly Unit[];
  /** Where the document was loaded from (a path, `<bundled>` or `<stdin>`). */
  readonly source: string;
}

export interface Unit {
  /** Qualified id, `doc/unit`. */
  readonly id: string;
  /** The id within its document. */
  readonly key: string;
  readonly doc: Doc;
  readonly name: string;
  readonly externalName?: string;
  readonly aliases: readonly string[];
  readonly heading?: string;
  /** The unit this one is part of (a 三定's 内设机构 department → the body unit). */
  readonly parent?: Unit;
  readonly notes: readonly Note[];
  /** Text before the first numbered item, as printed. */
  readonly preamble?: string;
  /** Staffing (人员编制) as printed. */
  readonly staffing?: string;
  /** Sections in order; empty when the unit's duties are not divided into sections. */
  readonly sections: readonly Section[];
  /** All the unit's duties, sub-items included, in reading order. */
  readonly duties: readonly Duty[];
}

export interface Section {
  /** Id segment within the unit, e.g. `1`. */
  readonly key: string;
  readonly label?: string;
  readonly title: string;
  /** Text between the section's title and its first numbered item, as printed. */
  readonly preamble?: string;
  readonly duties: readonly Duty[];
}

export interface Duty {
  /** Qualified id, `doc/unit/path`. */
  readonly id: string;
  /** The path within the unit, e.g. `2.1` for 二（一）, `2.p1` for an unnumbered paragraph of section 二. */
  readonly path: string;
  readonly unit: Unit;
  readonly section?: Section;
  readonly parent?: Duty;
  readonly children: readonly Duty[];
  /** The numbering as printed, e.g. （一）. */
  readonly label?: string;
  /** The numbering with its ancestors', as a reader cites it: 二（一）, 一（三）, 二¶1. */
  readonly numbering: string;
  /** 0 for a top-level item, 1 for a sub-item… */
  readonly depth: number;
  readonly text: string;
  readonly notes: readonly Note[];
}
