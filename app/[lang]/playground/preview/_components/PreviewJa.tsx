'use client';

import { jaPlayground } from '@/lib/i18n/ja-playground';
import { ExplorerPreview } from './ExplorerPreview';

/** The preview in Japanese: the one client module that imports its words. */
export function PreviewJa({ renderId }: { renderId: string }) {
  return <ExplorerPreview strings={jaPlayground.preview} renderId={renderId} />;
}
