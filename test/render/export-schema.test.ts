import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { generateExportSchema } from '../../scripts/schema.mjs';

describe('export JSON Schema', () => {
  it('is exactly what the TypeScript shapes generate (run `npm run schema` after changing src/render/json-shapes.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/export.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(generateExportSchema());
  }, 60_000);
});
