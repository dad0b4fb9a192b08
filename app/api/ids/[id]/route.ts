import { NextResponse } from 'next/server';
import { dataVersionHeaders, getEventSource } from '@/lib/data';

/**
 * GET /api/ids/<id>
 * The published entry of one news event exactly as written in the digest (text/plain), for the
 * playground to show how a changed entry differs from it. 404 for an ID the site does not have.
 * The server keeps a found one and gives it the shared cache headers (lib/http-cache).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const source = getEventSource(id);
  if (!source) return NextResponse.json({ error: `no entry ${id}` }, { status: 404, headers: dataVersionHeaders() });
  return new Response(source.text, {
    headers: { 'content-type': 'text/plain; charset=utf-8', ...dataVersionHeaders() },
  });
}
