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
      // strFromU8 decodes with TextDecoder, which drops a byte-order mark.
      return parser.parseFromString(strFromU8(data), 'text/xml') as unknown as DomDocument;
    },
  };
}
