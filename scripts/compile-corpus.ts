// Compiles corpus/*.yaml to build/corpus.json at build time: parsed and
// validated once here, so each run of the CLI reads JSON.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../src/corpus/build-model.js';
import { parseCorpusText } from '../src/corpus/parse.js';

export function compileBundledCorpus(dir: string, out: string): { documents: number; duties: number } {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const parsed = files.flatMap((f) => parseCorpusText(readFileSync(join(dir, f), 'utf8'), join('corpus', f)));
  const corpus = buildCorpus(parsed); // throws on any problem: the build fails
  writeFileSync(out, JSON.stringify(parsed.map((p) => p.doc)));
  return { documents: corpus.documents.length, duties: corpus.duties.length };
}
