// Small Word (.docx) and OpenDocument (.odt) files built in a test, part by
// part, with the markup Word, WPS and LibreOffice write: each test shows the
// piece of a real document it is about (a numbering definition, a tracked
// change, a field) instead of hiding it in a binary fixture.
import { strToU8, zipSync, type Zippable } from 'fflate';

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface DocxParts {
  /** The inside of w:numbering (w:abstractNum and w:num elements). */
  readonly numbering?: string;
  /** The inside of w:styles (w:style elements). */
  readonly styles?: string;
  /** docProps/core.xml's dc:title. */
  readonly title?: string;
  /** Parts written as given (path → text), e.g. a part with a byte-order mark. */
  readonly raw?: Readonly<Record<string, string>>;
}

/** A .docx whose w:body holds `body`. */
export function docx(body: string, parts: DocxParts = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(`${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    'word/document.xml': strToU8(`${XML_DECL}<w:document ${W_NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`${XML_DECL}<w:numbering ${W_NS}>${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`${XML_DECL}<w:styles ${W_NS}>${parts.styles}</w:styles>`);
  if (parts.title !== undefined) {
    files['docProps/core.xml'] = strToU8(
      `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${parts.title}</dc:title><dc:creator>user</dc:creator></cp:coreProperties>`,
    );
  }
  for (const [path, text] of Object.entries(parts.raw ?? {})) files[path] = strToU8(text);
  return zipSync(files);
}

/** A paragraph of one run of text, with paragraph properties. */
export const wp = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A paragraph numbered by list `numId` at level `ilvl`, as Word writes it. */
export const wli = (numId: number | string, ilvl: number, text: string) => wp(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

/** A numbering level (w:lvl) as Word writes it; `extra` goes inside (w:lvlRestart, w:isLgl, w:suff). */
export const wlvl = (ilvl: number, numFmt: string, lvlText: string, extra = '', start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${lvlText}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${420 * (ilvl + 1)}" w:hanging="420"/></w:pPr></w:lvl>`;

/** An abstract numbering of the given levels and the w:num that uses it. */
export const wlist = (id: number, levels: readonly string[], numIds: readonly number[] = [id]) =>
  `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels.join('')}</w:abstractNum>` +
  numIds.map((n) => `<w:num w:numId="${n}"><w:abstractNumId w:val="${id}"/></w:num>`).join('');

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'office:version="1.3"';

export interface OdtParts {
  /** content.xml's office:automatic-styles (list and paragraph styles LibreOffice writes per document). */
  readonly automaticStyles?: string;
  /** styles.xml's office:styles (named styles, the outline style); undefined: no styles.xml. */
  readonly styles?: string;
  /** Parts written as given (path → text). */
  readonly raw?: Readonly<Record<string, string>>;
}

/** An .odt whose office:text holds `body`: the mimetype first and stored, as ODF asks. */
export function odt(body: string, parts: OdtParts = {}): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(
      `${XML_DECL}<office:document-content ${ODF_NS}><office:automatic-styles>${parts.automaticStyles ?? ''}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
    'META-INF/manifest.xml': strToU8(`${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`),
  };
  if (parts.styles !== undefined) files['styles.xml'] = strToU8(`${XML_DECL}<office:document-styles ${ODF_NS}><office:styles>${parts.styles}</office:styles></office:document-styles>`);
  for (const [path, text] of Object.entries(parts.raw ?? {})) files[path] = strToU8(text);
  return zipSync(files);
}

/** A numbered level of an ODF list style. */
export const olvl = (level: number, numFormat: string, prefix: string, suffix: string, extra = '') =>
  `<text:list-level-style-number text:level="${level}" style:num-prefix="${prefix}" style:num-suffix="${suffix}" style:num-format="${numFormat}"${extra}><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-number>`;

/** An ODF list style of the given levels. */
export const olist = (name: string, levels: readonly string[]) => `<text:list-style style:name="${name}">${levels.join('')}</text:list-style>`;
