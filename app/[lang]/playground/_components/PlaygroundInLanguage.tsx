'use client';

import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n/lang';

// Each language's playground words in a chunk of their own, loaded only on that language's page.
const PlaygroundJa = dynamic(() => import('./PlaygroundJa').then((module) => module.PlaygroundJa));
const PlaygroundEn = dynamic(() => import('./PlaygroundEn').then((module) => module.PlaygroundEn));

/** The playground in the page's language. */
export function PlaygroundInLanguage({ lang }: { lang: Lang }) {
  return lang === 'en' ? <PlaygroundEn /> : <PlaygroundJa />;
}
