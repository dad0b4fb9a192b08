import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from '@/lib/playground/decode';

// 「日本とNATOあい」 in each encoding, written out byte by byte.
const SHIFT_JIS = [0x93, 0xfa, 0x96, 0x7b, 0x82, 0xc6, 0x4e, 0x41, 0x54, 0x4f, 0x82, 0xa0, 0x82, 0xa2];
const EUC_JP = [0xc6, 0xfc, 0xcb, 0xdc, 0xa4, 0xc8, 0x4e, 0x41, 0x54, 0x4f, 0xa4, 0xa2, 0xa4, 0xa4];
const TEXT = '日本とNATOあい';

describe('reading a file’s bytes as text', () => {
  it('reads UTF-8 as such, keeping a BOM as the build does', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeFileBytes(bytes)).toEqual({ ok: true, text: `\uFEFF${TEXT}`, encoding: 'utf-8' });
  });

  it('falls back to Shift_JIS when the bytes are not UTF-8', () => {
    expect(decodeFileBytes(new Uint8Array(SHIFT_JIS))).toEqual({ ok: true, text: TEXT, encoding: 'shift_jis' });
  });

  it('tells EUC-JP from Shift_JIS, though its bytes also decode as half-width katakana', () => {
    expect(decodeFileBytes(new Uint8Array(EUC_JP))).toEqual({ ok: true, text: TEXT, encoding: 'euc-jp' });
  });

  it('names an empty file, a binary file and bytes no encoding reads', () => {
    expect(decodeFileBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeFileBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeFileBytes(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeFileBytes(new Uint8Array([0x80, 0xff, 0x80, 0xff]))).toEqual({ ok: false, reason: 'undecodable' });
  });
});
