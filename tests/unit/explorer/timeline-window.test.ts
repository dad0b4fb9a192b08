import { describe, expect, it } from 'vitest';
import {
  anyInWindow,
  boxAlignment,
  clearEdges,
  clusterWindow,
  edgeRoomPx,
  entryTime,
  frameWindow,
  nearestGap,
  panWindow,
  periodWindow,
  revealWindow,
  sameWindow,
  spanWindow,
  timeSpan,
  zoomWindow,
  UNCLUSTERED_GAP_PX,
  ZOOM_MAX,
  ZOOM_MIN,
} from '@/lib/explorer/timeline-window';

const DAY = 86_400_000;
const at = (y: number, m: number, d: number, hours = 0, minutes = 0) => new Date(y, m - 1, d, hours, minutes).getTime();

describe('timeline window', () => {
  it('places an entry at local midnight of its day, or at its local time', () => {
    expect(entryTime({ date: '2025-06-26' })).toBe(at(2025, 6, 26));
    expect(entryTime({ date: '2025-06-26', time: '22:48' })).toBe(at(2025, 6, 26, 22, 48));
    expect(entryTime({ date: '2025-06-26', time: null })).toBe(at(2025, 6, 26));
  });

  it('spans the first and last days of the entries, in any order', () => {
    expect(timeSpan([{ date: '2020-03-01' }, { date: '2013-04-15' }, { date: '2018-05-25' }])).toEqual({ first: at(2013, 4, 15), last: at(2020, 3, 1) });
    expect(timeSpan([])).toEqual({ first: 0, last: 0 });
  });

  it('opens the boxes at either end of the span inwards and centres the rest', () => {
    const span = { first: at(2013, 1, 1), last: at(2023, 1, 1) };
    expect(boxAlignment(at(2013, 2, 1), span)).toBe('left');
    expect(boxAlignment(at(2018, 1, 1), span)).toBe('center');
    expect(boxAlignment(at(2022, 12, 1), span)).toBe('right');
    expect(boxAlignment(at(2018, 1, 1), { first: at(2018, 1, 1), last: at(2018, 1, 1) })).toBe('center');
  });

  it('shows the whole span from the January before the first entry to the January after the last', () => {
    // On a 5,000-pixel timeline, the room at either end is about three months: both Januaries are further.
    const window = spanWindow([{ date: '2013-07-01' }, { date: '2025-06-26' }], 5000);
    expect(window).toEqual({ start: at(2013, 1, 1), end: at(2026, 1, 1) });
  });

  it('widens the whole span past the Januaries so that a box or cluster centred on an end entry is whole', () => {
    const window = spanWindow([{ date: '2013-01-01' }, { date: '2013-12-31' }], 1000);
    expect(window).not.toBeNull();
    if (!window) return;
    // The room stands before the first day and after the last, measured on the widened window.
    const perPixel = (window.end - window.start) / 1000;
    expect((at(2013, 1, 1) - window.start) / perPixel).toBeCloseTo(edgeRoomPx(1000), 6);
    expect((window.end - at(2014, 1, 1)) / perPixel).toBeCloseTo(edgeRoomPx(1000), 6);
  });

  it('keeps the room at one end when only that end needs widening', () => {
    // The first entry is half a year from its January (the room is about three months); the
    // last, on 31 December, needs the room.
    const window = spanWindow([{ date: '2013-07-01' }, { date: '2025-12-31' }], 5000);
    expect(window).not.toBeNull();
    if (!window) return;
    expect(window.start).toBe(at(2013, 1, 1));
    const perPixel = (window.end - window.start) / 5000;
    expect((window.end - at(2026, 1, 1)) / perPixel).toBeCloseTo(edgeRoomPx(5000), 6);
  });

  it('keeps room for half a cluster at either end, at most a fifth of a narrow timeline', () => {
    expect(edgeRoomPx(1000)).toBe(100);
    expect(edgeRoomPx(1600)).toBe(100);
    expect(edgeRoomPx(360)).toBe(72);
  });

  it('has no whole span without entries', () => {
    expect(spanWindow([], 1000)).toBeNull();
  });

  it('halves the window going in and doubles it going out, about the middle without an anchor', () => {
    const window = { start: at(2020, 1, 1), end: at(2020, 1, 1) + 100 * DAY };
    expect(zoomWindow(window, 'in', null)).toEqual({ start: window.start + 25 * DAY, end: window.start + 75 * DAY });
    expect(zoomWindow(window, 'out', null)).toEqual({ start: window.start - 50 * DAY, end: window.start + 150 * DAY });
  });

  it('keeps an anchor inside the window in its place on screen while zooming', () => {
    const window = { start: 0, end: 100 * DAY };
    const anchor = 20 * DAY;
    const zoomed = zoomWindow(window, 'in', anchor);
    expect(zoomed.end - zoomed.start).toBe(50 * DAY);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(0.2, 10);
  });

  it('zooms about the middle when the anchor is outside the window', () => {
    const window = { start: 0, end: 100 * DAY };
    expect(zoomWindow(window, 'in', 200 * DAY)).toEqual(zoomWindow(window, 'in', null));
  });

  it('never zooms closer than a day nor wider than thirty years', () => {
    const closest = zoomWindow({ start: 0, end: 1.5 * DAY }, 'in', null);
    expect(closest.end - closest.start).toBe(ZOOM_MIN);
    const widest = zoomWindow({ start: 0, end: 20 * 365.25 * DAY }, 'out', null);
    expect(widest.end - widest.start).toBe(ZOOM_MAX);
  });

  it('finds the nearest other entry, passing over those at the same instant', () => {
    expect(nearestGap(10 * DAY, [10 * DAY, 13 * DAY, 5 * DAY, 12 * DAY])).toBe(2 * DAY);
    expect(nearestGap(10 * DAY, [10 * DAY])).toBe(Infinity);
  });

  it('closes in on an entry until its nearest neighbour stands apart from it', () => {
    const window = { start: 0, end: 1000 * DAY };
    const moved = revealWindow(window, 500 * DAY, 2 * DAY, 1000);
    expect(moved).not.toBeNull();
    if (!moved) return;
    expect((moved.start + moved.end) / 2).toBe(500 * DAY);
    // Two days must stand UNCLUSTERED_GAP_PX apart on a 1000-pixel timeline.
    expect(((2 * DAY) / (moved.end - moved.start)) * 1000).toBeCloseTo(UNCLUSTERED_GAP_PX, 6);
  });

  it('leaves the window alone when the entry already stands alone well inside it', () => {
    expect(revealWindow({ start: 0, end: 100 * DAY }, 50 * DAY, Infinity, 1000)).toBeNull();
    expect(revealWindow({ start: 0, end: 100 * DAY }, 50 * DAY, 90 * DAY, 1000)).toBeNull();
  });

  it('brings an entry near the edge or outside into the middle without zooming out', () => {
    const window = { start: 0, end: 100 * DAY };
    expect(revealWindow(window, 99 * DAY, Infinity, 1000)).toEqual({ start: 49 * DAY, end: 149 * DAY });
    expect(revealWindow(window, 300 * DAY, 400 * DAY, 1000)).toEqual({ start: 250 * DAY, end: 350 * DAY });
  });

  it('brings an entry whose box the edge would cut into the middle, on a narrow timeline too', () => {
    const window = { start: 0, end: 100 * DAY };
    // 60 pixels from the right edge of a 600-pixel timeline: more than 8 %, less than the edge room.
    expect(revealWindow(window, 90 * DAY, Infinity, 600)).toEqual({ start: 40 * DAY, end: 140 * DAY });
    expect(revealWindow(window, 80 * DAY, Infinity, 600)).toBeNull();
  });

  it('never reveals closer than two days across', () => {
    const moved = revealWindow({ start: 0, end: 100 * DAY }, 50 * DAY, 60_000, 1000);
    expect(moved && moved.end - moved.start).toBe(2 * ZOOM_MIN);
  });

  it('opens a cluster with a quarter of it either side, at least three days', () => {
    expect(clusterWindow(0, 40 * DAY)).toEqual({ start: -10 * DAY, end: 50 * DAY });
    expect(clusterWindow(0, DAY)).toEqual({ start: -3 * DAY, end: 4 * DAY });
  });

  it('opens a period with a twentieth of it either side', () => {
    expect(periodWindow({ start: 0, end: 100 * DAY })).toEqual({ start: -5 * DAY, end: 105 * DAY });
  });

  it('tells whether any instant falls in the window, ends included', () => {
    expect(anyInWindow([5, 50], { start: 10, end: 50 })).toBe(true);
    expect(anyInWindow([5, 51], { start: 10, end: 50 })).toBe(false);
    expect(anyInWindow([], { start: 10, end: 50 })).toBe(false);
  });

  it('moves an edge out past a neighbour whose box it would cut, and leaves a clear window alone', () => {
    const width = 1000;
    const window = { start: 0, end: 100 * DAY };
    // Room at 1000 px: 100 px, a tenth of the window (10 days).
    expect(edgeRoomPx(width)).toBe(100);
    expect(clearEdges(window, [50 * DAY], width)).toEqual(window);
    // A neighbour 3 days inside the left edge, another 4 days past the right one: both straddle.
    const cleared = clearEdges(window, [3 * DAY, 50 * DAY, 104 * DAY], width);
    const room = (cleared.end - cleared.start) * (edgeRoomPx(width) / width);
    for (const time of [3 * DAY, 104 * DAY]) {
      expect(time - room).toBeGreaterThanOrEqual(cleared.start);
      expect(time + room).toBeLessThanOrEqual(cleared.end);
    }
    // A neighbour well outside stays outside: its box cannot reach in.
    expect(clearEdges(window, [-30 * DAY, 140 * DAY], width)).toEqual(window);
  });
});

describe('the window a URL shares', () => {
  it('is the same when it differs by at most a share of its span', () => {
    const window = { start: at(2022, 1, 1), end: at(2026, 1, 1) };
    expect(sameWindow({ start: window.start + DAY, end: window.end - DAY }, window)).toBe(true);
    expect(sameWindow({ start: window.start + 30 * DAY, end: window.end }, window)).toBe(false);
  });

  it('frames a from/to range from the first day of from to the last of to, widened only for an entry near an end', () => {
    const all = [{ date: '2013-04-15' }, { date: '2025-11-01' }];
    expect(frameWindow({ from: '2022', to: '2023-06' }, all, all, 1000)).toEqual({ start: at(2022, 1, 1), end: at(2023, 7, 1) });
    const nearTheEnds = [{ date: '2022-01-01' }, { date: '2022-09-09' }, { date: '2023-06-30' }];
    const frame = frameWindow({ from: '2022', to: '2023-06' }, nearTheEnds, nearTheEnds, 1000);
    if (!frame) throw new Error('no frame');
    // Room at each end: a box centred on the range's first or last day is drawn whole.
    const pxPerMs = 1000 / (frame.end - frame.start);
    expect((at(2022, 1, 1) - frame.start) * pxPerMs).toBeGreaterThanOrEqual(edgeRoomPx(1000) - 0.5);
    expect((frame.end - at(2023, 6, 30)) * pxPerMs).toBeGreaterThanOrEqual(edgeRoomPx(1000) - 0.5);
  });

  it('frames an open-ended range up to the entries, and without a range the entries that pass the filters', () => {
    const all = [{ date: '2013-04-15' }, { date: '2025-11-01' }];
    const visible = [{ date: '2019-02-02' }, { date: '2020-03-03' }];
    const openEnd = frameWindow({ from: '2024', to: null }, visible, all, 1000);
    expect(openEnd && openEnd.end).toBeLessThan(at(2020, 6, 1));
    expect(frameWindow({ from: null, to: null }, visible, all, 1000)).toEqual(spanWindow(visible, 1000));
    expect(frameWindow({ from: null, to: null }, [], all, 1000)).toEqual(spanWindow(all, 1000));
  });

  it('pans to an entry out of view at the same zoom, and leaves one well inside alone', () => {
    const window = { start: at(2022, 1, 1), end: at(2023, 1, 1) };
    expect(panWindow(window, at(2022, 7, 1), 1000)).toBeNull();
    const moved = panWindow(window, at(2024, 7, 1), 1000);
    expect(moved && moved.end - moved.start).toBe(window.end - window.start);
    expect(moved && (moved.start + moved.end) / 2).toBe(at(2024, 7, 1));
  });
});
