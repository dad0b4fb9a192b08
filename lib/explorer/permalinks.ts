/**
 * The site's page of an entry. Apart from the conversion that uses them (./to-explorer-items.ts)
 * because the explorer's page reads them but not the conversion, which the playground's worker
 * runs: a module shared by both would carry the conversion into the home page's code.
 */
export const eventPermalink = (id: string): string => `/events/${encodeURIComponent(id)}`;
export const statementPermalink = (slug: string): string => `/statements/${encodeURIComponent(slug)}`;
