/** What Next gives a page as searchParams, or what the browser has in location.search. */
export type QueryInput = URLSearchParams | string | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Every value of every parameter, repeated parameters kept in order (`outlet=a&outlet=b`, as a
 * plain GET form sends them), keyed in the order each parameter first appears: that is the
 * order in which rejected values are reported.
 */
export function valuesByParam(input: QueryInput): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  };
  if (typeof input === 'string' || input instanceof URLSearchParams) {
    for (const [key, value] of typeof input === 'string' ? new URLSearchParams(input) : input) add(key, value);
    return values;
  }
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    for (const one of typeof value === 'string' ? [value] : value) add(key, one);
  }
  return values;
}

/**
 * The same query whatever its order or form (a string, URLSearchParams, Next's searchParams): the
 * browser tells by it whether the page it has is the one the server rendered for its URL.
 */
export function queryKey(input: QueryInput): string {
  return JSON.stringify([...valuesByParam(input)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
