/**
 * Partner and outlet names in a page's language, from the gazetteers (which know both names): for
 * the server's pages (lib/data) and for the playground's preview, which names its own entries.
 */
import type { ExplorerFacets } from '../explorer/types';
import type { Lang } from '../i18n/lang';
import { outletGazetteer } from './outlets';
import { partnerGazetteer, type PartnerEntry } from './partners/table';

const outletEnglishNames = new Map(outletGazetteer.map((outlet) => [outlet.key, outlet.nameEn]));
// The table's own lookup (partnerByCode) is not used here: the browser's copy of the table, which
// the home page carries, would carry it too once the playground's preview named partners with it.
const partnersByCode = new Map<string, PartnerEntry>(partnerGazetteer.map((partner) => [partner.code, partner]));

/** A partner's name in a language (`英国`, `United Kingdom`), or its code when the gazetteer does not know it. */
export function partnerNameIn(code: string, lang: Lang): string {
  const partner = partnersByCode.get(code);
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

/** The explorer's filter options (labelled in Japanese) labelled in a language: same values, same order. */
export function facetsInLanguage(facets: ExplorerFacets, lang: Lang): ExplorerFacets {
  if (lang === 'ja') return facets;
  return {
    ...facets,
    outlets: facets.outlets.map((option) => {
      const { name, asWritten } = outletNameIn(option.value, option.label, lang);
      return asWritten ? { ...option, lang: 'ja' as const } : { ...option, label: name };
    }),
    partners: facets.partners.map((option) => ({ ...option, label: partnerNameIn(option.value, lang) })),
  };
}
