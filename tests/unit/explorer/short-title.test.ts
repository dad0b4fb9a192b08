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
