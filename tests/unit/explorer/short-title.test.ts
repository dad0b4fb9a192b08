import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortTitle } from '@/lib/explorer';

describe('shortTitle', () => {
  it('takes the first phrase of a spaced headline', () => {
    expect(shortTitle('NATO日本事務所開設を断念 当局者「もう協議せず」')).toBe('NATO日本事務所開設を断念');
  });

  it('adds the next phrase when the first one is too short to say anything', () => {
    expect(shortTitle('日本 EU「安全保障対話」新設へ 中国念頭に共同訓練を推進')).toBe('日本 EU「安全保障対話」新設へ');
  });

  it('cuts a long phrase with an ellipsis, counting characters rather than UTF-16 units', () => {
    const result = shortTitle('自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始');
    expect(result).toBe('自衛隊とオランダ軍の燃料・弾薬融通…');
    expect([...result]).toHaveLength(18);
  });

  it('drops the quotes around an old headline and the date at the end of a statement title', () => {
    expect(shortTitle('「日・NATO、初の『政治宣言』=安倍首相と事務総長が署名」')).toBe('日・NATO、初の『政治宣言』=安…');
    expect(shortTitle('岩屋外務大臣が日米韓外相会合に出席(9月22日)')).toBe('岩屋外務大臣が日米韓外相会合に出席');
  });

  it('leaves a short title as it is, and stops a Latin headline at a phrase', () => {
    expect(shortTitle('Japan\u2019s mission to NATO agreed')).toBe('Japan\u2019s mission');
    expect(shortTitle('概算要求')).toBe('概算要求');
  });
});

/** The first way it was written, kept as the oracle of the faster one. */
function shortTitleByOracle(title: string, max = 18): string {
  const cleaned = title
    .normalize('NFC')
    .trim()
    .replace(/[(（]\s*\d{1,2}月\d{1,2}日\s*[)）]$/u, '')
    .replace(/^「(.*)」$/u, '$1')
    .trim();
  const phrases = cleaned.split(/[\s\u3000]+/u).filter((phrase) => phrase.length > 0);
  let result = '';
  for (const phrase of phrases) {
    result = result ? `${result} ${phrase}` : phrase;
    if ([...result].length >= 8) break;
  }
  const chars = [...result];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : result;
}

describe('shortTitle against its first, plainer form', () => {
  // Pieces that reach every branch: spaces of both widths, brackets and quotes, a dated end,
  // astral characters (two UTF-16 units each), combining marks that NFC composes.
  const piece = fc.constantFrom('日本', 'NATO', 'と', 'EU', '首脳会談', ' ', '\u3000', '  ', '「', '」', '(', ')', '（', '）', '9月22日', '12月1日', '𠮷', '😀', 'か\u3099', 'e\u0301', 'ｶﾞ', '\t', '\n', '安全保障協力を強化する方針で一致');
  // A statement's dated end, in either bracket, with spaces or not; or none.
  const ending = fc.constantFrom('', '', '(9月22日)', '（12月1日）', '( 9月2日 )', '（1月1日)', '(9月22日) ', '(1999年)');
  it('gives the same short title for any headline', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), ending, fc.boolean(), fc.integer({ min: 2, max: 30 }), (pieces, end, quoted, max) => {
        const body = pieces.join('') + end;
        const title = quoted ? `「${body}」` : body;
        expect(shortTitle(title, max)).toBe(shortTitleByOracle(title, max));
      }),
      { numRuns: 3000 },
    );
  });
});
