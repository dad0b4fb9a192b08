import type { ExportMeta, ExportRecord } from '@/lib/export';

/** Texts that break naive writers: formulas, quotes, separators, braces, markup, astral characters. */
export const TRICKY_TEXTS = [
  `=cmd|' /C calc'!A0`,
  '+SUM(1)',
  '-2+3',
  '@SUM(A1)',
  '\tTAB at the start',
  '\rCR at the start',
  '＝全角の等号',
  '＋全角',
  'quote " inside, and a comma',
  'two\nlines\r\nand CRLF',
  'a lone\nLF',
  'a lone\rCR',
  ' blank space at both ends ',
  'braces { unbalanced } } and \\backslash',
  '100% & #1 $5 _x ^y ~z',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '絵文字 🇯🇵 𠮷野家 and ja: 日本・NATO首脳会談',
] as const;

/** A news record whose title and summary are the given text. */
export function newsRecord(text: string, id = '2507-062601'): ExportRecord {
  return {
    kind: 'news',
    id,
    date: '2025-06-26',
    dateEnd: null,
    dateStatus: null,
    reportedDate: '2025-06-26',
    reportedTime: '12:00',
    milestone: false,
    milestoneLabel: null,
    outletKey: 'nikkei',
    outletName: '日本経済新聞',
    aggregator: 'Yahoo',
    title: text,
    summary: text,
    partners: [
      { code: 'NATO', name: 'NATO' },
      { code: 'NL', name: 'オランダ' },
    ],
    permalink: `https://example.org/events/${id}`,
    source: 'digest/japan-nato-eu.txt:1:42',
    issuer: null,
    publisher: null,
  };
}

/** A statement record whose title and lead are the given text. */
export function statementRecord(text: string, id = '2025-08-28-japan-uk'): ExportRecord {
  return {
    kind: 'statement',
    id,
    date: '2025-08-28',
    dateEnd: null,
    dateStatus: null,
    reportedDate: '2025-09-01',
    reportedTime: '10:45',
    milestone: true,
    milestoneLabel: '日英防衛相会談',
    outletKey: null,
    outletName: null,
    aggregator: null,
    title: text,
    summary: text,
    partners: [{ code: 'GB', name: '英国' }],
    permalink: `https://example.org/statements/${id}`,
    source: 'statements/2025-08-28-japan-uk.txt:1:1',
    issuer: '防衛省',
    publisher: 'Jディフェンスニュース',
  };
}

export const META: ExportMeta = {
  filters: { outlets: [], partners: ['NATO'], q: '', kind: null },
  version: { hash: '0123456789', date: '2025-06-26' },
  count: 0,
  exportedOn: '2026-12-01',
};
