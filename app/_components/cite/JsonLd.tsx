import { serializeJsonLd } from '@/lib/cite';
import { requestNonce } from './request-context';

/**
 * A schema.org JSON-LD data block. Browsers do not run it, but it carries the request's nonce all
 * the same, so that the page keeps "every script has the nonce" and no CSP report names it. Its
 * text is escaped (serializeJsonLd) so that nothing in the data can end the element.
 */
export async function JsonLd({ data }: { data: unknown }) {
  const nonce = await requestNonce();
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
