'use client';

import { useEffect } from 'react';
import { useStrings, hrefIn } from '@/app/_components/i18n/strings-context';
import { Button } from '@/app/_components/ui/button';
import { TextLink } from '@/app/_components/ui/text-link';

/** Shown when a page fails while rendering; the error itself goes to the console, not the reader. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const strings = useStrings();
  const ja = strings.ui;
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold text-ink">{ja.errorPage.title}</h1>
      <p className="mt-3 text-secondary">{ja.errorPage.body}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Button variant="primary" onClick={reset}>
          {ja.errorPage.retry}
        </Button>
        <TextLink href={hrefIn(strings, '/')}>{ja.errorPage.home}</TextLink>
      </div>
    </main>
  );
}
