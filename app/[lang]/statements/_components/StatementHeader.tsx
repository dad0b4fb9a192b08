import Link from 'next/link';
import { explorerHref, initialState } from '@/lib/explorer';
import { partnerNameIn } from '@/lib/data';
import { localHref, pageStrings } from '@/lib/i18n/page-lang';
import type { Statement } from '@/lib/parser/schema';
import { partnerPageHref } from '../../partners/_components/links';
import { chipClass } from '@/app/_components/ui/chip';
import { TextLink } from '@/app/_components/ui/text-link';
import { issuerNamed } from '@/lib/cite/issuer';
import type { Lang } from '@/lib/i18n/lang';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-3 sm:contents">
      <dt className="font-medium text-muted">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  );
}

/** The issuing body as the source names it; an English page leads with its English name when it is one we know. */
function IssuerName({ name, lang }: { name: string; lang: Lang }) {
  const english = lang === 'en' ? issuerNamed(name)?.en : null;
  if (!english) return <span lang="ja">{name}</span>;
  return (
    <>
      {english} (<span lang="ja">{name}</span>)
    </>
  );
}

/** The statement's title, its facts (dates, kind, partners, source) and its lead. */
export function StatementHeader({ statement }: { statement: Statement }) {
  const { ui: ja, dates, lang } = pageStrings();
  const t = ja.statement;
  const published = statement.publishedAt ? { date: statement.publishedAt.slice(0, 10), time: statement.publishedAt.slice(11) } : null;
  return (
    <header className="space-y-4">
      {/* Navigation, not part of the statement: left off paper, as the event page leaves its links. */}
      <p className="print:hidden">
        <TextLink href={localHref(explorerHref({ ...initialState, event: statement.slug }))} className="text-sm">
          ← {t.backToTimeline}
        </TextLink>
      </p>
      <h1 lang="ja" className="text-2xl font-bold leading-snug text-ink md:text-3xl">{statement.title}</h1>
      <section aria-label={t.metadata}>
        <dl className="grid gap-y-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-6">
          <Field label={t.eventDate}>
            {statement.eventDate ? <time dateTime={statement.eventDate}>{dates.date(statement.eventDate)}</time> : t.unknown}
          </Field>
          <Field label={t.publishedAt}>
            {published ? <time dateTime={statement.publishedAt ?? undefined}>{dates.dateTime(published.date, published.time)}</time> : t.unknown}
          </Field>
          <Field label={t.kind}>{ja.panel.statementKinds[statement.kind]}</Field>
          <Field label={t.partners}>
            {statement.partners.length > 0 ? (
              <ul className="flex flex-wrap gap-1.5">
                {statement.partners.map((code) => (
                  <li key={code}>
                    <Link href={localHref(partnerPageHref(code))} className={chipClass('partner')}>{partnerNameIn(code, lang)}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              t.noPartners
            )}
          </Field>
          <Field label={t.issuer}>{statement.issuer ? <IssuerName name={statement.issuer.name} lang={lang} /> : <span className="text-muted">{t.issuerUnknown}</span>}</Field>
          <Field label={t.source}>
            <span lang="ja">{statement.source}</span>
          </Field>
          <Field label={t.category}>{statement.category ? <span lang="ja">{statement.category}</span> : t.unknown}</Field>
        </dl>
      </section>
      {statement.lead ? (
        <section aria-label={t.lead} lang="ja" className="space-y-1 border-l-4 border-rule-strong pl-4 text-secondary">
          {statement.lead.split('\n').map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
      ) : null}
    </header>
  );
}
