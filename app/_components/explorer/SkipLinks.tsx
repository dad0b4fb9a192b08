'use client';

import type { ExplorerView } from '@/lib/explorer';
import { StateLink } from '../StateLink';
import { useStrings } from '../i18n/strings-context';

/** The ids the skip links lead to: the timeline's canvas and the list's heading (both focusable). */
export const TIMELINE_TARGET_ID = 'timeline-canvas';
export const LIST_TARGET_ID = 'list-heading';

const skipLinkClass = 'sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2 focus:shadow-lg';

interface SkipLinksProps {
  view: ExplorerView;
  timelineHref: string;
  listHref: string;
  onView: (view: ExplorerView) => void;
}

/**
 * Past the filters, straight to the timeline or the list: a link within the page to the view on
 * show, a change of view (focus then lands on its start) to the other.
 */
export function SkipLinks({ view, timelineHref, listHref, onView }: SkipLinksProps) {
  const { access } = useStrings();
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const link = (target: ExplorerView, label: string, href: string, id: string) =>
    view === target ? (
      <a href={`#${id}`} className={skipLinkClass} onClick={(event) => {
        event.preventDefault();
        document.getElementById(id)?.focus();
      }}>
        {label}
      </a>
    ) : (
      <StateLink
        href={href}
        className={skipLinkClass}
        onNavigate={() => {
          onView(target);
          focusLater(id);
        }}
      >
        {label}
      </StateLink>
    );
  return (
    <nav aria-label={access.skipLinks} className="print:hidden">
      {link('timeline', access.skipToTimeline, timelineHref, TIMELINE_TARGET_ID)}
      {link('list', access.skipToList, listHref, LIST_TARGET_ID)}
    </nav>
  );
}
