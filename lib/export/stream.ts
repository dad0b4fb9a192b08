import type { ExportWriter } from './formats';
import type { ExportRecord } from './record';

/** Records written per pull: large enough to keep the overhead low, small enough to stay a few hundred KB. */
export const EXPORT_CHUNK_SIZE = 500;

/**
 * The file as a byte stream that writes the next chunk of records only when the reader asks for
 * it (`pull`): a slow client holds the server back instead of the server holding the whole file.
 * Records are made from the sources chunk by chunk too (`toRecord`), so 100,000 entries never
 * exist as one string or one array of records.
 */
export function exportStream<T>(writer: ExportWriter, sources: readonly T[], toRecord: (source: T) => ExportRecord, chunkSize = EXPORT_CHUNK_SIZE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let offset = 0;
  let headWritten = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let text = '';
        if (!headWritten) {
          headWritten = true;
          text = writer.head;
        }
        if (offset < sources.length) {
          const records = sources.slice(offset, offset + chunkSize).map(toRecord);
          text += writer.records(records, offset);
          offset += records.length;
        }
        if (text !== '') controller.enqueue(encoder.encode(text));
        if (offset >= sources.length) {
          if (writer.tail !== '') controller.enqueue(encoder.encode(writer.tail));
          controller.close();
        }
      },
    },
    { highWaterMark: 1 },
  );
}
