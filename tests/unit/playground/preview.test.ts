import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { initialState, parseExplorerUrl } from '@/lib/explorer';
import { explorerFacetsIn, getExplorerData } from '@/lib/data';
import { parseSource } from '@/lib/playground/parse-source';
import { isPreviewRecord, PREVIEW_PATH, PREVIEW_VERSION, previewFacets, previewItems, previewRecord, withPreviewLinks } from '@/lib/playground/preview';
import { isPreviewAnswer, isPreviewRequest } from '@/lib/playground/protocol';
import { APP_FIXTURE_DIGEST, APP_FIXTURE_STATEMENTS, fixtureChronology } from '@/tests/app-fixture';

const storePreview = vi.hoisted(() => vi.fn<(record: unknown) => Promise<void>>());
vi.mock('@/lib/playground/preview-store', () => ({ storePreview }));
const { keepPreview } = await import('@/app/[lang]/playground/_components/keep-preview');

const digest = fs.readFileSync(APP_FIXTURE_DIGEST, 'utf8');
const statementFile = fs.readdirSync(APP_FIXTURE_STATEMENTS).find((name) => name.endsWith('.txt'));
const statementText = fs.readFileSync(`${APP_FIXTURE_STATEMENTS}/${statementFile}`, 'utf8');

function fullParse(text: string) {
  const { full } = parseSource({ type: 'parse', id: 1, text });
  if (!full) throw new Error('the fixture must parse');
  return full;
}

/** What the preview and the site both derive from the text alone (not the site's statements or milestones). */
const ownFields = (item: ReturnType<typeof previewItems>[number]) => [item.id, item.kind, item.date, item.time, item.title, item.outlet, item.partners, item.summary, item.notes, item.refs];

describe('the playground preview of a parse in the explorer', () => {
  it('gives each event of a digest the item the site builds for it, in time order', () => {
    const items = previewItems(fullParse(digest));
    const site = new Map(getExplorerData().items.map((item) => [item.id, item]));
    expect(items.map((item) => item.id).sort()).toEqual(fixtureChronology().events.map((event) => event.id).sort());
    for (const item of items) expect(ownFields(item)).toEqual(ownFields(site.get(item.id)!));
    expect(items.map((item) => item.date)).toEqual(items.map((item) => item.date).sort());
    // A dropped text is not linked to the site's statements.
    expect(items.every((item) => item.relatedStatements.length === 0)).toBe(true);
  });

  it('shows a statement article as one statement item', () => {
    const full = fullParse(statementText);
    expect(full.kind).toBe('statement');
    expect(previewItems(full).map((item) => [item.kind, item.id])).toEqual([['statement', full.kind === 'statement' ? full.statement.slug : '']]);
  });

  it('links every entry to itself in the preview, with the explorer parameters the preview page reads back', () => {
    const items = previewItems(fullParse(digest));
    const ids = new Set(items.map((item) => item.id));
    for (const item of withPreviewLinks(items, initialState)) {
      const [path, query = ''] = item.permalink.split('?');
      expect(path).toBe(PREVIEW_PATH);
      expect(parseExplorerUrl(query, { outlets: new Set(), partners: new Set(), ids }).state.event).toBe(item.id);
    }
  });

  it('offers the filter options of its own entries, named in the page language as the site names them', () => {
    const items = previewItems(fullParse(digest));
    for (const lang of ['ja', 'en'] as const) {
      const site = explorerFacetsIn(lang);
      const facets = previewFacets(items, lang);
      // The fixture digest is the site's whole news: the same outlets, named the same way.
      expect(facets.outlets).toEqual(site.outlets);
      const siteLabels = new Map(site.partners.map((option) => [option.value, option.label]));
      expect(facets.partners.map((option) => option.value).sort()).toEqual([...new Set(items.flatMap((item) => item.partners))].sort());
      for (const option of facets.partners) expect(option.label).toBe(siteLabels.get(option.value));
    }
  });

  it('reads back only a record of its own version and shape: anything else is no preview', () => {
    const record = previewRecord(fullParse(digest), 'mine.txt', new Date('2026-12-06T10:00:00Z'));
    expect(record).toMatchObject({ version: PREVIEW_VERSION, fileName: 'mine.txt', createdAt: '2026-12-06T10:00:00.000Z' });
    expect(isPreviewRecord(structuredClone(record))).toBe(true);
    expect(isPreviewRecord({ ...record, version: PREVIEW_VERSION + 1 })).toBe(false);
    expect(isPreviewRecord({ ...record, items: [{ title: 'no id' }] })).toBe(false);
    expect(isPreviewRecord({ fileName: 'mine.txt' })).toBe(false);
    expect(isPreviewRecord(undefined)).toBe(false);
  });
});

describe('the worker keeping a preview', () => {
  it('stores the last parse and answers the same id with the number of entries kept', async () => {
    storePreview.mockResolvedValueOnce();
    const request = { type: 'preview', id: 7, fileName: 'mine.txt' } as const;
    const answer = await keepPreview(request, fullParse(digest));
    expect(isPreviewRequest(request)).toBe(true);
    expect(isPreviewAnswer(answer)).toBe(true);
    expect(answer).toEqual({ type: 'previewed', id: 7, count: fixtureChronology().events.length });
    expect(storePreview).toHaveBeenLastCalledWith(expect.objectContaining({ fileName: 'mine.txt', items: previewItems(fullParse(digest)) }));
  });

  it('answers with no count, and why, when the parse is gone or the storage refuses it', async () => {
    storePreview.mockClear();
    expect(await keepPreview({ type: 'preview', id: 8, fileName: 'a.txt' }, null)).toEqual({ type: 'previewed', id: 8, count: null, reason: 'stale' });
    expect(storePreview).not.toHaveBeenCalled();
    storePreview.mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await keepPreview({ type: 'preview', id: 9, fileName: 'a.txt' }, fullParse(digest))).toEqual({ type: 'previewed', id: 9, count: null, reason: 'QuotaExceededError' });
  });
});
