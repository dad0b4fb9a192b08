'use client';

import { ja } from '@/lib/i18n/ja';
import { jaAccess } from '@/lib/i18n/ja-access';
import { jaCite } from '@/lib/i18n/ja-cite';
import { jaExport } from '@/lib/i18n/ja-export';
import { jaMilestones } from '@/lib/i18n/ja-milestones';
import { jaPages } from '@/lib/i18n/ja-pages';
import { jaDates } from '@/lib/i18n/ja-dates';
import { jaPartners } from '@/lib/i18n/ja-partners';
import { StringsContext, type ClientStrings } from './strings-context';

const strings: ClientStrings = { lang: 'ja', ui: ja, access: jaAccess, cite: jaCite, export: jaExport, milestones: jaMilestones, pages: jaPages, partners: jaPartners, dates: jaDates };

/** Gives the client islands below it their words in Japanese (the one client module importing them). */
export function JaStrings({ children }: { children: React.ReactNode }) {
  return <StringsContext value={strings}>{children}</StringsContext>;
}
