/**
 * What every format reader (txt, html, docx, doc, odt, pdf) hands the import
 * pipeline: the notice as one plain paragraph stream, plus what the container
 * said about the document outside its text. Readers turn bytes into this;
 * `importNotice` reads the text and merges the metadata (the body wins).
 */

/** The formats `mandates import --from` accepts. */
export type SourceFormat = 'txt' | 'html' | 'docx' | 'doc' | 'odt' | 'pdf';

/**
 * Document fields found outside the body text: a government site's metadata
 * table above the article (发文机关, 发文字号, 成文日期, 标题, 主题分类, 索引号),
 * a .docx's core properties, a PDF's info dictionary. Every value as printed.
 */
export interface SourceMetadata {
  /** 标题 */
  readonly title?: string;
  /** 发文字号, as printed. */
  readonly number?: string;
  /** 发文机关 / 发布机构. */
  readonly issuer?: string;
  /** 成文日期 / 发布日期, as printed (2008-09-10, 2008年09月10日…). */
  readonly dateText?: string;
  /** 主题分类. */
  readonly subject?: string;
  /** 索引号. */
  readonly indexNumber?: string;
}

/** A notice read from its container. */
export interface SourceText {
  readonly format: SourceFormat;
  /** The text encoding the bytes were decoded from, where the format has one (txt, html). */
  readonly encoding?: string;
  /** The notice's text: one paragraph a line, in reading order; indentation kept as leading spaces. */
  readonly text: string;
  readonly metadata: SourceMetadata;
  /**
   * Text the reader dropped as site furniture (navigation, breadcrumbs, link lists, running
   * headers…), one entry a block. Boilerplate it recognises for certain (copyright and ICP
   * lines, print/close/share links, folios) is dropped without being listed.
   */
  readonly dropped: readonly string[];
}
