'use client';

import { en } from '@/lib/i18n/en';
import { enAccess } from '@/lib/i18n/en-access';
import { enCite } from '@/lib/i18n/en-cite';
import { enExport } from '@/lib/i18n/en-export';
import { enMilestones } from '@/lib/i18n/en-milestones';
import { enPages } from '@/lib/i18n/en-pages';
import { enDates } from '@/lib/i18n/en-dates';
import { enPartners } from '@/lib/i18n/en-partners';
import { StringsContext, type ClientStrings } from './strings-context';

const strings: ClientStrings = { lang: 'en', ui: en, access: enAccess, cite: enCite, export: enExport, milestones: enMilestones, pages: enPages, partners: enPartners, dates: enDates };

/** Gives the client islands below it their words in English (the one client module importing them). */
export function EnStrings({ children }: { children: React.ReactNode }) {
  return <StringsContext value={strings}>{children}</StringsContext>;
}
