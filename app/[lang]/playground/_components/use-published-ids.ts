'use client';

import { useEffect, useState } from 'react';
import type { PublishedIds } from '@/lib/playground/compare';

export type PublishedIdsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; ids: PublishedIds };

/** The site's IDs and fingerprints (GET /api/ids), fetched once; nothing of the text goes with it. */
export function usePublishedIds(): PublishedIdsState {
  const [state, setState] = useState<PublishedIdsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch('/api/ids')
      .then((response) => (response.ok ? (response.json() as Promise<PublishedIds>) : Promise.reject(new Error(String(response.status)))))
      .then(
        (ids) => live && setState({ status: 'ready', ids }),
        () => live && setState({ status: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
