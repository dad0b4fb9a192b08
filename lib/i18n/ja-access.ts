/**
 * The strings of the explorer's shared state and its keyboard, screen-reader and phone access
 * (skip links, the timeline's names, the filter sheet), in Japanese, beside ja.ts.
 */
export const jaAccess = {
  skipLinks: 'スキップリンク',
  skipToTimeline: 'タイムラインへ移動',
  skipToList: '一覧へ移動',
  timelineHeading: 'タイムライン',
  listEquivalent: '同じ出来事を一覧(テキスト)で読む',
  /** What a cluster's or an aggregate's name adds to its visible text: its period and what it does. */
  groupRest: (period: string) => (period ? `${period}、拡大` : '拡大'),
  period: (first: string, last: string) => (first === last ? first : `${first}–${last}`),
  badDate: (value: string) => `「${value}」は日付として読めません。2023、2023-05、2023-05-13の形で、実在する日付を入力してください。`,
  reversedRange: '開始が終了より後になっています。',
  showResults: (count: number) => `${count}件を表示`,
};
