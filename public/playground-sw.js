// The playground's service worker: after a first visit, the playground opens and parses without a
// network. It controls the playground of one language alone (its scope: /playground, or
// /en/playground, registered once for each). The page itself is fetched from the network first,
// so that a new version shows as soon as it is deployed; the build's hashed files, which never
// change under their name, come from the cache first. Nothing the reader types is stored: only the
// page, its scripts and styles, and the site's list of IDs (GET /api/ids).
const CACHE = 'playground-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** The page's own files, named by the page once this worker is ready (they loaded before it). */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url) => typeof url === 'string' && new URL(url, self.location.origin).origin === self.location.origin);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls))
      .then(
        () => event.source && event.source.postMessage({ type: 'cached' }),
        () => event.source && event.source.postMessage({ type: 'cache-failed' }),
      ),
  );
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Each page is kept under its own path, whatever its query: the preview (/playground/preview)
  // must not stand in for the playground.
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, url.pathname));
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(cacheFirst(request));
  else if (url.pathname === '/api/ids') event.respondWith(networkFirst(request, '/api/ids'));
});
