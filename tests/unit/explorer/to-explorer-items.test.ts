import { describe, expect, it } from 'vitest';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';
import { newsEvent, noRelations, statement } from './fixtures';

describe('toExplorerItems', () => {
  it('keeps what the explorer shows of a news event and links to its page', () => {
    const [item] = toExplorerItems(
      [
        newsEvent({
          id: '2507-062601',
          date: '2025-06-26',
          time: '00:00',
          title: '自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始',
          summary: '岩屋毅外相は25日…防衛協力を深める。',
          notes: ['註'],
          partners: ['NL'],
          outlet: { raw: '日経新聞', key: 'nikkei', name: '日本経済新聞', nameEn: 'Nikkei', via: null, known: true },
        }),
      ],
      [],
      noRelations,
    );
    expect(item).toMatchObject({
      kind: 'news',
      id: '2507-062601',
      date: '2025-06-26',
      time: '00:00',
      title: '自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始',
      summary: '岩屋毅外相は25日…防衛協力を深める。',
      notes: ['註'],
      partners: ['NL'],
      outlet: { key: 'nikkei', name: '日本経済新聞', via: null },
      permalink: '/events/2507-062601',
      statementKind: null,
    });
  });

  it('places a news event on the day its summary says it happened, with the report beside it', () => {
    const eventDate = { date: '2022-06-29', endDate: null, status: 'happened' as const, span: { start: 0, end: 3 } };
    const items = toExplorerItems(
      [
        newsEvent({ id: '2207-063001', date: '2022-06-30', time: '00:34', eventDate }),
        newsEvent({ id: '2207-060709', date: '2022-06-07', time: '18:32', eventDate: { ...eventDate, date: '2022-06-07' } }),
        newsEvent({ id: '2505-040508', date: '2025-04-05', time: '09:00', eventDate: { ...eventDate, date: '2025-04-08', endDate: '2025-04-10', status: 'scheduled' } }),
      ],
      [],
      noRelations,
    );
    const [sameDay, moved, scheduled] = items;
    expect(items.map((item) => item.id)).toEqual(['2207-060709', '2207-063001', '2505-040508']);
    // The time is the report's: it goes with the report when the days differ.
    expect(moved).toMatchObject({ date: '2022-06-29', time: null, reported: { date: '2022-06-30', time: '00:34' }, dateEnd: null, dateStatus: null });
    expect(sameDay).toMatchObject({ date: '2022-06-07', time: '18:32', reported: null });
    expect(scheduled).toMatchObject({ date: '2025-04-08', dateEnd: '2025-04-10', dateStatus: 'scheduled', reported: { date: '2025-04-05', time: '09:00' } });
  });

  it('ships no source spans, evidence or raw outlet text to the browser', () => {
    const [item] = toExplorerItems([newsEvent({ id: '2507-062601', date: '2025-06-26' })], [], noRelations);
    const json = JSON.stringify(item);
    expect(json).not.toContain('span');
    expect(json).not.toContain('partnerEvidence');
    expect(json).not.toContain('共同通信 (Yahoo)');
  });

  it('gives a resolved reference the title of the entry it points to', () => {
    const items = toExplorerItems(
      [
        newsEvent({ id: '2306-051019', date: '2023-05-10', refs: [{ id: '2306-051105', outlet: '日経', date: '2023-05-11', resolved: true, span: { start: 0, end: 0 } }] }),
        newsEvent({ id: '2306-051105', date: '2023-05-11', title: 'NATO事務総長「東京拠点新設」表明' }),
      ],
      [],
      noRelations,
    );
    expect(items.find((i) => i.id === '2306-051019')?.refs).toEqual([
      { id: '2306-051105', outlet: '日経', date: '2023-05-11', resolved: true, title: 'NATO事務総長「東京拠点新設」表明' },
    ]);
  });

  it('keeps an unresolved reference with its outlet and date but no title', () => {
    const [item] = toExplorerItems(
      [newsEvent({ id: '2306-051019', date: '2023-05-10', refs: [{ id: '2306-050317', outlet: '時事', date: '2023-05-03', resolved: false, span: { start: 0, end: 0 } }] })],
      [],
      noRelations,
    );
    expect(item?.refs).toEqual([{ id: '2306-050317', outlet: '時事', date: '2023-05-03', resolved: false, title: null }]);
  });

  it('does not trust a reference marked resolved whose entry is missing', () => {
    const [item] = toExplorerItems(
      [newsEvent({ id: '2306-051019', date: '2023-05-10', refs: [{ id: '2306-050317', outlet: '時事', date: null, resolved: true, span: { start: 0, end: 0 } }] })],
      [],
      noRelations,
    );
    expect(item?.refs[0]).toMatchObject({ resolved: false, title: null });
  });

  it('turns a statement into an item on the day of its event, with its lead as the summary', () => {
    const items = toExplorerItems([], [statement({ slug: '2025-08-28-japan-uk-defence-ministers', title: '日英防衛相会談(8月28日)', lead: '防衛省は…発表した。' })], noRelations);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'statement',
        id: '2025-08-28-japan-uk-defence-ministers',
        date: '2025-08-28',
        summary: '防衛省は…発表した。',
        outlet: null,
        statementKind: 'joint-statement',
        permalink: '/statements/2025-08-28-japan-uk-defence-ministers',
      }),
    ]);
  });

  it('places a statement without an event date on the day it was published, and leaves out one with no date at all', () => {
    const items = toExplorerItems(
      [],
      [statement({ slug: 'published-only', eventDate: null, publishedAt: '2025-09-01T10:45' }), statement({ slug: 'undated', eventDate: null, publishedAt: null })],
      noRelations,
    );
    expect(items.map((i) => [i.id, i.date, i.reported])).toEqual([['published-only', '2025-09-01', null]]);
    const [later] = toExplorerItems([], [statement({ slug: 'published-later', eventDate: '2025-08-28', publishedAt: '2025-09-01T10:45' })], noRelations);
    expect(later).toMatchObject({ date: '2025-08-28', reported: { date: '2025-09-01', time: '10:45' } });
  });

  it('links events and statements both ways by title, each link with its evidence', () => {
    const evidence = [{ kind: 'partner' as const, value: 'GB', anchors: ['p-1'] }];
    const items = toExplorerItems(
      [newsEvent({ id: '2508-082801', date: '2025-08-28', title: '日英防衛相会談' })],
      [statement({ slug: 'uk', title: '日英共同声明' })],
      {
        statementsByEvent: new Map([['2508-082801', ['uk', 'gone']]]),
        eventsByStatement: new Map([['uk', ['2508-082801']]]),
        evidence: new Map([['2508-082801\u0000uk', evidence]]),
      },
    );
    expect(items.find((i) => i.kind === 'news')?.relatedStatements).toEqual([{ slug: 'uk', title: '日英共同声明', evidence }]);
    expect(items.find((i) => i.kind === 'statement')?.relatedEvents).toEqual([{ id: '2508-082801', title: '日英防衛相会談', date: '2025-08-28', evidence }]);
  });

  it('returns the items oldest first, whatever order the digest has', () => {
    const items = toExplorerItems(
      [newsEvent({ id: '2507-062601', date: '2025-06-26' }), newsEvent({ id: '1305-041502', date: '2013-04-15' }), newsEvent({ id: '1305-041501', date: '2013-04-15' })],
      [statement({ slug: 'uk', eventDate: '2024-07-28' })],
      noRelations,
    );
    expect(items.map((i) => i.id)).toEqual(['1305-041501', '1305-041502', 'uk', '2507-062601']);
  });
});
