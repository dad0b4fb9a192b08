/**
 * The site's public origin, for every absolute link the server writes (citations, an export's
 * permalinks): SITE_URL (e.g. `https://example.org`), else this server's own address on its port.
 * Never the request's Host or X-Forwarded-Host: pages and API answers are kept and served to every
 * reader (lib/http-cache), so one request must not choose the links that everyone gets.
 */
export function siteOrigin(): string {
  const configured = process.env.SITE_URL?.replace(/\/+$/, '');
  if (configured && /^https?:\/\/[^/\s]+$/.test(configured)) return configured;
  const port = /^\d{1,5}$/.test(process.env.PORT ?? '') ? process.env.PORT : '3000';
  return `http://localhost:${port}`;
}
