/**
 * HTTP caching in one place: the cache key of a page, the ETag, the Cache-Control policy, the
 * script hashes of a kept page and the store that keeps it, with the server's handler that uses
 * them (scripts/serve.ts).
 */
export { createCachedHandler } from './cached-handler';
export { PageStore } from './page-store';
