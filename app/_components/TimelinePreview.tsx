import { everyYear } from './every-year';
import { useStrings } from './i18n/strings-context';

/** Shown only on a touch screen until the timeline is opened (the timeline-closed variant, globals.css). */
const openClass =
  'absolute inset-0 hidden w-full cursor-pointer flex-col items-center justify-center bg-surface focus-visible:-outline-offset-3 timeline-closed:flex';

interface TimelinePreviewProps {
  /** Visible entries per year, oldest year first (years without entries may be left out). */
  yearCounts: ReadonlyArray<readonly [year: string, count: number]>;
  onOpen: () => void;
}

export { everyYear };

/**
 * What a touch screen shows in place of the timeline until it is opened: the entries per year as
 * columns along a time axis, drawn by the server, and one button over it that opens the timeline.
 * The columns are decoration (the year index below the timeline says the same as text). With no
 * entry passing the filters, only the button remains.
 */
export function TimelinePreview({ yearCounts, onOpen }: TimelinePreviewProps) {
  const { ui: ja, pages } = useStrings();
  const years = everyYear(yearCounts);
  const first = years[0];
  const last = years[years.length - 1];
  const most = Math.max(1, ...years.map(([, count]) => count));
  const total = years.reduce((sum, [, count]) => sum + count, 0);
  return (
    <button type="button" className={openClass} onClick={onOpen}>
      {first && last ? (
        <span className="absolute inset-x-3 top-4 bottom-2 flex flex-col" aria-hidden="true">
          <span className="timeline-preview-columns flex flex-1 items-end gap-0.5 border-b border-control">
            {years.map(([year, count]) => (
              <span key={year} className="flex-1 rounded-t-xs bg-accent-muted" style={{ height: count === 0 ? 0 : `${Math.max(6, (count / most) * 100)}%` }} />
            ))}
          </span>
          <span className="flex justify-between pt-1 text-xs/normal text-secondary">
            <span>{pages.year(String(first[0]))}</span>
            <span>{pages.year(String(last[0]))}</span>
          </span>
        </span>
      ) : null}
      <span className="relative flex max-w-72 flex-col items-center gap-1 rounded-lg border border-accent bg-surface/94 px-4 py-3 text-center shadow-[0_1px_3px] shadow-ink/15">
        <span className="font-bold text-accent">{ja.timeline.open}</span>
        {first && last ? <span className="text-[0.8125rem] text-secondary [word-break:auto-phrase]">{ja.timeline.openHint(String(first[0]), String(last[0]), total)}</span> : null}
      </span>
    </button>
  );
}
