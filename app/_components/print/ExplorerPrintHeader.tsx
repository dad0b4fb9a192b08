'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parseExplorerUrl, type ExplorerFacets } from '@/lib/explorer';
import { describeFilters } from '@/lib/print/describe-filters';
import { PrintHeaderView } from './PrintHeaderView';

/**
 * The explorer's print-only header. It reads the filters from the URL as it is now (the explorer
 * changes them without a page load), with the same reader as the page.
 */
export function ExplorerPrintHeader({ facets, version, printDate, site }: { facets: ExplorerFacets; version: string; printDate: string; site: string }) {
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
    return describeFilters(state, labels);
  }, [searchParams, facets]);
  return <PrintHeaderView version={version} printDate={printDate} site={site} filters={filters} />;
}
