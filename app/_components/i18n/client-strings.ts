import type { Dictionary } from '@/lib/i18n/dictionary';
import type { jaDates } from '@/lib/i18n/ja-dates';
import type { Lang } from '@/lib/i18n/lang';
import { pathInLanguage } from '@/lib/i18n/route-language';

/**
 * The words the explorer's client islands show, in the page's language. A language's provider
 * (JaStrings, EnStrings) is the only client module that imports its dictionary, so a page sends
 * its own language's words and never the other's. Components shared by server pages and the
 * explorer take them as a prop (server pages pass lib/i18n/page-lang's pageStrings()).
 */
export type ClientStrings = Pick<Dictionary, 'ui' | 'access' | 'cite' | 'export' | 'milestones' | 'pages' | 'partners'> & { readonly lang: Lang; readonly dates: typeof jaDates };

/** A link of this site in the strings' language (`/events/x`, `/en/events/x`). */
export function hrefIn(strings: Pick<ClientStrings, 'lang'>, href: string): string {
  return pathInLanguage(href, strings.lang);
}
