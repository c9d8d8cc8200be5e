/**
 * The corpus format itself, so an export loads back with --corpus and gives
 * the same units, duties and ids. Loads the yaml package: import lazily.
 */
import type { Unit } from '../corpus/model.js';
import { documentFile } from '../corpus/to-file.js';
import { groupByDocument } from './corpus-tables.js';
import { renderDocumentYaml } from './document-yaml.js';

export interface CorpusYamlOptions {
  /** A comment for the top of the file, e.g. where the export came from. */
  readonly comment?: string;
  /** Where the file's `$schema=` line points, for editors (see renderDocumentYaml). */
  readonly schema?: string;
}

/** The units' documents (with those units only) as corpus YAML, one YAML document each; the header goes on the first. */
export function renderCorpusYaml(units: readonly Unit[], options: CorpusYamlOptions = {}): string {
  return groupByDocument(units)
    .map(({ doc, units: list }, i) =>
      renderDocumentYaml(
        documentFile(doc, list),
        i === 0 ? { ...(options.schema !== undefined ? { schema: options.schema } : {}), comments: options.comment?.split('\n') ?? [] } : {},
      ),
    )
    .join('---\n');
}
