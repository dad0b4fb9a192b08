/**
 * The explorer's words that come from the data's tables rather than the dictionary: partner and
 * outlet names and the opening sentence, in a page's language (the gazetteers know both names).
 */
import 'server-only';
import { dateSpan, type ExplorerFacets } from '@/lib/explorer';
import { facetsInLanguage } from '@/lib/gazetteer/names-in';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/lang';
import { getExplorerData } from './explorer';

const facetsByLang = new Map<Lang, ExplorerFacets>();

/** The explorer's filter options labelled in a language (same values, same order). */
export function explorerFacetsIn(lang: Lang): ExplorerFacets {
  const { facets } = getExplorerData();
  if (lang === 'ja') return facets;
  let localized = facetsByLang.get(lang);
  if (!localized) {
    localized = facetsInLanguage(facets, lang);
    facetsByLang.set(lang, localized);
  }
  return localized;
}

/** The timeline's opening sentence (how many entries, over which years) in a language. */
export function explorerIntroIn(lang: Lang): string {
  const { items, news, intro } = getExplorerData();
  if (lang === 'ja') return intro;
  const span = dateSpan(items);
  return span ? getDictionary(lang).ui.panel.intro(news.length, items.length - news.length, span.first.slice(0, 4), span.last.slice(0, 4)) : '';
}
