import { describe, expect, it } from 'vitest';
import { matchesQuery, normaliseForSearch } from '@/lib/explorer';

describe('Japanese text search', () => {
  it('finds full-width Latin letters and digits typed for half-width ones, and the reverse', () => {
    expect(matchesQuery('ＮＡＴＯ', ['NATO事務総長'])).toBe(true);
    expect(matchesQuery('2024', ['２０２４年中の事務所開設'])).toBe(true);
  });

  it('finds half-width katakana typed for full-width', () => {
    expect(matchesQuery('ｵﾗﾝﾀﾞ', ['自衛隊とオランダ軍'])).toBe(true);
  });

  it('ignores case', () => {
    expect(matchesQuery('nato', ['日本と NATO'])).toBe(true);
    expect(matchesQuery('Itpp', ['国別適合パートナーシップ (ITPP)'])).toBe(true);
  });

  it('matches across the random spaces of the digest', () => {
    expect(matchesQuery('日本とNATO', ['日本と NATO の安全保障協力'])).toBe(true);
    expect(matchesQuery('事務総長', ['ストルテンベルグ事務 総長が'])).toBe(true);
    expect(matchesQuery('日本　NATO', ['日本NATO国別パートナーシップ'])).toBe(true);
  });

  it('looks for the whole query as one substring, without splitting it into words', () => {
    expect(matchesQuery('オランダ 中国', ['オランダと中国'])).toBe(false);
    expect(matchesQuery('燃料・弾薬', ['燃料・弾薬融通'])).toBe(true);
  });

  it('matches everything with an empty query and nothing with an absent word', () => {
    expect(matchesQuery('', ['何でも'])).toBe(true);
    expect(matchesQuery('   ', ['何でも'])).toBe(true);
    expect(matchesQuery('ブラジル', ['日本とNATO'])).toBe(false);
  });

  it('normalises by NFKC, case and white space', () => {
    expect(normaliseForSearch('ＥＵ　ｶﾅﾀﾞ Tokyo')).toBe('euカナダtokyo');
  });
});
