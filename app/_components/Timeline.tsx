'use client';

import { useEffect, useEffectEvent, useId, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import type { ExplorerItem, LaneMode, TimeWindow } from '@/lib/explorer';
import { TIMELINE_TARGET_ID } from './explorer/SkipLinks';
import { StateLink } from './StateLink';
import { textLinkClass } from './ui/text-link';
import type { LoadedEntries } from './explorer/use-explorer-items';
import { itemDomId } from './timeline/item-dom-id';
import { TimelineToolbar } from './timeline/TimelineToolbar';
import { useTimelineWanted } from './timeline/use-timeline-wanted';
import { useVisTimeline } from './timeline/use-vis-timeline';
import { TimelinePreview } from './TimelinePreview';
import { useStrings } from './i18n/strings-context';
import { setTimelineWords } from './timeline/timeline-words';

export type TimelineStep = 'previous' | 'next' | 'first' | 'last';

/** What the explorer asks of the timeline. */
export interface TimelineHandle {
  /** Draws the timeline on a touch screen, where it waits as a preview until it is wanted. */
  open(): void;
  /** Moves keyboard focus to the timeline itself. */
  focus(): void;
  /** Brings an entry into view where it stands alone (a keyboard step, a deep link, a cross-reference). */
  reveal(id: string): void;
  /**
   * Draws the timeline from the entries as they arrive, before the explorer renders them (`visible`:
   * those that pass the filters, in time order). Settles once it is drawn or cannot be; none when
   * the timeline is not to be drawn yet (a touch screen's preview) or already is.
   */
  drawFirst(entries: LoadedEntries, visible: readonly ExplorerItem[]): Promise<void> | undefined;
}

interface TimelineProps {
  /**
   * Every entry of the chronology (the timeline keeps them all and shows the filtered ones), or
   * null while they are on their way: the timeline is built once they are in.
   */
  entries: LoadedEntries | null;
  /** The entries could not be had: the timeline says so instead of loading forever. */
  failed: boolean;
  /** What the chronology holds (how many entries, over which years): the first line of the header. */
  intro: string;
  /** Entries per year that pass the filters: the preview a touch screen shows until the timeline is opened. */
  yearCounts: ReadonlyArray<readonly [year: string, count: number]>;
  /** The entries that pass the filters, in time order. */
  visible: readonly ExplorerItem[];
  selectedId: string | null;
  /** The window the URL names, or null to frame the results. */
  shownWindow: TimeWindow | null;
  /** The filters' date range: the frame when no window is named. */
  range: { from: string | null; to: string | null };
  /** The reader zoomed or panned (null: back to the frame). */
  onWindowChange: (window: TimeWindow | null) => void;
  /** The list view: the same entries as text, the screen reader's way through them. */
  listHref: string;
  onShowList: () => void;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
  /** An item was chosen with the pointer or with Enter. */
  onSelect: (id: string) => void;
  /** ←/→/Home/End in the timeline. */
  onStep: (step: TimelineStep) => void;
  /** Enter on the timeline with an item already selected. */
  onOpen: () => void;
  /** The timeline is to be drawn (at once, or on a touch screen once opened): it needs the entries. */
  onWanted: () => void;
  ref?: Ref<TimelineHandle>;
}

const STEP_KEYS: Readonly<Record<string, TimelineStep>> = { ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last' };

/**
 * The timeline region: its toolbar, the vis-timeline canvas (see timeline/use-vis-timeline.ts)
 * and, until it is drawn, a loading line or, on a touch screen, a preview that opens it.
 */
export function Timeline(props: TimelineProps) {
  const strings = useStrings();
  // vis-timeline builds its items outside React: it takes the words from here (timeline-words.ts).
  setTimelineWords(strings);
  const { ui, access } = strings;
  const { entries, failed, intro, yearCounts, visible, selectedId, shownWindow, range, onWindowChange, listHref, onShowList, lanes, onLanesChange, onSelect, onStep, onOpen, onWanted, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const instructionsId = useId();
  const headingId = useId();
  const [wanted, want] = useTimelineWanted();
  const askForEntries = useEffectEvent(onWanted);
  useEffect(() => {
    if (wanted) askForEntries();
  }, [wanted]);
  const timeline = useVisTimeline({ containerRef, wanted, entries, visible, lanes, selectedId, shownWindow, range, onSelect, onWindowChange });

  useImperativeHandle(ref, () => ({
    open() {
      want();
    },
    focus() {
      containerRef.current?.focus();
    },
    reveal(id) {
      timeline.reveal(id);
      // An entry to show on the timeline asks for it on any device.
      want();
    },
    drawFirst(arrived, shown) {
      return wanted ? timeline.drawFrom(arrived, shown) : undefined;
    },
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('select, input, textarea')) return;
    const step = STEP_KEYS[event.key];
    if (step) {
      event.preventDefault();
      onStep(step);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && target === containerRef.current) {
      event.preventDefault();
      if (selectedId) onOpen();
      else onStep('first');
      return;
    }
    if (event.key === '+' || event.key === '-') {
      if (target.closest('button')) return;
      event.preventDefault();
      timeline.zoom(event.key === '+' ? 'in' : 'out');
    }
  };

  const activeId = selectedId && visible.some((item) => item.id === selectedId) ? itemDomId(selectedId) : undefined;
  const ready = timeline.status === 'ready';
  /** The timeline cannot be drawn: its code or the entries could not be had. */
  const unavailable = timeline.status === 'failed' || failed;

  /** Opens the timeline from its preview; focus goes where the preview was, to the timeline. */
  const open = () => {
    want();
    containerRef.current?.focus();
  };

  return (
    <section aria-labelledby={headingId} className="timeline-region rounded-lg border border-rule bg-surface" data-wanted={wanted || undefined} onKeyDown={onKeyDown}>
      <h2 id={headingId} className="sr-only">
        {access.timelineHeading}
      </h2>
      <TimelineToolbar
        ready={ready}
        onZoom={timeline.zoom}
        onFitAll={timeline.fitAll}
        lanes={lanes}
        onLanesChange={(next) => {
          onLanesChange(next);
          want();
        }}
      />
      <p id={instructionsId} className="px-3 pt-2 text-xs text-muted">
        <span className="hidden md:inline">
          {intro} {ui.timeline.clickHint}
          {ui.timeline.instructions}
        </span>
        <span className="md:hidden">{ui.timeline.touchInstructions}</span>{' '}
        <StateLink href={listHref} onNavigate={onShowList} className={textLinkClass}>
          {access.listEquivalent}
        </StateLink>
      </p>
      <div className="relative">
        <div
          ref={containerRef}
          id={TIMELINE_TARGET_ID}
          className="timeline-canvas min-h-80 touch-pan-y focus-visible:-outline-offset-3"
          role="group"
          aria-label={ui.timelineRegion}
          aria-describedby={instructionsId}
          aria-activedescendant={activeId}
          tabIndex={0}
          data-status={timeline.status}
          onFocus={want}
        />
        {ready ? null : (
          <>
            <p className={`${unavailable ? '' : 'timeline-closed:hidden '}absolute inset-0 flex items-center justify-center text-sm text-muted`}>
              {unavailable ? ui.timeline.failed : ui.timelineLoading}
            </p>
            {wanted || unavailable ? null : <TimelinePreview yearCounts={yearCounts} onOpen={open} />}
          </>
        )}
      </div>
    </section>
  );
}
