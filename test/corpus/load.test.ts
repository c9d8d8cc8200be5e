import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { parseCorpusText } from '../../src/corpus/parse.js';
import { UserError } from '../../src/errors.js';

function load(text: string, source = 'x.yaml') {
  return buildCorpus(parseCorpusText(text, source));
}

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const err = e as UserError;
    return [err.message, ...err.details];
  }
  throw new Error('expected a UserError');
}

const MINIMAL = `mandates: 1
id: doc-a
title: 测试通知
units:
  - id: u1
    name: 测试中心
    duties:
      - label: 一、
        text: 第一项。
      - label: 二、
        text: 第二项。
        items:
          - label: （一）
            text: 子项。
`;

describe('parsing and validating corpus files', () => {
  it('loads a minimal document into linked units and duties with derived ids', () => {
    const corpus = load(MINIMAL);
    expect(corpus.duties.map((d) => [d.id, d.numbering, d.depth])).toEqual([
      ['doc-a/u1/1', '一', 0],
      ['doc-a/u1/2', '二', 0],
      ['doc-a/u1/2.1', '二（一）', 1],
    ]);
    expect(corpus.duties[2]!.parent?.id).toBe('doc-a/u1/2');
  });

  it('reports broken YAML with file:line:col', () => {
    const lines = problems(() => load('mandates: 1\nid: [unclosed\ntitle: x\n', 'bad.yaml'));
    expect(lines[0]).toMatch(/^bad\.yaml:\d+:\d+: /);
  });

  it('reports a schema violation with its field, line and column, every one on its own line', () => {
    const text = MINIMAL.replace('        text: 第二项。', '        txet: 第二项。').replace('id: doc-a', 'id: Doc A');
    const lines = problems(() => load(text, 'v.yaml'));
    expect(lines).toContain('v.yaml:2:5: id: does not match ^[a-z0-9][a-z0-9-]*$');
    expect(lines).toContain('v.yaml:11:9: units[0].duties[1].txet: unknown field "txet" (check its spelling against corpus/mandates.schema.json)');
    expect(lines).toContain('v.yaml:10:9: units[0].duties[1].text: missing required field "text"');
  });

  it('refuses an empty file and a file that is not a mapping', () => {
    expect(problems(() => load('', 'empty.yaml'))).toEqual(['empty.yaml: no corpus document in the file (it is empty)']);
    expect(problems(() => load('# only a comment\n', 'c.yaml'))[0]).toContain('no corpus document');
    expect(problems(() => load('- just\n- a list\n', 'l.yaml'))[0]).toBe('l.yaml:1:1: not a corpus document: expected a mapping with mandates, id, title and units');
  });

  it('refuses duplicate keys, duplicate unit ids and repeated numbering with explicit locations', () => {
    expect(problems(() => load(MINIMAL.replace('title: 测试通知', 'title: 测试通知\ntitle: again')))[0]).toMatch(/^x\.yaml:4:1: .*[Mm]ap keys must be unique/);
    const twoUnits = MINIMAL + `  - id: u1
    name: 另一中心
    duties:
      - label: 一、
        text: 甲。
      - label: 一、
        text: 乙。
`;
    const lines = problems(() => load(twoUnits));
    expect(lines).toContain('x.yaml:15:9: units[1].id: duplicate unit id "u1" in document doc-a');
    expect(lines.some((l) => l.startsWith('x.yaml:20:16: units[1].duties[1].label: duty id "doc-a/u1/1" is used twice'))).toBe(true);
  });

  it('accepts an explicit id where numbering repeats', () => {
    const text = MINIMAL.replace('      - label: 二、\n', '      - label: 一、\n        id: 1b\n');
    expect(load(text).duties.map((d) => d.path)).toEqual(['1', '1b', '1b.1']);
  });

  it('refuses a unit with both duties and sections, or neither', () => {
    const both = MINIMAL.replace('    duties:\n', '    sections: []\n    duties:\n');
    expect(problems(() => load(both))[0]).toBe('x.yaml:5:5: units[0]: a unit has either "duties" or "sections", not both');
    const neither = 'mandates: 1\nid: d\ntitle: t\nunits:\n  - id: u\n    name: n\n';
    expect(problems(() => load(neither))[0]).toBe('x.yaml:5:5: units[0]: a unit needs "duties" (or "sections")');
  });

  it('loads several documents from one stream and refuses a duplicate document id', () => {
    const other = MINIMAL.replace('id: doc-a', 'id: doc-b');
    expect(load(`${MINIMAL}---\n${other}`).documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
    const lines = problems(() => load(`${MINIMAL}---\n${MINIMAL}`));
    expect(lines[0]).toBe('x.yaml:17:5: id: duplicate document id "doc-a" (also at x.yaml:2:5); give one of them another id');
  });

  // The timeout guards against hanging (expanding the bomb would take hours); speed is the bench's business.
  it('refuses a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const lines = problems(() => load(bomb.join('\n') + '\n'));
    expect(lines[0]).toMatch(/^x\.yaml:1:1: .*alias/i);
  }, 5_000);
});
