import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { metadataStrings, readPageLang } from '@/lib/i18n/page-lang';
import { NOT_FOUND_PAGE_HEADER } from '@/lib/i18n/route-language';
import { NotFoundView } from '@/app/_components/NotFoundView';

type MissingPageProps = { params: Promise<{ lang: string; missing: string[] }> };

export async function generateMetadata({ params }: MissingPageProps): Promise<Metadata> {
  const { ui } = await metadataStrings(params);
  return { title: ui.notFound.title, robots: { index: false } };
}

/**
 * Any path under a language that no page answers: that language's 404 page, status 404.
 *
 * `notFound()` gives, in a page rendered per request, a document whose body only the browser's
 * JavaScript fills in (vercel/next.js#62228). So the server that keeps pages asks again for such a
 * path with NOT_FOUND_PAGE_HEADER, which the proxy sends here; this page then renders the 404 page
 * whole, and the server sends it with the 404 status of the first answer (lib/http-cache).
 */
export default async function MissingPage({ params }: MissingPageProps) {
  const lang = await readPageLang(params);
  if ((await headers()).get(NOT_FOUND_PAGE_HEADER) === '1') return <NotFoundView lang={lang} />;
  notFound();
}
