import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from './context.js';

/** The installed schema file, wherever this module was bundled to; undefined inside a single binary. */
function installedSchemaPath(): string | undefined {
  for (const up of ['../corpus/', '../../corpus/', '../../../corpus/']) {
    try {
      const path = fileURLToPath(new URL(`${up}mandates.schema.json`, import.meta.url));
      if (existsSync(path)) return path;
    } catch {
      /* not a file: URL */
    }
  }
  return undefined;
}

/** The `$schema=` reference: relative to where the YAML goes (the output file's folder, or the working folder). */
export function schemaReference(io: Io, output: string | undefined, schemaId: string): string {
  const path = installedSchemaPath();
  if (!path) return schemaId;
  const from = output !== undefined && output !== '-' ? dirname(resolve(io.cwd, output)) : io.cwd;
  const rel = relative(from, path).split('\\').join('/');
  // Through the filesystem root, a relative path is only harder to read than the absolute one.
  const sharesOnlyRoot = from.split(sep)[1] !== path.split(sep)[1];
  if (sharesOnlyRoot || isAbsolute(rel)) return path;
  return rel.startsWith('.') ? rel : `./${rel}`;
}

