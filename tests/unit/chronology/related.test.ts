import { describe, expect, it } from 'vitest';
import { distinctiveTerms, linkRelated, relatedEvidence } from '@/lib/chronology/related';
import { countTermFrequencies, MAX_DOCUMENT_SHARE, termRuns, termWeight } from '@/lib/chronology/term-rarity';
import type { Block, NewsEvent, Statement } from '@/lib/parser/schema';
import { fixtureChronology } from '@/tests/app-fixture';
import { newsEvent, statement } from '../explorer/fixtures';

const span = { start: 0, end: 0 };
const paragraph = (number: string | null, text: string, lang: 'ja' | 'en' = 'ja'): Block => ({ type: 'paragraph', text, number, lang, speaker: null, section: 0, pairedWith: null, span });
const turn = (speaker: string, text: string): Block => ({ type: 'turn', text, number: null, lang: 'ja', speaker, section: 0, pairedWith: null, span });

/**
 * The rest of a chronology, for a term to be rare or common in: 40 news entries of another
 * partner and another year, and an undated statement (never a candidate) of 40 passages that all
 * speak of 安全保障 and decisions, as the statements of a real chronology do.
 */
const filler = (n = 40): NewsEvent[] =>
  Array.from({ length: n }, (_, i) =>
    newsEvent({ id: `2401-0101${String(i).padStart(2, '0')}`, date: '2024-01-01', title: `防衛相会談 ${i}`, summary: '両国は安全保障協力を決定した。', partners: ['FR'] }),
  );
const background: Statement = statement({
  slug: 'background',
  eventDate: null,
  partners: ['FR'],
  blocks: Array.from({ length: 40 }, (_, i) => paragraph(String(i + 1), `両国は、安全保障の分野で協力を決定した(${i + 1})。`)),
});

describe('the evidence of a related link', () => {
  it('cites the statement paragraphs that name a shared partner, by any of its gazetteer names', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-27', title: '防衛相会談', partners: ['GB'] });
    const uk = statement({ slug: 'uk', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '防衛協力を確認した。'), paragraph('2', 'イギリスとの訓練を歓迎した。'), paragraph('3', '日英の協力を深める。')] });
    const links = linkRelated([event], [uk]);
    expect(relatedEvidence(links, event.id, 'uk')).toEqual([{ kind: 'partner', value: 'GB', anchors: ['p-2', 'p-3'], weight: 1 }]);
    expect(links.eventsByStatement.get('uk')).toEqual([event.id]);
  });

  it('reads a Latin name as a whole word only: EU is not in European', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-27', title: '会談', partners: ['EU'] });
    const text = statement({ slug: 'eu', eventDate: '2025-08-28', partners: ['EU'], blocks: [paragraph('1', 'European security was discussed.', 'en')] });
    expect(linkRelated([event], [text]).statementsByEvent.get(event.id)).toBeUndefined();
    const named = statement({ slug: 'eu', eventDate: '2025-08-28', partners: ['EU'], blocks: [paragraph('1', 'The EU and Japan agreed.', 'en')] });
    expect(relatedEvidence(linkRelated([event], [named]), event.id, 'eu')).toEqual([{ kind: 'partner', value: 'EU', anchors: ['en-1'], weight: 1 }]);
  });

  it('cites the very paragraph of a Q&A turn that shares a distinctive term of the event title', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-27', title: 'GCAP 防衛相会談', partners: ['GB'] });
    const press = statement({
      slug: 'press',
      eventDate: '2025-08-28',
      partners: ['GB'],
      blocks: [paragraph(null, '冒頭発言。'), turn('記者', '進捗を伺います。'), turn('記者', 'ＧＣＡＰの進捗は。'), turn('大臣', '順調です。')],
    });
    const [evidence] = relatedEvidence(linkRelated([event, ...filler()], [press, background]), event.id, 'press');
    expect(evidence).toMatchObject({ kind: 'term', value: 'gcap', anchors: ['qa-1-p2'] });
    expect(evidence?.weight).toBeGreaterThan(1);
  });

  it('relates nothing without evidence, however close in time and partners', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-28', title: '会談', partners: ['GB'] });
    const silent = statement({ slug: 'silent', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '両大臣は協力を確認した。')] });
    const links = linkRelated([event], [silent]);
    expect(links.statementsByEvent.size).toBe(0);
    expect(links.evidence.size).toBe(0);
  });

  it('ranks by the weight of the evidence first (a term over a partner named), then closeness in days', () => {
    const near = newsEvent({ id: '2508-082801', date: '2025-08-28', title: '会談', partners: ['GB'] });
    const far = newsEvent({ id: '2507-072801', date: '2025-07-28', title: 'テンペスト 開発', partners: ['GB'] });
    const text = statement({ slug: 'uk', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '英国とテンペストの開発を進める。')] });
    const links = linkRelated([near, far, ...filler()], [text, background]);
    expect(links.eventsByStatement.get('uk')).toEqual([far.id, near.id]);
  });

  it('keeps the window and the shared partner as preconditions', () => {
    const event = newsEvent({ id: '2401-010101', date: '2025-01-01', title: '会談', partners: ['GB'] });
    const late = statement({ slug: 'late', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '英国と協力する。')] });
    const other = statement({ slug: 'other', eventDate: '2025-01-02', partners: ['FR'], blocks: [paragraph('1', '英国と協力する。')] });
    expect(linkRelated([event], [late, other]).statementsByEvent.size).toBe(0);
  });
});

describe('a distinctive term', () => {
  it('is a run of one script: katakana and kanji of 3 or more, Latin letters and digits', () => {
    expect([...termRuns('日英防衛相会談、レッドフラッグ・アラスカにＦ－３５')]).toEqual(['日英防衛相会談', 'レッドフラッグ', 'アラスカ', 'f-35']);
    // Two kanji make an ordinary word far more often than a name.
    expect([...termRuns('通信回線の新設を決定、協力を確認')]).toEqual(['通信回線']);
  });

  it('weighs its rarity over the entries and the passages, and is never one above 5 % of either', () => {
    const entries = Array.from({ length: 100 }, (_, i) => ({ title: i < 5 ? '安全保障 GCAP' : '安全保障', summary: i < 6 ? 'ITPP' : '' }));
    const passages = Array.from({ length: 100 }, (_, i) => new Set(i < 6 ? ['ホットライン'] : i < 2 ? ['gcap'] : []));
    const frequencies = countTermFrequencies(entries, passages);
    // GCAP: 5 of 100 entries, no passage: at the limit, so evidence, weighing ln(200 / 5).
    expect(termWeight('gcap', frequencies)).toBeCloseTo(Math.log(200 / 5));
    // Above the limit in the entries (ITPP: 6 %) or in the passages (ホットライン: 6 %), or everywhere: never.
    expect(6 / 100).toBeGreaterThan(MAX_DOCUMENT_SHARE);
    expect(termWeight('itpp', frequencies)).toBeNull();
    expect(termWeight('ホットライン', frequencies)).toBeNull();
    expect(termWeight('安全保障', frequencies)).toBeNull();
    // A partner's name is evidence of its own kind, never a term.
    expect(distinctiveTerms('NATO GCAP', frequencies).map((t) => t.term)).toEqual(['gcap']);
  });
});

describe('known pairs and non-pairs', () => {
  const uk = (slug: string, text: string) => statement({ slug, eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '冒頭発言。'), paragraph('2', text)] });
  const event = (id: string, title: string) => newsEvent({ id, date: '2025-08-27', title, partners: ['GB'] });
  const pairs = [
    [event('2508-082701', 'GCAPの共同開発で合意'), uk('gcap', '両大臣は、GCAPの重要性を確認した。'), 'gcap'],
    [event('2508-082702', '防衛当局間ホットラインを開設'), uk('hotline', 'ホットラインの運用を確認した。'), 'ホットライン'],
    [event('2508-082703', '尖閣諸島 周辺の警戒'), uk('senkaku', '尖閣諸島に対する現状変更の試みに反対した。'), '尖閣諸島'],
    [event('2508-082704', 'ITPP に参加'), uk('itpp', 'ITPPへの参加を歓迎した。'), 'itpp'],
  ] as const;
  const nonPairs = [
    // A generic word of two kanji: 決定 (the 2+2 statement and 2408-071201 shared only it).
    [event('2508-082705', '専用の通信回線 新設を決定'), uk('decision', '我々の今日の決定が将来を決定づける。')],
    // A term every passage of the chronology holds: 安全保障.
    [event('2508-082706', '安全保障 協議'), uk('security', '安全保障環境は厳しい。安全保障 の対話。')],
  ] as const;
  const links = linkRelated([...pairs, ...nonPairs].map(([e]) => e).concat(filler()), [...[...pairs, ...nonPairs].map(([, s]) => s), background]);

  it.each(pairs.map(([e, s, term]) => [term, e.id, s.slug]))('keeps a pair sharing a named thing: %s', (term, id, slug) => {
    expect(links.eventsByStatement.get(slug)).toContain(id);
    expect(relatedEvidence(links, id, slug)).toMatchObject([{ kind: 'term', value: term, anchors: ['p-2'] }]);
  });

  it.each(nonPairs.map(([e, s]) => [s.slug, e.id]))('drops a pair sharing only a generic word: %s', (slug, id) => {
    expect(links.eventsByStatement.get(slug)).toBeUndefined();
    expect(relatedEvidence(links, id, slug)).toEqual([]);
  });

  it('no longer gives 決定 as the reason for the 2+2 statement and 2408-071201 in the app fixture', () => {
    const { related, statements } = fixtureChronology();
    const twoPlusTwo = statements.find((s) => s.slug.includes('2plus2'));
    expect(twoPlusTwo).toBeDefined();
    const evidence = relatedEvidence(related, '2408-071201', twoPlusTwo?.slug ?? '');
    expect(evidence.map((piece) => piece.value)).not.toContain('決定');
    // Every term the fixture still gives as a reason is one distinctive in it.
    for (const pieces of related.evidence.values()) for (const piece of pieces) if (piece.kind === 'term') expect(piece.weight).toBeGreaterThan(Math.log(1 / MAX_DOCUMENT_SHARE) - 1e-9);
  });
});
