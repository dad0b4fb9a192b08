/**
 * The strings of citing, printing and embedding (a sibling of ja.ts, as the other features'
 * strings files are).
 */
export const jaCite = {
  cite: {
    heading: '引用',
    intro: '論文や記事で引用するときの書式です。アクセス日は日本時間の今日の日付です。',
    japanese: '日本語',
    chicagoBibliography: '英語(Chicago, 参考文献)',
    chicagoNote: '英語(Chicago, 注)',
    version: 'データの版',
    versionHint: '引用は、この版のデータを指します(フッターと各APIの応答にも表示)。',
    copy: 'コピー',
    copyLabel: (what: string) => `${what}の引用をコピー`,
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした。文字を選択してコピーしてください。',
  },
  print: {
    heading: '印刷用の情報',
    printedOn: (date: string) => `印刷日 ${date}`,
    filters: '条件',
    noFilters: 'すべての出来事(条件なし)',
    outlets: '報道機関',
    partners: '相手国・機関',
    query: 'キーワード',
    kind: '種類',
    kinds: { news: '報道', statement: '声明・会見' },
    page: (page: number) => `${page}ページ目`,
  },
  embed: {
    title: '埋め込み表示',
    fullView: '全画面で見る',
    listHeading: '出来事の一覧',
    more: (shown: number, total: number) => `全${total}件のうち新しい${shown}件を表示しています。`,
    none: '条件に合う出来事はありません。',
    dialogOpen: '埋め込み',
    dialogTitle: 'この表示を埋め込む',
    dialogIntro: '次のHTMLをニュース記事やブログに貼り付けると、いまの条件の年表が表示されます。',
    codeLabel: '埋め込みコード',
    copy: 'コードをコピー',
    copied: 'コピーしました',
    preview: '埋め込み表示をプレビュー',
    close: '閉じる',
    iframeTitle: '日本・NATO/EU 安全保障クロノロジー(埋め込み)',
  },
} as const;
