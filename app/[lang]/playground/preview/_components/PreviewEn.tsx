'use client';

import { enPlayground } from '@/lib/i18n/en-playground';
import { ExplorerPreview } from './ExplorerPreview';

/** The preview in English: the one client module that imports its words. */
export function PreviewEn({ renderId }: { renderId: string }) {
  return <ExplorerPreview strings={enPlayground.preview} renderId={renderId} />;
}
