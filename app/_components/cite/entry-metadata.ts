import 'server-only';
import type { Metadata } from 'next';
import { citeSourceFromItem, entryJsonLd, referenceManagerMeta } from '@/lib/cite';
import type { ExplorerItem } from '@/lib/explorer';
import { ja } from '@/lib/i18n/ja';
import { getCiteContext } from './request-context';

/**
 * The metadata reference managers read from an entry's page (lib/cite/structured-data.ts says
 * which tag decides what in Zotero): the Highwire and Dublin Core tags, and Open Graph as an
 * `article` (a weaker signal than DC.type, so it does not change the item type).
 */
export async function entryReferenceMetadata(item: ExplorerItem): Promise<Pick<Metadata, 'other' | 'openGraph'>> {
  const { origin, version } = await getCiteContext();
  const source = citeSourceFromItem(item, origin);
  return {
    other: referenceManagerMeta(source, version),
    openGraph: { type: 'article', title: item.title, url: source.url, locale: 'ja_JP', publishedTime: item.date },
  };
}

/** The entry's schema.org JSON-LD object. */
export async function entryStructuredData(item: ExplorerItem): Promise<Record<string, unknown>> {
  const { origin, version } = await getCiteContext();
  return entryJsonLd(citeSourceFromItem(item, origin), version, ja.appName);
}
