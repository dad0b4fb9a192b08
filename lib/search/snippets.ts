/**
 * Snippets: a window of a unit's text as written, around its first match, with every match inside
 * the window as offsets into the snippet's own text. Matches are found in the folded text and
 * carried back to the original through the offset map of normalise.ts, so `ＧＣＡＰ` or `事務 総長`
 * as written are what get highlighted.
 */
import type { SearchUnit, UnitField } from './documents';
import { normaliseWithOffsets, toOriginalRange } from './normalise';

export interface TextRange {
  start: number;
  end: number;
}

/** Text to show, with the ranges (offsets in `text`, UTF-16 units) to highlight. */
export interface MarkedText {
  text: string;
  matches: TextRange[];
}

export interface Snippet extends MarkedText {
  /** Where on the entry's page the text stands (`p-12`, `en-3`, `qa-2`), or null. */
  anchor: string | null;
  field: UnitField;
  /** For a Q&A turn, who speaks. */
  speaker: string | null;
  /** True when text was cut before / after the window (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Characters of context before the first match, and the window's usual width. */
const CONTEXT_BEFORE = 30;
export const SNIPPET_WIDTH = 120;

/** Every occurrence of the (folded) terms in `text` as written, sorted, overlapping ones merged. */
export function findMatches(text: string, terms: readonly string[]): TextRange[] {
  const normalised = normaliseWithOffsets(text);
  const found: TextRange[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = normalised.text.indexOf(term); at !== -1; at = normalised.text.indexOf(term, at + 1)) {
      found.push(toOriginalRange(normalised, at, at + term.length));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

const isLowSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** The whole text with its matches: for a title, shown in full. */
export function markText(text: string, terms: readonly string[]): MarkedText {
  return { text, matches: findMatches(text, terms) };
}

/**
 * A window of about SNIPPET_WIDTH characters of the unit around its first match (longer when the
 * first match is), never cutting a surrogate pair.
 */
export function makeSnippet(unit: SearchUnit, terms: readonly string[], width = SNIPPET_WIDTH): Snippet {
  const { text } = unit;
  const matches = findMatches(text, terms);
  const first = matches[0];
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    start = Math.max(0, (first?.start ?? 0) - CONTEXT_BEFORE);
    end = Math.min(text.length, Math.max(start + width, first?.end ?? 0));
    start = Math.max(0, Math.min(start, end - width));
    if (start > 0 && isLowSurrogate(text, start)) start--;
    if (end < text.length && isLowSurrogate(text, end)) end++;
  }
  return {
    text: text.slice(start, end),
    matches: matches.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: m.start - start, end: m.end - start })),
    anchor: unit.anchor,
    field: unit.field,
    speaker: unit.speaker,
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}
