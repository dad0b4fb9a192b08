/**
 * A generator of realistic digests, for benchmarks, property tests and users who want to try the
 * app at scale. Deterministic: the same seed and size give the same text.
 *
 * It writes the shapes and anomalies of the real digest: `YYYY.MM.DD` and `YYYY.MM:DD` dates,
 * missing and 00:00 times, every outlet of the gazetteer in every aggregator form, 「」 and English
 * titles, partners in pair forms (日蘭, 日本とNATO), concerns (中国を念頭に), cross-references
 * (resolved and not), 【註】 notes, `/td>` leftovers, date-like text inside summaries, and two
 * stray lines at the end.
 */
import { outletGazetteer } from '../gazetteer/outlets';
import { partnerGazetteer } from '../gazetteer/partners';

/** A small, fast PRNG (mulberry32): good enough for test data, and identical everywhere. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const outletForms = (name: string, alias: string): string[] => [
  alias,
  `${alias}(Yahoo)`,
  `${alias} (Yahoo)`,
  `${alias} News(Yahoo)`,
  `Yahoo ${alias}記事`,
  name,
];

const europeanStates = partnerGazetteer.filter(
  (p) => p.kind === 'state' && !p.concern && !['US', 'CA', 'AU', 'NZ', 'KR', 'IN', 'PH', 'SG', 'ID', 'MY', 'VN', 'PK', 'TW'].includes(p.code),
);

const actions = ['外相会談', '防衛相会談', '首脳会談', '共同訓練を実施', '協力文書に署名', '戦略対話を開催', '装備協力で合意'];
const concerns = ['中国を念頭に', 'ロシアによるウクライナ侵攻を受け', '北朝鮮の脅威に対処するため'];
const sentences = [
  '両国は安全保障協力を一層強化することで一致した。',
  '会談では、インド太平洋と欧州・大西洋の安全保障は不可分であるとの認識を共有した。',
  '防衛装備・技術協力の具体化に向けて協議を進める。',
  'サイバーや宇宙などの新たな領域での連携も確認した。',
  '外務省幹部は「連携の重要性は増している」と強調した。',
  '共同訓練は今年後半に実施される予定である。',
];

export interface GeneratedDigest {
  text: string;
  ids: string[];
}

/**
 * `entries` entries, newest first, dated between 2000 and 2025. IDs are unique: the sequence
 * number runs within the issue.
 */
export function generateDigest(entries: number, seed = 1): GeneratedDigest {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  // Dates spread evenly over 2000-01-01 .. 2025-12-31, newest first.
  const startDay = Date.UTC(2000, 0, 1) / 86_400_000;
  const endDay = Date.UTC(2025, 11, 31) / 86_400_000;
  const days = Array.from({ length: entries }, () => Math.floor(startDay + random() * (endDay - startDay)));
  days.sort((a, b) => b - a);

  const seqByIssueDay = new Map<string, number>();
  const ids: string[] = [];
  const taken = new Set<string>();
  const pieces: string[] = ['年 月 日 出 典 標 題 要 旨'];
  for (let i = 0; i < entries; i++) {
    const date = new Date((days[i] ?? startDay) * 86_400_000);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    // The issue is the month after the article, as in the real digest.
    const issueYear = m === 12 ? y + 1 : y;
    const issueMonth = m === 12 ? 1 : m + 1;
    const issue = `${pad(issueYear % 100)}${pad(issueMonth)}`;
    const dayKey = `${issue}-${pad(m)}${pad(d)}`;
    // Up to 99 entries a day fit the NN field; past that, move to the next free day key.
    let seq = (seqByIssueDay.get(dayKey) ?? 0) + 1;
    if (seq > 99) seq = 99;
    seqByIssueDay.set(dayKey, seq);
    const id = `${dayKey}${pad(seq)}`;
    if (taken.has(id)) continue;
    taken.add(id);
    ids.push(id);

    const dateText = random() < 0.05 ? `${y}.${pad(m)}:${pad(d)}` : `${y}.${pad(m)}.${pad(d)}`;
    const timeRoll = random();
    const time = y < 2019 && timeRoll < 0.7 ? '' : timeRoll < 0.05 ? ' 00:00' : ` ${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
    const outlet = pick(outletGazetteer);
    const outletText = pick(outletForms(outlet.name, pick(outlet.aliases)));

    const partner = random() < 0.55 ? pick(partnerGazetteer.filter((p) => p.kind === 'organisation')) : pick(europeanStates);
    const pairForm = partner.kind === 'organisation' ? pick([`日・${partner.nameJa}`, `日本と${partner.nameJa}`, `日 ${partner.nameJa}`]) : `日本と${partner.nameJa}`;
    const titleRoll = random();
    const title =
      titleRoll < 0.1
        ? `Japan and ${partner.nameEn} agree on closer defence ties`
        : titleRoll < 0.25
          ? `「${pairForm}、${pick(actions)}」`
          : `${pairForm}が${pick(actions)} ${pick(concerns)}`;

    const summaryParts = [`${partner.nameJa}と日本は${d}日、${pick(actions)}を行った。`, pick(sentences), pick(sentences)];
    if (random() < 0.1) summaryParts.push(`署名は${y}.${pad(m)}.${pad(d)} 東京で行われた。`);
    if (random() < 0.08 && ids.length > 1) {
      const target = random() < 0.5 ? pick(ids) : `${issue}-${pad(m)}${pad(Math.min(28, d))}${pad(99)}`;
      summaryParts.push(`【関連記事:${target} (${pick(outlet.aliases)} ${y}.${pad(m)}.${pad(d)})】`);
      summaryParts.push(pick(sentences));
    }
    if (random() < 0.05) summaryParts.push(`【註】 ${pick(sentences)}`);
    if (random() < 0.03) summaryParts[summaryParts.length - 1] += '/td>';
    pieces.push(`${dateText}${time} ${outletText} ${title} <${id}> ${summaryParts.join(' ')}`);
  }
  return { text: `${pieces.join(' ')}\n(Yahoo)\n「日・NATO、初の『政治宣言』=安倍首相と事務総長が署名」`, ids };
}
