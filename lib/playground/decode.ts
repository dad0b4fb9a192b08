/**
 * Bytes of a chosen or dropped file → text. UTF-8 first, strictly (a byte that is not UTF-8 fails
 * rather than turning into U+FFFD); then the two legacy Japanese encodings. A file that is binary
 * (an image, a zip, an Excel workbook) is named as such before any decoding is tried.
 */

/** The largest file the playground reads: checked on the file's size, before reading it. */
export const MAX_PLAYGROUND_BYTES = 20 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'shift_jis' | 'euc-jp';

export type DecodedFile =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'empty' | 'binary' | 'undecodable' };

/** The first bytes of common binary formats: PNG, JPEG, GIF, PDF, zip (docx, xlsx), old Office, gzip. */
const BINARY_SIGNATURES: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x1f, 0x8b],
];
const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte))) return true;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function decodeStrictly(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // The BOM is kept, as the build reads the data files: the parsers count it like any character.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How Japanese a text reads: kana and kanji count for it, half-width katakana against it. EUC-JP
 * bytes are often valid Shift_JIS too, read as runs of half-width katakana: this tells them apart.
 */
function japaneseScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)) score += 1;
    else if (code >= 0xff61 && code <= 0xff9f) score -= 1;
  }
  return score;
}

export function decodeFileBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const candidates: Array<{ encoding: TextEncodingName; text: string }> = [];
  for (const encoding of ['shift_jis', 'euc-jp'] as const) {
    const text = decodeStrictly(bytes, encoding);
    if (text !== null) candidates.push({ encoding, text });
  }
  if (candidates.length === 0) return { ok: false, reason: 'undecodable' };
  const best = candidates.reduce((a, b) => (japaneseScore(b.text) > japaneseScore(a.text) ? b : a));
  return { ok: true, text: best.text, encoding: best.encoding };
}
