/**
 * A corpus document → YAML in the style of the bundled corpus files: the
 * schema line for editors, the date quoted (a YAML 1.1 reader would otherwise
 * make it a timestamp), a blank line between units, no line folding.
 */
import { Document, isMap, isSeq, type Scalar, type YAMLMap } from 'yaml';
import type { DocumentFile } from '../corpus/format.js';

export interface DocumentYamlOptions {
  /** What the `$schema=` line points at: a path relative to the file, or a URL; no line when absent. */
  readonly schema?: string;
  /** Comment lines to put under the schema line (each without the leading #). */
  readonly comments?: readonly string[];
}

/** Comment text may not contain line breaks; anything unprintable is dropped. */
function commentLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, ' ');
}

export function renderDocumentYaml(doc: DocumentFile, options: DocumentYamlOptions = {}): string {
  const yaml = new Document(doc);
  const date = yaml.get('date', true) as Scalar | undefined;
  if (date) date.type = 'QUOTE_DOUBLE';
  const units = yaml.get('units', true);
  if (isSeq(units)) {
    units.items.forEach((u, i) => {
      if (i > 0 && isMap(u)) (u as YAMLMap).spaceBefore = true;
    });
  }
  const header = [
    ...(options.schema !== undefined ? [`# yaml-language-server: $schema=${commentLine(options.schema)}`] : []),
    ...(options.comments ?? []).map((c) => `# ${commentLine(c)}`),
  ];
  return `${header.map((l) => `${l}\n`).join('')}${yaml.toString({ lineWidth: 0 })}`;
}
