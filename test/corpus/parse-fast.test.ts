import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { parseCorpusText } from '../../src/corpus/parse.js';

/**
 * parseCorpusText reads with js-yaml first and falls back to `yaml` (the
 * reference, which knows positions). Whatever path it takes, the documents
 * must be what `yaml` makes of the text.
 */
const reference = (text: string) =>
  parseAllDocuments(text, { uniqueKeys: true })
    .filter((d) => d.contents !== null)
    .map((d) => d.toJS());

const root = join(import.meta.dirname, '..', '..');

describe('the fast YAML path', () => {
  it('reads the bundled corpus and the fixtures exactly as `yaml` does', () => {
    const files = [
      ...readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'corpus', f)),
      join(root, 'test', 'fixtures', 'edition-b.yaml'),
    ];
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(parseCorpusText(text, f).map((p) => p.doc)).toEqual(reference(text));
    }
  });

  // Text fields with what YAML treats specially: quotes, colons, #, leading spaces, line breaks, escapes, numbers, booleans.
  const tricky = fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom('true', 'null', '0x1F', '1_000', '2003-06-26', '~', '.inf', '- a', 'a: b', '# c', "'q'", '"q"', ' lead', 'trail ', '许可证：签发\n第二行', 'tab\there', '&a', '*a', '!!str x', '%YAML', '\\u0041'),
  );
  const styles = fc.constantFrom<Parameters<typeof stringify>[2]>(
    { lineWidth: 0 },
    { lineWidth: 20 },
    { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 },
    { defaultStringType: 'QUOTE_SINGLE' },
    { defaultStringType: 'BLOCK_LITERAL' },
    { defaultStringType: 'BLOCK_FOLDED', lineWidth: 20 },
  );

  it('gives the same documents as `yaml` whatever the scalars and their style', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 5 }), tricky, styles, (texts, title, style) => {
        const doc = {
          mandates: 1,
          id: 'doc-a',
          title,
          units: [{ id: 'u', name: title, duties: texts.map((text) => ({ label: '一、', text })) }],
        };
        const yamlText = stringify(doc, null, style);
        let fromYaml: unknown;
        try {
          fromYaml = reference(yamlText);
        } catch {
          return; // not the subject here
        }
        let ours: unknown;
        try {
          ours = parseCorpusText(yamlText, 'x.yaml').map((p) => p.doc);
        } catch {
          // Refused: then `yaml`'s reading must break a rule of the schema too (empty text, say).
          expect(JSON.stringify(fromYaml)).not.toBe(JSON.stringify([doc]));
          return;
        }
        expect(ours).toEqual(fromYaml);
      }),
      { numRuns: 300 },
    );
  });

  it('still reports a problem found after parsing at its line and column', () => {
    const one = 'mandates: 1\nid: doc-a\ntitle: T\nunits:\n  - id: u\n    name: N\n    duties:\n      - text: 甲\n';
    const text = `${one}---\n${one}`;
    expect(() => parseCorpusText(text, 'x.yaml')).not.toThrow();
    const parsed = parseCorpusText(text, 'x.yaml');
    expect(parsed[1]!.locate(['id'])).toBe('x.yaml:11:5');
    expect(parsed[0]!.locate(['units', 0, 'duties', 0, 'text'])).toBe('x.yaml:8:15');
  });

  it('reads a file of many documents piece by piece, as `yaml` reads it whole', () => {
    const one = (id: string, text: string) => `mandates: 1\nid: ${id}\ntitle: T\nunits:\n  - id: u\n    name: N\n    duties:\n      - text: ${text}\n`;
    const files = [
      `---\n${one('a', '甲')}---\n${one('b', '乙')}`,
      `${one('a', '甲')}---   \n${one('b', '"乙\n          丙"')}\n`,
      `# 注释\n---\n${one('a', '甲 ---x')}---\r\n${one('b', '乙')}`,
      `${one('a', '甲')}--- # 第二份\n${one('b', '乙')}`,
      `%YAML 1.2\n---\n${one('a', '甲')}...\n---\n${one('b', '乙')}`,
    ];
    for (const text of files) {
      expect(parseCorpusText(text, 'x.yaml').map((p) => p.doc), text).toEqual(reference(text));
    }
    // A marker with nothing after it starts an empty document, which is no corpus document: refused as before.
    expect(() => parseCorpusText(`${one('a', '甲')}---\n`, 'x.yaml')).toThrow('x.yaml:9:4: not a corpus document');
  });

  it('leaves aliases to `yaml`, with its limit', () => {
    const text = 'mandates: 1\nid: doc-a\ntitle: &t 标题\nunits:\n  - id: u\n    name: *t\n    duties:\n      - text: *t\n';
    expect(parseCorpusText(text, 'x.yaml')[0]!.doc.units[0]!.name).toBe('标题');
  });
});
