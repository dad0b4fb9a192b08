import { createContext, useContext } from 'react';
import type { ClientStrings } from './client-strings';

export { hrefIn, type ClientStrings } from './client-strings';

export const StringsContext = createContext<ClientStrings | null>(null);

/** The page's words, for a client component under the root layout's provider (StringsProvider). */
export function useStrings(): ClientStrings {
  const strings = useContext(StringsContext);
  if (!strings) throw new Error('useStrings: no StringsContext above this component (app/[lang]/layout.tsx provides it)');
  return strings;
}
