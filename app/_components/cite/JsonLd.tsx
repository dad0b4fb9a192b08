import { serializeJsonLd } from '@/lib/cite';

/**
 * A schema.org JSON-LD data block. Browsers never run a data block, so the script policy needs no
 * hash for it. Its text is escaped (serializeJsonLd) so that nothing in the data can end the element.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
