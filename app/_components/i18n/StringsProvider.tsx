'use client';

import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n/lang';

// Each language's provider in a chunk of its own, loaded only where it renders: a page's HTML
// names its own language's words and never the other's (imported statically, the bundler puts
// both in the layout's chunks, and every page loads both).
const JaStrings = dynamic(() => import('./JaStrings').then((module) => module.JaStrings));
const EnStrings = dynamic(() => import('./EnStrings').then((module) => module.EnStrings));

/** The client islands' words in the page's language. */
export function StringsProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return lang === 'en' ? <EnStrings>{children}</EnStrings> : <JaStrings>{children}</JaStrings>;
}
