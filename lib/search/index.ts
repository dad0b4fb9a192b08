/**
 * Full-text search over the news events and the statements. Pure TypeScript (no Node APIs): it
 * runs on the server and in the browser alike.
 *
 *   normalise.ts     the fold (NFKC, case, white space) and the map back to the text as written
 *   query.ts         the query language: AND of terms, "phrases", -exclusions, refusals, notices
 *   documents.ts     news events and statements as units with their page anchors
 *   bigram-index.ts  the positional character-bigram index (no text read at query time)
 *   snippets.ts      windows of text around matches, with offsets into the snippet
 *   highlight.ts     marked text as pieces to render, and the terms of a `?hl=` query
 *   search.ts        search(): entries found, a page of hits, counts per kind and year
 *   scan.ts          the plain scan the index is tested and measured against
 *
 * Typical use:
 *   const index = buildSearchIndex(searchDocuments(events, statements));
 *   const parsed = parseQuery(q);
 *   if (parsed.ok) search(index, parsed.query, { page: 1, order: 'newest' });
 */
export { buildSearchIndex, type SearchIndex } from './bigram-index';
export {
  newsDocument,
  qaTurnAnchors,
  searchDocuments,
  statementDocument,
  type EntryKind,
  type SearchDocument,
  type SearchEntry,
  type SearchUnit,
  type UnitField,
} from './documents';
export { normaliseText, normaliseWithOffsets, toOriginalRange, type NormalisedText } from './normalise';
export {
  MAX_QUERY_LENGTH,
  parseQuery,
  type ParsedQuery,
  type QueryNotice,
  type QueryProblem,
  type QueryTerm,
  type SearchQuery,
} from './query';
export { scanEntries } from './scan';
export {
  search,
  findEntries,
  type SearchCounts,
  type SearchHit,
  type SearchOptions,
  type SearchOrder,
  type SearchResult,
  type YearCount,
} from './search';
export { findMatches, type MarkedText, type Snippet, type TextRange } from './snippets';
export { highlightTerms, textPieces, type TextPiece } from './highlight';
