/** Character classes the matcher tests one UTF-16 unit or code point at a time, without a regex call where it can. */

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The code point that ends just before `at` (a surrogate pair counts as one), or -1 at the start. */
export function codePointBefore(text: string, at: number): number {
  if (at === 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const HAN = /\p{Script=Han}/u;
export function isHan(codePoint: number): boolean {
  // Most text before a name is kana or ASCII: answer those without building a string.
  if (codePoint < 0x2e80) return false;
  return HAN.test(String.fromCodePoint(codePoint));
}
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}
