'use client';

import { useEffect, useState } from 'react';
import { normaliseEntryText } from '@/lib/playground/entry-hash';
import { textDifference } from '@/lib/playground/compare';
import type { PlaygroundWords as PlaygroundStrings } from '@/lib/i18n/playground-strings';

/**
 * How a changed entry differs from the site's version of it: the site's entry is fetched by its
 * ID (GET /api/ids/<id>; the request names the ID, never the text), and the one differing stretch
 * is shown in both versions with what they share around it.
 */
export function DifferenceView({ strings, id, yours }: { strings: PlaygroundStrings; id: string; yours: string }) {
  const [published, setPublished] = useState<string | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/ids/${encodeURIComponent(id)}`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then(
        (text) => live && setPublished(text),
        () => live && setPublished('failed'),
      );
    return () => {
      live = false;
    };
  }, [id]);
  if (published === null) return <p className="text-secondary">{strings.table.loadingDifference}</p>;
  if (published === 'failed') return <p className="text-secondary">{strings.table.differenceFailed}</p>;
  const diff = textDifference(normaliseEntryText(published), normaliseEntryText(yours));
  const around = (text: string, cut: 'before' | 'after', isCut: boolean) => (isCut ? (cut === 'before' ? `…${text}` : `${text}…`) : text);
  return (
    <div className="space-y-1">
      <p className="font-bold">{strings.table.showDifference}</p>
      <p>
        <span className="mr-2 text-secondary">{strings.table.published}:</span>
        {around(diff.before, 'before', diff.cutBefore)}
        <del className="bg-alert text-alert-ink">{diff.removed}</del>
        {around(diff.after, 'after', diff.cutAfter)}
      </p>
      <p>
        <span className="mr-2 text-secondary">{strings.table.yours}:</span>
        {around(diff.before, 'before', diff.cutBefore)}
        <ins className="bg-highlight text-ink">{diff.added}</ins>
        {around(diff.after, 'after', diff.cutAfter)}
      </p>
    </div>
  );
}
