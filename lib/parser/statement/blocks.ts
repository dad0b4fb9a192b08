/**
 * Stage 3: the body as blocks. Headings open sections; numbered paragraphs keep their number as
 * written; `写真:…` lines are credits; after a `記者` / `大臣` label, paragraphs are that
 * speaker's turn; `(英文)` opens the English section, its title a heading.
 */
import type { Diagnostic } from '../diagnostics';
import type { Block } from '../schema';
import type { SourceText } from '../source-text';
import type { SourceLine } from './lines';

export interface BlockList {
  blocks: Block[];
  /** Index of the first block after the `(英文)` marker, or null when the text is Japanese only. */
  englishStart: number | null;
}

/** `(英文)`, alone or glued to the English title. */
const ENGLISH_MARKER = /^[(（【]英文[)）】][ \u3000]*/;
/** The speaker labels of a press conference's Q&A. */
const SPEAKER_LABELS = new Set(['記者', '大臣', '副大臣', '政務官', '長官', '報道官', '司会']);
const CREDIT = /^写真[:：]/;

/** `1 text`, `1. text`, `(1)text`: the number exactly as written, then the text. */
const NUMBERINGS = [
  /^([(（][0-9０-９]{1,3}[)）])[ \u3000]*(\S.*)$/,
  /^([0-9０-９]{1,3}[.．])(?![0-9])[ \u3000]*(\S.*)$/,
  /^([0-9０-９]{1,3})[ \u3000]+(\S.*)$/,
];

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A line that is only a date (`28 August 2025`, `2025年8月28日`): a dateline, not a numbered paragraph. */
const DATELINE = new RegExp(
  `^(?:\\d{1,2} ${MONTHS},? \\d{4}|${MONTHS} \\d{1,2},? \\d{4}|(?:令和|平成)?\\d{1,4}(?:[(（]\\d{4}[)）])?年\\d{1,2}月\\d{1,2}日)$`,
);

const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/u;

/**
 * 'en' when the text is mostly Latin letters, else 'ja'. A Japanese sentence that gives an
 * official's English title in parentheses can have as many Latin letters as Japanese characters
 * (a kanji carries a word, a letter does not), so English needs Japanese to be a small minority.
 */
export function detectLang(text: string): 'ja' | 'en' {
  const latin = text.match(LATIN)?.length ?? 0;
  const japanese = text.match(JAPANESE)?.length ?? 0;
  return latin > 0 && japanese * 4 < latin ? 'en' : 'ja';
}

const HEADING_MAX_JA = 50;
const HEADING_MAX_EN = 100;

/** A short line that is not a sentence: no `。`, no closing punctuation. */
function isHeadingText(text: string, lang: 'ja' | 'en'): boolean {
  if (!LETTER.test(text)) return false;
  const length = [...text].length;
  if (lang === 'ja') return length <= HEADING_MAX_JA && !text.includes('。') && !/[、,.:;!?！？…]$/.test(text);
  return length <= HEADING_MAX_EN && !/[.,:;!?]$/.test(text) && !/[.!?] [A-Z]/.test(text);
}

interface Numbered {
  number: string;
  text: string;
}

function readNumber(line: SourceLine): Numbered | null {
  if (DATELINE.test(line.text)) return null;
  for (const pattern of NUMBERINGS) {
    const match = pattern.exec(line.text);
    if (match?.[1] && match[2]) {
      return { number: match[1], text: match[2] };
    }
  }
  return null;
}

/** Turns body lines into blocks; lines it cannot read are kept as paragraphs and reported. */
export function readBlocks(lines: readonly SourceLine[], source: SourceText, diagnostics: Diagnostic[]): BlockList {
  const blocks: Block[] = [];
  let section = 0;
  let speaker: string | null = null;
  let englishStart: number | null = null;
  let awaitingEnglishTitle: SourceLine | null = null;

  const push = (type: Block['type'], text: string, span: { start: number; end: number }, number: string | null = null) => {
    blocks.push({ type, text, number, lang: detectLang(text), speaker: type === 'turn' ? speaker : null, section, pairedWith: null, span });
  };
  const heading = (text: string, span: { start: number; end: number }, number: string | null = null) => {
    section++;
    speaker = null;
    push('heading', text, span, number);
  };

  for (const line of lines) {
    const span = { start: line.start, end: line.end };
    const marker = ENGLISH_MARKER.exec(line.text);
    if (marker && englishStart === null) {
      englishStart = blocks.length;
      const title = line.text.slice(marker[0].length);
      if (title) heading(title, { start: line.end - title.length, end: line.end });
      else awaitingEnglishTitle = line;
      continue;
    }
    if (awaitingEnglishTitle) {
      awaitingEnglishTitle = null;
      heading(line.text, span);
      continue;
    }
    if (SPEAKER_LABELS.has(line.text)) {
      speaker = line.text;
      continue;
    }
    if (CREDIT.test(line.text)) {
      push('credit', line.text, span);
      continue;
    }
    if (!LETTER.test(line.text)) {
      diagnostics.push(source.diagnostic('warning', 'unplaced-line', 'a line without words: kept as a paragraph', span));
      push(speaker ? 'turn' : 'paragraph', line.text, span);
      continue;
    }
    const numbered = readNumber(line);
    const text = numbered?.text ?? line.text;
    if (!DATELINE.test(line.text) && isHeadingText(text, detectLang(text))) {
      heading(text, span, numbered?.number ?? null);
      continue;
    }
    push(speaker ? 'turn' : 'paragraph', text, span, numbered?.number ?? null);
  }

  if (awaitingEnglishTitle) {
    const { start, end } = awaitingEnglishTitle;
    diagnostics.push(source.diagnostic('warning', 'unplaced-line', '`(英文)` with no English text after it', { start, end }));
  }
  return { blocks, englishStart };
}
