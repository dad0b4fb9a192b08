import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/ids/route';
import { GET as getOne } from '@/app/api/ids/[id]/route';
import { fixtureChronology } from '@/tests/app-fixture';

describe('GET /api/ids', () => {
  it('lists every ID and slug under the data version, which the server\'s ETag is made of', async () => {
    const { events, statements, version } = fixtureChronology();
    const response = GET();
    const body = (await response.json()) as { version: string; events: Record<string, string>; statements: Record<string, string> };
    expect(body.version).toBe(version.hash);
    expect(Object.keys(body.events).sort()).toEqual(events.map((e) => e.id).sort());
    expect(Object.keys(body.statements).sort()).toEqual(statements.map((s) => s.slug).sort());
    expect(response.headers.get('x-chronology-version')).toBe(version.hash);
  });

  it('gives one published entry as written, and 404 for an ID the site lacks', async () => {
    const { events, sources } = fixtureChronology();
    const id = events[0]!.id;
    const found = await getOne(new Request(`http://localhost/api/ids/${id}`), { params: Promise.resolve({ id }) });
    expect(await found.text()).toBe(sources.get(id)?.text);
    const missing = await getOne(new Request('http://localhost/api/ids/0000-000000'), { params: Promise.resolve({ id: '0000-000000' }) });
    expect(missing.status).toBe(404);
  });
});
