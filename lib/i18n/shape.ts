/**
 * A dictionary's shape without its literal types. Another language's dictionary is declared
 * `satisfies Shape<typeof ja>`: it must have the same keys, and functions taking the same
 * arguments, but its own words. A key missing in one language fails the type check.
 */
export type Shape<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends (...args: infer A) => infer R
        ? (...args: A) => Shape<R>
        : T extends readonly (infer U)[]
          ? readonly Shape<U>[]
          : T extends object
            ? { readonly [K in keyof T]: Shape<T[K]> }
            : T;
