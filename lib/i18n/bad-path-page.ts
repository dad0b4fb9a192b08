import { en } from './en';
import { ja } from './ja';
import type { Lang } from './lang';
import { pathInLanguage } from './route-language';

const notFoundWords: Record<Lang, typeof en.notFound & { appName: string }> = {
  ja: { ...ja.notFound, appName: ja.appName },
  en: { ...en.notFound, appName: en.appName },
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The 404 page for a path that is not valid percent-encoding (`/events/%E3%81`), written by the
 * proxy itself: no route can take such a path, since Next.js decodes the `[lang]` segment from
 * the request's own path and answers 500 on it (vercel/next.js#92527). Plain HTML, no script.
 */
export function badPathPage(lang: Lang): string {
  const words = notFoundWords[lang];
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(words.title)} | ${escapeHtml(words.appName)}</title></head><body><main><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.body)}</p><p><a href="${pathInLanguage('/', lang)}">${escapeHtml(words.home)}</a></p></main></body></html>`;
}
