import { describe, expect, it } from 'vitest';
import { LOD_MAX_REAL_ITEMS, lodContent, type LodEntry } from '@/lib/explorer/level-of-detail';
import { packExplorerItems, unpackExplorerItems } from '@/lib/explorer';
import { item } from '../explorer/fixtures';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('level-of-detail aggregates', () => {
  it('carry their most important entry, the earliest of equals', () => {
    const entries: LodEntry[] = Array.from({ length: LOD_MAX_REAL_ITEMS + 100 }, (_, index) => ({
      id: `e${index}`,
      time: at(2020, 1, 1 + index),
      lane: null,
      // One standout in February, a tie in March.
      importance: index === 40 ? 9 : index === 65 || index === 70 ? 4 : 1,
    }));
    const content = lodContent(entries, at(2020, 1, 1), at(2021, 1, 31), 2000);
    expect(content.mode).toBe('aggregates');
    if (content.mode !== 'aggregates') return;
    const of = (month: number) => content.aggregates.find((aggregate) => aggregate.start === at(2020, month, 1));
    expect(of(2)).toMatchObject({ topId: 'e40', topImportance: 9 });
    expect(of(3)).toMatchObject({ topId: 'e65', topImportance: 4 });
    expect(of(1)).toMatchObject({ topId: 'e0', topImportance: 1 });
  });
});

describe('packing', () => {
  it('keeps importance, the milestone flag and the editor label, which replaces the short title', () => {
    const items = [
      item({ id: 'a', date: '2020-01-01', importance: 3 }),
      item({ id: 'b', date: '2020-01-02', title: '日・NATO首脳が会談 協力計画', shortTitle: '日・NATO首脳が会談', importance: 7, milestone: true }),
      item({ id: 'c', date: '2020-01-03', shortTitle: '<b>ラベル</b>', importance: 12, milestone: true, milestoneLabel: '<b>ラベル</b>' }),
    ];
    expect(unpackExplorerItems(packExplorerItems(items))).toEqual(items);
  });
});
