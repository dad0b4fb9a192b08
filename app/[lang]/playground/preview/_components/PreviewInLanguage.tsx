'use client';

import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n/lang';

// Each language's words in a chunk of their own, as on the playground; the preview's code (its
// storage, the explorer over it) loads only on this page.
const PreviewJa = dynamic(() => import('./PreviewJa').then((module) => module.PreviewJa));
const PreviewEn = dynamic(() => import('./PreviewEn').then((module) => module.PreviewEn));

/** The preview in the page's language; `renderId` names the server's render (see ExplorerPreview). */
export function PreviewInLanguage({ lang, renderId }: { lang: Lang; renderId: string }) {
  return lang === 'en' ? <PreviewEn renderId={renderId} /> : <PreviewJa renderId={renderId} />;
}
