'use client';

import { useEffect, useState } from 'react';

/**
 * Registers the playground's service worker (public/playground-sw.js) and hands it the files this
 * page loaded before it was there: once it has them, the page opens and parses offline. True then.
 * Only in a production build: in development the files change under the same names.
 */
export function useOfflineCache(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let live = true;
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: string } | null;
      if (live && data?.type === 'cached') setReady(true);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    navigator.serviceWorker
      // Scoped to this page's own path, which is the language's (/playground, /en/playground).
      .register('/playground-sw.js', { scope: location.pathname })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const files = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => new URL(name).origin === location.origin && new URL(name).pathname.startsWith('/_next/static/'));
        registration.active?.postMessage({ type: 'cache', urls: [location.pathname, ...new Set(files)] });
      })
      .catch(() => undefined);
    return () => {
      live = false;
      navigator.serviceWorker.removeEventListener('message', onMessage);
    };
  }, []);
  return ready;
}
