import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDigest, uncoveredRanges } from '@/lib/parser/digest';
import { APP_FIXTURE_DIGEST } from '@/tests/app-fixture';

const seedPath = APP_FIXTURE_DIGEST;
const fixturePath = path.resolve('tests/fixtures/digest/japan-nato-eu.expected.json');
const text = fs.readFileSync(seedPath, 'utf8');
const result = parseDigest(text);
const byId = new Map(result.events.map((event) => [event.id, event]));

function eventOf(id: string) {
  const event = byId.get(id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

/** What the hand-reviewed fixture records of each entry. */
function summarise() {
  return result.events.map((e) => ({
    id: e.id,
    date: e.date,
    time: e.time,
    eventDate: e.eventDate && { date: e.eventDate.date, endDate: e.eventDate.endDate, status: e.eventDate.status },
    outlet: { raw: e.outlet.raw, key: e.outlet.key, via: e.outlet.via },
    title: e.title,
    refs: e.refs.map((r) => ({ id: r.id, outlet: r.outlet, date: r.date, resolved: r.resolved })),
    notes: e.notes,
    partners: e.partners,
    mentions: e.mentions,
  }));
}

describe('the seed digest', () => {
  it('matches the hand-reviewed fixture of every entry', () => {
    // Regenerate on purpose with UPDATE_FIXTURES=1, then review the diff by hand.
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(fixturePath, `${JSON.stringify(summarise(), null, 2)}\n`);
    const expected = JSON.parse(fs.readFileSync(fixturePath, 'utf8'));
    expect(summarise()).toEqual(expected);
    // One event per <YYMM-MMDDNN> id in the text: no entry is lost or invented.
    expect(result.events).toHaveLength(text.match(/<\d{4}-\d{6}>/g)?.length ?? 0);
  });

  it('accounts for every character: entries, the table header, or a diagnostic', () => {
    expect(uncoveredRanges(text, result)).toEqual([]);
    expect(text.slice(result.header!.start, result.header!.end)).toBe('年 月 日 出 典 標 題 要 旨 ');
  });

  it('reads 2023.05:13 22:49 of 2306-051321 as 2023-05-13 22:49, from 産経新聞 via Yahoo', () => {
    const event = eventOf('2306-051321');
    expect([event.date, event.time]).toEqual(['2023-05-13', '22:49']);
    expect(event.outlet).toMatchObject({ raw: '産経新聞(Yahoo)', key: 'sankei', name: '産経新聞', via: 'Yahoo', known: true });
    expect(text.slice(event.fields.date.start, event.fields.date.end)).toBe('2023.05:13');
  });

  it('reads "Yahoo 時事通信記事" of 1305-041502 as 時事通信 via Yahoo, with no time and the 「」 title kept', () => {
    const event = eventOf('1305-041502');
    expect(event.date).toBe('2013-04-15');
    expect(event.time).toBeNull();
    expect(event.outlet).toMatchObject({ raw: 'Yahoo 時事通信記事', key: 'jiji', name: '時事通信', via: 'Yahoo' });
    expect(event.title).toBe('「日・NATO、初の『政治宣言』=安倍首相と事務総長が署名」');
  });

  it("keeps the English title of 1806-052510 and reads its outlet as Jane's 360", () => {
    const event = eventOf('1806-052510');
    expect(event.outlet.raw).toBe("Jane's 360");
    expect(event.outlet.key).toBe('janes');
    expect(event.title).toBe("Japan's mission to NATO agreed");
  });

  it('ends the summary of 2507-062601 with 深める。 and warns about the /td> it removed', () => {
    const event = eventOf('2507-062601');
    expect(event.summary.endsWith('深める。')).toBe(true);
    expect(event.summary).not.toContain('td>');
    const leftover = result.diagnostics.find((d) => d.code === 'html-leftover');
    expect(leftover).toMatchObject({ severity: 'warning', line: 1, excerpt: '/td>' });
    expect(text.slice(leftover!.start, leftover!.end)).toBe('/td>');
  });

  it('takes the 【関連記事】 of 2306-051019 out of the summary into an unresolved ref', () => {
    const event = eventOf('2306-051019');
    expect(event.refs).toEqual([
      expect.objectContaining({ id: '2306-050317', outlet: '時事', date: '2023-05-03', resolved: false }),
    ]);
    expect(event.summary).not.toContain('関連記事');
    expect(event.summary).toContain('最初に報じていた。 NATOの報道担当者は');
    expect(result.diagnostics.some((d) => d.code === 'unresolved-ref' && d.excerpt.includes('2306-050317'))).toBe(true);
  });

  it('keeps the 【註】 note of 2207-060705 out of the summary', () => {
    const event = eventOf('2207-060705');
    expect(event.notes).toHaveLength(1);
    expect(event.notes[0]).toMatch(/^練習艦かしまとしまかぜは.*戦闘艦ではない。$/);
    expect(event.summary).not.toContain('【註】');
    expect(event.summary).not.toContain('練習艦かしまとしまかぜは');
  });

  it.each([
    ['2507-062601', ['NL']],
    ['2506-051915', ['LV']],
    ['2505-041117', ['LU']],
    ['2304-031408', ['NATO', 'TR']],
    ['1803-021701', ['EU']],
    ['2306-051105', ['NATO']],
  ])('finds the partners of %s: %j', (id, partners) => {
    expect(eventOf(id).partners).toEqual(partners);
  });

  it('keeps China a mention, not a partner, in 2306-051105', () => {
    expect(eventOf('2306-051105').mentions).toContain('CN');
  });

  it('reports the two stray lines at the end as residue, each at its own line', () => {
    const residue = result.diagnostics.filter((d) => d.code === 'trailing-residue');
    expect(residue.map((d) => [d.line, d.column, d.severity])).toEqual([
      [2, 1, 'warning'],
      [3, 1, 'warning'],
    ]);
  });

  it('reports no error on the seed, and each warning once', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(
      ['ambiguous-event-date', 'ambiguous-event-date', 'html-leftover', 'placeholder-time', 'trailing-residue', 'trailing-residue', 'unresolved-ref'].sort(),
    );
  });

  it('dates each event by its summary where it says when it happened, and keeps the reported date beside it', () => {
    const happened = (id: string) => {
      const { date, eventDate } = eventOf(id);
      return [date, eventDate?.date ?? null, eventDate?.endDate ?? null, eventDate?.status ?? null];
    };
    // The Prime Minister met the Secretary General on the 29th, reported on the 30th.
    expect(happened('2207-063001')).toEqual(['2022-06-30', '2022-06-29', null, 'happened']);
    // The North Atlantic Council approved the mission on the 24th.
    expect(happened('1806-052510')).toEqual(['2018-05-25', '2018-05-24', null, 'happened']);
    // A visit announced on 5 April for 8–10 April.
    expect(happened('2505-040508')).toEqual(['2025-04-05', '2025-04-08', '2025-04-10', 'scheduled']);
    // A press conference on the 11th announcing a visit on the 16th–21st: two days, the report stands.
    expect(happened('2411-101106')).toEqual(['2024-10-11', null, null, null]);
    const moved = result.events.filter((event) => event.eventDate && event.eventDate.date !== event.date);
    expect(moved.length).toBeGreaterThanOrEqual(10);
  });

  it('traces every field back to its text', () => {
    for (const event of result.events) {
      expect(text.slice(event.fields.id.start, event.fields.id.end)).toBe(`<${event.id}>`);
      expect(text.slice(event.fields.title.start, event.fields.title.end)).toBe(event.title);
      expect(text.slice(event.fields.outlet.start, event.fields.outlet.end)).toBe(event.outlet.raw);
    }
  });
});
