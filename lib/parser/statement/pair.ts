/**
 * Stage 4: in a bilingual statement, each numbered paragraph of the Japanese translation is
 * paired with the English paragraph of the same number.
 *
 * Which Japanese paragraphs: the last numbered run before `(英文)` — the translation sits right
 * before the original. A run is a sequence of numbered paragraphs whose numbers go up; an earlier
 * run (a meeting summary numbered 1–3 before the joint statement numbered 1–16) is a different
 * text and is left unpaired, without a warning. Which English paragraphs: the first run after the
 * marker. Numbers are compared by value, so `5` pairs with `5.`.
 */
import type { Diagnostic } from '../diagnostics';
import type { Block } from '../schema';
import type { SourceText } from '../source-text';

/** The value of a paragraph number as written (`(12)`, `12.`, `１２`), or null. */
export function numberValue(number: string | null): number | null {
  if (number === null) return null;
  const digits = number.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
  return digits ? Number.parseInt(digits, 10) : null;
}

interface Numbered {
  index: number;
  value: number;
}

function numberedParagraphs(blocks: readonly Block[], from: number, to: number, lang: 'ja' | 'en'): Numbered[] {
  const found: Numbered[] = [];
  for (let index = from; index < to; index++) {
    const block = blocks[index];
    const value = numberValue(block?.number ?? null);
    if (block && block.type === 'paragraph' && block.lang === lang && value !== null) found.push({ index, value });
  }
  return found;
}

/** The first (forward) or last (backward) run of ascending numbers. */
function run(paragraphs: Numbered[], direction: 'first' | 'last'): Numbered[] {
  const ordered = direction === 'first' ? paragraphs : [...paragraphs].reverse();
  const kept: Numbered[] = [];
  for (const paragraph of ordered) {
    const previous = kept.at(-1);
    if (previous && (direction === 'first' ? paragraph.value <= previous.value : paragraph.value >= previous.value)) break;
    kept.push(paragraph);
  }
  return direction === 'first' ? kept : kept.reverse();
}

/** Sets `pairedWith` on both paragraphs of each pair; numbers without a counterpart are reported. */
export function pairParagraphs(blocks: Block[], englishStart: number | null, source: SourceText, diagnostics: Diagnostic[]): void {
  if (englishStart === null) return;
  const japanese = run(numberedParagraphs(blocks, 0, englishStart, 'ja'), 'last');
  const english = run(numberedParagraphs(blocks, englishStart, blocks.length, 'en'), 'first');
  const englishByValue = new Map(english.map((paragraph) => [paragraph.value, paragraph.index]));
  const japaneseByValue = new Map(japanese.map((paragraph) => [paragraph.value, paragraph.index]));

  const report = (index: number, other: string) => {
    const block = blocks[index];
    if (!block) return;
    diagnostics.push(
      source.diagnostic('warning', 'unpaired-paragraph', `paragraph ${block.number ?? ''} has no ${other} counterpart`, block.span),
    );
  };
  for (const { index, value } of japanese) {
    const counterpart = englishByValue.get(value);
    const block = blocks[index];
    const other = counterpart === undefined ? undefined : blocks[counterpart];
    if (block && other && counterpart !== undefined) {
      block.pairedWith = counterpart;
      other.pairedWith = index;
    } else report(index, 'English');
  }
  for (const { index, value } of english) {
    if (!japaneseByValue.has(value)) report(index, 'Japanese');
  }
}
