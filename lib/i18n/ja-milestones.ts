/**
 * The strings of milestones and the date range (issue 17, parts 1–3), in Japanese, beside ja.ts.
 */
import type { DroppedReason } from '@/lib/url-params';
import { ja } from './ja';

export const jaMilestones = {
  filters: {
    range: '期間',
    rangeHint: '年(2023)、年月(2023-05)、年月日(2023-05-13)で指定。両端を含みます。',
    from: '開始',
    to: '終了',
    milestonesOnly: '主な出来事のみ',
    milestonesHint: '重要度の高い出来事と、編集者が選んだ転換点だけを表示します。',
  },
  timeline: {
    milestoneMark: '◆',
    milestone: '主な出来事',
    /** An aggregate or a cluster, named by its most important entry: 「…ほか11件」. */
    topAndOthers: (title: string, others: number) => (others > 0 ? `${title} ほか${others}件` : title),
    /** A cluster's or an aggregate's tooltip: its count, its period (may be empty) and its most important entry's full title. */
    groupTitle: (title: string, count: number, period: string) => `${count}件${period ? `(${period})` : ''}: ${title} など(クリックで拡大)`,
  },
  list: {
    milestone: '主な出来事',
  },
  yearIndexHint: '年を選ぶと、その年の出来事に絞り込みます(期間: from/to)。',
};

/** What a dropped URL value is told as, for every reason: ja.ts's and the range's. */
export const droppedMessages: Record<DroppedReason, (value: string) => string> = {
  ...ja.explorer.dropped,
  'invalid-date': (value) => `日付「${value}」は使えません(2023、2023-05、2023-05-13の形の実在する日付)`,
  'reversed-range': (value) => `期間の開始が終了より後のため、「${value}」を使いませんでした`,
  'invalid-milestones': (value) => `「主な出来事のみ」の指定「${value}」は使えません(1 または 0)`,
  'invalid-window': (value) => `表示期間「${value}」は使えません(2022-01-01..2025-12-31 の形で、開始が終了より前)`,
};
