/**
 * The worker's half of "Open in the explorer": the last parse's entries, as the explorer's items,
 * written to this browser's storage for the preview page (lib/playground/preview-store.ts).
 */
import type { FullParse } from '@/lib/playground/parse-source';
import { previewRecord } from '@/lib/playground/preview';
import { storePreview } from '@/lib/playground/preview-store';
import type { PreviewAnswer, PreviewRequest } from '@/lib/playground/protocol';

export async function keepPreview(request: PreviewRequest, full: FullParse | null): Promise<PreviewAnswer> {
  if (!full) return { type: 'previewed', id: request.id, count: null, reason: 'stale' };
  try {
    const record = previewRecord(full, request.fileName, new Date());
    await storePreview(record);
    return { type: 'previewed', id: request.id, count: record.items.length };
  } catch (error) {
    return { type: 'previewed', id: request.id, count: null, reason: error instanceof Error ? error.message : String(error) };
  }
}
