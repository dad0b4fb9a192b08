import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDigest, uncoveredRanges } from '@/lib/parser/digest';
import type { NewsEvent } from '@/lib/parser/schema';
import { APP_FIXTURE_DIGEST } from '@/tests/app-fixture';

const seed = fs.readFileSync(APP_FIXTURE_DIGEST, 'utf8');
const seedResult = parseDigest(seed);
/** Each seed entry's own text, without the separator after it. */
const entryTexts = seedResult.events.map((e) => seed.slice(e.span.start, e.span.end).trimEnd());
const HEADER = '年 月 日 出 典 標 題 要 旨 ';

/** What must not change when an entry moves: everything but its offsets. */
function content(event: NewsEvent) {
  const { span, fields, partnerEvidence, refs, eventDate, ...rest } = event;
  void span;
  void fields;
  void partnerEvidence;
  return { ...rest, eventDate: eventDate && { date: eventDate.date, endDate: eventDate.endDate, status: eventDate.status }, refs: refs.map(({ span: refSpan, resolved, ...ref }) => (void refSpan, void resolved, ref)) };
}
const seedContent = new Map(seedResult.events.map((e) => [e.id, content(e)]));

const anyEntries = fc.shuffledSubarray(entryTexts, { minLength: 1 });
const separator = fc.constantFrom(' ', '  ', '\u3000', ' \n', '\r\n');

describe('the digest parser, on generated input', () => {
  it('finds the same entries again however they are shuffled and joined', () => {
    fc.assert(
      fc.property(anyEntries, separator, (entries, sep) => {
        const text = HEADER + entries.join(sep);
        const result = parseDigest(text);
        expect(uncoveredRanges(text, result)).toEqual([]);
        expect(result.events).toHaveLength(entries.length);
        for (const event of result.events) expect(content(event)).toEqual(seedContent.get(event.id));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws and accounts for every character when entries are cut and glued anywhere', () => {
    fc.assert(
      fc.property(anyEntries, fc.array(fc.nat(), { maxLength: 4 }), (entries, cuts) => {
        let text = HEADER + entries.join(' ');
        for (const cut of cuts) {
          const at = cut % (text.length + 1);
          text = text.slice(0, at) + text.slice(Math.min(text.length, at + (cut % 97)));
        }
        const result = parseDigest(text);
        expect(uncoveredRanges(text, result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and accounts for every character when random text is inserted', () => {
    const noise = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('<2507-0626>', '<9999-999999>', '【関連記事:', '【註】', '/td>', '2025.13.40 ', '\n', '\u0000', '】', '(Yahoo)'),
    );
    fc.assert(
      fc.property(anyEntries, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 5 }), (entries, inserts) => {
        let text = HEADER + entries.join(' ');
        for (const [position, piece] of inserts) {
          const at = position % (text.length + 1);
          text = text.slice(0, at) + piece + text.slice(at);
        }
        const result = parseDigest(text);
        expect(uncoveredRanges(text, result)).toEqual([]);
        for (const d of result.diagnostics) {
          expect(d.start).toBeLessThanOrEqual(d.end);
          expect(d.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const result = parseDigest(text);
        expect(uncoveredRanges(text, result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
