import { describe, expect, it } from 'vitest';
import { distinctiveTerms, countTitleTerms, linkRelated, relatedEvidence, termRuns } from '@/lib/chronology/related';
import type { Block } from '@/lib/parser/schema';
import { newsEvent, statement } from '../explorer/fixtures';

const span = { start: 0, end: 0 };
const paragraph = (number: string, text: string, lang: 'ja' | 'en' = 'ja'): Block => ({ type: 'paragraph', text, number, lang, speaker: null, section: 0, pairedWith: null, span });
const turn = (speaker: string, text: string): Block => ({ type: 'turn', text, number: null, lang: 'ja', speaker, section: 0, pairedWith: null, span });

/** Filler events whose titles make the event's other words common. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => newsEvent({ id: `2401-0101${String(i).padStart(2, '0')}`, date: '2024-01-01', title: `防衛相会談 ${i}`, partners: ['FR'] }));

describe('the evidence of a related link', () => {
  it('cites the statement paragraphs that name a shared partner, by any of its gazetteer names', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-27', title: '防衛相会談', partners: ['GB'] });
    const uk = statement({ slug: 'uk', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '防衛協力を確認した。'), paragraph('2', 'イギリスとの訓練を歓迎した。'), paragraph('3', '日英の協力を深める。')] });
    const links = linkRelated([event], [uk]);
    expect(relatedEvidence(links, event.id, 'uk')).toEqual([{ kind: 'partner', value: 'GB', anchors: ['p-2', 'p-3'] }]);
    expect(links.eventsByStatement.get('uk')).toEqual([event.id]);
  });

  it('reads a Latin name as a whole word only: EU is not in European', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-27', title: '会談', partners: ['EU'] });
    const text = statement({ slug: 'eu', eventDate: '2025-08-28', partners: ['EU'], blocks: [paragraph('1', 'European security was discussed.', 'en')] });
    expect(linkRelated([event], [text]).statementsByEvent.get(event.id)).toBeUndefined();
    const named = statement({ slug: 'eu', eventDate: '2025-08-28', partners: ['EU'], blocks: [paragraph('1', 'The EU and Japan agreed.', 'en')] });
    expect(relatedEvidence(linkRelated([event], [named]), event.id, 'eu')).toEqual([{ kind: 'partner', value: 'EU', anchors: ['en-1'] }]);
  });

  it('cites the passages that share a distinctive term of the event title, Q&A turns included', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-27', title: 'GCAP 防衛相会談', partners: ['GB'] });
    const press = statement({ slug: 'press', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '冒頭発言。'), turn('記者', 'ＧＣＡＰの進捗は。'), turn('大臣', '順調です。')] });
    const links = linkRelated([event, ...filler(10)], [press]);
    expect(relatedEvidence(links, event.id, 'press')).toEqual([{ kind: 'term', value: 'gcap', anchors: ['qa-1-p1'] }]);
  });

  it('takes only rare terms: a word most titles hold is no evidence', () => {
    const titles = countTitleTerms(['防衛相会談 GCAP', ...Array.from({ length: 500 }, () => '防衛相会談')]);
    expect(distinctiveTerms('防衛相会談 GCAP', titles, 501)).toEqual(['gcap']);
    // A partner's name is evidence of its own kind, never a term.
    expect(distinctiveTerms('NATO GCAP', titles, 501)).toEqual(['gcap']);
    expect([...termRuns('日英防衛相会談、レッドフラッグ・アラスカにＦ－３５')]).toEqual(['日英防衛相会談', 'レッドフラッグ', 'アラスカ', 'f-35']);
  });

  it('relates nothing without evidence, however close in time and partners', () => {
    const event = newsEvent({ id: '2508-082801', date: '2025-08-28', title: '会談', partners: ['GB'] });
    const silent = statement({ slug: 'silent', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '両大臣は協力を確認した。')] });
    const links = linkRelated([event], [silent]);
    expect(links.statementsByEvent.size).toBe(0);
    expect(links.evidence.size).toBe(0);
  });

  it('ranks by evidence first, then closeness in days', () => {
    const near = newsEvent({ id: '2508-082801', date: '2025-08-28', title: '会談', partners: ['GB'] });
    const far = newsEvent({ id: '2507-072801', date: '2025-07-28', title: 'テンペスト 開発', partners: ['GB'] });
    const text = statement({ slug: 'uk', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '英国とテンペストの開発を進める。')] });
    const links = linkRelated([near, far, ...filler(10)], [text]);
    expect(links.eventsByStatement.get('uk')).toEqual([far.id, near.id]);
  });

  it('keeps the window and the shared partner as preconditions', () => {
    const event = newsEvent({ id: '2401-010101', date: '2025-01-01', title: '会談', partners: ['GB'] });
    const late = statement({ slug: 'late', eventDate: '2025-08-28', partners: ['GB'], blocks: [paragraph('1', '英国と協力する。')] });
    const other = statement({ slug: 'other', eventDate: '2025-01-02', partners: ['FR'], blocks: [paragraph('1', '英国と協力する。')] });
    expect(linkRelated([event], [late, other]).statementsByEvent.size).toBe(0);
  });
});
