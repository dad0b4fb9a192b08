import type { ClientStrings } from '../i18n/client-strings';

interface PrintHeaderViewProps {
  /** `データ版 …`: the state of the data the paper copy shows. */
  version: string;
  /** YYYY-MM-DD (Tokyo) of the render. */
  printDate: string;
  /** The site's origin: the printed links are paths on it. */
  site: string;
  /** The filters in words, for the explorer's list; null on an entry's page. */
  filters: string[] | null;
  t: Pick<ClientStrings, 'ui' | 'cite' | 'pages'>;
}

/** The header of a printed page, and only of a printed page (hidden on screen). */
export function PrintHeaderView({ version, printDate, site, filters, t: words }: PrintHeaderViewProps) {
  const t = words.cite.print;
  const ja = words.ui;
  return (
    <header aria-label={t.heading} data-testid="print-header" className="hidden border-b border-rule-strong pb-2 text-sm print:mb-4 print:block">
      <p>
        <span className="font-bold">{ja.appName}</span> <span>{site}</span>
      </p>
      <p>
        <span>{version}</span>{words.pages.metaSeparator}<span>{t.printedOn(printDate)}</span>
      </p>
      {filters ? (
        <p>
          {t.filters}: {filters.join(' / ')}
        </p>
      ) : null}
    </header>
  );
}
