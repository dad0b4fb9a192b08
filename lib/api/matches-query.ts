import { readQuery, valuesByParam } from '@/lib/url-params';
import type { EventsQueryError } from './events-query';

/**
 * The query of GET /api/explorer-matches: `q` once (read as the page reads it), at most one `v`
 * (the search version the page was given: 16 lowercase hex digits) and at most one `statement`
 * (a slug the chronology has). Anything else is a 400 naming it.
 */
export const MATCHES_QUERY_PARAMS = ['q', 'v', 'statement'] as const;

export type MatchesQueryResult = { ok: true; q: string; version: string | null; statement: string | null } | { ok: false; errors: EventsQueryError[] };

export function parseMatchesQuery(params: URLSearchParams, statements: Pick<ReadonlySet<string>, 'has'>): MatchesQueryResult {
  const values = valuesByParam(params);
  const errors: EventsQueryError[] = [];
  for (const key of values.keys()) {
    if (!(MATCHES_QUERY_PARAMS as readonly string[]).includes(key)) errors.push({ param: key, message: `unknown parameter (expected ${MATCHES_QUERY_PARAMS.join(', ')})` });
  }
  const q = readQuery(values.get('q') ?? []);
  for (const rejected of q.rejected) errors.push({ param: 'q', message: rejected.reason === 'repeated' ? 'given more than once' : rejected.reason });
  if (q.rejected.length === 0 && q.value === '') errors.push({ param: 'q', message: 'required' });
  const single = (param: 'v' | 'statement', valid: (value: string) => boolean, message: string): string | null => {
    const given = values.get(param) ?? [];
    if (given.length > 1) errors.push({ param, message: 'given more than once' });
    const value = given[0];
    if (value === undefined) return null;
    if (!valid(value)) errors.push({ param, message });
    return value;
  };
  const version = single('v', (value) => /^[0-9a-f]{16}$/.test(value), 'a version is 16 lowercase hexadecimal digits');
  const statement = single('statement', (value) => statements.has(value), 'unknown statement');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, q: q.value, version, statement };
}
