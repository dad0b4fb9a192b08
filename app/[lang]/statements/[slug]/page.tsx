import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getExplorerData, getRelatedEvents, getRelatedEvidence, getStatement, partnerNameIn } from '@/lib/data';
import { getDictionary } from '@/lib/i18n/dictionary';
import { DEFAULT_LANG, isLang } from '@/lib/i18n/lang';
import { pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { highlightTerms } from '@/lib/search';
import { readQuery, valuesByParam } from '@/lib/url-params';
import { CiteSection } from '@/app/_components/cite/CiteSection';
import { entryReferenceMetadata, entryStructuredData } from '@/app/_components/cite/entry-metadata';
import { JsonLd } from '@/app/_components/cite/JsonLd';
import { PrintHeader } from '@/app/_components/print/PrintHeader';
import { RelatedEvents } from '../_components/RelatedEvents';
import { StatementHeader } from '../_components/StatementHeader';
import { StatementText } from '../_components/StatementText';

interface Props {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const statement = getStatement(slug);
  if (!statement) return { title: getDictionary(isLang(lang) ? lang : DEFAULT_LANG).ui.notFound.title };
  // A statement with no date at all is not on the timeline and has no item: it goes uncited.
  const item = getExplorerData().itemById.get(statement.slug);
  return { title: statement.title, description: statement.lead.replace(/\n/g, '') || undefined, ...(item ? await entryReferenceMetadata(item) : {}) };
}

/**
 * A statement's full text. `?hl=QUERY` (a search result's link) marks the query's terms in the
 * text; a value the search would refuse marks nothing, without a notice: it only decorates.
 */
export default async function StatementPage({ params, searchParams }: Props) {
  const lang = await readPageLang(params);
  const { ui: ja } = pageStrings(lang);
  const { slug } = await params;
  const statement = getStatement(slug);
  if (!statement) notFound();
  const highlight = highlightTerms(readQuery(valuesByParam(await searchParams).get('hl') ?? []).value);
  const item = getExplorerData().itemById.get(slug);
  return (
    <main className="mx-auto max-w-6xl space-y-10 px-4 py-6 print:max-w-none print:space-y-6 print:p-0">
      {item ? <JsonLd data={await entryStructuredData(item)} /> : null}
      <PrintHeader />
      <StatementHeader statement={statement} />
      <section aria-label={ja.statement.text} className="rounded border border-rule bg-surface p-4 md:p-6">
        <StatementText statement={statement} highlight={highlight} />
      </section>
      <RelatedEvents
        events={getRelatedEvents(slug).map((event) => ({ event, evidence: getRelatedEvidence(event.id, slug) }))}
        partnerLabel={(code) => partnerNameIn(code, lang)}
      />
      {item ? <CiteSection item={item} className="rounded border border-rule bg-surface p-4 md:p-6" /> : null}
    </main>
  );
}
