/**
 * The interface's languages. Japanese is the default and keeps the unprefixed URLs; every other
 * language lives under its own prefix (`/en/...`). The choice is the URL's alone: no cookie, no
 * `Accept-Language`, so that a shared link and a crawler get what the URL says.
 */
export const LANGS = ['ja', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'ja';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
