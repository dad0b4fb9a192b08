import { describe, expect, it } from 'vitest';
import { exportStream, exportWriter, writeExport } from '@/lib/export';
import { META, newsRecord } from './tricky';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks += 1;
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), chunks };
}

describe('the export stream', () => {
  const ids = Array.from({ length: 1234 }, (_, index) => index);
  const toRecord = (index: number) => newsRecord(`タイトル ${index} "x"`, `id-${index}`);

  it.each(['csv', 'json', 'csljson', 'ris', 'bibtex'] as const)('writes the same %s file as at once, in several chunks', async (format) => {
    const meta = { ...META, count: ids.length };
    const { text, chunks } = await readAll(exportStream(exportWriter(format, meta), ids, toRecord, 100));
    // TextDecoder drops a leading BOM, as readers do; compare without it.
    expect(text).toBe(writeExport(format, meta, ids.map(toRecord)).replace(/^\uFEFF/, ''));
    expect(chunks).toBeGreaterThan(10);
  });

  it('makes records only as the reader asks for them (pull)', async () => {
    let made = 0;
    const stream = exportStream(exportWriter('csv', META), ids, (index) => {
      made += 1;
      return toRecord(index);
    }, 100);
    const reader = stream.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(made).toBeLessThanOrEqual(200);
    await reader.cancel();
  });

  it('writes head and tail with no records', async () => {
    const { text } = await readAll(exportStream(exportWriter('json', META), [], toRecord));
    expect(JSON.parse(text)).toMatchObject({ entries: [] });
  });
});
