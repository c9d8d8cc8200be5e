// Every document-shaped export loses nothing: each string a random corpus
// holds for the exported units is in the output. One line per format below
// (text as a reader sees it: Markdown with its escapes undone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Corpus } from '../../src/corpus/model.js';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { renderCorpusMarkdown } from '../../src/render/markdown.js';
import { corpusFromYaml } from '../helpers/corpus.js';
import { documentFile, leaves } from '../helpers/random-corpus.js';

/** Markdown as text: backslash escapes undone. */
const unescapeMarkdown = (md: string) => md.replace(/\\(.)/gu, '$1');

const FORMATS: { name: string; text: (corpus: Corpus) => Promise<string> | string }[] = [
  { name: 'md', text: (c) => unescapeMarkdown(renderCorpusMarkdown(c.units, { idOf: shortIdNamer(c) })) },
];

describe('document-shaped exports lose nothing', () => {
  for (const format of FORMATS) {
    it(`${format.name}: every string of a random corpus, each line of it`, async () => {
      await fc.assert(
        fc.asyncProperty(documentFile, async (file) => {
          const corpus = corpusFromYaml(stringify(file));
          const out = await format.text(corpus);
          for (const leaf of leaves(file)) for (const line of leaf.split('\n')) expect(out).toContain(line);
        }),
        { numRuns: 60 },
      );
    }, 60_000);
  }
});
