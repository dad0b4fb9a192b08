import Link from 'next/link';
import { explorerHref, formatJaDate, formatJaDateTime, initialState } from '@/lib/explorer';
import { partnerByCode } from '@/lib/gazetteer/partners';
import { ja } from '@/lib/i18n/ja';
import type { Statement } from '@/lib/parser/schema';

const t = ja.statement;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-3 sm:contents">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/** The statement's title, its facts (dates, kind, partners, source) and its lead. */
export function StatementHeader({ statement }: { statement: Statement }) {
  const published = statement.publishedAt ? { date: statement.publishedAt.slice(0, 10), time: statement.publishedAt.slice(11) } : null;
  return (
    <header className="space-y-4">
      <p>
        <Link href={explorerHref({ ...initialState, event: statement.slug })} className="text-sm text-blue-800 underline hover:text-blue-950">
          ← {t.backToTimeline}
        </Link>
      </p>
      <h1 className="text-2xl font-bold leading-snug text-slate-900 md:text-3xl">{statement.title}</h1>
      <section aria-label={t.metadata}>
        <dl className="grid gap-y-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-6">
          <Field label={t.eventDate}>
            {statement.eventDate ? <time dateTime={statement.eventDate}>{formatJaDate(statement.eventDate)}</time> : t.unknown}
          </Field>
          <Field label={t.publishedAt}>
            {published ? <time dateTime={statement.publishedAt ?? undefined}>{formatJaDateTime(published.date, published.time)}</time> : t.unknown}
          </Field>
          <Field label={t.kind}>{ja.panel.statementKinds[statement.kind]}</Field>
          <Field label={t.partners}>
            {statement.partners.length > 0 ? (
              <ul className="flex flex-wrap gap-1.5">
                {statement.partners.map((code) => (
                  <li key={code} className="rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-900">
                    {partnerByCode(code)?.nameJa ?? code}
                  </li>
                ))}
              </ul>
            ) : (
              t.noPartners
            )}
          </Field>
          <Field label={t.source}>{statement.source}</Field>
          <Field label={t.category}>{statement.category ?? t.unknown}</Field>
        </dl>
      </section>
      {statement.lead ? (
        <section aria-label={t.lead} className="space-y-1 border-l-4 border-slate-300 pl-4 text-slate-700">
          {statement.lead.split('\n').map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
      ) : null}
    </header>
  );
}
