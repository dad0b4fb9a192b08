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
} as const;

export type UiStrings = typeof ja;
