import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDictionary, type Dictionary } from './dictionary';
import { enDates } from './en-dates';
import { jaDates } from './ja-dates';
import { DEFAULT_LANG, isLang, type Lang } from './lang';
import { pathInLanguage } from './route-language';

/** A page's words, the language they are in and how it writes dates: what server components render with. */
export type PageStrings = Dictionary & { readonly lang: Lang; readonly dates: typeof jaDates };

/** The language of the page being rendered, kept for this request alone (React's cache is per request). */
const current = cache((): { lang: Lang } => ({ lang: DEFAULT_LANG }));

/**
 * Reads the `[lang]` segment of a page or layout and makes it the language of this render, for
 * the server components below it (pageStrings, localHref). A segment that is no language is a 404.
 */
export async function readPageLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  current().lang = lang;
  return lang;
}

/** The language of the page being rendered (readPageLang set it). */
export function pageLang(): Lang {
  return current().lang;
}

/** Every string of the page's language, with the language's code. */
export function pageStrings(lang: Lang = pageLang()): PageStrings {
  return { ...getDictionary(lang), lang, dates: lang === 'en' ? enDates : jaDates };
}

/** A link of this site in the page's language: `/events/x` on a Japanese page, `/en/events/x` on an English one. */
export function localHref(href: string, lang: Lang = pageLang()): string {
  return pathInLanguage(href, lang);
}

/** The words of a page's `[lang]` segment, for its generateMetadata (which renders apart from the page). */
export async function metadataStrings(params: Promise<{ lang: string }>): Promise<PageStrings> {
  const { lang } = await params;
  return pageStrings(isLang(lang) ? lang : DEFAULT_LANG);
}
