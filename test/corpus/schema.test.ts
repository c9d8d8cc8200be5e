import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { generateCorpusSchema } from '../../scripts/schema.mjs';

const root = new URL('../../', import.meta.url);

describe('corpus JSON Schema', () => {
  it('is exactly what the TypeScript types generate (run `npm run schema` after changing src/corpus/format.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('corpus/mandates.schema.json', root), 'utf8'));
    expect(committed).toEqual(generateCorpusSchema());
  }, 60_000);

  it('is what the bundled YAML points editors to', () => {
    const yaml = readFileSync(new URL('corpus/sbf-2003-9.yaml', root), 'utf8');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./mandates.schema.json');
  });
});
