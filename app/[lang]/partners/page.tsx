import type { Metadata } from 'next';
import { getPartnerMatrix, partnerNameIn } from '@/lib/data';
import { partnerRegion, PARTNER_REGIONS } from '@/lib/gazetteer/partners';
import { localHref, metadataStrings, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { TextLink, textLinkClass } from '@/app/_components/ui/text-link';
import { partnerExplorerHref, partnerPageHref } from './_components/links';

interface PartnersPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: PartnersPageProps): Promise<Metadata> {
  const { matrix } = (await metadataStrings(params)).partners;
  return { title: matrix.title, description: matrix.description };
}

const cell = 'border border-rule px-2 py-1 text-right tabular-nums';
// The first column stays in view while the table scrolls sideways (on a phone).
const stickyHead = 'sticky left-0 z-10 border border-rule bg-surface px-2 py-1 text-left';

/** Partners × years: each cell a count that opens the explorer on that partner and year. */
export default async function PartnersPage({ params }: PartnersPageProps) {
  const lang = await readPageLang(params);
  const { ui: ja, partners: jaPartners } = pageStrings(lang);
  const t = jaPartners.matrix;
  const partnerName = (code: string) => partnerNameIn(code, lang);
  const { matrix, codes } = getPartnerMatrix();
  const withEntries = new Set(matrix.rows.map((row) => row.code));
  const withoutEntries = codes.filter((code) => !withEntries.has(code));
  return (
    <main className="mx-auto max-w-[100rem] px-4 py-6">
      <h1 className="text-2xl font-bold text-ink">{t.title}</h1>
      <p className="mt-2 max-w-3xl text-body">{t.description}</p>
      <section aria-labelledby="reading-guide" className="mt-4 max-w-3xl rounded-lg border border-rule bg-surface p-4 text-sm text-body">
        <h2 id="reading-guide" className="font-bold text-ink">
          {t.guideHeading}
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>{ja.footer.partnersRule}</li>
          {t.guide.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <p className="mt-4 text-xs text-muted md:hidden">{t.scrollHint}</p>
      {/* Its own scroll container, focusable so that a keyboard can scroll it. */}
      <div className="mt-2 w-fit max-w-full overflow-x-auto rounded-lg border border-rule bg-surface" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className="border-collapse text-sm">
          <caption id="matrix-caption" className="sr-only">
            {t.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={stickyHead}>
                {t.partnerColumn}
              </th>
              {matrix.years.map((year) => (
                <th key={year} scope="col" className={`${cell} font-semibold`}>
                  {year}
                </th>
              ))}
              <th scope="col" className={`${cell} font-bold`}>
                {t.totalColumn}
              </th>
            </tr>
          </thead>
          {PARTNER_REGIONS.map((region) => {
            const rows = matrix.rows.filter((row) => partnerRegion(row.code) === region);
            if (rows.length === 0) return null;
            return (
              <tbody key={region} data-region={region}>
                <tr>
                  <th scope="rowgroup" colSpan={matrix.years.length + 2} className="border border-rule bg-page px-2 py-1 text-left font-bold text-ink">
                    {jaPartners.groups[region]}
                  </th>
                </tr>
                {rows.map((row) => {
                  const name = partnerName(row.code);
                  return (
                    <tr key={row.code} data-partner={row.code}>
                      <th scope="row" className={`${stickyHead} font-normal whitespace-nowrap`}>
                        <TextLink href={localHref(partnerPageHref(row.code))}>{name}</TextLink>
                      </th>
                      {row.counts.map((count, index) => {
                        const year = matrix.years[index] ?? 0;
                        return (
                          <td key={year} className={cell} data-year={year}>
                            {count > 0 ? (
                              <a href={localHref(partnerExplorerHref(row.code, year))} className={textLinkClass} aria-label={t.cellLabel(name, year, count)}>
                                {count}
                              </a>
                            ) : (
                              <span className="text-faint" title={t.emptyCellLabel}>
                                {t.empty}
                              </span>
                            )}
                          </td>
                        );
                      })}
                      <td className={`${cell} font-semibold`}>{row.total}</td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row" className={stickyHead}>
                {t.totalRow}
              </th>
              {matrix.yearTotals.map((total, index) => (
                <td key={matrix.years[index]} className={`${cell} font-semibold`}>
                  {total}
                </td>
              ))}
              <td className={`${cell} font-bold`}>{matrix.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {withoutEntries.length > 0 ? (
        <section aria-labelledby="no-entries" className="mt-6 max-w-3xl">
          <h2 id="no-entries" className="text-base font-bold text-ink">
            {t.noEntriesHeading}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {withoutEntries.map((code) => (
              <li key={code}>
                <TextLink href={localHref(partnerPageHref(code))}>{partnerName(code)}</TextLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
