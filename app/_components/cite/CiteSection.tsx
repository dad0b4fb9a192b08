import { citationsFor, citeSourceFromItem } from '@/lib/cite';
import type { ExplorerItem } from '@/lib/explorer';
import { pageStrings } from '@/lib/i18n/page-lang';
import { CiteBlock } from './CiteBlock';
import { getCiteContext } from './request-context';

/** The 「引用」 section of an event's or a statement's page. */
export async function CiteSection({ item, className }: { item: ExplorerItem; className?: string }) {
  const context = await getCiteContext();
  const strings = pageStrings();
  const citations = citationsFor(citeSourceFromItem(item, context.origin), context.accessDate, context.version);
  return (
    <section aria-labelledby="cite-heading" className={className} data-testid="cite-section">
      <h2 id="cite-heading" className="text-lg font-bold text-ink">
        {strings.cite.cite.heading}
      </h2>
      <div className="mt-2">
        <CiteBlock citations={citations} idPrefix="cite" strings={strings} />
      </div>
    </section>
  );
}
