/**
 * A generator of statement articles in the site's format (what lib/parser/statement reads), for
 * benchmarks and for trying the app at scale. Deterministic: the same seed and count give the
 * same files.
 *
 * Three shapes, as in the bundled data, at their lengths (5,000–10,000 characters):
 *   - a bilingual joint statement: a numbered Japanese text, then `(英文)` and the English
 *     original, paragraph for paragraph;
 *   - a meeting summary: headings, each over `(1)`, `(2)`… paragraphs;
 *   - a press conference: the minister's announcements, then `記者` / `大臣` turns under
 *     question headings.
 * Rare terms (GCAP, 暗号資産, ACSA) come up in a few paragraphs, common ones (日本, NATO) in most.
 */
import { createRandom } from './digest';

export interface GeneratedStatement {
  /** A file name for the data folder's statements/ (unique within one call). */
  name: string;
  text: string;
}

const counterparts = [
  { ja: '英国', en: 'the United Kingdom', pair: '日英' },
  { ja: 'フランス', en: 'France', pair: '日仏' },
  { ja: 'ドイツ', en: 'Germany', pair: '日独' },
  { ja: 'イタリア', en: 'Italy', pair: '日伊' },
  { ja: 'NATO', en: 'NATO', pair: '日・NATO' },
  { ja: 'EU', en: 'the EU', pair: '日・EU' },
];

// Japanese and English sentences of the same kinds, each list with its rare ones last.
const jaCommon = [
  '両大臣は、欧州・大西洋とインド太平洋の安全保障は不可分であるとの認識を共有した。',
  '日本とNATOの協力を一層強化していくことで一致した。',
  '法の支配に基づく自由で開かれた国際秩序を維持・強化する重要性を確認した。',
  'ロシアによるウクライナ侵略は国際秩序の根幹を揺るがすものであり、断じて認められないとの立場を改めて表明した。',
  '東シナ海及び南シナ海における力による一方的な現状変更の試みに強く反対した。',
  '北朝鮮の核・ミサイル開発について深刻な懸念を表明し、完全な非核化に向けて緊密に連携していくことを確認した。',
  '防衛装備・技術協力の具体化に向けて、事務レベルでの協議を加速させることで一致した。',
  'サイバー、宇宙、電磁波といった新たな領域における協力を推進していくことを確認した。',
  '女性・平和・安全保障(WPS)の取組を共に進めていくことを歓迎した。',
  '共同訓練を通じた相互運用性の向上を歓迎した。',
];
const jaRare = [
  'グローバル戦闘航空プログラム(GCAP)の着実な進展を歓迎した。',
  '物品役務相互提供協定(ACSA)の円滑な運用を確認した。',
  '北朝鮮による暗号資産の窃取を含む不正なサイバー活動に懸念を表明した。',
];
const enCommon = [
  'The Ministers shared the recognition that the security of the Euro-Atlantic and the Indo-Pacific is indivisible.',
  'They affirmed their commitment to further strengthening cooperation between Japan and NATO.',
  'The Ministers reaffirmed the importance of upholding the free and open international order based on the rule of law.',
  "They condemned Russia's illegal, unjustifiable and unprovoked aggression against Ukraine.",
  'The Ministers strongly opposed any unilateral attempts to change the status quo by force or coercion in the East and South China Seas.',
  "They expressed serious concern over North Korea's nuclear and missile programmes.",
  'The Ministers welcomed progress in defence equipment and technology cooperation.',
  'They committed to deepening cooperation in new domains such as cyber, space and the electromagnetic spectrum.',
  'The Ministers welcomed joint efforts on Women, Peace and Security (WPS).',
  'They welcomed the enhanced interoperability achieved through joint exercises.',
];
const enRare = [
  'The Ministers welcomed steady progress on the Global Combat Air Programme (GCAP).',
  'They confirmed the smooth operation of the Acquisition and Cross-Servicing Agreement (ACSA).',
  "They expressed concern over North Korea's theft of crypto-assets through malicious cyber activities.",
];
const questions = [
  '今回の会談の成果について、大臣の受け止めをお聞かせください。',
  '中国の軍事動向について、どのような議論が行われたのでしょうか。',
  '防衛装備移転について、今後の見通しを教えてください。',
  'NATOとの協力について、具体的な進展はありましたか。',
];
const headings = ['総論', '地域情勢', '防衛協力', '装備・技術協力', '新たな領域', '今後の協力'];
const questionHeadings = ['会談の成果について', '中国の動向について', '防衛装備移転について', 'NATOとの協力について'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `count` statements dated between 2013 and 2025, with file names unique within the call. */
export function generateStatements(count: number, seed = 1): GeneratedStatement[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  // One sentence in 500 is a rare one: each rare term appears in a few percent of statements.
  const sentenceIndex = (common: readonly string[], rare: readonly string[]) =>
    random() < 0.002 ? common.length + Math.floor(random() * rare.length) : Math.floor(random() * common.length);
  const jaSentence = (i: number) => [...jaCommon, ...jaRare][i] ?? '';
  const enSentence = (i: number) => [...enCommon, ...enRare][i] ?? '';
  const paragraph = (sentences: number): { ja: string; en: string } => {
    const picked = Array.from({ length: sentences }, () => sentenceIndex(jaCommon, jaRare));
    return { ja: picked.map(jaSentence).join(''), en: picked.map(enSentence).join(' ') };
  };

  return Array.from({ length: count }, (_, n) => {
    const year = between(2013, 2025);
    const month = between(1, 12);
    const day = between(1, 28);
    const partner = pick(counterparts);
    const shape = random();
    const date = `${year}年${month}月${day}日`;
    const lines: string[] = [];
    let title: string;
    if (shape < 0.4) {
      title = `${partner.pair}防衛相会談を実施、共同声明を発表(${month}月${day}日)`;
      const paragraphs = Array.from({ length: between(12, 20) }, () => paragraph(between(2, 4)));
      lines.push(`${partner.pair}防衛相会談 共同声明(${date})(仮訳)`);
      paragraphs.forEach((p, i) => lines.push(`${i + 1} ${p.ja}`));
      lines.push('(英文)Japan Defence Ministerial Meeting – Joint Statement');
      lines.push(`The Minister of Defense of Japan met the Secretary of State for Defence of ${partner.en}.`);
      paragraphs.forEach((p, i) => lines.push(`${i + 1}. ${p.en}`));
    } else if (shape < 0.7) {
      title = `${partner.pair}外相会談を実施(${month}月${day}日)`;
      for (const heading of headings.slice(0, between(4, headings.length))) {
        lines.push(heading);
        for (let i = 1; i <= between(3, 5); i++) lines.push(`(${i})${paragraph(between(3, 6)).ja}`);
      }
    } else {
      title = `防衛大臣が臨時記者会見 ${partner.ja}との協力について言及(${month}月${day}日)`;
      lines.push('大臣からの発表事項');
      for (let i = 0; i < between(4, 7); i++) lines.push(` ${paragraph(between(3, 6)).ja}`);
      lines.push('記者との質疑応答');
      for (let q = 0; q < between(4, 7); q++) {
        lines.push(pick(questionHeadings), '記者', ` ${pick(questions)}${paragraph(1).ja}`, '大臣');
        for (let i = 0; i < between(2, 4); i++) lines.push(` ${paragraph(between(3, 5)).ja}`);
      }
    }
    const published = `${year}-${month}-${Math.min(28, day + 2)} ${pad(between(9, 18))}:${pad(between(0, 59))}`;
    const lead = `防衛省は${date}、${partner.ja}との会談について、その概要を以下のように発表した。`;
    const text = [title, '- 日本の防衛', published, lead, ...lines, '(以上)', ''].join('\n');
    return { name: `${year}-${pad(month)}-${pad(day)}-generated-${String(n + 1).padStart(5, '0')}.txt`, text };
  });
}
