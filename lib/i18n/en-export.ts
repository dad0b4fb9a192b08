/** The strings of the export menu, in English: the same shape as ja-export.ts. */
import type { jaExport } from './ja-export';
import type { Shape } from './shape';

export const enExport = {
  menu: 'Export',
  hint: 'Exports every event that matches the current filters to a file.',
  formats: {
    csv: { label: 'CSV', note: 'For Excel and other spreadsheets (UTF-8)' },
    json: { label: 'JSON', note: 'For use in programs' },
    csljson: { label: 'CSL-JSON', note: 'For reference managers such as Zotero' },
    ris: { label: 'RIS', note: 'For EndNote, Zotero and Mendeley' },
    bibtex: { label: 'BibTeX', note: 'For LaTeX and reference managers' },
  },
  linkLabel: (label: string) => `Export as ${label}`,
} satisfies Shape<typeof jaExport>;
