'use client';

import { useMemo } from 'react';
import { citationsFor, citeSourceFromItem, type CiteContext } from '@/lib/cite/citation';
import type { ExplorerItem } from '@/lib/explorer';
import { CiteBlock } from './CiteBlock';

/**
 * The explorer panel's citations of its entry. A chunk of its own (DetailPanel loads it with
 * next/dynamic): the formatters and the outlet and issuer tables they read are wanted only once
 * an entry is open, so they stay out of the first load of `/`.
 */
export function PanelCite({ item, cite }: { item: ExplorerItem; cite: CiteContext }) {
  const citations = useMemo(() => citationsFor(citeSourceFromItem(item, cite.origin), cite.accessDate, cite.version), [item, cite]);
  return <CiteBlock citations={citations} idPrefix="panel-cite" />;
}
