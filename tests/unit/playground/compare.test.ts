import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '@/lib/parser/diagnostics';
import { parseDigest } from '@/lib/parser/digest';
import { getPublishedIdsJson } from '@/lib/data';
import { jaPlayground } from '@/lib/i18n/ja-playground';
import { entryStatus, problemsAgainstSite, textDifference, type PublishedIds } from '@/lib/playground/compare';
import { parseSource } from '@/lib/playground/parse-source';
import { APP_FIXTURE_DIGEST } from '@/tests/app-fixture';

const digest = fs.readFileSync(APP_FIXTURE_DIGEST, 'utf8');
const published = JSON.parse(getPublishedIdsJson()) as PublishedIds;

function statusesOf(text: string) {
  const { answer } = parseSource({ type: 'parse', id: 1, text });
  return new Map(answer.entries.map((row) => [row.id, entryStatus(row.id, row.hash, published.events)]));
}

describe('the dropped text against the published IDs', () => {
  it('finds every entry of the published digest already published, white space aside', () => {
    const statuses = statusesOf(digest.replace(/ /g, '  '));
    expect(statuses.size).toBe(Object.keys(published.events).length);
    expect(new Set(statuses.values())).toEqual(new Set(['published']));
  });

  it('marks an entry with other text as changed and an unknown ID as new', () => {
    const first = parseDigest(digest).events[0]!;
    const edited = `${digest.slice(0, first.fields.title.start)}改${digest.slice(first.fields.title.start, first.fields.id.start)}<2912-123199>${digest.slice(first.fields.id.end)}`;
    const withChange = `${digest.slice(0, first.fields.title.start)}改${digest.slice(first.fields.title.start)}`;
    expect(statusesOf(withChange).get(first.id)).toBe('changed');
    expect(statusesOf(edited).get('2912-123199')).toBe('new');
  });

  it('drops an unresolved reference the site resolves, and keeps one that resolves nowhere', () => {
    const target = Object.keys(published.events).find((id) => id !== '2507-062601')!;
    const text = `年 月 日 出 典 標 題 要 旨 2025.06.26 10:30 日経新聞 見出し <2507-062601> 要旨。【関連記事:${target} (日経新聞 2025.06.01)】【関連記事:2001-010101 (日経新聞 2020.01.01)】`;
    const { answer } = parseSource({ type: 'parse', id: 1, text });
    expect(answer.diagnostics.filter((d) => d.code === 'unresolved-ref')).toHaveLength(2);
    const { problems, resolvedBySite } = problemsAgainstSite(answer.diagnostics, answer.entries, published);
    expect(resolvedBySite).toBe(1);
    const unresolved = problems.filter((d) => d.code === 'unresolved-ref');
    expect(unresolved.map((d) => text.slice(d.start, d.end))).toEqual([expect.stringContaining('2001-010101')]);
    expect(problemsAgainstSite(answer.diagnostics, answer.entries, null).problems).toEqual(answer.diagnostics);
  });

  it('shows the one stretch where two versions differ, with what they share around it', () => {
    expect(textDifference('日本とオランダが会談した', '日本とドイツが会談した', 3)).toEqual({
      before: '日本と',
      removed: 'オランダ',
      added: 'ドイツ',
      after: 'が会談',
      cutBefore: false,
      cutAfter: true,
    });
    expect(textDifference('same', 'same')).toMatchObject({ removed: '', added: '' });
  });

  it('has a Japanese reading for every diagnostic code', () => {
    expect(diagnosticCodes.filter((code) => !jaPlayground.diagnostics[code])).toEqual([]);
  });
});
