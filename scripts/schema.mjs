// Generates corpus/mandates.schema.json from src/corpus/format.ts.
// `node scripts/schema.mjs --print` writes it to stdout instead (the test uses that).
import { createGenerator } from 'ts-json-schema-generator';
import { writeFileSync } from 'node:fs';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = JSON.stringify(generateCorpusSchema(), null, 2) + '\n';
  if (process.argv.includes('--print')) process.stdout.write(text);
  else writeFileSync(`${root}corpus/mandates.schema.json`, text);
}
