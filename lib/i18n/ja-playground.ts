import type { DiagnosticCode } from '@/lib/parser/diagnostics';
import type { EntryStatus } from '@/lib/playground/compare';
import type { SourceFormat } from '@/lib/playground/detect-format';
import type { TextEncodingName } from '@/lib/playground/decode';
import { ja } from './ja';

/**
 * The strings of /playground, in Japanese (a sibling of ja.ts). The page's client island takes
 * its strings from this one object, so that a second language is one more object of this type.
 */
export const jaPlayground = {
  navLink: 'プレイグラウンド',
  title: 'ダイジェストを試す',
  intro:
    'ダイジェストや声明記事のテキストを貼り付けるか、ファイルを選ぶか、このページのどこかにファイルをドロップすると、その場で解析して、見つかった出来事と、すべての問題をその位置とともに示します。',
  privacy: 'テキストはお使いのブラウザの中だけで解析され、サーバーには送られず、どこにも保存されません。',
  offlineReady: 'このページは、次からはネットワークにつながっていなくても開いて使えます。',
  chooseFile: 'ファイルを選ぶ',
  editorLabel: '解析するテキスト',
  editorHint: 'Tab キーでエディタの外へ移動します。',
  dropHere: 'ここにドロップすると解析します',
  parsing: '解析中…',
  format: { digest: 'ダイジェスト(報道の年表)として読みました。', statement: '声明記事として読みました。' } satisfies Record<SourceFormat, string>,
  encodingUsed: (encoding: TextEncodingName) =>
    encoding === 'utf-8'
      ? ''
      : `このファイルは UTF-8 ではないため、${encoding === 'shift_jis' ? 'Shift_JIS' : 'EUC-JP'} として読みました。保存すると UTF-8 になります。`,
  fileLoaded: (name: string) => `「${name}」を読み込みました。`,
  bad: {
    empty: 'ファイルは空です。',
    noEntries: '出来事の項目が見つかりませんでした。',
    exampleIntro: '項目は、日付・時刻・報道機関・見出し・<ID>・要旨の順に、次のように書きます:',
    example: '2025.06.26 10:30 日経新聞 自衛隊とオランダ軍の燃料融通、日蘭が交渉開始 <2507-062601> 岩屋毅外相は25日、オランダのスホーフ首相と会談した。',
    binary:
      'このファイルはテキストではありません(画像・zip・Excel などのファイルのようです)。ダイジェストは UTF-8 のテキストファイルとして保存してください。',
    undecodable: 'このファイルは UTF-8・Shift_JIS・EUC-JP のどれでもテキストとして読めませんでした。',
    tooLarge: (megabytes: string) => `ファイルが大きすぎます(${megabytes} MB)。読み込めるのは 20 MB までです。`,
    unreadable: 'ファイルを読み込めませんでした。',
  },
  results: {
    heading: '結果',
    count: (entries: number) => `出来事 ${entries}件`,
    statementCount: '声明 1件',
    statuses: { new: '新規', published: '公開済み', changed: '変更あり' } satisfies Record<EntryStatus, string>,
    statusCounts: (parts: string) => `公開中のデータと照合: ${parts}`,
    statusPart: (label: string, count: number) => `${label} ${count}件`,
    statusSeparator: '・',
    comparing: '公開中のデータと照合しています…',
    compareFailed: '公開中のデータを取得できなかったため、照合していません。',
    /** Follows the counts, brackets included. */
    comparedWith: (version: string) => `(照合したデータ版: ${version})`,
  },
  table: {
    caption: '見つかった出来事(列の見出しで並べ替え、行の見出しで要旨を開きます)',
    columns: { id: 'ID', date: '日時', outlet: '報道機関', partners: '相手国・機関', title: '見出し', status: '照合' },
    sortBy: (column: string, direction: 'ascending' | 'descending' | null) =>
      `${column}で並べ替え${direction === 'ascending' ? '(現在: 昇順)' : direction === 'descending' ? '(現在: 降順)' : ''}`,
    noTime: '',
    noPartners: '—',
    summary: '要旨',
    notes: '註',
    noSummary: '(要旨なし)',
    page: (first: number, last: number, total: number) => `${total}件中 ${first}〜${last}件目`,
    pager: '表のページ',
    previous: '前へ',
    next: '次へ',
    showDifference: 'サイトの版との違い',
    loadingDifference: 'サイトの版を取得しています…',
    differenceFailed: 'サイトの版を取得できませんでした。',
    published: 'サイトの版',
    yours: 'このテキスト',
  },
  chart: {
    title: '年ごとの出来事の件数',
    description: (first: number, last: number, total: number) => `${first}年から${last}年までの、このテキストの出来事 ${total}件を、報道の日付の年ごとに数えた棒グラフ。`,
    yearCount: (year: number, count: number) => `${year}年: ${count}件`,
    /** A year at either end of the columns. */
    yearEnd: (year: number) => `${year}年`,
  },
  problems: {
    heading: '問題',
    summary: (errors: number, warnings: number) => `エラー ${errors}件・警告 ${warnings}件`,
    none: '問題は見つかりませんでした。',
    severity: { error: 'エラー', warning: '警告' },
    goTo: (line: number, column: number) => `${line}:${column} へ移動`,
    resolvedBySite: (count: number) => `関連記事の参照 ${count}件は、サイトに収録済みの出来事を指しているため、問題から外しました。`,
    more: (shown: number, total: number) => `${total}件のうち最初の${shown}件を示しています。すべては「問題の一覧を保存」で得られます。`,
  },
  takeAway: {
    heading: '保存と共有',
    saveText: 'テキストを保存(UTF-8)',
    saveJson: '出来事を JSON で保存',
    saveReport: '問題の一覧を保存(テキスト)',
    reportNote: '問題の一覧は npm run parse -- digest FILE --format text と同じ形式です。',
    exportFailed: '解析が終わってから、もう一度保存してください。',
    share: '共有リンクを作る',
    shareReady: '共有リンクを作りました。リンクにはテキストそのものが圧縮して入り、# より後ろはサーバーに送られません。',
    shareLabel: '共有リンク',
    shareTooLong: 'テキストが長すぎてリンクに入りません(圧縮して約 8 KB まで)。ファイルを保存して、そのファイルを共有してください。',
    loadedFromLink: '共有リンクのテキストを読み込みました。',
    badLink: '共有リンクのテキストを読めませんでした(リンクが途中で切れている可能性があります)。',
  },
  preview: {
    open: 'エクスプローラーで見る',
    openNote: '見つかった出来事を、サイトのエクスプローラー(タイムライン・一覧・詳細)で、公開前のプレビューとして別のタブに開きます。データはこのブラウザの中に保存され、サーバーには送られません。',
    preparing: 'プレビューを用意しています…',
    opened: (count: number) => `出来事 ${count}件のプレビューを別のタブに開きました。`,
    blocked: 'ブラウザが新しいタブを開くのを止めました。こちらから開いてください:',
    openLink: 'プレビューを開く',
    failed: 'プレビューを用意できませんでした。解析が終わってから、もう一度押してください。',
    storageFailed: 'このブラウザではプレビューを保存できませんでした(プライベートブラウズなど、保存が許されていない可能性があります)。',
    pageTitle: 'プレビュー(未公開のデータ)',
    banner: 'プレビュー:公開されていないデータです',
    bannerDetail: (fileName: string, count: number, made: string) =>
      `「${fileName}」の出来事 ${count}件を、「ダイジェストを試す」で ${made} に読み込んだとおりに表示しています。このデータはサイトに公開されておらず、このブラウザの中だけにあります(サーバーには送られていません)。`,
    /** The timeline's opening sentence over the preview's entries (the site's says what it holds). */
    intro: (news: number, statements: number, firstYear: string, lastYear: string) =>
      `このプレビューには、${firstYear}年から${lastYear}年までの報道${news}件と、声明・会見${statements}件があります(未公開)。数字の丸は近い時期の出来事のまとまりで、クリックすると拡大します。`,
    back: 'ダイジェストを試すに戻る',
    clear: 'このプレビューを消去',
    cleared: 'プレビューを消去しました。',
    loading: 'プレビューを読み込んでいます…',
    empty: 'プレビューするデータがありません。「ダイジェストを試す」でテキストを読み込み、「エクスプローラーで見る」を押すと、ここに表示されます。',
    noItems: 'このテキストには、タイムラインに置ける出来事がありません(日付のある項目がありません)。',
    unreadable: 'このブラウザでは、保存したプレビューを読み込めませんでした(プライベートブラウズなど、保存が許されていない可能性があります)。',
  },
  /**
   * A reading of every diagnostic code: the event pages' readings (ja.ts `diagnostics`), and here
   * the codes that have none there (a unit test checks that every code has one).
   */
  diagnostics: {
    ...ja.diagnostics,
    'unrecognised-header': '最初の項目の前に、表の見出し行(年 月 日 出 典 標 題 要 旨)ではないテキストがあります。',
    'no-entries': '出来事の項目が見つかりません。各項目には見出しの後に <2507-062601> のような ID が必要です。',
    'unreadable-entry-head': 'この項目は読み取れないため、結果から外しました(直前の問題を参照)。',
    'missing-date': '日付がありません。',
    'invalid-date': '日付として読めません。',
    'duplicate-id': '同じ ID の項目がすでにあるため、後の項目を外しました。',
    'trailing-residue': '最後の項目の後に、どの項目にも属さないテキストがあります。',
    'stray-residue': '二つの項目の間に、どちらにも属さない行があります。両方から外しました。',
    'truncated-entry': '項目が途中で切れています(見出しの後に <ID> がありません)。ファイルが途中で切れていないか確認してください。',
    'missing-title-date': '声明の見出しに日付がありません。',
    'missing-published-at': '声明の掲載日時がありません。',
    'invalid-published-at': '声明の掲載日時が読めません。',
    'missing-category': '声明のカテゴリがありません。',
    'missing-lead': '声明のリード(最初の段落)がありません。',
    'missing-issuer': 'リードに発表元(防衛省は…、…防衛大臣は…)が書かれていません。引用では掲載サイトを発行元とし、著者にはしません。',
    'unplaced-line': 'どの部分にも置けない行があります。',
    'unpaired-paragraph': '日本語と英語の段落の対応がとれません。',
    'missing-end-marker': '本文の終わりを示す「(以上)」がありません。',
    'malformed-milestone': '主な出来事の行の書式が崩れています。',
    'unknown-milestone': '主な出来事の行が、ない ID を指しています。',
    'duplicate-milestone': '主な出来事の行が重複しています。',
    'empty-input': 'テキストが空です。',
    'file-too-large': 'ファイルが大きすぎます。',
    'binary-input': 'テキストではなくバイナリのファイルです。',
    'replacement-character': 'UTF-8 として読めない文字があります。',
    'schema-violation': '解析結果が年表の形式に合いません。',
    'internal-error': '解析の途中でプログラムの不具合が起きました。入力の問題ではありません。',
  } satisfies Partial<Record<DiagnosticCode, string>> as Partial<Record<DiagnosticCode, string>>,
};

export type PlaygroundStrings = typeof jaPlayground;
