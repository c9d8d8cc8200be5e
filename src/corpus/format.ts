/**
 * The corpus file format: what a user writes in YAML. `corpus/mandates.schema.json`
 * is generated from these types (`npm run schema`) and a test keeps the two equal.
 */

/** One notice (a 通知, a 三定 provision…) and the units whose duties it sets out. */
export interface DocumentFile {
  /** Version of the corpus format this file is written in. */
  mandates: 1;
  /**
   * The document's id: lower-case letters, digits and hyphens, unique among the loaded documents.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  id: string;
  /**
   * The title as printed.
   * @minLength 1
   */
  title: string;
  /** The document number (发文字号) exactly as printed, e.g. 商办发［2003］9号. */
  number?: string;
  /** The document number in its standard form, with 〔〕 around the year, e.g. 商办发〔2003〕9号. */
  numberNormalized?: string;
  /** The issuing body (发文机关) as printed. */
  issuer?: string;
  /**
   * The date of issue, ISO 8601.
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  date?: string;
  /** The date as printed, e.g. 二○○三年六月二十六日. */
  dateText?: string;
  /** The recipients (主送机关), in the order printed. */
  recipients?: string[];
  /** The body of the notice, paragraphs separated by newlines. */
  body?: string;
  /** Present when the units are set out in an attachment (附件) rather than in the body. */
  attachment?: Attachment;
  /** Editorial notes: where the source is defective and what the corpus did about it. */
  notes?: Note[];
  /** The units, in the order the document sets them out. */
  units: UnitFile[];
}

/**
 * An editorial note: plain text in the document's language (shown as written
 * in every output), or the same note in Chinese and English (what the
 * importer writes; an output shows the one in its language).
 */
export type Note = string | BilingualNote;

/** A note in both languages. */
export interface BilingualNote {
  /**
   * The note in Chinese.
   * @minLength 1
   */
  zh: string;
  /**
   * The note in English.
   * @minLength 1
   */
  en: string;
}

/** How a notice refers to its attachment. */
export interface Attachment {
  /** The attachment's label as printed, e.g. 附件. */
  label: string;
  /** What the body says about the attachment, e.g. 附件：如文. */
  reference?: string;
}

/** A unit (机构) and its duties. A unit has either `duties` or `sections`, not both. */
export interface UnitFile {
  /**
   * The unit's id, unique within its document: lower-case letters, digits and hyphens.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  id: string;
  /**
   * The unit's name as the document's heading for it gives it.
   * @minLength 1
   */
  name: string;
  /** The name it uses externally (对外称), where the document gives one. */
  externalName?: string;
  /** Every other name the document uses for the unit. */
  aliases?: string[];
  /** The heading over the unit's duties, as it should read (see `notes` where the source differs). */
  heading?: string;
  /**
   * The id of the unit this one is part of, in the same document: a 三定 provision's
   * 内设机构 departments point at the body unit the provision sets up.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  parent?: string;
  /** Editorial notes, e.g. what a defective source prints. */
  notes?: Note[];
  /**
   * Text the document prints between the unit's heading and its first numbered item, as
   * printed, paragraphs separated by newlines (a 三定's 根据……设立商务部，为国务院组成部门。).
   */
  preamble?: string;
  /**
   * The unit's staffing (a 三定's 人员编制 section) as printed, paragraphs separated by
   * newlines: 商务部机关行政编制为……名。
   */
  staffing?: string;
  /** The unit's numbered duties, in order. */
  duties?: DutyFile[];
  /** Sections (一、主要职能 / 二、其他事项), each holding duties, when the document divides the unit so. */
  sections?: SectionFile[];
}

/** A titled part of a unit's duties, such as 一、主要职能. */
export interface SectionFile {
  /** The section's numbering as printed, e.g. 一、. */
  label?: string;
  /** The section's title, e.g. 主要职能. */
  title: string;
  /**
   * Text the section prints between its title and its first numbered item, as printed,
   * paragraphs separated by newlines (二、主要职责's 根据以上职能调整，国务院办公厅的主要职责是：).
   */
  preamble?: string;
  /**
   * An explicit id segment, for when the label gives none or repeats one.
   * @pattern ^[A-Za-z0-9][A-Za-z0-9_-]*$
   */
  id?: string;
  /** The duties in the section, in order. */
  duties: DutyFile[];
}

/** One duty: a numbered item, its text verbatim, and its sub-items. */
export interface DutyFile {
  /** The numbering as printed, e.g. 一、 or （一）; absent for an unnumbered paragraph. */
  label?: string;
  /**
   * The duty's text exactly as printed, without its numbering. For an item with sub-items, its lead text.
   * @minLength 1
   */
  text: string;
  /**
   * An explicit id segment, for when the label gives none or repeats one.
   * @pattern ^[A-Za-z0-9][A-Za-z0-9_-]*$
   */
  id?: string;
  /** Editorial notes on this duty. */
  notes?: Note[];
  /** Sub-items, in order. */
  items?: DutyFile[];
}
