import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, highlightTerms, textPieces } from '@/lib/search';

describe('textPieces', () => {
  it('cuts the text into plain and marked pieces at the matches', () => {
    expect(textPieces({ text: '日英防衛相会談を実施', matches: [{ start: 2, end: 4 }] })).toEqual([
      { text: '日英', marked: false },
      { text: '防衛', marked: true },
      { text: '相会談を実施', marked: false },
    ]);
  });

  it('gives one plain piece without matches, and marks a match at either end', () => {
    expect(textPieces({ text: 'NATO', matches: [] })).toEqual([{ text: 'NATO', marked: false }]);
    expect(textPieces({ text: 'NATO', matches: [{ start: 0, end: 4 }] })).toEqual([{ text: 'NATO', marked: true }]);
  });

  it('keeps markup in the text as characters', () => {
    const text = '<script>alert(1)</script>';
    const pieces = textPieces({ text, matches: findMatches(text, ['script']) });
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['script', 'script']);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('gives back the text whatever the ranges (out of order, overlapping, outside the text)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 40 }), end: fc.integer({ min: -5, max: 40 }) })), (text, matches) => {
        const pieces = textPieces({ text, matches });
        expect(pieces.map((piece) => piece.text).join('')).toBe(text);
        expect(pieces.every((piece) => piece.text.length > 0)).toBe(true);
      }),
    );
  });
});

describe('highlightTerms', () => {
  it('gives the folded included terms of a query, and leaves exclusions out', () => {
    expect(highlightTerms('ＮＡＴＯ "Secretary General" -中国')).toEqual(['nato', 'secretarygeneral']);
  });

  it('gives none for a query the search refuses', () => {
    expect(highlightTerms('')).toEqual([]);
    expect(highlightTerms('-中国')).toEqual([]);
    expect(highlightTerms('あ'.repeat(201))).toEqual([]);
    expect(highlightTerms('\uD800')).toEqual([]);
  });
});
