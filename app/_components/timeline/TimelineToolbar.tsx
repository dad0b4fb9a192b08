import type { LaneMode } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';

interface TimelineToolbarProps {
  /** The buttons wait for the timeline; the lanes can be chosen before it is drawn. */
  ready: boolean;
  onZoom: (direction: 'in' | 'out') => void;
  onFitAll: () => void;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
}

/** The timeline's controls: zoom in and out, show everything, lanes. */
export function TimelineToolbar({ ready, onZoom, onFitAll, lanes, onLanesChange }: TimelineToolbarProps) {
  return (
    <div role="toolbar" aria-label={ja.timeline.controls} className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
      <button type="button" className="tool-button timeline-zoom" onClick={() => onZoom('in')} disabled={!ready}>
        <span aria-hidden="true">＋</span> {ja.timeline.zoomIn}
      </button>
      <button type="button" className="tool-button timeline-zoom" onClick={() => onZoom('out')} disabled={!ready}>
        <span aria-hidden="true">－</span> {ja.timeline.zoomOut}
      </button>
      <button type="button" className="tool-button timeline-zoom" onClick={onFitAll} disabled={!ready}>
        {ja.timeline.fitAll}
      </button>
      <label className="ml-auto flex items-center gap-2 text-sm text-slate-700">
        {ja.timeline.lanes}
        <select className="rounded border border-slate-300 bg-white px-2 py-1 text-sm" value={lanes} onChange={(event) => onLanesChange(event.target.value as LaneMode)}>
          <option value="none">{ja.timeline.lanesNone}</option>
          <option value="kind">{ja.timeline.lanesKind}</option>
          <option value="partner">{ja.timeline.lanesPartner}</option>
        </select>
      </label>
    </div>
  );
}
