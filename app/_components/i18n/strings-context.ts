import { createContext, useContext } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/lang';
import { pathInLanguage } from '@/lib/i18n/route-language';

/**
 * The words the explorer's client islands show, in the page's language. A language's provider
 * (JaStrings, EnStrings) is the only client module that imports its dictionary, so a page sends
 * its own language's words and never the other's.
 */
export type ClientStrings = Pick<Dictionary, 'ui' | 'access' | 'cite' | 'export' | 'milestones' | 'pages' | 'partners' | 'dates'> & { readonly lang: Lang };

export const StringsContext = createContext<ClientStrings | null>(null);

/** The page's words, for a client component under the root layout's provider. */
export function useStrings(): ClientStrings {
  const strings = useContext(StringsContext);
  if (!strings) throw new Error('useStrings: no StringsContext above this component (app/[lang]/layout.tsx provides it)');
  return strings;
}

/** A link of this site in the strings' language (`/events/x`, `/en/events/x`). */
export function hrefIn(strings: Pick<ClientStrings, 'lang'>, href: string): string {
  return pathInLanguage(href, strings.lang);
}
