/**
 * The day a citation says the page was read: today's calendar date in Japan.
 *
 * Why Tokyo and not the reader's zone: the chronology is a Japanese publication dated in Japan
 * time (its entries, its data version), and the server renders the citation, so the date must not
 * depend on the server's TZ setting. A reader in Los Angeles late on 1 December sees 2 December,
 * the date the site itself is on. The date is only ever a YYYY-MM-DD string: never a Date that a
 * later formatter could move again.
 */
const tokyoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `2026-12-01`: the date in Asia/Tokyo at the instant `now`. */
export function tokyoDate(now: Date): string {
  const parts = Object.fromEntries(tokyoDay.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
