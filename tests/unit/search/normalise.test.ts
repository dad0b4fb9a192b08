import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseWithOffsets, toOriginalRange } from '@/lib/search';

describe('the search fold', () => {
  it('folds full-width Latin and digits to half-width, and half-width katakana to full-width', () => {
    expect(normaliseText('ＧＣＡＰ２０２５')).toBe('gcap2025');
    expect(normaliseText('ｵﾗﾝﾀﾞ')).toBe('オランダ');
    expect(normaliseText('ｶﾞｲﾑｼｮｳ')).toBe('ガイムショウ');
  });

  it('folds case, in English and in full-width Latin', () => {
    expect(normaliseText('Secretary of State')).toBe(normaliseText('SECRETARY OF STATE'));
    expect(normaliseText('ｗｐｓ')).toBe('wps');
  });

  it('drops white space of every width, line breaks included', () => {
    expect(normaliseText('事務 総長\n日本　と NATO')).toBe('事務総長日本とnato');
  });

  it('is NFKC, lower case and no white space, as a reader would fold by hand', () => {
    const normaliseForSearch = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
    const text = fc.string({ unit: fc.constantFrom(...'日本とNATOｶﾞｵＧｃ 　\n1２ーゐ㍻ｱﾞé'.split('')), maxLength: 40 });
    fc.assert(fc.property(text, (t) => normaliseText(t) === normaliseForSearch(t)));
  });
});

describe('the offset map', () => {
  it('gives the same text as the plain fold', () => {
    const unit = fc.constantFrom(...'日本と安全保障NATOnatoＮＡＴＯｶﾞｷﾞｵ か\u3099e\u0301 　\n.,()「」・ー㍻①Ⅻ'.split(''), '😀', '𠮷');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(normaliseWithOffsets(text).text).toBe(normaliseText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('maps a folded range back to the characters as written', () => {
    const original = '日本と ＮＡＴＯ の事務 総長';
    const folded = normaliseWithOffsets(original);
    const at = folded.text.indexOf('nato');
    const range = toOriginalRange(folded, at, at + 4);
    expect(original.slice(range.start, range.end)).toBe('ＮＡＴＯ');
    const office = folded.text.indexOf('事務総長');
    const span = toOriginalRange(folded, office, office + 4);
    expect(original.slice(span.start, span.end)).toBe('事務 総長');
  });

  it('maps a character built from two (ｶﾞ, か + ゙) to both of them', () => {
    const original = 'xｶﾞｲかﾞy';
    const folded = normaliseWithOffsets(original);
    expect(folded.text).toBe('xガイがy');
    const range = toOriginalRange(folded, 1, 3);
    expect(original.slice(range.start, range.end)).toBe('ｶﾞｲ');
    const ga = toOriginalRange(folded, 3, 4);
    expect(original.slice(ga.start, ga.end)).toBe('かﾞ');
  });

  it('maps a character that folds to several (㍻ → 平成) as a whole', () => {
    const original = '㍻元年';
    const folded = normaliseWithOffsets(original);
    expect(folded.text).toBe('平成元年');
    expect(toOriginalRange(folded, 1, 2)).toEqual({ start: 0, end: 1 });
    expect(toOriginalRange(folded, 2, 4)).toEqual({ start: 1, end: 3 });
  });
});
