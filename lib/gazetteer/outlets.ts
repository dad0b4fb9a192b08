/**
 * News outlets as the digest writes them (./outlet-match.ts reads them, and the aggregators, in an entry).
 * `key` is the stable ASCII slug used in URLs (`?outlet=kyodo`); never change a published key.
 */

export interface OutletEntry {
  key: string;
  name: string;
  nameEn: string;
  /** Every spelling seen or expected before the title, without aggregator or 新聞/通信 suffix. */
  aliases: readonly string[];
}

export const outletGazetteer: readonly OutletEntry[] = [
  { key: 'yomiuri', name: '読売新聞', nameEn: 'The Yomiuri Shimbun', aliases: ['読売新聞', '読売'] },
  { key: 'asahi', name: '朝日新聞', nameEn: 'The Asahi Shimbun', aliases: ['朝日新聞', '朝日'] },
  { key: 'mainichi', name: '毎日新聞', nameEn: 'The Mainichi', aliases: ['毎日新聞', '毎日'] },
  { key: 'nikkei', name: '日本経済新聞', nameEn: 'Nikkei', aliases: ['日本経済新聞', '日本経済', '日経新聞', '日経'] },
  { key: 'sankei', name: '産経新聞', nameEn: 'The Sankei Shimbun', aliases: ['産経新聞', '産経'] },
  { key: 'tokyo-shimbun', name: '東京新聞', nameEn: 'Tokyo Shimbun', aliases: ['東京新聞'] },
  { key: 'kyodo', name: '共同通信', nameEn: 'Kyodo News', aliases: ['共同通信', '共同'] },
  { key: 'afp-jiji', name: 'AFP時事', nameEn: 'AFP-Jiji', aliases: ['AFP時事', 'AFP=時事', 'AFP＝時事'] },
  { key: 'jiji', name: '時事通信', nameEn: 'Jiji Press', aliases: ['時事通信', '時事'] },
  { key: 'afp', name: 'AFP通信', nameEn: 'AFP', aliases: ['AFPBB', 'AFP'] },
  { key: 'ap', name: 'AP通信', nameEn: 'Associated Press', aliases: ['AP'] },
  { key: 'reuters', name: 'ロイター', nameEn: 'Reuters', aliases: ['Reuters', 'ロイター'] },
  { key: 'bloomberg', name: 'ブルームバーグ', nameEn: 'Bloomberg', aliases: ['Bloomberg', 'ブルームバーグ'] },
  { key: 'nhk', name: 'NHK', nameEn: 'NHK', aliases: ['NHK'] },
  { key: 'tbs', name: 'TBS', nameEn: 'TBS', aliases: ['TBS'] },
  { key: 'ntv', name: '日本テレビ', nameEn: 'Nippon TV', aliases: ['日本テレビ', '日テレ', 'NNN'] },
  { key: 'tv-asahi', name: 'テレビ朝日', nameEn: 'TV Asahi', aliases: ['テレビ朝日', 'テレ朝', 'ANN'] },
  { key: 'fuji-tv', name: 'フジテレビ', nameEn: 'Fuji TV', aliases: ['フジテレビ', 'FNN', 'フジ'] },
  { key: 'tv-tokyo', name: 'テレビ東京', nameEn: 'TV Tokyo', aliases: ['テレビ東京', 'テレ東'] },
  { key: 'cnn', name: 'CNN', nameEn: 'CNN', aliases: ['CNN'] },
  { key: 'bbc', name: 'BBC', nameEn: 'BBC', aliases: ['BBC'] },
  { key: 'janes', name: "Jane's", nameEn: "Jane's", aliases: ["Jane's 360", "Jane's", 'Janes 360', 'Janes', 'Jane’s 360', 'Jane’s'] },
  { key: 'nikkei-asia', name: 'Nikkei Asia', nameEn: 'Nikkei Asia', aliases: ['Nikkei Asian Review', 'Nikkei Asia'] },
  { key: 'defense-news', name: 'Defense News', nameEn: 'Defense News', aliases: ['Defense News'] },
  { key: 'financial-times', name: 'フィナンシャル・タイムズ', nameEn: 'Financial Times', aliases: ['Financial Times', 'フィナンシャル・タイムズ', 'FT'] },
  { key: 'politico', name: 'Politico', nameEn: 'Politico', aliases: ['POLITICO', 'Politico'] },
];
