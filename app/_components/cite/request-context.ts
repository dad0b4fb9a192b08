import 'server-only';
import { headers } from 'next/headers';
import { getDataVersion } from '@/lib/data';
import { tokyoDate, type CiteContext } from '@/lib/cite';

/** A host header worth writing into a citation: a name or address and a port, nothing else. */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * The site's origin for absolute permalinks: SITE_URL when the deployment sets it (behind a proxy
 * that rewrites Host), else the request's own host. A host that is not a plain name is not
 * trusted and gives way to localhost.
 */
async function siteOrigin(): Promise<string> {
  const configured = process.env.SITE_URL?.replace(/\/+$/, '');
  if (configured && /^https?:\/\/[^/\s]+$/.test(configured)) return configured;
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? '';
  const proto = requestHeaders.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return PLAIN_HOST.test(host) ? `${proto}://${host}` : 'http://localhost:3000';
}

/**
 * The citation context of this request. The server renders the access date, in Tokyo, so the
 * page shows the same date before and after hydration and the explorer's panel agrees with it.
 */
export async function getCiteContext(now: Date = new Date()): Promise<CiteContext> {
  return { origin: await siteOrigin(), accessDate: tokyoDate(now), version: getDataVersion() };
}

/** This request's CSP nonce (proxy.ts puts the policy on the request), for an inline data block. */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}
