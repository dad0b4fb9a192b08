import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { canonicalOutletKey, getOutletProfile, outletNameIn, partnerNameIn } from '@/lib/data';
import { localHref, metadataStrings, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { Sentence } from '@/app/_components/i18n/SourceText';
import { TextLink } from '@/app/_components/ui/text-link';
import { CountList } from '../../partners/_components/EntryList';
import { outletExplorerHref, outletPageHref, partnerPageHref, routeSegment } from '../../partners/_components/links';
import { ProfileChart } from '../../partners/_components/ProfileChart';

interface OutletPageProps {
  params: Promise<{ lang: string; key: string }>;
}

const sectionClass = 'mt-4 rounded-lg border border-rule bg-surface p-5';

export async function generateMetadata({ params }: OutletPageProps): Promise<Metadata> {
  const { lang, partners } = await metadataStrings(params);
  const key = canonicalOutletKey(routeSegment((await params).key));
  const profile = key ? getOutletProfile(key) : undefined;
  return key && profile ? { title: partners.outlet.title(outletNameIn(key, profile.name, lang).name) } : {};
}

/**
 * One outlet: its entries per year and the partners they name. Keys are read without regard to
 * case and redirected to the canonical one; an unknown key is the 404 page.
 */
export default async function OutletPage({ params }: OutletPageProps) {
  const lang = await readPageLang(params);
  const { partners: jaPartners } = pageStrings(lang);
  const t = jaPartners.outlet;
  const asked = routeSegment((await params).key);
  const key = canonicalOutletKey(asked);
  if (key === null) notFound();
  if (key !== asked) permanentRedirect(localHref(outletPageHref(key)));
  const profile = getOutletProfile(key);
  if (!profile) notFound();
  const { name, asWritten } = outletNameIn(key, profile.name, lang);
  // An outlet the gazetteer has no English name for is named as the source writes it.
  const named = (sentence: (outlet: string) => string) => (asWritten && lang !== 'ja' ? <Sentence sentence={sentence} value={name} /> : sentence(name));
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <nav aria-label={jaPartners.navLink} className="text-sm">
        <TextLink href={localHref('/partners')}>{jaPartners.partner.allPartners}</TextLink>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-ink">{named(t.title)}</h1>
      {profile.total === 0 ? (
        <p className="mt-4 rounded-lg border border-rule bg-surface p-4" data-testid="no-entries">
          {t.noEntries}
        </p>
      ) : (
        <>
          <p className="mt-2 text-body" data-testid="outlet-total" data-total={profile.total}>
            {t.summary(profile.total)}
          </p>
          <p className="mt-1">
            <TextLink href={localHref(outletExplorerHref(key))}>{named(t.explorerLink)}</TextLink>
          </p>
          <section className={sectionClass}>
            <ProfileChart name={name} profile={profile} />
          </section>
          <section aria-labelledby="partners" className={sectionClass}>
            <h2 id="partners" className="text-lg font-bold text-ink">
              {t.partners}
            </h2>
            {profile.partners.length > 0 ? (
              <CountList rows={profile.partners.map((row) => ({ href: partnerPageHref(row.value), name: partnerNameIn(row.value, lang), count: row.count }))} />
            ) : (
              <p className="mt-2 text-sm text-muted">{t.noPartners}</p>
            )}
          </section>
        </>
      )}
    </main>
  );
}
