// Placeholder until the digest parser lands in this folder (find entries → read fields → compose).
import type { DigestResult } from '../schema';

export function parseDigest(text: string): DigestResult {
  void text;
  return { events: [], diagnostics: [], header: null };
}
