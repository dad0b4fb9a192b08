'use client';

import Link from 'next/link';
import { useImperativeHandle, useRef, type Ref } from 'react';
import type { ExplorerItem } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { EntrySections, EntryWhenAndWhere } from './EntrySections';
import { StateLink } from './StateLink';

interface DetailPanelProps {
  item: ExplorerItem | null;
  /** Partner code → Japanese name. */
  partnerNames: ReadonlyMap<string, string>;
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
  /** What the chronology holds, said while nothing is selected. */
  intro: string;
  ref?: Ref<DetailPanelHandle>;
}

/** What the explorer asks of the panel. */
export interface DetailPanelHandle {
  /** Moves keyboard focus to the entry's heading; `visible` shows the focus ring (the user is on the keyboard). */
  focusHeading(options: { visible: boolean }): void;
}

const sectionHeading = 'mt-4 text-sm font-semibold text-slate-700';

/**
 * The details of the selected entry: a side column on wide screens, a bottom sheet on phones.
 * Not modal: the timeline stays usable, Esc closes it (handled by the explorer).
 */
export function DetailPanel(props: DetailPanelProps) {
  const { item, partnerNames, outsideFilters, hrefForEntry, hrefForPartner, onSelectEntry, onStepEntry, onFilterPartner, previous, next, onClose, closeHref, intro, ref } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useImperativeHandle(ref, () => ({
    focusHeading({ visible }) {
      headingRef.current?.focus({ preventScroll: true, focusVisible: visible });
    },
  }));

  if (!item) {
    return (
      <aside aria-label={ja.panel.label} className="detail-panel-placeholder hidden xl:block">
        <div className="sticky top-4 rounded-lg border border-dashed border-slate-300 bg-white/60 p-4 text-sm text-slate-600">
          <p className="font-semibold text-slate-800">{ja.panel.placeholder}</p>
          <p className="mt-2">{intro}</p>
          <p className="mt-2">{ja.timeline.instructions}</p>
        </div>
      </aside>
    );
  }

  const isNews = item.kind === 'news';
  const kindLabel = isNews ? ja.panel.kindNews : ja.panel.statementKinds[item.statementKind ?? 'other'];

  return (
    <aside aria-labelledby="detail-title" className="detail-panel" data-kind={item.kind}>
      <div className="detail-panel-inner">
        <div className="flex items-start justify-between gap-3">
          <p className={`kind-badge kind-badge-${item.kind}`}>{kindLabel}</p>
          <StateLink href={closeHref} onNavigate={onClose} className="close-button" aria-label={ja.panel.closeLabel}>
            <span aria-hidden="true">×</span>
            <span className="text-sm">{ja.panel.close}</span>
          </StateLink>
        </div>
        <h2 id="detail-title" ref={headingRef} tabIndex={-1} className="mt-2 text-lg font-bold leading-snug text-slate-900">
          {item.title}
        </h2>
        {outsideFilters ? <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">{ja.panel.outsideFilters}</p> : null}

        <dl className="detail-meta mt-3">
          <EntryWhenAndWhere item={item} />
          {item.partners.length > 0 ? (
            <>
              <dt>{ja.panel.partners}</dt>
              <dd>
                <ul className="flex flex-wrap gap-1.5">
                  {item.partners.map((code) => {
                    const name = partnerNames.get(code) ?? code;
                    return (
                      <li key={code}>
                        <StateLink href={hrefForPartner(code)} onNavigate={() => onFilterPartner(code)} className="partner-chip" title={ja.panel.partnerFilter(name)}>
                          {name}
                        </StateLink>
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{ja.panel.id}</dt>
          <dd>
            <code className="text-sm">{item.id}</code>
          </dd>
        </dl>

        <EntrySections
          item={item}
          headingLevel="h3"
          headingClassName={sectionHeading}
          compact
          entryLink={(id, children) => (
            <StateLink href={hrefForEntry(id)} onNavigate={(how) => onSelectEntry(id, how)} className="text-link">
              {children}
            </StateLink>
          )}
        />

        <p className="mt-4">
          <Link href={item.permalink} className="text-link font-semibold">
            {isNews ? ja.panel.permalink : ja.panel.readFullText}
          </Link>
        </p>

        <nav aria-label={`${ja.panel.previous}・${ja.panel.next}`} className="mt-4 flex justify-between gap-2 border-t border-slate-200 pt-3 text-sm">
          {previous ? (
            <StateLink href={hrefForEntry(previous.id)} onNavigate={() => onStepEntry(previous.id)} className="step-link" rel="prev">
              <span aria-hidden="true">←</span> {ja.panel.previous}
            </StateLink>
          ) : (
            <span />
          )}
          {next ? (
            <StateLink href={hrefForEntry(next.id)} onNavigate={() => onStepEntry(next.id)} className="step-link" rel="next">
              {ja.panel.next} <span aria-hidden="true">→</span>
            </StateLink>
          ) : null}
        </nav>
      </div>
    </aside>
  );
}
