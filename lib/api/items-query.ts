import { z } from 'zod';
import { queryRecord, type EventsQueryError } from './events-query';

/**
 * The query of GET /api/explorer-items: at most one `v`, the version the page asked for (16
 * lowercase hex digits), and at most one `encoding`: `gzip` asks for the file compressed by the
 * server itself (the browser inflates it with DecompressionStream); nothing else.
 */
const itemsQuerySchema = z.strictObject({
  v: z
    .array(z.string().regex(/^[0-9a-f]{16}$/, { error: 'a version is 16 lowercase hexadecimal digits' }))
    .max(1, { error: 'given more than once' })
    .optional(),
  encoding: z
    .array(z.literal('gzip', { error: 'the only encoding is gzip' }))
    .max(1, { error: 'given more than once' })
    .optional(),
});

/**
 * The longest items file (the UTF-16 length of its JSON: about half its UTF-8 bytes, most of its
 * text being Japanese) that the server sends gzip-coded (app/api/explorer-items); a longer one goes
 * as application/gzip, inflated by a worker in the page. A coded file reaches the page inflated,
 * and the page's main thread reads every byte of it as it arrives, while the explorer hydrates.
 * Measured on the bench machine: at 3.7 MB (10,000 entries) that cost less than starting the
 * worker (the timeline's first items 75 ms sooner); at 37 MB (100,000) it delayed the hydration by
 * 130 ms (first items 140 ms later). Between the two, about 15 MB evens them out; this bound is
 * about 12 MB.
 */
const MAX_CODED_ITEMS_CHARS = 6_000_000;

/** Whether the items file of this many characters of JSON is sent gzip-coded (else as application/gzip). */
export const sendsItemsCoded = (jsonChars: number): boolean => jsonChars <= MAX_CODED_ITEMS_CHARS;

export type ItemsQueryResult = { ok: true; version: string | null; gzip: boolean } | { ok: false; errors: EventsQueryError[] };

export function parseItemsQuery(params: URLSearchParams): ItemsQueryResult {
  const parsed = itemsQuerySchema.safeParse(queryRecord(params));
  if (parsed.success) return { ok: true, version: parsed.data.v?.[0] ?? null, gzip: parsed.data.encoding !== undefined };
  return {
    ok: false,
    errors: parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ param: key, message: `unknown parameter "${key}"` }))
        : [{ param: String(issue.path[0] ?? ''), message: issue.message }],
    ),
  };
}
