import { parse } from 'csv-parse/sync';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/export/route';
import { fixtureChronology } from '@/tests/app-fixture';

afterEach(() => vi.unstubAllEnvs());

describe('GET /api/export', () => {
  it('names SITE_URL in every permalink, whatever host the request names, so that one answer serves every reader', async () => {
    vi.stubEnv('SITE_URL', 'https://chronology.example/');
    const request = new NextRequest('http://localhost/api/export?format=csv', {
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' },
    });
    const response = GET(request);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(response.headers.get('x-chronology-version')).toBe(fixtureChronology().version.hash);
    const [header, ...rows] = parse((await response.text()).replace(/^\uFEFF/, '')) as string[][];
    const permalinks = rows.map((row) => row[header?.indexOf('permalink') ?? -1] ?? '');
    expect(permalinks).toHaveLength(fixtureChronology().events.length + fixtureChronology().statements.length);
    for (const permalink of permalinks) expect(permalink).toMatch(/^https:\/\/chronology\.example\/(events|statements)\//);
  });
});
