import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { canonicalPartnerCode, getPartnerMilestones, getPartnerProfile, outletNameIn, partnerNameIn } from '@/lib/data';
import { localHref, metadataStrings, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { TextLink } from '@/app/_components/ui/text-link';
import { CountList, EntryList } from '../_components/EntryList';
import { outletPageHref, partnerExplorerHref, partnerPageHref, routeSegment } from '../_components/links';
import { ProfileChart } from '../_components/ProfileChart';

interface PartnerPageProps {
  params: Promise<{ lang: string; code: string }>;
}

/** An outlet's name in the page's language, marked as Japanese when it is the source's spelling. */
function outletLabel(key: string, written: string, lang: 'ja' | 'en'): { name: string; lang?: string } {
  const { name, asWritten } = outletNameIn(key, written, lang);
  return asWritten && lang !== 'ja' ? { name, lang: 'ja' } : { name };
}

const sectionClass = 'mt-4 rounded-lg border border-rule bg-surface p-5';
const headingClass = 'text-lg font-bold text-ink';

export async function generateMetadata({ params }: PartnerPageProps): Promise<Metadata> {
  const { lang, partners } = await metadataStrings(params);
  const code = canonicalPartnerCode(routeSegment((await params).code));
  return code ? { title: `${partnerNameIn(code, lang)}${partners.partner.titleSuffix}` } : {};
}

/**
 * One partner: its entries per year by kind, its first and latest entry, its milestones, its
 * statements, the outlets that report it and the partners it appears with. Codes are read
 * without regard to case and redirected to the gazetteer's spelling (`/partners/nato` →
 * `/partners/NATO`); an unknown code is the 404 page.
 */
export default async function PartnerPage({ params }: PartnerPageProps) {
  const lang = await readPageLang(params);
  const { partners: jaPartners } = pageStrings(lang);
  const t = jaPartners.partner;
  const partnerName = (partner: string) => partnerNameIn(partner, lang);
  const asked = routeSegment((await params).code);
  const code = canonicalPartnerCode(asked);
  if (code === null) notFound();
  if (code !== asked) permanentRedirect(localHref(partnerPageHref(code)));
  const profile = getPartnerProfile(code);
  if (!profile) notFound();
  const name = partnerName(code);
  const milestones = getPartnerMilestones(code);
  const news = profile.byYear.reduce((sum, row) => sum + row.news, 0);
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <nav aria-label={jaPartners.navLink} className="text-sm">
        <TextLink href={localHref('/partners')}>{t.allPartners}</TextLink>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-ink">
        {name}
        {t.titleSuffix}
      </h1>
      <p className="text-sm text-muted">{t.code(code)}</p>
      {profile.total === 0 ? (
        <p className="mt-4 rounded-lg border border-rule bg-surface p-4" data-testid="no-entries">
          {t.noEntries}
        </p>
      ) : (
        <>
          <p className="mt-2 text-body" data-testid="partner-total" data-total={profile.total}>
            {t.summary(profile.total, news, profile.total - news)}
          </p>
          <p className="mt-1">
            <TextLink href={localHref(partnerExplorerHref(code))}>{t.explorerLink(name)}</TextLink>
          </p>
          <section className={sectionClass}>
            <ProfileChart name={name} profile={profile} />
          </section>
          <section aria-labelledby="first-latest" className={sectionClass}>
            <h2 id="first-latest" className={headingClass}>
              {t.firstAndLatest}
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {profile.first ? (
                <>
                  <dt className="mt-2 font-semibold">{t.first}</dt>
                  <dd>
                    <EntryList entries={[profile.first]} />
                  </dd>
                </>
              ) : null}
              {profile.latest ? (
                <>
                  <dt className="mt-2 font-semibold">{t.latest}</dt>
                  <dd>
                    <EntryList entries={[profile.latest]} />
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          {/* 主な出来事: the entries the importance rule or milestones.txt marks (lib/data/partners.ts). */}
          <section aria-labelledby="milestones" className={sectionClass} data-section="milestones">
            <h2 id="milestones" className={headingClass}>
              {t.milestones}
            </h2>
            {milestones.length > 0 ? <EntryList entries={milestones} /> : <p className="mt-2 text-sm text-muted">{t.milestonesEmpty}</p>}
          </section>
          <section aria-labelledby="statements" className={sectionClass}>
            <h2 id="statements" className={headingClass}>
              {t.statements}
            </h2>
            {profile.statements.length > 0 ? <EntryList entries={profile.statements} /> : <p className="mt-2 text-sm text-muted">{t.noStatements}</p>}
          </section>
          <section aria-labelledby="outlets" className={sectionClass}>
            <h2 id="outlets" className={headingClass}>
              {t.outlets}
            </h2>
            {profile.outlets.length > 0 ? (
              <CountList rows={profile.outlets.map((row) => ({ href: outletPageHref(row.value), count: row.count, ...outletLabel(row.value, row.name, lang) }))} />
            ) : (
              <p className="mt-2 text-sm text-muted">{t.noOutlets}</p>
            )}
          </section>
          <section aria-labelledby="co-partners" className={sectionClass}>
            <h2 id="co-partners" className={headingClass}>
              {t.coPartners}
            </h2>
            {profile.coPartners.length > 0 ? (
              <CountList rows={profile.coPartners.map((row) => ({ href: partnerPageHref(row.value), name: partnerName(row.value), count: row.count }))} />
            ) : (
              <p className="mt-2 text-sm text-muted">{t.noCoPartners}</p>
            )}
          </section>
        </>
      )}
    </main>
  );
}
