import { bundledDocuments } from '../../src/cli/corpus-source.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { Corpus } from '../../src/corpus/model.js';
import { parseCorpusText } from '../../src/corpus/parse.js';

/** The bundled corpus, loaded from corpus/*.yaml as the CLI would. */
export async function bundledCorpus(): Promise<Corpus> {
  return buildCorpus(await bundledDocuments());
}

/** A corpus from YAML text (validated against the schema, as --corpus would). */
export function corpusFromYaml(text: string, source = 'test.yaml'): Corpus {
  return buildCorpus(parseCorpusText(text, source));
}
