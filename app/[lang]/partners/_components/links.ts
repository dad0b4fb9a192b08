/**
 * Links from the partner and outlet pages into the explorer. The `from`/`to` range is the
 * explorer's date filter (YYYY, YYYY-MM or YYYY-MM-DD); a year is `from=YYYY&to=YYYY`.
 */

export function partnerPageHref(code: string): string {
  return `/partners/${encodeURIComponent(code)}`;
}

export function outletPageHref(key: string): string {
  return `/outlets/${encodeURIComponent(key)}`;
}

/** The explorer filtered to a partner, or to a partner in one year. */
export function partnerExplorerHref(code: string, year?: number): string {
  const partner = `/?partner=${encodeURIComponent(code)}`;
  return year === undefined ? partner : `${partner}&from=${year}&to=${year}`;
}

/** The explorer filtered to an outlet. */
export function outletExplorerHref(key: string): string {
  return `/?outlet=${encodeURIComponent(key)}`;
}

/** A route segment as text: Next may hand it over still percent-encoded; a broken escape stays as written. */
export function routeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
