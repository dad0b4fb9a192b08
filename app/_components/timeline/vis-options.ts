import type { TimelineOptions } from 'vis-timeline/esnext';
import { isAggregateId, ZOOM_MAX, ZOOM_MIN, type TimeWindow } from '@/lib/explorer';
import { timelineWords } from './timeline-words';

interface OptionsInput {
  /** Where the timeline opens, if anywhere in particular. */
  window: TimeWindow | null;
  /** The room the page gives the timeline; it grows when items stack higher. */
  minHeight: number;
  template: NonNullable<TimelineOptions['template']>;
  onInitialDrawComplete: () => void;
}

/**
 * The timeline's vis options: Japanese axis labels, page-friendly scrolling (the wheel zooms
 * only with Ctrl), clusters of nearby items, and boxes drawn by `template`.
 */
export function timelineOptions({ window, minHeight, template, onInitialDrawComplete }: OptionsInput): TimelineOptions {
  return {
    // vis draws its clusters only when the window changes after its initial draw (about a second
    // in): open a minute short of the window; the caller sets the window itself once drawn.
    ...(window ? { start: new Date(window.start), end: new Date(window.end - 60_000) } : {}),
    onInitialDrawComplete,
    minHeight,
    zoomMin: ZOOM_MIN,
    zoomMax: ZOOM_MAX,
    // Let the page scroll: the wheel zooms only with Ctrl, and the timeline never scrolls vertically.
    zoomKey: 'ctrlKey',
    verticalScroll: false,
    horizontalScroll: false,
    moveable: true,
    zoomable: true,
    selectable: true,
    multiselect: false,
    editable: false,
    stack: true,
    showCurrentTime: false,
    showTooltips: false,
    orientation: { axis: 'bottom', item: 'bottom' },
    margin: { axis: 8, item: { horizontal: 6, vertical: 6 } },
    maxMinorChars: 5,
    dataAttributes: ['id'],
    groupOrder: 'order',
    cluster: {
      maxItems: 2,
      titleTemplate: timelineWords().ui.timeline.clusterTitle,
      showStipes: true,
      fitOnDoubleClick: false,
      // Aggregates (level of detail) are counts already: never clustered.
      clusterCriteria: (a, b) => !isAggregateId(String(a.id)) && !isAggregateId(String(b.id)),
    },
    // The axis's dates in the page's language (moment formats; its month names are English).
    format: timelineWords().pages.axisFormat,
    template,
  };
}
