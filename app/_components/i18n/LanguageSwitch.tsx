'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { DEFAULT_LANG, LANGS, type Lang } from '@/lib/i18n/lang';
import { LANGUAGE_NAMES } from '@/lib/i18n/language-names';
import { pathInLanguage } from '@/lib/i18n/route-language';

interface LanguageSwitchProps {
  /** The page's language. */
  lang: Lang;
  className?: string;
  /** The alternates alone, without the visible link (the embed view, inside another site's page). */
  linksOnly?: boolean;
}

/**
 * The page's addresses in every language: the `hreflang` alternates (React puts them in the head)
 * and a link to the page in the other language. Both follow the current URL, query included, also
 * after the explorer rewrites it with the history API: switching keeps the filters, the range,
 * the open entry, the view and the search query.
 */
export function LanguageSwitch({ lang, className, linksOnly = false }: LanguageSwitchProps) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const current = `${pathname}${search ? `?${search}` : ''}`;
  const others = LANGS.filter((other) => other !== lang);
  return (
    <>
      {LANGS.map((other) => (
        <link key={other} rel="alternate" hrefLang={other} href={pathInLanguage(current, other)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={pathInLanguage(current, DEFAULT_LANG)} />
      {linksOnly ? null : others.map((other) => (
        <a key={other} href={pathInLanguage(current, other)} hrefLang={other} lang={other} className={className}>
          {LANGUAGE_NAMES[other]}
        </a>
      ))}
    </>
  );
}
