/**
 * Writes events back in the digest's format: the table header, then
 * `YYYY.MM.DD [HH:MM] OUTLET TITLE <ID> SUMMARY [【関連記事:…】…] [【註】 NOTE]` per entry, one
 * line. Parsing the result gives the same events (the round-trip property in the tests); what the
 * parser removed on purpose (HTML leftovers, residue, placeholder times) is not written back.
 */
import type { NewsEvent } from '../schema';

const HEADER = '年 月 日 出 典 標 題 要 旨';

function formatRefDate(date: string | null): string {
  return date ? date.replace(/-/g, '.') : '';
}

export function formatEntry(event: NewsEvent): string {
  const head = [event.date.replace(/-/g, '.'), ...(event.time ? [event.time] : []), event.outlet.raw, event.title].join(' ');
  const parts = [head, `<${event.id}>`];
  if (event.summary) parts.push(event.summary);
  for (const ref of event.refs) parts.push(`【関連記事:${ref.id} (${ref.outlet} ${formatRefDate(ref.date)})】`);
  for (const note of event.notes) parts.push(`【註】 ${note}`);
  return parts.join(' ');
}

export function formatDigest(events: readonly NewsEvent[]): string {
  return [HEADER, ...events.map(formatEntry)].join(' ');
}
