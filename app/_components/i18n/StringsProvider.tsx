import type { Lang } from '@/lib/i18n/lang';
import { EnStrings } from './EnStrings';
import { JaStrings } from './JaStrings';

/** The client islands' words in the page's language: only that language's provider, and dictionary, reach the browser. */
export function StringsProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return lang === 'en' ? <EnStrings>{children}</EnStrings> : <JaStrings>{children}</JaStrings>;
}
