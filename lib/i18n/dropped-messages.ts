import type { DroppedReason } from '@/lib/url-params';
import type { Dictionary } from './dictionary';

/** What a dropped URL value is told as, for every reason, in a dictionary's language (server and client alike). */
export function droppedMessagesOf(words: Pick<Dictionary, 'ui' | 'pages'>): Record<DroppedReason, (value: string) => string> {
  return { ...words.ui.explorer.dropped, ...words.pages.droppedRange };
}
