/**
 * The plain scan: every entry's folded units tested with `includes`, no index. It is the meaning
 * of a query (an entry is found when each included term is in one of its units and no excluded
 * term is in any), what the index is tested against (it may never find fewer) and the baseline
 * the benchmark measures it against.
 */
import type { SearchQuery } from './query';

/** The folded texts of one entry's units, as the scan reads them. */
export type ScannedEntry = readonly string[];

/** The positions in `entries` of the entries the query finds, ascending. */
export function scanEntries(entries: readonly ScannedEntry[], query: SearchQuery): number[] {
  const found: number[] = [];
  entries.forEach((units, position) => {
    const has = (term: string) => units.some((text) => text.includes(term));
    if (query.include.every((term) => has(term.text)) && !query.exclude.some((term) => has(term.text))) found.push(position);
  });
  return found;
}
