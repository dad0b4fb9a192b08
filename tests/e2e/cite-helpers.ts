import type { Page } from '@playwright/test';
import { citationsFor, citeSourceFromItem, tokyoDate, type Citations } from '../../lib/cite';
import type { Chronology } from '../../lib/chronology/load';
import { toExplorerItems } from '../../lib/explorer/to-explorer-items';
import type { ExplorerItem } from '../../lib/explorer';

/** The explorer items of a chronology, as the app builds them. */
export function itemsOf(chronology: Chronology): ExplorerItem[] {
  return toExplorerItems(chronology.events, chronology.statements, chronology.related);
}

/** What the 引用 section must say for an item, on a page served from `origin`, read today. */
export function expectedCitations(item: ExplorerItem, chronology: Chronology, origin: string): Citations {
  return citationsFor(citeSourceFromItem(item, origin), tokyoDate(new Date()), chronology.version);
}

/** The content of a head meta tag, or null. */
export async function metaContent(page: Page, name: string): Promise<string | null> {
  const meta = page.locator(`head meta[name="${name}"]`);
  return (await meta.count()) > 0 ? meta.first().getAttribute('content') : null;
}

/** Every JSON-LD block of the page, parsed. */
export async function jsonLdBlocks(page: Page): Promise<Array<Record<string, unknown>>> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** Console messages that report a Content-Security-Policy violation. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
