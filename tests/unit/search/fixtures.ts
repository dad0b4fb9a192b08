import type { SearchDocument, SearchUnit } from '@/lib/search';

const unit = (field: SearchUnit['field'], text: string, anchor: string | null = null): SearchUnit => ({ field, text, anchor, speaker: null });

/** A handful of entries, written for these tests: counts in the tests come from here. */
export const documents: SearchDocument[] = [
  {
    entry: { kind: 'news', key: '2508-082801', title: '日英防衛相会談 ＧＣＡＰで連携', date: '2025-08-28', time: '10:00' },
    units: [unit('title', '日英防衛相会談 ＧＣＡＰで連携'), unit('summary', '両大臣はグローバル戦闘航空プログラム（GCAP）の推進で一致した。事務 総長も歓迎。')],
  },
  {
    entry: { kind: 'statement', key: '2025-08-28-japan-uk-defence-ministers', title: '日英防衛相会談 共同声明', date: '2025-08-28', time: null },
    units: [
      unit('title', '日英防衛相会談 共同声明'),
      unit('paragraph', '欧州・大西洋とインド太平洋の安全保障は不可分である。', 'p-1'),
      unit('english', 'The Rt Hon John Healey MP, Secretary of\nState for Defence, and the Minister agreed on GCAP.', 'en-1'),
      unit('turn', '記者 GCAPの進捗は。', 'qa-1'),
    ],
  },
  {
    entry: { kind: 'news', key: '1404-030501', title: 'NATOと日本が協力文書に署名', date: '2014-03-05', time: null },
    units: [unit('title', 'NATOと日本が協力文書に署名'), unit('summary', '安全保障は不可分との認識で一致。'), unit('note', '【註】北朝鮮の暗号資産窃取に言及。')],
  },
  {
    entry: { kind: 'news', key: '2001-120101', title: 'EUと日本が戦略対話', date: '2019-12-01', time: null },
    units: [unit('title', 'EUと日本が戦略対話'), unit('summary', 'EUと日本は物品役務相互提供協定（ACSA）について協議した。')],
  },
];
