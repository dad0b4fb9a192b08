/**
 * The explorer's words that come from the data's tables rather than the dictionary: partner and
 * outlet names and the opening sentence, in a page's language (the gazetteers know both names).
 */
import 'server-only';
import { dateSpan, type ExplorerFacets } from '@/lib/explorer';
import { outletGazetteer } from '@/lib/gazetteer/outlets';
import { partnerByCode } from '@/lib/gazetteer/partners';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/lang';
import { getExplorerData } from './explorer';

const outletEnglishNames = new Map(outletGazetteer.map((outlet) => [outlet.key, outlet.nameEn]));

/** A partner's name in a language (`英国`, `United Kingdom`), or its code when the gazetteer does not know it. */
export function partnerNameIn(code: string, lang: Lang): string {
  const partner = partnerByCode(code);
  return (lang === 'en' ? partner?.nameEn : partner?.nameJa) ?? code;
}

/**
 * An outlet's name in a language, and whether it is the source's own (Japanese) spelling: an
 * outlet the gazetteer does not know has no English name, and is shown as written, marked `lang="ja"`.
 */
export function outletNameIn(key: string, name: string, lang: Lang): { name: string; asWritten: boolean } {
  const english = lang === 'en' ? outletEnglishNames.get(key) : undefined;
  return english ? { name: english, asWritten: false } : { name, asWritten: true };
}

const facetsByLang = new Map<Lang, ExplorerFacets>();

/** The explorer's filter options labelled in a language (same values, same order). */
export function explorerFacetsIn(lang: Lang): ExplorerFacets {
  const { facets } = getExplorerData();
  if (lang === 'ja') return facets;
  let localized = facetsByLang.get(lang);
  if (!localized) {
    localized = {
      ...facets,
      outlets: facets.outlets.map((option) => {
        const { name, asWritten } = outletNameIn(option.value, option.label, lang);
        return asWritten ? { ...option, lang: 'ja' as const } : { ...option, label: name };
      }),
      partners: facets.partners.map((option) => ({ ...option, label: partnerNameIn(option.value, lang) })),
    };
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
