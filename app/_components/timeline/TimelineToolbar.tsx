import type { LaneMode } from '@/lib/explorer';
import { Button } from '../ui/button';
import { useStrings } from '../i18n/strings-context';

/** Until a touch screen opens the timeline, the zoom buttons have nothing to act on. */
const zoomClass = 'timeline-closed:hidden';

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
  const { ui } = useStrings();
  return (
    <div role="toolbar" aria-label={ui.timeline.controls} className="flex flex-wrap items-center gap-2 border-b border-rule px-3 py-2">
      <Button className={zoomClass} onClick={() => onZoom('in')} disabled={!ready}>
        <span aria-hidden="true">＋</span> {ui.timeline.zoomIn}
      </Button>
      <Button className={zoomClass} onClick={() => onZoom('out')} disabled={!ready}>
        <span aria-hidden="true">－</span> {ui.timeline.zoomOut}
      </Button>
      <Button className={zoomClass} onClick={onFitAll} disabled={!ready}>
        {ui.timeline.fitAll}
      </Button>
      <label className="ml-auto flex items-center gap-2 text-sm text-secondary">
        {ui.timeline.lanes}
        <select className="rounded border border-rule-strong bg-surface px-2 py-1 text-sm" value={lanes} onChange={(event) => onLanesChange(event.target.value as LaneMode)}>
          <option value="none">{ui.timeline.lanesNone}</option>
          <option value="kind">{ui.timeline.lanesKind}</option>
          <option value="partner">{ui.timeline.lanesPartner}</option>
        </select>
      </label>
    </div>
  );
}
