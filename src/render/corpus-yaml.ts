/**
 * The corpus format itself, so an export loads back with --corpus and gives
 * the same units, duties and ids. Loads the yaml package: import lazily.
 */
import { Document, isScalar } from 'yaml';
import type { Unit } from '../corpus/model.js';
import { documentFile } from '../corpus/to-file.js';
import { groupByDocument } from './corpus-tables.js';

export interface CorpusYamlOptions {
  /** A comment for the top of the file, e.g. where the export came from. */
  readonly comment?: string;
}

/** The units' documents (with those units only) as corpus YAML, one YAML document each. */
export function renderCorpusYaml(units: readonly Unit[], options: CorpusYamlOptions = {}): string {
  return groupByDocument(units)
    .map(({ doc, units: list }, i) => {
      const yamlDoc = new Document(documentFile(doc, list));
      // A YAML 1.1 reader would take an unquoted 2003-06-26 for a date.
      const date = yamlDoc.get('date', true);
      if (isScalar(date)) date.type = 'QUOTE_DOUBLE';
      if (i === 0 && options.comment) yamlDoc.commentBefore = options.comment.split('\n').map((l) => ` ${l}`).join('\n');
      return yamlDoc.toString({ lineWidth: 0 });
    })
    .join('---\n');
}
