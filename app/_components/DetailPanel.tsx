'use client';

import { useImperativeHandle, useRef, type Ref } from 'react';
import type { CiteContext } from '@/lib/cite';
import type { ExplorerItem, FacetOption } from '@/lib/explorer';
import { partnerPageHref } from '@/app/[lang]/partners/_components/links';
import { PanelCite } from './cite/PanelCite';
import { EntryFacts, EntrySections, EntryWhenAndWhere } from './EntrySections';
import { useKeepFocusClear } from './explorer/use-keep-focus-clear';
import type { StatementPassages } from './explorer/use-text-matches';
import { SnippetText } from './MarkedText';
import { StateLink } from './StateLink';
import { buttonClass } from './ui/button';
import { chipClass } from './ui/chip';
import { TextLink, textLinkClass } from './ui/text-link';
import { hrefIn, useStrings } from './i18n/strings-context';

interface DetailPanelProps {
  item: ExplorerItem | null;
  /** For a statement under a free-text filter: the passages of its full text that hold the query. */
  passages: StatementPassages | null;
  /** The free text, as typed (what the passages hold). */
  query: string;
  /** Partner code → Japanese name. */
  partnerNames: ReadonlyMap<string, string>;
  /** The outlets' filter options: their names in the page's language. */
  outletOptions: ReadonlyMap<string, FacetOption>;
  /** True when the item does not pass the current filters (it was opened by a link). */
  outsideFilters: boolean;
  /** The explorer URL that selects an entry / filters by a partner, keeping the other state. */
  hrefForEntry: (id: string) => string;
  hrefForPartner: (code: string) => string;
  onSelectEntry: (id: string, how: { keyboard: boolean }) => void;
  /** Previous/next: selects without moving focus, so the same link can be pressed again. */
  onStepEntry: (id: string) => void;
  onFilterPartner: (code: string) => void;
  previous: ExplorerItem | null;
  next: ExplorerItem | null;
  onClose: () => void;
  closeHref: string;
  /** The server's origin, access date and data version, for the 引用 section; none (no section) for entries that are not published. */
  cite?: CiteContext;
  ref?: Ref<DetailPanelHandle>;
}

/** What the explorer asks of the panel. */
export interface DetailPanelHandle {
  /** Moves keyboard focus to the entry's heading; `visible` shows the focus ring (the user is on the keyboard). */
  focusHeading(options: { visible: boolean }): void;
}

const sectionHeading = 'mt-4 text-sm font-semibold text-secondary';

/** A bottom sheet on phones; from xl, a sticky side sheet in a column that opens with it. */
const panelClass =
  'detail-panel fixed inset-x-0 bottom-0 z-40 mx-auto max-h-[62vh] max-w-3xl overflow-y-auto overscroll-contain rounded-t-2xl border border-b-0 border-rule-strong bg-surface shadow-[0_-10px_30px] shadow-ink/20 xl:sticky xl:top-4 xl:z-auto xl:max-h-[calc(100vh-2rem)] xl:max-w-none xl:rounded-lg xl:border-b xl:shadow-[0_1px_3px] xl:shadow-ink/8';

/**
 * The details of the selected entry: a side sheet beside the timeline on wide screens (the
 * timeline narrows to make room, and widens again when it closes), a bottom sheet on phones.
 * Not modal: the timeline stays usable, Esc closes it (handled by the explorer).
 */
export function DetailPanel(props: DetailPanelProps) {
  const strings = useStrings();
  const { ui, milestones } = strings;
  const { item, passages, query, partnerNames, outletOptions, outsideFilters, hrefForEntry, hrefForPartner, onSelectEntry, onStepEntry, onFilterPartner, previous, next, onClose, closeHref, cite, ref } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sheetRef = useRef<HTMLElement>(null);
  useKeepFocusClear(sheetRef, item !== null);

  useImperativeHandle(ref, () => ({
    focusHeading({ visible }) {
      headingRef.current?.focus({ preventScroll: true, focusVisible: visible });
    },
  }));

  // Nothing selected, no panel: the timeline takes its room (its header says how to open one).
  if (!item) return null;

  const isNews = item.kind === 'news';
  const kindLabel = isNews ? ui.panel.kindNews : ui.panel.statementKinds[item.statementKind ?? 'other'];

  return (
    <aside ref={sheetRef} aria-labelledby="detail-title" className={panelClass} data-kind={item.kind}>
      <div className="px-4 pb-6">
        {/* The close button stays in view however far the sheet is scrolled. */}
        <div className="sticky top-0 z-1 -mx-4 flex items-start justify-between gap-3 bg-surface px-4 pt-4 pb-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className={chipClass(item.kind)}>{kindLabel}</span>
            {item.milestone ? (
              <span className="text-sm font-bold text-ink" data-testid="panel-milestone">
                <span aria-hidden="true">{milestones.timeline.milestoneMark} </span>
                {milestones.list.milestone}
                {item.milestoneLabel ? <span className="font-normal">: <span lang="ja">{item.milestoneLabel}</span></span> : null}
              </span>
            ) : null}
          </p>
          <StateLink href={closeHref} onNavigate={onClose} className={buttonClass({ size: 'xs' })} aria-label={ui.panel.closeLabel}>
            <span aria-hidden="true">×</span>
            <span className="text-sm">{ui.panel.close}</span>
          </StateLink>
        </div>
        <h2 id="detail-title" ref={headingRef} tabIndex={-1} lang="ja" className="mt-2 text-lg font-bold leading-snug text-ink focus-visible:outline-offset-4">
          {item.title}
        </h2>
        {outsideFilters ? <p className="mt-2 rounded bg-notice px-2 py-1 text-sm text-notice-ink">{ui.panel.outsideFilters}</p> : null}

        <EntryFacts className="mt-3">
          <EntryWhenAndWhere item={item} t={strings} outlets={outletOptions} />
          {item.partners.length > 0 ? (
            <>
              <dt>{ui.panel.partners}</dt>
              <dd>
                <ul className="flex flex-wrap gap-1.5">
                  {item.partners.map((code) => {
                    const name = partnerNames.get(code) ?? code;
                    return (
                      <li key={code}>
                        <StateLink href={hrefForPartner(code)} onNavigate={() => onFilterPartner(code)} className={chipClass('partner')} title={ui.panel.partnerFilter(name)}>
                          {name}
                        </StateLink>
                      </li>
                    );
                  })}
                </ul>
                {/* The chips filter the explorer; each partner's own page is one more link away. */}
                <p className="mt-1 text-xs text-secondary">
                  {ui.panel.partnerPages}{' '}
                  {item.partners.map((code, index) => {
                    const name = partnerNames.get(code) ?? code;
                    return (
                      <span key={code}>
                        {index > 0 ? strings.pages.listSeparator : null}
                        <TextLink href={hrefIn(strings, partnerPageHref(code))} prefetch={false} aria-label={ui.panel.partnerPage(name)} data-testid="panel-partner-page">
                          {name}
                        </TextLink>
                      </span>
                    );
                  })}
                </p>
              </dd>
            </>
          ) : null}
          <dt>{ui.panel.id}</dt>
          <dd>
            <code className="text-sm">{item.id}</code>
          </dd>
        </EntryFacts>

        {passages && passages.snippets.length > 0 ? (
          <section aria-labelledby="detail-passages">
            <h3 id="detail-passages" className={sectionHeading}>
              {ui.panel.passages(query.trim())}
            </h3>
            <p className="mt-1 text-sm text-muted">{ui.panel.passagesCount(passages.matchedUnits, passages.snippets.length)}</p>
            <ul className="mt-1 space-y-2 text-sm leading-relaxed">
              {passages.snippets.map((snippet, index) => (
                <li key={`${snippet.anchor ?? ''}-${index}`}>
                  {/* A document load, as from /search: only then does the paragraph become :target and show as followed. */}
                  <a href={hrefIn(strings, snippet.anchor ? `${item.permalink}#${snippet.anchor}` : item.permalink)} className={`${textLinkClass} no-underline hover:underline`}>
                    <span className="mr-1 font-semibold">{ui.panel.passageLabel(snippet.field, snippet.anchor, snippet.speaker)}</span>
                    <span className="text-body">
                      <SnippetText snippet={snippet} />
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <EntrySections
          t={strings}
          item={item}
          headingLevel="h3"
          headingClassName={sectionHeading}
          compact
          partnerLabel={(code) => partnerNames.get(code) ?? code}
          entryLink={(id, children) => (
            <StateLink href={hrefForEntry(id)} onNavigate={(how) => onSelectEntry(id, how)} className={textLinkClass}>
              {children}
            </StateLink>
          )}
        />

        <p className="mt-4">
          <TextLink href={hrefIn(strings, item.permalink)} className="font-semibold">
            {isNews ? ui.panel.permalink : ui.panel.readFullText}
          </TextLink>
        </p>

        {cite ? (
          <details className="mt-4 rounded border border-rule p-2" data-testid="panel-cite">
            <summary className="cursor-pointer font-semibold text-secondary">{strings.cite.cite.heading}</summary>
            <div className="mt-2">
              <PanelCite item={item} cite={cite} />
            </div>
          </details>
        ) : null}

        <nav aria-label={`${ui.panel.previous}${strings.pages.listSeparator}${ui.panel.next}`} className="mt-4 flex justify-between gap-2 border-t border-rule pt-3 text-sm">
          {previous ? (
            <StateLink href={hrefForEntry(previous.id)} onNavigate={() => onStepEntry(previous.id)} className={textLinkClass} rel="prev">
              <span aria-hidden="true">←</span> {ui.panel.previous}
            </StateLink>
          ) : (
            <span />
          )}
          {next ? (
            <StateLink href={hrefForEntry(next.id)} onNavigate={() => onStepEntry(next.id)} className={textLinkClass} rel="next">
              {ui.panel.next} <span aria-hidden="true">→</span>
            </StateLink>
          ) : null}
        </nav>
      </div>
    </aside>
  );
}
