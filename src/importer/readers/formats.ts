import type { SourceFormat } from './types.js';

/** The formats `import --from` accepts, in the order help lists them. Kept apart from the readers so the CLI can check --from without loading any. */
export const SOURCE_FORMATS: readonly SourceFormat[] = ['txt', 'html', 'docx', 'doc', 'odt', 'pdf'];
