import type { ExportFormat } from '@/lib/export/format-names';

/** The strings of the 書き出し (export) menu, in Japanese (a sibling of ja.ts). */
export const jaExport = {
  menu: '書き出し',
  hint: '表示中の条件に合うすべての出来事をファイルに書き出します。',
  formats: {
    csv: { label: 'CSV', note: 'Excel・表計算ソフト向け(UTF-8)' },
    json: { label: 'JSON', note: 'プログラムでの利用に' },
    csljson: { label: 'CSL-JSON', note: 'Zotero などの文献管理ソフトへ' },
    ris: { label: 'RIS', note: 'EndNote・Zotero・Mendeley へ' },
    bibtex: { label: 'BibTeX', note: 'LaTeX・文献管理ソフトへ' },
  } satisfies Record<ExportFormat, { label: string; note: string }>,
  linkLabel: (label: string) => `${label}形式で書き出す`,
};
