'use client';

import { useMemo } from 'react';
import { citationsFor, citeSourceFromItem, type CiteContext } from '@/lib/cite/citation';
import type { ExplorerItem } from '@/lib/explorer';
import { useStrings } from '../i18n/strings-context';
import { CiteBlock } from './CiteBlock';

/** The explorer panel's citations of its entry, made when the entry changes. */
export function PanelCite({ item, cite }: { item: ExplorerItem; cite: CiteContext }) {
  const strings = useStrings();
  const citations = useMemo(() => citationsFor(citeSourceFromItem(item, cite.origin), cite.accessDate, cite.version), [item, cite]);
  return <CiteBlock citations={citations} idPrefix="panel-cite" strings={strings} />;
}
