'use client';

import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import {
  adjacentInTimeOrder,
  formatWindowText,
  parseWindowText,
  emptyFilters,
  explorerHref,
  type DroppedValue,
  type ExplorerFacets,
  type ExplorerFilters,
  type ExplorerSnapshot,
  type ExplorerState,
  type ExplorerView,
  type LaneMode,
  type StateChange,
  type TimeWindow,
} from '@/lib/explorer';
import type { CiteContext } from '@/lib/cite';
import { DetailPanel, type DetailPanelHandle } from './DetailPanel';
import { DroppedNotice } from './DroppedNotice';
import { EmbedDialog } from './EmbedDialog';
import { EventList } from './EventList';
import { ExportMenu } from './ExportMenu';
import { useExplorerFigures } from './explorer/use-explorer-figures';
import { entriesWantedAtOnce, useExplorerItems, type DrawFirst, type LoadedEntries } from './explorer/use-explorer-items';
import { useExplorerUrlState } from './explorer/use-explorer-url-state';
import { useStepKeys } from './explorer/use-step-keys';
import { SkipLinks } from './explorer/SkipLinks';
import { useStatementPassages } from './explorer/use-text-matches';
import { FilterForm } from './FilterForm';
import { StateLink } from './StateLink';
import { Timeline, type TimelineHandle, type TimelineStep } from './Timeline';
import { textLinkClass } from './ui/text-link';
import { YearIndex } from './YearIndex';
import { hrefIn, useStrings } from './i18n/strings-context';

/**
 * Filters | timeline or list, and from xl the details beside them while an entry is open: the
 * timeline takes the room the details leave. `explorer-layout` is the e2e tests' hook. On paper,
 * the list alone: no filter form, timeline, year index or detail panel.
 */
const explorerLayoutClass =
  'explorer-layout grid grid-cols-[minmax(0,1fr)] items-start gap-4 md:grid-cols-[15rem_minmax(0,1fr)] print:block print:[&>form]:hidden print:[&_.detail-panel]:hidden print:[&_.timeline-region]:hidden print:[&_nav]:hidden';
/** From xl: two columns with no entry open, a third for the open detail panel. */
const desktopColumnsClass = { closed: 'xl:grid-cols-[16rem_minmax(0,1fr)]', open: 'xl:grid-cols-[16rem_minmax(0,1fr)_24rem]' };

/** One half of the timeline | list switch; the current view is filled. */
const viewLinkClass =
  'inline-flex items-center max-md:min-h-11 bg-surface px-3.5 py-1 text-sm text-ink not-first:border-l not-first:border-control aria-[current=page]:bg-accent-strong aria-[current=page]:font-bold aria-[current=page]:text-on-accent';

interface ExplorerProps {
  /** Where every entry comes from, packed (app/api/explorer-items; the page preloads it). */
  itemsUrl: string;
  /** What the page shows for the URL's state until the entries are in (lib/explorer/figures.ts). */
  snapshot: ExplorerSnapshot;
  /** The timeline's opening sentence: how many entries, over which years. */
  intro: string;
  facets: ExplorerFacets;
  /** The state the server read from the URL. */
  initialState: ExplorerState;
  /** What the server dropped from the URL, to be said on the page. */
  initialDropped: DroppedValue[];
  /** The query the server read that state from (queryKey). */
  renderedQuery: string;
  /** The version of the full-text matches the server answers for `q` (app/api/explorer-matches). */
  searchVersion: string;
  /**
   * What the panel's citations share (origin, access date, data version), from the server. None
   * for entries that are not published (the playground's preview): nothing to cite, export or embed.
   */
  cite?: CiteContext;
  /**
   * The playground's preview (app/[lang]/playground/preview): its entries, from this browser
   * rather than the items file, and its own path, which keeps the state as the home page does.
   */
  preview?: { entries: LoadedEntries; path: string };
}

/**
 * The explorer's client island: the filters, the timeline or the list, and the detail panel,
 * over three hooks (the items file, the URL's state, the figures derived from both).
 */
export function Explorer({ itemsUrl, snapshot, facets, intro, initialState, initialDropped, renderedQuery, searchVersion, cite, preview }: ExplorerProps) {
  const strings = useStrings();
  const { ui } = strings;
  /** An explorer URL in the page's language (`/?…`, `/en?…`). */
  const stateHref = (next: ExplorerState) => hrefIn(strings, explorerHref(next, preview?.path));
  const timelineRef = useRef<TimelineHandle>(null);
  const panelRef = useRef<DetailPanelHandle>(null);
  /** Where focus was when the panel opened: it goes back there when the panel closes. */
  const opener = useRef<HTMLElement | null>(null);
  // Asked of the timeline and the panel once the state that asked is on screen: the entry to
  // reveal or to focus is the one that render shows. A reveal asked while the list is on show
  // (a deep link, a history move) waits for the timeline.
  // A URL that names its window shows that window: the entry is revealed only without one.
  const revealPending = useRef(initialState.event !== null && initialState.window === null);
  const panelFocusPending = useRef<'visible' | 'quiet' | null>(null);
  // The list view is the server's: the entries are fetched for the timeline once it is drawn (at
  // once, but on a touch screen when it is opened), or once the reader changes what the page
  // shows (a filter, a page, an entry), which the browser then computes. Known only in the
  // browser: it decides an effect, nothing the server rendered.
  const [itemsWanted, setItemsWanted] = useState(() => entriesWantedAtOnce(initialState.view));
  /** Where the entries go as they arrive, before the explorer renders them (set below, once the state is known). */
  const drawFirst = useRef<DrawFirst | null>(null);
  const loaded = useExplorerItems(itemsUrl, itemsWanted && !preview, drawFirst);
  const entries = preview?.entries ?? loaded.entries;
  const itemsFailed = loaded.failed;
  const { state, dropped, dismissDropped, navigate } = useExplorerUrlState({
    initialState,
    initialDropped,
    renderedQuery,
    facets,
    entriesById: entries?.byId ?? null,
    serverNavigation: itemsFailed,
    path: preview?.path,
    onHistoryMove: (next) => {
      if (next.event && !next.window) revealPending.current = true;
    },
  });
  if (!itemsWanted && state !== initialState) setItemsWanted(true);
  const { filters, figures, visible, visibleOf, computed, pending, activeCount, textMatchesFailed } = useExplorerFigures({ entries, state, initialState, snapshot, searchVersion });
  // On the timeline view, the timeline is drawn first from the entries that pass the filters.
  useEffect(() => {
    drawFirst.current = (arrived) => {
      const shown = state.view === 'timeline' ? visibleOf(arrived) : null;
      return shown ? timelineRef.current?.drawFirst(arrived, shown) : undefined;
    };
  });
  const { counts, selected, selectedVisible } = figures;
  const passages = useStatementPassages(state.q, selected, searchVersion);
  const partnerNames = useMemo(() => new Map(facets.partners.map((option) => [option.value, option.label])), [facets]);
  const outletOptions = useMemo(() => new Map(facets.outlets.map((option) => [option.value, option])), [facets]);
  const [lanes, setLanes] = useState<LaneMode>('none');
  const shownWindow = useMemo(() => (state.window ? parseWindowText(state.window) : null), [state.window]);
  /** The entry ←/→ step from once none is open (closed with Esc): the last one that was. */
  const [lastSelectedId, setLastSelectedId] = useState(state.event);
  if (state.event && state.event !== lastSelectedId) setLastSelectedId(state.event);
  const lastSelected = (lastSelectedId ? entries?.byId.get(lastSelectedId) : undefined) ?? null;

  useEffect(() => {
    if (revealPending.current && timelineRef.current) {
      revealPending.current = false;
      if (state.event) timelineRef.current.reveal(state.event);
    }
    const focus = panelFocusPending.current;
    panelFocusPending.current = null;
    if (focus) panelRef.current?.focusHeading({ visible: focus === 'visible' });
  });

  const select = (id: string | null, how: { focusPanel?: 'visible' | 'quiet'; reveal?: boolean; view?: ExplorerView; change?: StateChange } = {}) => {
    if (id && !state.event) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    }
    navigate({ ...state, event: id, view: how.view ?? state.view }, how.change ?? 'select');
    if (how.focusPanel) panelFocusPending.current = how.focusPanel;
    if (how.reveal) revealPending.current = true;
  };

  const close = () => {
    const back = opener.current;
    opener.current = null;
    navigate({ ...state, event: null });
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
      else timelineRef.current?.focus();
    });
  };

  const step = (direction: TimelineStep) => {
    if (!computed) {
      setItemsWanted(true);
      return;
    }
    const target =
      direction === 'first'
        ? (visible[0] ?? null)
        : direction === 'last'
          ? (visible[visible.length - 1] ?? null)
          : adjacentInTimeOrder(visible, selected ?? lastSelected, direction);
    if (target) select(target.id, { reveal: true, change: 'step' });
  };
  useStepKeys(state.view === 'timeline', step);

  /** The reader zoomed or panned: the window goes into the URL, rewriting the current entry. */
  const onWindowChange = (window: TimeWindow | null) => navigate((current) => ({ ...current, window: window ? formatWindowText(window) : null }), 'window');

  const onEscape = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !state.event || event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    // Esc in the search box clears the box, as browsers do; it does not close the panel.
    if (target?.closest('input, textarea, select')) return;
    event.preventDefault();
    close();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onEscape(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // Other filters, other pages: every change of filter starts again at the list's first page.
  // A new date range frames the timeline anew (the window is dropped).
  const withFilters = (next: Partial<ExplorerFilters>): ExplorerState => ({
    ...state,
    ...next,
    page: 1,
    window: ('from' in next && next.from !== state.from) || ('to' in next && next.to !== state.to) ? null : state.window,
  });
  const listHref = stateHref({ ...state, view: 'list', event: null, page: 1 });
  const showPage = (page: number) => {
    navigate({ ...state, page, event: null });
    requestAnimationFrame(() => document.getElementById('list-heading')?.focus());
  };
  const viewLink = (view: ExplorerView, label: string) => (
    <StateLink
      href={stateHref({ ...state, view })}
      onNavigate={() => navigate({ ...state, view })}
      aria-current={state.view === view ? 'page' : undefined}
      className={viewLinkClass}
    >
      {label}
    </StateLink>
  );

  return (
    <>
      <SkipLinks view={state.view} timelineHref={stateHref({ ...state, view: 'timeline' })} listHref={listHref} onView={(view) => navigate({ ...state, view })} />
      <div className={`${explorerLayoutClass} ${desktopColumnsClass[selected ? 'open' : 'closed']}`} data-pending={pending || undefined}>
        <FilterForm
          facets={facets}
          counts={counts}
          filters={filters}
          view={state.view}
          activeCount={activeCount}
          resultCount={figures.visibleCount}
          onChange={(next, change) => navigate(withFilters(next), change)}
          clearHref={stateHref(withFilters(emptyFilters))}
          onClear={() => navigate(withFilters(emptyFilters))}
        />

        <div className="explorer-main min-w-0 space-y-3">
          {dropped.length > 0 ? <DroppedNotice dropped={dropped} onDismiss={dismissDropped} /> : null}

          <div className="flex flex-wrap items-center justify-between gap-2">
            <nav aria-label={ui.explorer.viewSwitch} className="inline-flex overflow-hidden rounded-md border border-control">
              {viewLink('timeline', ui.explorer.viewTimeline)}
              {viewLink('list', ui.explorer.viewList)}
            </nav>
            <p aria-live="polite" className="result-count text-sm text-secondary">
              {pending ? ui.explorer.loadingItems : ui.explorer.resultCount(figures.visibleCount, figures.total)}
            </p>
            {cite ? (
              // One group, so that a narrow row wraps the two menus together, not one apart.
              <div className="flex items-center gap-2">
                <ExportMenu filters={filters} />
                <EmbedDialog state={state} />
              </div>
            ) : null}
          </div>

          {itemsFailed ? (
            <p role="alert" className="rounded border border-alert-rule bg-alert p-4 text-sm text-alert-ink">
              {ui.explorer.itemsFailed}{' '}
              <a href={stateHref({ ...state, view: 'list' })} className={textLinkClass}>
                {ui.explorer.noscriptLink}
              </a>
            </p>
          ) : null}
          {textMatchesFailed ? (
            <p role="status" className="rounded border border-alert-rule bg-alert p-3 text-sm text-alert-ink">
              {ui.explorer.textMatchesFailed}
            </p>
          ) : null}
          {figures.total === 0 ? <p className="rounded bg-surface p-4">{ui.explorer.noData}</p> : null}
          {figures.total > 0 && figures.visibleCount === 0 ? <p className="rounded border border-rule bg-surface p-4">{ui.explorer.noResults}</p> : null}

          {state.view === 'timeline' ? (
            <>
              <noscript>
                <p className="rounded border border-rule bg-surface p-3 text-sm">
                  {ui.explorer.noscript}{' '}
                  <a href={listHref} className={textLinkClass}>
                    {ui.explorer.noscriptLink}
                  </a>
                </p>
              </noscript>
              <Timeline
                ref={timelineRef}
                entries={entries}
                visible={visible}
                yearCounts={figures.yearCounts}
                intro={intro}
                failed={itemsFailed}
                selectedId={state.event}
                shownWindow={shownWindow}
                range={{ from: state.from, to: state.to }}
                onWindowChange={onWindowChange}
                listHref={listHref}
                onShowList={() => navigate({ ...state, view: 'list', event: null, page: 1 })}
                lanes={lanes}
                onLanesChange={setLanes}
                onSelect={(id) => select(id, { focusPanel: 'quiet' })}
                onStep={step}
                onOpen={() => panelRef.current?.focusHeading({ visible: true })}
                onWanted={() => setItemsWanted(true)}
              />
              <YearIndex
                yearGroupCounts={figures.yearGroupCounts}
                hrefForRange={(year) => stateHref({ ...withFilters({ from: year, to: year }), event: null })}
                hrefForYear={(year) => stateHref({ ...withFilters({ from: year, to: year }), event: null })}
                onYear={(year) => {
                  navigate({ ...withFilters({ from: String(year), to: String(year) }), event: null });
                  timelineRef.current?.open();
                }}
              />
            </>
          ) : (
            <EventList
              origin={cite?.origin ?? ''}
              listPage={figures.listPage}
              pending={pending}
              total={figures.visibleCount}
              askedPage={state.page}
              hrefForPage={(page) => stateHref({ ...state, event: null, page })}
              onPage={showPage}
              hrefOnTimeline={(id) => stateHref({ ...state, view: 'timeline', event: id })}
              onShowOnTimeline={(id) => select(id, { reveal: true, view: 'timeline' })}
              outletOptions={outletOptions}
            />
          )}
        </div>

        <DetailPanel
          ref={panelRef}
          item={selected}
          passages={passages}
          query={state.q}
          partnerNames={partnerNames}
          outletOptions={outletOptions}
          outsideFilters={selected !== null && !selectedVisible}
          hrefForEntry={(id) => stateHref({ ...state, event: id })}
          hrefForPartner={(code) => stateHref(withFilters({ partners: [code] }))}
          onSelectEntry={(id, how) => select(id, { reveal: true, focusPanel: how.keyboard ? 'visible' : 'quiet' })}
          onStepEntry={(id) => select(id, { reveal: true, change: 'step' })}
          onFilterPartner={(code) => navigate(withFilters({ partners: [code] }))}
          previous={figures.previous}
          next={figures.next}
          onClose={close}
          closeHref={stateHref({ ...state, event: null })}
          cite={cite}
        />
        {selected ? <div className="h-[62vh] xl:hidden print:hidden" aria-hidden="true" /> : null}
      </div>
    </>
  );
}
