/**
 * Every string of the interface, in Japanese. Components take their words from here so that an
 * English interface can follow by adding a sibling module with the same shape.
 */
export const ja = {
  appName: '日本・NATO/EU 安全保障クロノロジー',
  appTagline: '日本とNATO・EU・欧州諸国の安全保障関係(2013–2025年)の年表',
  skipToContent: '本文へ移動',
  timelineRegion: 'タイムライン',
  timelineLoading: 'タイムラインを読み込み中…',
  explorer: {
    heading: '年表を探索',
    viewSwitch: '表示方法',
    viewTimeline: 'タイムライン',
    viewList: '一覧',
    resultCount: (shown: number, total: number) => (shown === total ? `全${total}件を表示` : `全${total}件中 ${shown}件を表示`),
    noResults: '条件に合う出来事はありません。条件を減らすか、すべて解除してください。',
    noData: '表示できる出来事がまだありません。',
    itemsFailed: '出来事のデータを読み込めませんでした。再読み込みしてください。一覧表示はデータの読み込みなしで読めます。',
    loadingItems: '出来事のデータを読み込み中…',
    textMatchesFailed: '声明・会見の本文を検索できなかったため、声明・会見は題名とリードだけで絞り込んでいます。',
    droppedHeading: 'URLの一部を読み取れなかったため、無視しました。',
    dropped: {
      'unknown-outlet': (value: string) => `報道機関「${value}」は見つかりません`,
      'unknown-partner': (value: string) => `相手国・機関「${value}」は見つかりません`,
      'query-too-long': (value: string) => `キーワードが長すぎます(${[...value].length}文字、200文字まで)`,
      'invalid-encoding': () => 'キーワードの文字コードが壊れていたため、使いませんでした',
      'unknown-kind': (value: string) => `種類「${value}」はありません`,
      'unknown-view': (value: string) => `表示方法「${value}」はありません`,
      'unknown-event': (value: string) => `出来事「${value}」は見つかりません`,
      'invalid-page': (value: string) => `ページ番号「${value}」は使えません(1以上の整数)`,
      repeated: (value: string) => `重複した指定「${value}」`,
    },
    dismiss: 'お知らせを閉じる',
    noscript: 'タイムラインの表示にはJavaScriptが必要です。一覧表示ではすべての出来事を読めます。',
    noscriptLink: '一覧表示へ',
    yearIndexHeading: '年別の件数',
    yearIndexHint: '年を選ぶと、タイムラインがその年に移動します。',
    yearLabel: (year: string, count: number) => `${year}年 ${count}件`,
    selectedAnnouncement: (date: string, title: string) => `${date} ${title}`,
  },
  timeline: {
    instructions:
      '←→キーで前後の出来事に移動して開きます。Enterで選択中の項目を開きます。拡大・縮小はボタンかCtrl+ホイール、移動はドラッグで。',
    controls: 'タイムラインの操作',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fitAll: '全期間を表示',
    lanes: 'レーン',
    lanesNone: '分けない',
    lanesKind: '種類別',
    lanesPartner: '相手別',
    laneNews: '報道',
    laneStatement: '声明・会見',
    laneNato: 'NATO',
    laneEu: 'EU',
    laneEurope: '欧州諸国',
    laneOther: 'その他',
    clusterTitle: '{count}件(クリックで拡大)',
    clusterCount: (count: number) => `${count}件`,
    itemLabel: (date: string, title: string, kind: string) => `${date} ${kind}: ${title}`,
    failed: 'タイムラインを表示できませんでした。一覧表示をご利用ください。',
    touchInstructions: '左右のドラッグで移動、ボタンで拡大・縮小。項目をタップすると詳細が開きます。',
    open: 'タイムラインを表示',
    openHint: (first: string, last: string, count: number) => `${first}年〜${last}年の${count}件を、拡大・縮小できる年表で見る`,
  },
  filters: {
    heading: '絞り込み',
    summary: (active: number) => (active > 0 ? `絞り込み(${active}件の条件)` : '絞り込み'),
    outlets: '報道機関',
    outletsHint: '選んだいずれかの報道機関の記事',
    partners: '相手国・機関',
    partnersHint: '選んだいずれかを含む出来事',
    query: 'キーワード',
    queryPlaceholder: '例: 事務総長、ACSA',
    queryHint: '見出しと要旨から探します。全角・半角、大文字・小文字は区別しません。',
    kind: '種類',
    kindAll: 'すべて',
    kindNews: '報道',
    kindStatement: '声明・会見',
    count: (n: number) => `${n}件`,
    submit: '絞り込む',
    clear: 'すべて解除',
  },
  panel: {
    label: '出来事の詳細',
    close: '閉じる',
    closeLabel: '詳細を閉じる',
    kindNews: '報道',
    statementKinds: {
      'joint-statement': '共同声明',
      meeting: '会談',
      'press-conference': '記者会見',
      other: '発表',
    },
    date: '日時',
    outlet: '報道機関',
    via: (via: string) => `${via}経由`,
    id: 'ID',
    partners: '相手国・機関',
    partnerFilter: (name: string) => `${name}で絞り込む`,
    summary: '要旨',
    lead: 'リード',
    notes: '註',
    refs: '関連記事',
    refUnresolved: 'この年表には収録されていません',
    relatedStatements: '関連する声明・会見',
    relatedEvents: '関連する報道',
    permalink: 'この出来事のページ',
    readFullText: '全文を読む',
    previous: '前の出来事',
    next: '次の出来事',
    placeholder: 'タイムラインで出来事を選ぶと、ここに詳細が表示されます。',
    intro: (news: number, statements: number, firstYear: string, lastYear: string) =>
      `${firstYear}年から${lastYear}年までの報道${news}件と、声明・会見${statements}件を収録しています。数字の丸は近い時期の出来事のまとまりで、クリックすると拡大します。`,
    outsideFilters: 'この出来事は、いまの絞り込み条件には含まれていません。',
    passages: (query: string) => `本文中の「${query}」`,
    passagesCount: (units: number, shown: number) => (units > shown ? `${units}か所のうち、最初の${shown}か所` : `${units}か所`),
    passageLabel: (field: string, anchor: string | null, speaker: string | null) => {
      const number = anchor ? /(?:^|-)(?:p|en)-(\d+)$/.exec(anchor)?.[1] : undefined;
      if (field === 'turn') return speaker ? `${speaker}:` : '質疑:';
      if (field === 'lead') return 'リード:';
      if (field === 'heading') return '見出し:';
      if (field === 'english') return number ? `英文 第${number}段落:` : '英文:';
      return number ? `第${number}段落:` : '本文:';
    },
  },
  list: {
    heading: '一覧',
    order: '新しい順(最新の出来事が先頭)に並べています。',
    yearHeading: (year: string) => `${year}年`,
    showOnTimeline: 'タイムラインで見る',
    readFullText: '全文を読む',
    pages: 'ページ',
    pageRange: (first: number, last: number, total: number) => `全${total}件中 ${first}〜${last}件目`,
    previousPage: '前のページ(新しい出来事)',
    nextPage: '次のページ(古い出来事)',
    pageLabel: (page: number, count: number) => `${page}ページ目(全${count}ページ)`,
    pageLink: (page: number) => `${page}ページ目`,
    pastLastPage: (asked: number, count: number) => `${asked}ページ目はありません。最後の${count}ページ目を表示しています。`,
  },
  eventPage: {
    breadcrumbs: 'ページの位置',
    neighbours: '前後の出来事',
    backToTimeline: '年表でこの出来事を見る',
    home: '年表のトップ',
    metadata: '書誌情報',
    previous: '前の出来事',
    next: '次の出来事',
    source: '原文',
    sourceSummary: (file: string, line: number, column: number) => `原文を表示(${file} ${line}行 ${column}文字目)`,
    sourceHint: 'ダイジェストに書かれたままの記載です。表示している各項目はここから読み取っています。',
    notices: '読み取り時の注記',
    noticesHint: '原文の不整合や、読み取りで補ったこと・取り除いたことです。原文は修正していません。',
    position: (line: number, column: number) => `${line}行 ${column}文字目`,
  },
  /** Plain-language readings of the parser's diagnostic codes, for readers of an entry. */
  diagnostics: {
    'placeholder-time': '時刻「00:00」は仮置きとみなし、時刻なしとして扱いました。',
    'invalid-time': '時刻として読めない値のため、時刻なしとして扱いました。',
    'html-leftover': 'HTMLの残骸を要旨から取り除きました。',
    'unresolved-ref': '関連記事の参照先はこの年表に収録されていません。',
    'malformed-ref': '関連記事の書式が崩れているため、要旨にそのまま残しました。',
    'date-id-mismatch': '日付がIDの月日と一致しません。書かれた日付を採用しています。',
    'date-issue-mismatch': '日付の年がIDの号と合いません。書かれた日付を採用しています。',
    'unknown-outlet': '報道機関が一覧にないため、見出しの前の語を報道機関名として読みました。',
    'missing-title': '見出しがありません。',
    'empty-summary': '要旨がありません。',
    'long-entry-head': '見出し部分が異常に長く、項目の始まりを誤って読んでいる可能性があります。',
  } as Partial<Record<string, string>>,
  notFound: {
    title: 'ページが見つかりません',
    body: 'お探しのページは見つかりませんでした。URLが正しいかご確認ください。',
    home: '年表のトップへ戻る',
  },
  footer: {
    sources:
      '出典: 各報道機関の記事(報道ダイジェストに収録された見出し・要旨)と、防衛省・外務省の発表(声明・会見)。',
    partnersRule: '「相手国・機関」は、日本との関係として記事に書かれたNATO・EU・国です。',
  },
  errorPage: {
    title: '問題が発生しました',
    body: 'ページを表示できませんでした。時間をおいて、もう一度お試しください。',
    retry: 'もう一度試す',
    home: '年表のトップへ戻る',
  },
  related: {
    evidenceLabel: '関連の根拠',
    namesPartner: (name: string) => `「${name}」に言及:`,
    sharesTerm: (term: string) => `見出しの語「${term}」:`,
    /** `p-3` 第3段落, `en-3` 英文第3段落, `s1-p-2` 第1節第2段落, `qa-4` 質疑応答4, `s2` 第2節. */
    anchorLabel: (anchor: string) => {
      const section = /^s(\d+)(?:-|$)/.exec(anchor)?.[1];
      const paragraph = /(?:^|-)p-(\d+)/.exec(anchor)?.[1];
      const english = /(?:^|-)en-(\d+)/.exec(anchor)?.[1];
      const turn = /^qa-(\d+)/.exec(anchor)?.[1];
      const within = section ? `第${section}節` : '';
      if (paragraph) return `${within}第${paragraph}段落`;
      if (english) return `${within}英文第${english}段落`;
      if (turn) return `質疑応答${turn}`;
      return within || anchor;
    },
  },
  statement: {
    backToTimeline: '年表でこの声明を見る',
    metadata: '書誌情報',
    eventDate: '開催日',
    publishedAt: '掲載日時',
    kind: '種類',
    partners: '相手国・機関',
    noPartners: 'なし',
    source: '出典',
    category: 'カテゴリ',
    unknown: '不明',
    lead: 'リード',
    text: '本文',
    bilingualNote: '日本語(仮訳)と英語の原文を、段落ごとに並べています。',
    japaneseColumn: '日本語(仮訳)',
    englishColumn: '英語(原文)',
    dialogue: '質疑応答',
    relatedEvents: '関連する報道',
    relatedHint: (days: number) =>
      `相手国・機関が共通し、日付が前後${days}日以内で、この声明がその相手国・機関に言及するか、報道の見出しの特徴的な語を含む報道です。根拠の段落を添えています。`,
    noRelatedEvents: 'この声明に関連する報道は見つかりませんでした。',
  },
} as const;

export type UiStrings = typeof ja;
