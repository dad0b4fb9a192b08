/**
 * An English count with its noun: `plural(1, 'event', 'events')` is "1 event", `plural(1234, …)`
 * is "1,234 events". English has only the two forms, so a count needs no Intl.PluralRules.
 */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
