/** The little of citation-js (npm `@citation-js/*`, no types of their own) the export tests use. */
declare module '@citation-js/core' {
  /** An item as citation-js reads it: CSL-JSON, the variables the tests look at. */
  interface CslData {
    id: string;
    type: string;
    title?: string;
    abstract?: string;
    keyword?: string;
    issued?: { 'date-parts'?: number[][]; raw?: string };
  }
  export class Cite {
    constructor(input: unknown);
    data: CslData[];
  }
  export const plugins: {
    input: {
      /** One parsing step: RIS text to its records as tag/value objects. */
      chainLink(input: unknown): unknown;
    };
  };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
