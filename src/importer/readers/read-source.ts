/**
 * Bytes of a notice in any format we read → a SourceText. The format comes
 * from the bytes (sniffFormat) unless the user names it (`--from`); each
 * reader, and the library behind it, is imported only when a notice needs
 * it, so `import` of a text file loads no PDF or Word reader.
 */
import { UserError } from '../../errors.js';
import { decodeNotice, type Decoder } from '../encoding.js';
import { describeUnreadable, sniffFormat } from './sniff.js';
import { SOURCE_FORMATS } from './formats.js';
import type { SourceFormat, SourceText } from './types.js';

export interface ReadSourceOptions {
  /** Names the input in messages (a path, or <stdin>). */
  readonly name: string;
  /** iconv-lite, loaded by the CLI. */
  readonly decoder: Decoder;
  /** --from: read as this format whatever the bytes look like. */
  readonly from?: SourceFormat;
  /** --encoding, for the formats that are text (txt, html). */
  readonly encoding?: string;
}

/** The format to read the bytes as: the one told, or the one sniffed; a container we cannot read is refused here. */
export function chooseFormat(bytes: Uint8Array, options: Pick<ReadSourceOptions, 'name' | 'from' | 'encoding'>): SourceFormat {
  if (options.from !== undefined) return options.from;
  const sniffed = sniffFormat(bytes);
  // UTF-16 without a byte-order mark looks binary; --encoding says it is text.
  if (sniffed === 'binary' && options.encoding !== undefined) return 'txt';
  if ((SOURCE_FORMATS as readonly string[]).includes(sniffed)) return sniffed as SourceFormat;
  throw new UserError(`${options.name}: ${describeUnreadable(sniffed as Exclude<typeof sniffed, SourceFormat>)}`);
}

export async function readSource(bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceText> {
  const format = chooseFormat(bytes, options);
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeNotice(bytes, options.name, options.decoder, options.encoding);
      return { format, encoding, text, metadata: {}, dropped: [] };
    }
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(bytes, options);
    }
    case 'docx': {
      const { readDocx } = await import('./docx.js');
      return readDocx(bytes, options.name);
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(bytes, options.name);
    }
    case 'odt': {
      const { readOdt } = await import('./odt.js');
      return readOdt(bytes, options.name);
    }
    case 'doc': {
      const { readDoc } = await import('./doc.js');
      return readDoc(bytes, options.name);
    }
  }
}
