import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { metadataStrings, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { PreviewInLanguage } from './_components/PreviewInLanguage';

interface PreviewPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: PreviewPageProps): Promise<Metadata> {
  const { playground } = await metadataStrings(params);
  // Whatever it shows is the reader's own, unpublished text, kept in their browser: nothing to index.
  return { title: playground.preview.pageTitle, robots: { index: false, follow: false } };
}

/**
 * /playground/preview: the entries of the playground's last parse in the explorer itself (its
 * filters, timeline, list and detail panel), under a banner that says they are not published.
 * The entries come from this browser's storage (lib/playground/preview-store.ts), never from the
 * server, so the page is a frame around one client island. It is rendered for each request: a
 * link to an entry here (a title in the list) is followed by the router, which renders the page
 * again, and the new render starts the explorer afresh from the URL, as a page load would.
 */
export default async function PlaygroundPreviewPage({ params }: PreviewPageProps) {
  const lang = await readPageLang(params);
  await connection();
  const { playground } = pageStrings(lang);
  return (
    <main className="mx-auto max-w-[120rem] px-3 py-4 sm:px-4">
      <h1 className="sr-only">{playground.preview.pageTitle}</h1>
      <PreviewInLanguage lang={lang} renderId={randomUUID()} />
    </main>
  );
}
