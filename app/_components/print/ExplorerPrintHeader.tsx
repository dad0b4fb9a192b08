'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parseExplorerUrl, type ExplorerFacets } from '@/lib/explorer';
import { describeFilters } from '@/lib/print/describe-filters';
import { useStrings } from '../i18n/strings-context';
import { PrintHeaderView } from './PrintHeaderView';

/**
 * The explorer's print-only header. It reads the filters from the URL as it is now (the explorer
 * changes them without a page load), with the same reader as the page.
 */
export function ExplorerPrintHeader({ facets, version, printDate, site }: { facets: ExplorerFacets; version: string; printDate: string; site: string }) {
  const strings = useStrings();
  const searchParams = useSearchParams();
  const filters = useMemo(() => {
    const known = {
      outlets: new Set(facets.outlets.map((option) => option.value)),
      partners: new Set(facets.partners.map((option) => option.value)),
      // The selected entry plays no part in the header.
      ids: { has: () => false },
    };
    const { state } = parseExplorerUrl(searchParams.toString(), known);
    const labels = { outlets: new Map(facets.outlets.map((o) => [o.value, o.label])), partners: new Map(facets.partners.map((o) => [o.value, o.label])) };
    return describeFilters(state, labels, { print: strings.cite.print, comma: strings.pages.listComma });
  }, [searchParams, facets, strings]);
  return <PrintHeaderView version={version} printDate={printDate} site={site} filters={filters} t={strings} />;
}
