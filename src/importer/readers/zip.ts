/**
 * The parts of a .docx or .odt (both are zip files of XML), unzipped with
 * fflate and parsed with linkedom's XML parser. A damaged archive or a
 * missing part is the user's file, not our bug: one clear line.
 */
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { UserError } from '../../errors.js';
import type { DomDocument } from './dom.js';

export interface ZipParts {
  /** A part's XML, parsed; undefined when the archive has no such part. */
  xml(path: string): DomDocument | undefined;
}

export function openZip(bytes: Uint8Array, name: string, kind: string, wanted: readonly string[]): ZipParts {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.includes(f.name) });
  } catch (e) {
    throw new UserError(`${name}: a damaged ${kind} file (the zip container cannot be read: ${(e as Error).message}); open and re-save it in Word, WPS or LibreOffice`);
  }
  const parser = new DOMParser();
  return {
    xml(path) {
      const data = files[path];
      if (data === undefined) return undefined;
      // linkedom's XML parser takes the text; a BOM would end up as text before the root.
      const text = strFromU8(data).replace(/^\ufeff/u, '');
      return parser.parseFromString(text, 'text/xml') as unknown as DomDocument;
    },
  };
}
