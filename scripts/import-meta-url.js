// Injected into the CommonJS bundle: import.meta.url for code written as ES modules.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
