import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { getDataVersion } from '@/lib/data';
import { jaPartners } from '@/lib/i18n/ja-partners';
import { jaPlayground } from '@/lib/i18n/ja-playground';
import { EMBED_REQUEST_HEADER } from '@/lib/security/content-security-policy';
import { ja } from '@/lib/i18n/ja';
import { textLinkClass } from './_components/ui/text-link';
import './globals.css';

/**
 * No page is prerendered at build: pages read the data folder the server is started on
 * (CHRONOLOGY_DATA_DIR, read once per process: lib/data), not the one the build saw. The server
 * keeps each rendered page for every reader (lib/http-cache), so a page is rendered once per data
 * version and day, not once per request.
 */
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: ja.appName, template: `%s | ${ja.appName}` },
  description: ja.appTagline,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const version = getDataVersion();
  // The data version this page was rendered from, for the server that keeps it (lib/http-cache):
  // its ETag and X-Chronology-Version come from the page itself, so they cannot name other data.
  const versionMeta = <meta name="chronology-version" content={version.hash} />;
  // The embed view sits in another site's <iframe>: the page alone, without this site's header,
  // footer or skip link (proxy.ts marks its requests; other pages are unchanged).
  if ((await headers()).get(EMBED_REQUEST_HEADER) === '1') {
    return (
      <html lang="ja">
        <body className="bg-surface font-sans text-ink antialiased">
          {versionMeta}
          <div id="main">{children}</div>
        </body>
      </html>
    );
  }
  return (
    <html lang="ja">
      <body className="min-h-screen bg-page font-sans text-ink antialiased">
        {versionMeta}
        <a
          href="#main"
          className="print:hidden sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {ja.skipToContent}
        </a>
        <header className="border-b border-rule bg-surface print:hidden">
          <div className="mx-auto flex max-w-[100rem] flex-wrap items-baseline gap-x-4 gap-y-1 px-3 py-3 sm:px-4">
            <Link href="/" className="text-lg font-bold text-ink hover:underline">
              {ja.appName}
            </Link>
            <p className="hidden text-sm text-muted md:block">{ja.appTagline}</p>
            {/* Not prefetched as they come into view: on `/` that fetch and its parsing fell in the
                seconds the explorer and its timeline are being built. They load when followed. */}
            <nav aria-label={ja.siteNav} className="ml-auto">
              <Link href="/partners" prefetch={false} className={`${textLinkClass} mr-4`}>{jaPartners.navLink}</Link>
              <Link href="/search" prefetch={false} className={`${textLinkClass} mr-4`}>
                {ja.search.navLink}
              </Link>
              <Link href="/playground" prefetch={false} className={textLinkClass}>{jaPlayground.navLink}</Link>
            </nav>
          </div>
        </header>
        <div id="main">{children}</div>
        <footer className="mt-10 border-t border-rule bg-surface print:hidden">
          <div className="mx-auto max-w-[100rem] space-y-1 px-3 py-5 text-sm text-muted sm:px-4">
            <p>{ja.footer.sources}</p>
            <p>{ja.footer.partnersRule}</p>
            <p data-testid="data-version">{ja.footer.dataVersion(version.hash, version.date)}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
