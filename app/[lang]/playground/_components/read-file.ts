import { decodeFileBytes, MAX_PLAYGROUND_BYTES, type DecodedFile } from '@/lib/playground/decode';

export type ReadFile = DecodedFile | { ok: false; reason: 'too-large'; bytes: number } | { ok: false; reason: 'unreadable' };

/** A chosen or dropped file as text: refused by its size before a byte is read, then decoded. */
export async function readFileAsText(file: File): Promise<ReadFile> {
  if (file.size > MAX_PLAYGROUND_BYTES) return { ok: false, reason: 'too-large', bytes: file.size };
  try {
    return decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
