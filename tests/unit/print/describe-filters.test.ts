import { describe, expect, it } from 'vitest';
import { emptyFilters } from '@/lib/explorer';
import { describeFilters } from '@/lib/print/describe-filters';
import { jaCite } from '@/lib/i18n/ja-cite';

const words = { print: jaCite.print, comma: '、' };

const labels = { outlets: new Map([['nikkei', '日本経済新聞'], ['kyodo', '共同通信']]), partners: new Map([['NATO', 'NATO'], ['NL', 'オランダ']]) };

describe('filters in words', () => {
  it('says so when nothing is filtered', () => {
    expect(describeFilters(emptyFilters, labels, words)).toEqual(['すべての出来事(条件なし)']);
  });

  it('names each active filter with its labels, as the text stays text', () => {
    expect(describeFilters({ ...emptyFilters, outlets: ['nikkei', 'kyodo'], partners: ['NL'], q: ' <b>事務総長</b> ', kind: 'news', from: '2018', to: '2019-06', milestones: true }, labels, words)).toEqual([
      '報道機関: 日本経済新聞、共同通信',
      '相手国・機関: オランダ',
      'キーワード: <b>事務総長</b>',
      '種類: 報道',
      '期間: 2018〜2019-06',
      '主な出来事のみ',
    ]);
  });
});
