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
