'use client';

import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n/lang';

// Each language's words in a chunk of their own, as on the playground; the preview's code (its
// storage, the explorer over it) loads only on this page.
const PreviewJa = dynamic(() => import('./PreviewJa').then((module) => module.PreviewJa));
const PreviewEn = dynamic(() => import('./PreviewEn').then((module) => module.PreviewEn));

/** The preview in the page's language. */
export function PreviewInLanguage({ lang }: { lang: Lang }) {
  return lang === 'en' ? <PreviewEn /> : <PreviewJa />;
}
