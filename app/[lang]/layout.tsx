import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { getDataVersion } from '@/lib/data';
import { getDictionary } from '@/lib/i18n/dictionary';
import { DEFAULT_LANG, isLang, LANGS } from '@/lib/i18n/lang';
import { localHref, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { EMBED_REQUEST_HEADER } from '@/lib/security/content-security-policy';
import { LanguageSwitch } from '@/app/_components/i18n/LanguageSwitch';
import { StringsProvider } from '@/app/_components/i18n/StringsProvider';
import { textLinkClass } from '@/app/_components/ui/text-link';
import '@/app/globals.css';

/**
 * No page is prerendered at build: pages read the data folder the server is started on
 * (CHRONOLOGY_DATA_DIR, read once per process: lib/data), not the one the build saw. The server
 * keeps each rendered page for every reader (lib/http-cache), so a page is rendered once per data
 * version and day, not once per request.
 */
export const dynamic = 'force-dynamic';

/** The languages are the `[lang]` segment's only values; Japanese pages are reached without it (proxy.ts). */
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  const { ui } = getDictionary(isLang(lang) ? lang : DEFAULT_LANG);
  return { title: { default: ui.appName, template: `%s | ${ui.appName}` }, description: ui.appTagline };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await readPageLang(params);
  const { ui, partners, playground } = pageStrings(lang);
  const version = getDataVersion();
  // The data version this page was rendered from, for the server that keeps it (lib/http-cache):
  // its ETag and X-Chronology-Version come from the page itself, so they cannot name other data.
  const versionMeta = <meta name="chronology-version" content={version.hash} />;
  // The embed view sits in another site's <iframe>: the page alone, without this site's header,
  // footer or skip link (proxy.ts marks its requests; other pages are unchanged).
  if ((await headers()).get(EMBED_REQUEST_HEADER) === '1') {
    return (
      <html lang={lang}>
        <body className="bg-surface font-sans text-ink antialiased">
          {versionMeta}
          <LanguageSwitch lang={lang} linksOnly />
          <div id="main"><StringsProvider lang={lang}>{children}</StringsProvider></div>
        </body>
      </html>
    );
  }
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col bg-page font-sans text-ink antialiased">
        {versionMeta}
        <a
          href="#main"
          className="print:hidden sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {ui.skipToContent}
        </a>
        <header className="border-b border-rule bg-surface print:hidden">
          <div className="mx-auto flex max-w-[100rem] flex-wrap items-baseline gap-x-4 gap-y-1 px-3 py-3 sm:px-4">
            <Link href={localHref('/', lang)} className="text-lg font-bold text-ink hover:underline">
              {ui.appName}
            </Link>
            <p className="hidden text-sm text-muted md:block">{ui.appTagline}</p>
            {/* Not prefetched as they come into view: on `/` that fetch and its parsing fell in the
                seconds the explorer and its timeline are being built. They load when followed. */}
            <nav aria-label={ui.siteNav} className="ml-auto">
              <Link href={localHref('/partners', lang)} prefetch={false} className={`${textLinkClass} mr-4`}>{partners.navLink}</Link>
              <Link href={localHref('/search', lang)} prefetch={false} className={`${textLinkClass} mr-4`}>
                {ui.search.navLink}
              </Link>
              <Link href={localHref('/playground', lang)} prefetch={false} className={`${textLinkClass} mr-4`}>{playground.navLink}</Link>
              <LanguageSwitch lang={lang} className={textLinkClass} />
            </nav>
          </div>
        </header>
        {/* Takes the height a short page leaves, so the footer stands at the bottom of the window, not mid-way down it. */}
        <div id="main" className="flex-1"><StringsProvider lang={lang}>{children}</StringsProvider></div>
        <footer className="mt-10 border-t border-rule bg-surface print:hidden">
          <div className="mx-auto max-w-[100rem] space-y-1 px-3 py-5 text-sm text-muted sm:px-4">
            <p>{ui.footer.sources}</p>
            <p>{ui.footer.partnersRule}</p>
            <p data-testid="data-version">{ui.footer.dataVersion(version.hash, version.date)}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
