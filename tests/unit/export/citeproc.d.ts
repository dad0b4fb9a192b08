/** The little of citeproc-js (npm `citeproc`, no types of its own) the export tests use. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface CiteprocEngine {
    updateItems(ids: string[]): void;
    /** [formatting parameters (with each entry's ids, in order), the entries as HTML], or false when there is nothing to list. */
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  }
  const CSL: { Engine: new (sys: CiteprocSys, style: string, lang: string) => CiteprocEngine };
  export default CSL;
}
