/**
 * What reference managers read from a page: schema.org JSON-LD and the meta tags of Zotero's
 * "Embedded Metadata" translator (Highwire `citation_*`, Dublin Core `DC.*`, Open Graph).
 *
 * How that translator decides the item type (zotero/translators, Embedded Metadata.js and the RDF
 * import it hands DC/OG tags to, RDF.js `detectType`):
 * - `DC.type` whose value is a Zotero item type name (`newspaperArticle`, `report`) is taken as
 *   that type. It outranks schema.org and the weak guesses below; only `z:itemType`, `bib:`/`bibo:`
 *   types, PRISM, eprints and a *strong* `og:type` (`website` → webpage, `book`, video…) rank above
 *   it, so `og:type` stays `article` (only a guess: journalArticle) and none of the others is sent.
 * - Highwire tags choose a type only as the fallback when RDF finds none: `citation_journal_title`
 *   (journalArticle), `citation_technical_report_institution` (report), `citation_title`
 *   (a journalArticle guess). So no `citation_journal_title` here: the outlet goes to `DC.source`,
 *   which the RDF import maps to `publicationTitle` (a newspaper article's "Publication").
 * - Highwire fields are applied after RDF and win: `citation_title` → title, `citation_date` and
 *   `citation_publication_date` (YYYY/MM/DD) → date, `citation_language` → language,
 *   `citation_public_url` → URL, `citation_technical_report_institution` → a report's institution,
 *   `citation_author` → creators (a ministry as a one-field institutional name).
 * - `DC.publisher` → publisher/institution, `DC.creator` → author (used when Highwire names none).
 */
import type { CiteSource, CiteVersion } from './citation';

/** The meta tags, by name, in the form Next.js's Metadata `other` field takes. */
export function referenceManagerMeta(source: CiteSource, version: CiteVersion): Record<string, string> {
  const slashDate = source.date.replace(/-/g, '/');
  const common: Record<string, string> = {
    citation_title: source.title,
    citation_date: slashDate,
    citation_publication_date: slashDate,
    citation_language: 'ja',
    citation_public_url: source.url,
    'DC.title': source.title,
    'DC.date': source.date,
    'DC.language': 'ja',
    'DC.identifier': source.url,
    'DC.relation': `${source.url} (${version.hash})`,
  };
  if (source.kind === 'news' && source.outlet) {
    return {
      ...common,
      'DC.type': 'newspaperArticle',
      'DC.source': source.outlet.name,
      'DC.publisher': source.outlet.name,
      ...(source.outlet.via ? { 'DC.contributor': source.outlet.via } : {}),
    };
  }
  // The issuing body is the author and the institution; the site it was read on is only the
  // publisher, and the author is left out when no body is known.
  const issuer = source.issuer?.ja ?? null;
  const publisher = source.publisher ?? issuer;
  return {
    ...common,
    'DC.type': 'report',
    ...(issuer ? { 'DC.creator': issuer, citation_author: issuer, citation_technical_report_institution: issuer } : {}),
    ...(publisher ? { 'DC.publisher': publisher } : {}),
  };
}

/** schema.org JSON-LD of one entry: a NewsArticle, or a Report published by a government body. */
export function entryJsonLd(source: CiteSource, version: CiteVersion, siteName: string): Record<string, unknown> {
  const common = {
    '@context': 'https://schema.org',
    headline: source.title,
    name: source.title,
    datePublished: source.date,
    inLanguage: 'ja',
    url: source.url,
    mainEntityOfPage: source.url,
    // The chronology's version this page shows: a citation of it points to this state.
    version: version.hash,
    includedInDataCatalog: { '@type': 'Dataset', name: siteName, version: version.hash, ...(version.date ? { dateModified: version.date } : {}) },
  };
  if (source.kind === 'news' && source.outlet) {
    const outlet = { '@type': 'NewsMediaOrganization', name: source.outlet.name, alternateName: source.outlet.nameEn };
    return {
      ...common,
      '@type': 'NewsArticle',
      publisher: outlet,
      isPartOf: { '@type': 'Periodical', name: source.outlet.name, publisher: outlet },
      ...(source.outlet.via ? { provider: { '@type': 'Organization', name: source.outlet.via } } : {}),
    };
  }
  const body = source.issuer ? { '@type': 'GovernmentOrganization', name: source.issuer.ja, ...(source.issuer.en ? { alternateName: source.issuer.en } : {}) } : null;
  const site = source.publisher ? { '@type': 'Organization', name: source.publisher } : body;
  return { ...common, '@type': 'Report', ...(body ? { author: body } : {}), ...(site ? { publisher: site } : {}) };
}

/**
 * JSON for inside a `<script type="application/ld+json">`: `<`, `>` and `&` as \u escapes, so
 * that no text (`</script>`, `<!--`) can end or change the element; U+2028/U+2029 too, which old
 * JavaScript parsers take for line ends. JSON.parse reads the escapes back to the same text.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
