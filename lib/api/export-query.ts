import type { ExplorerFilters, KnownValues } from '@/lib/explorer';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '@/lib/export';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '@/lib/i18n/lang';
import { acceptedFilters, readFilterParams, rejectedInQueryOrder, valuesByParam } from '@/lib/url-params';
import { EVENTS_QUERY_PARAMS, refusal, unknownParams, type EventsQueryError } from './events-query';

/**
 * What GET /api/export takes: exactly the filters of GET /api/events, plus `format` and `lang` (the
 * language of the words the file adds to the sources: partner names and notes; `ja` when absent). Built from
 * EVENTS_QUERY_PARAMS, so that a filter added there (and to readFilterParams) is taken here too.
 */
export const EXPORT_QUERY_PARAMS = [...EVENTS_QUERY_PARAMS, 'format', 'lang'] as const;

export type ExportQueryResult = { ok: true; format: ExportFormat; lang: Lang; filters: ExplorerFilters } | { ok: false; errors: EventsQueryError[] };

/** The format's errors: missing, repeated or unknown (in any case: `CSV` is csv). */
function formatErrors(values: readonly string[]): EventsQueryError[] {
  const expected = `must be one of ${EXPORT_FORMATS.join(', ')}`;
  const given = values.map((value) => value.trim().toLowerCase());
  if (given.length === 0 || given.every((value) => value === '')) return [{ param: 'format', message: `is required (${expected})` }];
  const errors: EventsQueryError[] = [];
  if (given.length > 1) errors.push({ param: 'format', message: 'given more than once' });
  for (const [index, value] of given.entries()) if (value !== '' && !isExportFormat(value)) errors.push({ param: 'format', message: `unknown format "${values[index]?.trim()}" (${expected})` });
  return errors;
}

/** The language's errors: repeated or unknown. Absent or empty is Japanese, the site's default. */
function langErrors(values: readonly string[]): EventsQueryError[] {
  const errors: EventsQueryError[] = [];
  if (values.length > 1) errors.push({ param: 'lang', message: 'given more than once' });
  for (const value of values) if (value.trim() !== '' && !isLang(value.trim().toLowerCase())) errors.push({ param: 'lang', message: `unknown language "${value.trim()}" (must be one of ${LANGS.join(', ')})` });
  return errors;
}

/**
 * Reads and checks a query string for GET /api/export with the readers of GET /api/events: a bad
 * filter, an unknown parameter, and a missing, repeated or unknown format are each named.
 */
export function parseExportQuery(params: URLSearchParams, known: Pick<KnownValues, 'outlets' | 'partners'>): ExportQueryResult {
  const values = valuesByParam(params);
  const readings = readFilterParams(values, known);
  const errors = unknownParams(values, EXPORT_QUERY_PARAMS);
  for (const rejected of rejectedInQueryOrder(values, readings)) errors.push({ param: rejected.param, message: refusal(rejected) });
  const formatValues = values.get('format') ?? [];
  errors.push(...formatErrors(formatValues));
  const langValues = values.get('lang') ?? [];
  errors.push(...langErrors(langValues));
  const format = formatValues[0]?.trim().toLowerCase() ?? '';
  const lang = langValues[0]?.trim().toLowerCase() || DEFAULT_LANG;
  if (errors.length > 0 || !isExportFormat(format) || !isLang(lang)) return { ok: false, errors };
  return { ok: true, format, lang, filters: acceptedFilters(readings) };
}
