import type { Metadata } from 'next';
import { getDictionary } from '@/lib/i18n/dictionary';
import '@/app/globals.css';

export const metadata: Metadata = { title: getDictionary('en').ui.notFound.title };

/**
 * The document of the 404 page that the proxy serves for a path that is not valid
 * percent-encoding, in English. It is a route of its own, outside `[lang]`: Next.js decodes
 * a dynamic segment from the request's own path and fails on such a path (lib/i18n/route-language.ts).
 */
export default function BadPathLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-page font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
