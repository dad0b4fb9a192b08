import { formatVersionJa } from '@/lib/cite';
import { getCiteContext } from '../cite/request-context';
import { PrintHeaderView } from './PrintHeaderView';

/** The print-only header of an entry's page: the data version and the print date. */
export async function PrintHeader() {
  const { version, accessDate, origin } = await getCiteContext();
  return <PrintHeaderView version={formatVersionJa(version)} printDate={accessDate} site={origin} filters={null} />;
}
