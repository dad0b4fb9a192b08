import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JaStrings } from '@/app/_components/i18n/JaStrings';
import { everyYear, TimelinePreview } from '@/app/_components/TimelinePreview';
import { explorerFigures, filterEntries, initialState } from '@/lib/explorer';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';
import { loadChronology } from '@/lib/chronology/load';
import { APP_FIXTURE_DIR } from '@/tests/app-fixture';

const noop = () => undefined;

describe('everyYear', () => {
  it('fills the years without entries with zero, from the first year to the last', () => {
    expect(
      everyYear([
        ['2013', 2],
        ['2016', 1],
      ]),
    ).toEqual([
      [2013, 2],
      [2014, 0],
      [2015, 0],
      [2016, 1],
    ]);
  });

  it('is empty without entries', () => {
    expect(everyYear([])).toEqual([]);
  });
});

describe('TimelinePreview on the fixture data', () => {
  const chronology = loadChronology(APP_FIXTURE_DIR);
  const items = toExplorerItems(chronology.events, chronology.statements, chronology.related);
  const figures = explorerFigures(filterEntries(items, initialState), initialState);
  const html = renderToStaticMarkup(
    <JaStrings>
      <TimelinePreview yearCounts={figures.yearCounts} onOpen={noop} />
    </JaStrings>,
  );

  it('is one button naming the span and the count, its columns hidden from screen readers', () => {
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain(`2013年〜2025年の${items.length}件を`);
    expect(html).toMatch(/<span class="[^"]*" aria-hidden="true">/);
  });

  it('draws a column per year, the fullest year at full height and empty years at none', () => {
    const heights = [...html.matchAll(/<span [^>]*style="height:([^"]*)"/g)].map((match) => match[1]);
    expect(heights).toHaveLength(2025 - 2013 + 1);
    const fullest = figures.yearCounts.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    expect(heights[Number(fullest[0]) - 2013]).toBe('100%');
    const years = new Set(figures.yearCounts.map(([year]) => Number(year)));
    heights.forEach((height, index) => expect(height === '0' || height === '0px').toBe(!years.has(2013 + index)));
  });

  it('is the button alone when no entry passes the filters', () => {
    const empty = renderToStaticMarkup(
      <JaStrings>
        <TimelinePreview yearCounts={[]} onOpen={noop} />
      </JaStrings>,
    );
    expect(empty.match(/<button/g)).toHaveLength(1);
    expect(empty).toContain('タイムラインを表示');
    expect(empty).not.toContain('timeline-preview');
    expect(empty).not.toContain('件を');
  });
});
