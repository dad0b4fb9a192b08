import { eventPermalink } from '@/lib/explorer';
import { RELATED_WINDOW_DAYS } from '@/lib/chronology/related';
import type { RelatedEvidence as Evidence } from '@/lib/chronology/related';
import { localHref, pageStrings } from '@/lib/i18n/page-lang';
import type { NewsEvent } from '@/lib/parser/schema';
import { RelatedEvidence } from '@/app/_components/RelatedEvidence';
import { TextLink } from '@/app/_components/ui/text-link';

interface RelatedEventsProps {
  /** Strongest evidence first, each with the passages of this statement that make it related. */
  events: ReadonlyArray<{ event: NewsEvent; evidence: readonly Evidence[] }>;
  partnerLabel: (code: string) => string;
}

/** The chronology's news events related to the statement, each with its evidence linked to the passages above. */
export function RelatedEvents({ events, partnerLabel }: RelatedEventsProps) {
  const strings = pageStrings();
  const t = strings.ui.statement;
  return (
    <section aria-labelledby="related-events" className="space-y-3 rounded border border-rule bg-surface p-4">
      <h2 id="related-events" className="text-lg font-bold text-ink">
        {t.relatedEvents}
      </h2>
      <p className="text-sm text-muted">{t.relatedHint(RELATED_WINDOW_DAYS)}</p>
      {events.length > 0 ? (
        <ul className="space-y-2">
          {events.map(({ event, evidence }) => (
            <li key={event.id} className="flex flex-col gap-x-4 sm:flex-row sm:items-baseline">
              <time dateTime={event.date} className="shrink-0 text-sm tabular-nums text-muted sm:w-32">
                {strings.dates.date(event.date)}
              </time>
              <div>
                <TextLink href={localHref(eventPermalink(event.id))} lang="ja">{event.title}</TextLink>
                <RelatedEvidence t={strings} evidence={evidence} statementHref="" partnerLabel={partnerLabel} className="mt-0.5" />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">{t.noRelatedEvents}</p>
      )}
    </section>
  );
}
