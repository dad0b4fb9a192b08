import { describe, expect, it } from 'vitest';
import { findPartners } from '@/lib/gazetteer/partners';

describe('partner precision: a name inside another word is never a tag', () => {
  it.each([
    ['英語', '英語の授業を増やす。'],
    ['独自', '独自の路線を歩む。'],
    ['独占', '市場を独占している。'],
    ['独立', '代表部を独立させた。'],
    ['仏教', '仏教寺院を訪れた。'],
    ['西日本', '西日本の豪雨で派遣された。'],
    ['西側', '西側諸国と足並みをそろえる。'],
    ['英断', '首相の英断を評価する。'],
    ['米価', '米価の高騰が続く。'],
    ['伊達', '伊達市で訓練を行った。'],
    ['豪雨', '豪雨被害で自衛隊を派遣。'],
    ['インド太平洋', 'インド太平洋地域への関与を強める。'],
    ['日英語', '日英語版の資料を公開した。'],
    ['今日英国', '今日英国で会合が開かれた。'],
    ['28日中谷', '28日中谷防衛相が会見した。'],
    ['軍事', 'ウクライナ軍事支援を続ける。'],
    ['US-2', 'US-2救難飛行艇の輸出を検討する。'],
    ['UKRAINE', 'UKRAINE support'],
  ])('%s', (_trap, sentence) => {
    expect(findPartners(sentence).partners).toEqual([]);
  });

  it('reads 米国 as the United States, and 米 only inside a compound', () => {
    expect(findPartners('日本と米国の首脳が会談').partners).toEqual(['US']);
    expect(findPartners('日米首脳会談').partners).toEqual(['US']);
    expect(findPartners('米価と米作の話').mentions).toEqual([]);
  });
});

describe('partner precision: a state named only as a concern or a third party is a mention', () => {
  it.each([
    ['中国への対応を念頭に、インド太平洋地域への関与を強める。', ['CN']],
    ['ロシアのウクライナ侵略でインド太平洋の自由主義国との連携は重要性を増した。', ['UA', 'RU']],
    ['ロシアと国境を接するラトビアと地域情勢について意見交換した。', ['LV', 'RU']],
    ['中国海軍の空母が太平洋に展開した。', ['CN']],
    ['ロシアの大統領と会談した中国の主席。', ['CN', 'RU']],
    ['NATO事務総長「東京拠点新設」表明 日韓豪と連携', []],
    ['NATO国防相会合には韓国、オーストラリア、ニュージーランドも招待されている。', ['AU', 'NZ', 'KR']],
    ['フランスのマクロン大統領が開設に反対した。', ['FR']],
    ['在ベルギー日本大使館内に設置していた代表部', ['BE']],
    ['米国と韓国の合同演習が始まった。', ['US', 'KR']],
    ['The summit condemned Russia and China', ['CN', 'RU']],
  ])('%s', (sentence, mentions) => {
    const found = findPartners(sentence);
    expect(found.partners.filter((code) => code !== 'NATO')).toEqual([]);
    expect(found.mentions).toEqual(mentions);
  });

  it('still makes a concern a partner where Japan is paired with it', () => {
    expect(findPartners('日中防衛相会談を開催').partners).toEqual(['CN']);
    expect(findPartners('日本と中国の外相が会談').partners).toEqual(['CN']);
  });
});
