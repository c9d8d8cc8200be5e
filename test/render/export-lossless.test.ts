// Every document-shaped export loses nothing: each string a random corpus
// holds for the exported units is in the output. One line per format below
// (text as a reader sees it: Markdown with its escapes undone).
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Corpus } from '../../src/corpus/model.js';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { corpusWorkbook } from '../../src/render/corpus-tables.js';
import { renderCorpusMarkdown } from '../../src/render/markdown.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { corpusFromYaml } from '../helpers/corpus.js';
import { documentFile, leaves } from '../helpers/random-corpus.js';

/** Markdown as text: backslash escapes undone. */
const unescapeMarkdown = (md: string) => md.replace(/\\(.)/gu, '$1');

/** Every cell of a workbook as read back (shared strings, rich text and links resolved), one a line, sheet by sheet, row by row. */
async function xlsxText(buffer: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'richText' in v) cells.push(v.richText.map((r) => r.text).join(''));
        else if (v && typeof v === 'object' && 'text' in v) cells.push(String(v.text));
        else cells.push(String(v));
      }),
    ),
  );
  return cells.join('\n');
}

const FORMATS: { name: string; text: (corpus: Corpus) => Promise<string> | string }[] = [
  { name: 'md', text: (c) => unescapeMarkdown(renderCorpusMarkdown(c.units, { idOf: shortIdNamer(c) })) },
  { name: 'xlsx', text: async (c) => xlsxText(await renderXlsx(corpusWorkbook(c.units, { idOf: shortIdNamer(c), creator: 'test', created: new Date(0) }))) },
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
