'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { ja } from '@/lib/i18n/ja';

/** Shown when a page fails while rendering; the error itself goes to the console, not the reader. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold text-slate-900">{ja.errorPage.title}</h1>
      <p className="mt-3 text-slate-700">{ja.errorPage.body}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={reset} className="primary-button">
          {ja.errorPage.retry}
        </button>
        <Link href="/" className="text-link">
          {ja.errorPage.home}
        </Link>
      </div>
    </main>
  );
}
