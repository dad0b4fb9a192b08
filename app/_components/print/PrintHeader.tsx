import { formatVersionEn, formatVersionJa } from '@/lib/cite';
import { pageStrings } from '@/lib/i18n/page-lang';
import { getCiteContext } from '../cite/request-context';
import { PrintHeaderView } from './PrintHeaderView';

/** The print-only header of an entry's page: the data version and the print date. */
export async function PrintHeader() {
  const { version, accessDate, origin } = await getCiteContext();
  const t = pageStrings();
  return <PrintHeaderView version={t.lang === 'en' ? formatVersionEn(version) : formatVersionJa(version)} printDate={accessDate} site={origin} filters={null} t={t} />;
}
