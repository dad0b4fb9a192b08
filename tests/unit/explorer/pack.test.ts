import { describe, expect, it } from 'vitest';
import { loadChronology } from '@/lib/chronology/load';
import { packExplorerItems, unpackExplorerItems, type ExplorerItem } from '@/lib/explorer';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';
import { generateDigest } from '@/lib/generate/digest';
import { parseDigest } from '@/lib/parser/digest';
import { APP_FIXTURE_DIR } from '@/tests/app-fixture';

function fixtureItems(): ExplorerItem[] {
  const chronology = loadChronology(APP_FIXTURE_DIR);
  return toExplorerItems(chronology.events, chronology.statements, chronology.related);
}

const roundTrip = (items: readonly ExplorerItem[]) => unpackExplorerItems(JSON.parse(JSON.stringify(packExplorerItems(items))));

describe('the packed items the home page sends', () => {
  it('unpack to exactly the items of the fixture chronology, refs and related links included', () => {
    const items = fixtureItems();
    expect(items.some((item) => item.refs.length > 0)).toBe(true);
    expect(items.some((item) => item.relatedStatements.length > 0)).toBe(true);
    expect(items.some((item) => item.relatedEvents.length > 0)).toBe(true);
    // Dated apart from their report, a range, a scheduled day, a day "by", a statement published later.
    expect(items.some((item) => item.kind === 'news' && item.reported !== null)).toBe(true);
    expect(items.some((item) => item.dateEnd !== null && item.dateStatus === 'scheduled')).toBe(true);
    expect(items.some((item) => item.dateStatus === 'by')).toBe(true);
    expect(items.some((item) => item.kind === 'statement' && item.reported !== null)).toBe(true);
    expect(roundTrip(items)).toEqual(items);
  });

  it('unpack to exactly the items of 2,000 generated entries, and weigh far less than them', () => {
    const events = parseDigest(generateDigest(2_000, 7).text).events;
    const items = toExplorerItems(events, [], { statementsByEvent: new Map(), eventsByStatement: new Map() });
    expect(roundTrip(items)).toEqual(items);
    const text = items.reduce((sum, item) => sum + item.title.length + item.summary.length + item.notes.join('').length, 0);
    const keyed = JSON.stringify(items).length - text;
    const packed = JSON.stringify(packExplorerItems(items)).length - text;
    // What is not the events' own text shrinks to less than a third.
    expect(packed).toBeLessThan(keyed / 3);
  });

  it('keeps what cannot be derived: a link to an entry that is not an item, a ref whose title is its own, a missing outlet', () => {
    const [first, second] = fixtureItems().filter((item) => item.kind === 'news');
    if (!first || !second) throw new Error('the bundled digest has news');
    const odd: ExplorerItem[] = [
      {
        ...first,
        outlet: null,
        refs: [
          { id: second.id, outlet: '時事', date: '2023-05-03', resolved: true, title: 'another title than the target’s' },
          { id: '9999-999999', outlet: '共同', date: null, resolved: false, title: null },
        ],
        relatedStatements: [{ slug: 'not-an-item', title: '外にある声明', evidence: [{ kind: 'term', value: 'gcap', anchors: ['p-2', 'qa-3'] }] }],
      },
      {
        ...second,
        relatedStatements: [
          { slug: first.id, title: 'a title the target does not have', evidence: [{ kind: 'partner', value: 'NATO', anchors: ['s1-p-2'] }, { kind: 'term', value: '共同声明', anchors: [] }] },
        ],
      },
    ];
    expect(roundTrip(odd)).toEqual(odd);
  });
});
