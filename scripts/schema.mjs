// Generates corpus/mandates.schema.json from src/corpus/format.ts, and
// schema/export.schema.json (the `mandates export` JSON and JSONL shapes)
// from src/render/json-shapes.ts.
// `node scripts/schema.mjs --print` writes the corpus schema to stdout instead.
import { createGenerator } from 'ts-json-schema-generator';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function generateCorpusSchema() {
  const schema = createGenerator({
    path: `${root}src/corpus/format.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'DocumentFile',
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema('DocumentFile');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://mandates.invalid/schema/corpus-1.json',
    title: 'mandates corpus document',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/**
 * The export shapes: the root is `--format json`'s document; each line of
 * `--format jsonl` is a `#/definitions/ExportLineJson`.
 */
export function generateExportSchema() {
  const generator = createGenerator({
    path: `${root}src/render/json-shapes.ts`,
    tsconfig: `${root}tsconfig.json`,
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const whole = generator.createSchema('ExportJson');
  const line = generator.createSchema('ExportLineJson');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://mandates.invalid/schema/export-1.json',
    title: 'mandates export (version 1): --format json, and each line of --format jsonl (#/definitions/ExportLineJson)',
    $ref: '#/definitions/ExportJson',
    definitions: Object.fromEntries(Object.entries({ ...whole.definitions, ...line.definitions }).sort(([a], [b]) => a.localeCompare(b))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = JSON.stringify(generateCorpusSchema(), null, 2) + '\n';
  if (process.argv.includes('--print')) {
    process.stdout.write(text);
  } else {
    writeFileSync(`${root}corpus/mandates.schema.json`, text);
    mkdirSync(`${root}schema`, { recursive: true });
    writeFileSync(`${root}schema/export.schema.json`, JSON.stringify(generateExportSchema(), null, 2) + '\n');
  }
}
