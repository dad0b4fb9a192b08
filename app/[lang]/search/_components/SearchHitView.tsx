import type { SearchHit } from '@/lib/search';
import { entryPermalink, explorerEntryHref, snippetHref } from '@/lib/search-page';
import clsx from 'clsx';
import { MarkedText, SnippetText } from '@/app/_components/MarkedText';
import { Chip } from '@/app/_components/ui/chip';
import { TextLink, textLinkClass } from '@/app/_components/ui/text-link';
import { localHref, pageStrings } from '@/lib/i18n/page-lang';

interface SearchHitViewProps {
  hit: SearchHit;
  /** The query as typed: a statement's snippet link passes it on, so the page marks the terms. */
  query: string;
  /** The outlet of a news event, or the source of a statement, as shown under the title. */
  origin: string | null;
  /** The kind's label: 報道, or the statement's kind (共同声明, 記者会見…). */
  kindLabel: string;
}

/** One entry found: its title, date, kind and origin, then up to three snippets that link to where they stand. */
export function SearchHitView({ hit, query, origin, kindLabel }: SearchHitViewProps) {
  const { ui: ja } = pageStrings();
  const { entry, title, snippets } = hit;
  const headingId = `hit-${entry.kind}-${entry.key}`;
  return (
    <article aria-labelledby={headingId} className={clsx('border-l-4 py-1 pl-3', entry.kind === 'statement' ? 'border-statement' : 'border-news')}>
      <h3 id={headingId} className="font-bold leading-snug">
        <TextLink href={localHref(entryPermalink(entry.kind, entry.key))} lang="ja">
          <MarkedText {...title} />
        </TextLink>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <Chip tone={entry.kind}>{kindLabel}</Chip>
        {entry.date ? <time dateTime={entry.date}>{pageStrings().dates.dateTime(entry.date, entry.time)}</time> : null}
        {origin ? <span>{entry.kind === 'statement' ? <>{ja.search.source}: <span lang="ja">{origin}</span></> : <span lang="ja">{origin}</span>}</span> : null}
      </p>
      {snippets.length > 0 ? (
        <ul aria-label={ja.search.snippets} className="mt-2 space-y-1.5">
          {snippets.map((snippet, index) => (
            <li key={index} className="text-body">
              <span className="mr-2 text-xs text-muted">
                {ja.search.fields[snippet.field]}
                {snippet.speaker ? <span lang="ja">({snippet.speaker})</span> : null}
              </span>
              {/* A document load, not a client-side one: only then does the paragraph become :target and show as followed. */}
              <a href={localHref(snippetHref(entry.kind, entry.key, snippet.anchor, entry.kind === 'statement' ? query : undefined))} lang="ja" className={textLinkClass}>
                <SnippetText snippet={snippet} />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {/* On a touch screen each link is at least 24 px tall (WCAG 2.5.8), not the 20 px of its line. */}
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm pointer-coarse:*:py-1">
        <TextLink href={localHref(entryPermalink(entry.kind, entry.key))}>{entry.kind === 'news' ? ja.panel.permalink : ja.list.readFullText}</TextLink>
        <TextLink href={localHref(explorerEntryHref(entry.key))}>{ja.search.showOnTimeline}</TextLink>
      </p>
    </article>
  );
}
