'use client';

import { startTransition, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import {
  adjacentInTimeOrder,
  emptyFilters,
  explorerFigures,
  explorerHref,
  filterEntries,
  fromSnapshot,
  ITEMS_GZIP_PARAM,
  parseExplorerUrl,
  pendingFigures,
  unpackExplorerItems,
  type DroppedValue,
  type ExplorerFacets,
  type ExplorerFilters,
  type ExplorerItem,
  type ExplorerSnapshot,
  type ExplorerState,
  type ExplorerView,
  type KnownValues,
  type LaneMode,
  type PackedExplorerItems,
} from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { DetailPanel } from './DetailPanel';
import { DroppedNotice } from './DroppedNotice';
import { EventList } from './EventList';
import { FilterForm } from './FilterForm';
import { StateLink } from './StateLink';
import { Timeline, type TimelineHandle, type TimelineStep } from './Timeline';
import { YearIndex } from './YearIndex';

interface ExplorerProps {
  /** Where every entry comes from, packed (app/api/explorer-items; the page preloads it). */
  itemsUrl: string;
  /** What the page shows for the URL's state until the entries are in (lib/explorer/figures.ts). */
  snapshot: ExplorerSnapshot;
  /** The empty panel's sentence: how many entries, over which years. */
  intro: string;
  facets: ExplorerFacets;
  /** The state the server read from the URL. */
  initialState: ExplorerState;
  /** What the server dropped from the URL, to be said on the page. */
  initialDropped: DroppedValue[];
}

type Change = 'q' | 'other';

/**
 * The packed entries. The file comes gzipped by the server (`encoding=gzip`) and is inflated
 * here as it streams in; a browser without DecompressionStream asks for the plain JSON instead.
 */
async function fetchPackedItems(url: string): Promise<PackedExplorerItems> {
  const gzipped = url.endsWith(ITEMS_GZIP_PARAM);
  const inflate = gzipped && typeof DecompressionStream === 'function';
  const asked = gzipped && !inflate ? url.slice(0, -ITEMS_GZIP_PARAM.length) : url;
  const response = await fetch(asked);
  if (!response.ok || !response.body) throw new Error(`${asked}: ${response.status}`);
  const json = inflate ? new Response(response.body.pipeThrough(new DecompressionStream('gzip'))) : response;
  return (await json.json()) as PackedExplorerItems;
}

/**
 * The explorer's client island. Its state is the URL's: every change is pushed to the history
 * (typing in the search box replaces its own entry), and back/forward read the URL again.
 */
export function Explorer({ itemsUrl, snapshot, facets, intro, initialState, initialDropped }: ExplorerProps) {
  // Every entry, once fetched: null until then, while the server's snapshot stands in.
  const [items, setItems] = useState<ExplorerItem[] | null>(null);
  const [itemsFailed, setItemsFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetchPackedItems(itemsUrl)
      .then((packed) => {
        // A transition: React renders the explorer with every entry in slices, between which the
        // browser keeps handling input and painting, instead of in one long task.
        if (live) startTransition(() => setItems(unpackExplorerItems(packed)));
      })
      .catch((error: unknown) => {
        console.error(error);
        if (live) setItemsFailed(true);
      });
    return () => {
      live = false;
    };
  }, [itemsUrl]);
  const itemById = useMemo(() => (items ? new Map(items.map((item) => [item.id, item])) : null), [items]);
  const known = useMemo<KnownValues>(
    () => ({
      outlets: new Set(facets.outlets.map((option) => option.value)),
      partners: new Set(facets.partners.map((option) => option.value)),
      // Before the entries are in, an id in the URL is taken on trust; an unknown one shows nothing.
      ids: itemById ?? { has: () => true },
    }),
    [facets, itemById],
  );
  const partnerNames = useMemo(() => new Map(facets.partners.map((option) => [option.value, option.label])), [facets]);

  const [state, setState] = useState(initialState);
  const [dropped, setDropped] = useState(initialDropped);
  const [lanes, setLanes] = useState<LaneMode>('none');
  const [panelFocusRequest, setPanelFocusRequest] = useState({ tick: 0, visible: false });
  const [revealRequest, setRevealRequest] = useState(initialState.event ? 1 : 0);
  const lastChange = useRef<Change | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const timelineRef = useRef<TimelineHandle>(null);

  const { outlets, partners, q, kind } = state;
  const filters = useMemo<ExplorerFilters>(() => ({ outlets, partners, q, kind }), [outlets, partners, q, kind]);
  const filtered = useMemo(() => (items && itemById ? filterEntries(items, filters, itemById) : null), [items, itemById, filters]);
  const snapshotFigures = useMemo(() => fromSnapshot(snapshot), [snapshot]);
  // The snapshot describes the state the page was loaded with. A change made before the entries
  // are in (a filter ticked in the first half-second) leaves it behind: until they arrive its
  // figures are marked as pending, and only the selected entry is kept if it is still the one.
  const snapshotHolds = explorerHref(state) === explorerHref(initialState);
  const pending = filtered === null && !snapshotHolds;
  const figures = useMemo(
    () => (filtered ? explorerFigures(filtered, state) : snapshotHolds ? snapshotFigures : pendingFigures(snapshotFigures, state)),
    [filtered, state, snapshotHolds, snapshotFigures],
  );
  const visible = useMemo(() => filtered?.visible ?? [], [filtered]);
  const { counts, selected, selectedVisible } = figures;
  const activeCount = outlets.length + partners.length + (q.trim() ? 1 : 0) + (kind ? 1 : 0);

  const navigate = (next: ExplorerState, change: Change = 'other') => {
    // Without the entries the browser cannot work out another state; the server can.
    if (itemsFailed) {
      window.location.assign(explorerHref(next));
      return;
    }
    setState(next);
    setDropped([]);
    const url = explorerHref(next);
    if (url !== window.location.pathname + window.location.search) {
      // A burst of typing is one history entry, not one per pause.
      if (change === 'q' && lastChange.current === 'q') window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    lastChange.current = change;
  };

  /** Moves focus to the panel; the ring shows when the user is on the keyboard. */
  const focusPanel = (visible: boolean) => setPanelFocusRequest((request) => ({ tick: request.tick + 1, visible }));

  const select = (id: string | null, how: { focusPanel?: 'visible' | 'quiet'; reveal?: boolean; view?: ExplorerView } = {}) => {
    if (id && !state.event) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    }
    navigate({ ...state, event: id, view: how.view ?? state.view });
    if (how.focusPanel) focusPanel(how.focusPanel === 'visible');
    if (how.reveal) setRevealRequest((n) => n + 1);
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
    if (!filtered) return;
    const target =
      direction === 'first'
        ? (visible[0] ?? null)
        : direction === 'last'
          ? (visible[visible.length - 1] ?? null)
          : adjacentInTimeOrder(visible, selected, direction);
    if (target) select(target.id, { reveal: true });
  };

  const onPopState = useEffectEvent(() => {
    const parsed = parseExplorerUrl(window.location.search, known);
    lastChange.current = null;
    setState(parsed.state);
    setDropped(parsed.dropped);
    if (parsed.state.event) setRevealRequest((n) => n + 1);
  });
  useEffect(() => {
    const listener = () => onPopState();
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

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
  const withFilters = (next: Partial<ExplorerFilters>): ExplorerState => ({ ...state, ...next, page: 1 });
  const listHref = explorerHref({ ...state, view: 'list', event: null, page: 1 });
  const showPage = (page: number) => {
    navigate({ ...state, page, event: null });
    requestAnimationFrame(() => document.getElementById('list-heading')?.focus());
  };
  const viewLink = (view: ExplorerView, label: string) => (
    <StateLink
      href={explorerHref({ ...state, view })}
      onNavigate={() => navigate({ ...state, view })}
      aria-current={state.view === view ? 'page' : undefined}
      className="view-link"
    >
      {label}
    </StateLink>
  );

  return (
    <div className="explorer-layout" data-pending={pending || undefined}>
      <FilterForm
        facets={facets}
        counts={counts}
        filters={filters}
        view={state.view}
        activeCount={activeCount}
        onChange={(next, change) => navigate(withFilters(next), change)}
        clearHref={explorerHref(withFilters(emptyFilters))}
        onClear={() => navigate(withFilters(emptyFilters))}
      />

      <div className="explorer-main min-w-0 space-y-3">
        {dropped.length > 0 ? <DroppedNotice dropped={dropped} onDismiss={() => setDropped([])} /> : null}

        <div className="flex flex-wrap items-center justify-between gap-2">
          <nav aria-label={ja.explorer.viewSwitch} className="view-switch">
            {viewLink('timeline', ja.explorer.viewTimeline)}
            {viewLink('list', ja.explorer.viewList)}
          </nav>
          <p aria-live="polite" className="result-count text-sm text-slate-700">
            {pending ? ja.explorer.loadingItems : ja.explorer.resultCount(figures.visibleCount, figures.total)}
          </p>
        </div>

        {itemsFailed ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-sm text-red-950">
            {ja.explorer.itemsFailed}{' '}
            <a href={explorerHref({ ...state, view: 'list' })} className="text-link">
              {ja.explorer.noscriptLink}
            </a>
          </p>
        ) : null}
        {figures.total === 0 ? <p className="rounded bg-white p-4">{ja.explorer.noData}</p> : null}
        {figures.total > 0 && figures.visibleCount === 0 ? <p className="rounded border border-slate-200 bg-white p-4">{ja.explorer.noResults}</p> : null}

        {state.view === 'timeline' ? (
          <>
            <noscript>
              <p className="rounded border border-slate-200 bg-white p-3 text-sm">
                {ja.explorer.noscript}{' '}
                <a href={listHref} className="text-link">
                  {ja.explorer.noscriptLink}
                </a>
              </p>
            </noscript>
            <Timeline
              handleRef={timelineRef}
              items={items}
              visible={visible}
              yearCounts={figures.yearCounts}
              failed={itemsFailed}
              selectedId={state.event}
              revealRequest={revealRequest}
              lanes={lanes}
              onLanesChange={setLanes}
              onSelect={(id) => select(id, { focusPanel: 'quiet' })}
              onStep={step}
              onOpen={() => focusPanel(true)}
            />
            <YearIndex
              yearCounts={figures.yearCounts}
              hrefForYear={(year) => `${explorerHref({ ...state, view: 'list', event: null, page: figures.listPageOfYear.get(year) ?? 1 })}#year-${year}`}
              onYear={(year) => timelineRef.current?.showYear(year)}
            />
          </>
        ) : (
          <EventList
            listPage={figures.listPage}
            pending={pending}
            total={figures.visibleCount}
            askedPage={state.page}
            hrefForPage={(page) => explorerHref({ ...state, event: null, page })}
            onPage={showPage}
            hrefOnTimeline={(id) => explorerHref({ ...state, view: 'timeline', event: id })}
            onShowOnTimeline={(id) => select(id, { reveal: true, view: 'timeline' })}
          />
        )}
      </div>

      <DetailPanel
        item={selected}
        partnerNames={partnerNames}
        outsideFilters={selected !== null && !selectedVisible}
        focusRequest={panelFocusRequest}
        hrefForEntry={(id) => explorerHref({ ...state, event: id })}
        hrefForPartner={(code) => explorerHref(withFilters({ partners: [code] }))}
        onSelectEntry={(id, how) => select(id, { reveal: true, focusPanel: how.keyboard ? 'visible' : 'quiet' })}
        onStepEntry={(id) => select(id, { reveal: true })}
        onFilterPartner={(code) => navigate(withFilters({ partners: [code] }))}
        previous={figures.previous}
        next={figures.next}
        onClose={close}
        closeHref={explorerHref({ ...state, event: null })}
        intro={intro}
      />
      {selected ? <div className="sheet-spacer xl:hidden" aria-hidden="true" /> : null}
    </div>
  );
}
