'use client';

import { enPlayground } from '@/lib/i18n/en-playground';
import { Playground } from './Playground';

/** The playground in English: the one client module that imports its words. */
export function PlaygroundEn() {
  return <Playground strings={enPlayground} />;
}
