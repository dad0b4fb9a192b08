/**
 * Japan's counterparts: NATO, the EU and states (ISO 3166-1 alpha-2), with the Japanese names and
 * abbreviations the sources use, and the region each belongs to. Plain data and lookups, with no
 * matcher, so the browser can use it (the timeline's lanes) without the text scanner in ./match.
 */

/**
 * The groups the explorer shows partners in (the timeline's partner lanes, top to bottom).
 * 'europe' is every European state, NATO or EU member or not; 'other' is everyone else.
 */
export type PartnerRegion = 'nato' | 'eu' | 'europe' | 'other';

/** The regions in display order. */
export const PARTNER_REGIONS: readonly PartnerRegion[] = ['nato', 'eu', 'europe', 'other'];

export interface PartnerEntry {
  code: string;
  nameJa: string;
  nameEn: string;
  /** Full names as written in running text. */
  names: readonly string[];
  /**
   * One-character abbreviations, matched only inside 日X compounds (日英, 日英伊) and in a run
   * before 海軍/空軍/陸軍 (英仏独海軍): 独 alone is 独立 or 独自 too.
   */
  abbreviations: readonly string[];
  /** English names besides nameEn (UK, Britain), for English titles and paragraphs (./english). */
  englishNames?: readonly string[];
  /** Where the partner stands for charts and lanes: NATO, the EU, a European state, or elsewhere. */
  region: PartnerRegion;
  kind: 'organisation' | 'state';
  /** A state the sources mostly name as a threat rather than a counterpart. */
  concern?: boolean;
}

/** Every partner the parsers know, organisations first, then states in display order. */
export const partnerGazetteer: readonly PartnerEntry[] = [
  { code: 'NATO', nameJa: 'NATO', nameEn: 'NATO', names: ['NATO', '北大西洋条約機構', '北大西洋理事会', 'North Atlantic Treaty Organization'], abbreviations: [], region: 'nato', kind: 'organisation' },
  { code: 'EU', nameJa: 'EU', nameEn: 'European Union', names: ['EU', '欧州連合', '欧州委員会', '欧州理事会', 'European Union'], abbreviations: [], region: 'eu', kind: 'organisation' },
  { code: 'GB', nameJa: '英国', nameEn: 'United Kingdom', names: ['英国', 'イギリス', '連合王国'], abbreviations: ['英'], englishNames: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Northern Ireland'], region: 'europe', kind: 'state' },
  { code: 'FR', nameJa: 'フランス', nameEn: 'France', names: ['フランス'], abbreviations: ['仏'], region: 'europe', kind: 'state' },
  { code: 'DE', nameJa: 'ドイツ', nameEn: 'Germany', names: ['ドイツ'], abbreviations: ['独'], region: 'europe', kind: 'state' },
  { code: 'IT', nameJa: 'イタリア', nameEn: 'Italy', names: ['イタリア'], abbreviations: ['伊'], region: 'europe', kind: 'state' },
  { code: 'ES', nameJa: 'スペイン', nameEn: 'Spain', names: ['スペイン'], abbreviations: ['西'], region: 'europe', kind: 'state' },
  { code: 'NL', nameJa: 'オランダ', nameEn: 'Netherlands', names: ['オランダ'], abbreviations: ['蘭'], region: 'europe', kind: 'state' },
  { code: 'BE', nameJa: 'ベルギー', nameEn: 'Belgium', names: ['ベルギー'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'LU', nameJa: 'ルクセンブルク', nameEn: 'Luxembourg', names: ['ルクセンブルク', 'ルクセンブルグ'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'PT', nameJa: 'ポルトガル', nameEn: 'Portugal', names: ['ポルトガル'], abbreviations: ['葡'], region: 'europe', kind: 'state' },
  { code: 'IE', nameJa: 'アイルランド', nameEn: 'Ireland', names: ['アイルランド'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'DK', nameJa: 'デンマーク', nameEn: 'Denmark', names: ['デンマーク'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'NO', nameJa: 'ノルウェー', nameEn: 'Norway', names: ['ノルウェー'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'SE', nameJa: 'スウェーデン', nameEn: 'Sweden', names: ['スウェーデン'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'FI', nameJa: 'フィンランド', nameEn: 'Finland', names: ['フィンランド'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'IS', nameJa: 'アイスランド', nameEn: 'Iceland', names: ['アイスランド'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'EE', nameJa: 'エストニア', nameEn: 'Estonia', names: ['エストニア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'LV', nameJa: 'ラトビア', nameEn: 'Latvia', names: ['ラトビア', 'ラトヴィア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'LT', nameJa: 'リトアニア', nameEn: 'Lithuania', names: ['リトアニア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'PL', nameJa: 'ポーランド', nameEn: 'Poland', names: ['ポーランド'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'CZ', nameJa: 'チェコ', nameEn: 'Czechia', names: ['チェコ'], abbreviations: [], englishNames: ['Czech Republic'], region: 'europe', kind: 'state' },
  { code: 'SK', nameJa: 'スロバキア', nameEn: 'Slovakia', names: ['スロバキア', 'スロヴァキア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'HU', nameJa: 'ハンガリー', nameEn: 'Hungary', names: ['ハンガリー'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'AT', nameJa: 'オーストリア', nameEn: 'Austria', names: ['オーストリア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'CH', nameJa: 'スイス', nameEn: 'Switzerland', names: ['スイス'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'SI', nameJa: 'スロベニア', nameEn: 'Slovenia', names: ['スロベニア', 'スロヴェニア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'HR', nameJa: 'クロアチア', nameEn: 'Croatia', names: ['クロアチア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'RO', nameJa: 'ルーマニア', nameEn: 'Romania', names: ['ルーマニア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'BG', nameJa: 'ブルガリア', nameEn: 'Bulgaria', names: ['ブルガリア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'GR', nameJa: 'ギリシャ', nameEn: 'Greece', names: ['ギリシャ', 'ギリシア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'TR', nameJa: 'トルコ', nameEn: 'Türkiye', names: ['トルコ', 'トルコ共和国', 'テュルキエ'], abbreviations: [], englishNames: ['Turkey', 'Turkiye'], region: 'europe', kind: 'state' },
  { code: 'AL', nameJa: 'アルバニア', nameEn: 'Albania', names: ['アルバニア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'ME', nameJa: 'モンテネグロ', nameEn: 'Montenegro', names: ['モンテネグロ'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'MK', nameJa: '北マケドニア', nameEn: 'North Macedonia', names: ['北マケドニア', 'マケドニア'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'UA', nameJa: 'ウクライナ', nameEn: 'Ukraine', names: ['ウクライナ'], abbreviations: [], region: 'europe', kind: 'state' },
  { code: 'US', nameJa: '米国', nameEn: 'United States', names: ['米国', 'アメリカ', '米側'], abbreviations: ['米'], englishNames: ['US', 'U.S.', 'USA', 'America'], region: 'other', kind: 'state' },
  { code: 'CA', nameJa: 'カナダ', nameEn: 'Canada', names: ['カナダ'], abbreviations: ['加'], region: 'other', kind: 'state' },
  { code: 'AU', nameJa: 'オーストラリア', nameEn: 'Australia', names: ['オーストラリア', '豪州'], abbreviations: ['豪'], region: 'other', kind: 'state' },
  { code: 'NZ', nameJa: 'ニュージーランド', nameEn: 'New Zealand', names: ['ニュージーランド'], abbreviations: [], englishNames: ['NZ'], region: 'other', kind: 'state' },
  { code: 'KR', nameJa: '韓国', nameEn: 'Republic of Korea', names: ['韓国', '大韓民国'], abbreviations: ['韓'], englishNames: ['ROK', 'South Korea', 'Korea'], region: 'other', kind: 'state' },
  { code: 'IN', nameJa: 'インド', nameEn: 'India', names: ['インド'], abbreviations: ['印'], region: 'other', kind: 'state' },
  { code: 'PH', nameJa: 'フィリピン', nameEn: 'Philippines', names: ['フィリピン'], abbreviations: ['比'], region: 'other', kind: 'state' },
  { code: 'SG', nameJa: 'シンガポール', nameEn: 'Singapore', names: ['シンガポール'], abbreviations: ['星'], region: 'other', kind: 'state' },
  { code: 'ID', nameJa: 'インドネシア', nameEn: 'Indonesia', names: ['インドネシア'], abbreviations: ['尼'], region: 'other', kind: 'state' },
  { code: 'MY', nameJa: 'マレーシア', nameEn: 'Malaysia', names: ['マレーシア'], abbreviations: [], region: 'other', kind: 'state' },
  { code: 'VN', nameJa: 'ベトナム', nameEn: 'Viet Nam', names: ['ベトナム', 'ヴェトナム'], abbreviations: ['越'], englishNames: ['Vietnam'], region: 'other', kind: 'state' },
  { code: 'PK', nameJa: 'パキスタン', nameEn: 'Pakistan', names: ['パキスタン'], abbreviations: [], region: 'other', kind: 'state' },
  { code: 'TW', nameJa: '台湾', nameEn: 'Taiwan', names: ['台湾'], abbreviations: [], region: 'other', kind: 'state' },
  { code: 'CN', nameJa: '中国', nameEn: 'China', names: ['中国'], abbreviations: ['中'], region: 'other', kind: 'state', concern: true },
  { code: 'RU', nameJa: 'ロシア', nameEn: 'Russia', names: ['ロシア'], abbreviations: ['露'], region: 'other', kind: 'state', concern: true },
  { code: 'KP', nameJa: '北朝鮮', nameEn: 'North Korea', names: ['北朝鮮'], englishNames: ['DPRK'], abbreviations: ['朝'], region: 'other', kind: 'state', concern: true },
  { code: 'IR', nameJa: 'イラン', nameEn: 'Iran', names: ['イラン'], abbreviations: [], region: 'other', kind: 'state', concern: true },
];

export type PartnerCode = string;

const byCode = new Map(partnerGazetteer.map((entry) => [entry.code, entry]));

/** The gazetteer entry of a code, or undefined for a code the gazetteer does not know. */
export function partnerByCode(code: string): PartnerEntry | undefined {
  return byCode.get(code);
}

/** The region of a partner code; a code the gazetteer does not know is 'other'. */
export function partnerRegion(code: string): PartnerRegion {
  return byCode.get(code)?.region ?? 'other';
}
