/** The search engine: build an index from duties, query it. Pure: values in, values out. */
export { buildSearchIndex, type SearchIndex } from './search-index.js';
export { search, isFallback, KIND_SCORE, type Hit, type MatchKind, type SearchMode, type SearchOptions, type SearchResult, type Span } from './search.js';
export { foldForSearch } from './fold.js';
