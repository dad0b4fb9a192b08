import { z } from 'zod';
import { MAX_QUERY_LENGTH, type ExplorerFilters, type KnownValues } from '@/lib/explorer';

/** The parameters GET /api/events takes; any other is a 400, so that a typo never means "everything". */
export const EVENTS_QUERY_PARAMS = ['outlet', 'partner', 'q', 'kind'] as const;
export type EventsQueryParam = (typeof EVENTS_QUERY_PARAMS)[number];

/** One bad parameter of a request, as the 400 response lists it. */
export interface EventsQueryError {
  param: string;
  message: string;
}

export type EventsQueryResult = { ok: true; filters: ExplorerFilters } | { ok: false; errors: EventsQueryError[] };

/** Every value of every parameter, repeated parameters kept (`outlet=a&outlet=b`). */
export function queryRecord(params: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const [key, value] of params) (record[key] ??= []).push(value);
  return record;
}

/** A list parameter: comma-separated and/or repeated values, each one of `known`. */
function listSchema(param: EventsQueryParam, known: ReadonlySet<string>, normalise: (value: string) => string) {
  return z
    .array(z.string())
    .default([])
    .transform((values) => [...new Set(values.flatMap((value) => value.split(',')).map((part) => normalise(part.trim())).filter((part) => part !== ''))])
    .pipe(z.array(z.string().refine((value) => known.has(value), { error: (issue) => `unknown ${param} "${String(issue.input)}"` })));
}

/** A parameter given at most once; absent or empty is ''. */
const singleSchema = z
  .array(z.string())
  .max(1, { error: 'given more than once' })
  .default([])
  .transform((values) => (values[0] ?? '').trim());

/**
 * The schema of GET /api/events's query (after queryRecord): the same filters as the explorer's
 * URL (lib/explorer/url-state.ts), but where the page drops a bad value with a notice, the API
 * refuses the request and names the parameter.
 */
export function eventsQuerySchema(known: Pick<KnownValues, 'outlets' | 'partners'>) {
  return z.strictObject(
    {
      outlet: listSchema('outlet', known.outlets, (value) => value.toLowerCase()),
      partner: listSchema('partner', known.partners, (value) => value.toUpperCase()),
      q: singleSchema
        .pipe(
          z
            .string()
            // URLSearchParams turns a broken percent-escape (`%E3%81`) into U+FFFD.
            .refine((text) => !text.includes('\uFFFD'), { error: 'is not valid UTF-8 percent-encoding' })
            .refine((text) => [...text].length <= MAX_QUERY_LENGTH, { error: `is longer than ${MAX_QUERY_LENGTH} characters` }),
        ),
      kind: singleSchema.pipe(
        z
          .string()
          .transform((text) => text.toLowerCase())
          .pipe(z.enum(['', 'all', 'news', 'statement'], { error: 'must be news, statement or all' })),
      ),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown parameter` : undefined) },
  );
}

export type EventsQuery = z.infer<ReturnType<typeof eventsQuerySchema>>;

/** Reads and checks a query string for GET /api/events: the filters, or every bad parameter. */
export function parseEventsQuery(params: URLSearchParams, known: Pick<KnownValues, 'outlets' | 'partners'>): EventsQueryResult {
  const result = eventsQuerySchema(known).safeParse(queryRecord(params));
  if (!result.success) {
    const errors: EventsQueryError[] = [];
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors.push({ param: key, message: `unknown parameter (expected ${EVENTS_QUERY_PARAMS.join(', ')})` });
      } else {
        errors.push({ param: String(issue.path[0] ?? ''), message: issue.message });
      }
    }
    return { ok: false, errors };
  }
  const { outlet, partner, q, kind } = result.data;
  return { ok: true, filters: { outlets: outlet, partners: partner, q, kind: kind === '' || kind === 'all' ? null : kind } };
}
