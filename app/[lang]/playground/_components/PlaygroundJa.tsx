'use client';

import { jaPlayground } from '@/lib/i18n/ja-playground';
import { Playground } from './Playground';

/** The playground in Japanese: the one client module that imports its words. */
export function PlaygroundJa() {
  return <Playground strings={jaPlayground} />;
}
