/**
 * Stage 2: what each line is. Splits an article into site chrome, title, category, timestamp,
 * lead and body, and finds where the content ends (`(以上)`, or the first line of the site's
 * footer when the marker is missing).
 */
import type { Diagnostic } from '../diagnostics';
import type { SourceText } from '../source-text';
import { isBlankLine, type SourceLine } from './lines';

/** The site every statement comes from; named in some files' header, implied in the others. */
export const SITE_NAME = 'Jディフェンスニュース';

/** Lines of the site's page header, before the title. */
const HEADER_CHROME = [
  /^日本の防衛と安全保障の今を伝える$/,
  /^[[［]?Jディフェンスニュース[\]］]?$/,
  /^site search$/i,
  /^menu$/i,
];
const SITE_NAME_LINE = /^[[［]?Jディフェンスニュース[\]］]?$/;

/** Lines of the site's page footer: the content has ended when one appears. */
const FOOTER_CHROME = [
  /^◎下の[[［]次の記事[\]］]/,
  /^Ranking/i,
  /^pagetop$/i,
  /^bnrname$/i,
  // The ranking's period tabs: `- 24時間`, `• 1週間`, `- 1ヶ月`.
  /^[-•・]\s*(?:24時間|1週間|1[ヶかカケ]月)$/,
];
/** The ranking list: everything after it is other articles' titles. */
const RANKING = /^Ranking/i;

const END_MARKER = /^[(（]以上[)）]$|^以上$/;

/** `- 日本の防衛`, `• 日本の防衛`. */
const CATEGORY = /^[-•・*]\s*(\S.*)$/;
/** `2025-9-1 10:45` (the site's publication time). */
export const TIMESTAMP = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ \t\u3000]+(\d{1,2}):(\d{2})$/;

/** The sentence that closes a lead in some files: `内容は、以下の通り。`. */
const LEAD_CONTINUATION = /^(?:内容|概要)は[、,]?以下の(?:通り|とおり)(?:です)?[。.]?$/;
/** A lead is a sentence: it ends like one. */
const SENTENCE_END = /[。.][)）」』]?$/;
/** A numbered paragraph is body text, never a lead. */
const NUMBERED_START = /^(?:[(（]?\d{1,3}[)）.]|\d{1,3}[ \u3000])/;

/** How many non-blank lines after the title may come before the timestamp. */
const HEAD_WINDOW = 4;

export interface Field {
  text: string;
  start: number;
  end: number;
}

export interface ClassifiedStatement {
  /** The site's name as the header gives it, or SITE_NAME when the header is absent. */
  source: string;
  title: SourceLine | null;
  category: Field | null;
  timestamp: SourceLine | null;
  lead: SourceLine[];
  /** Lines the parser could not place, in order; each has an `unplaced-line` warning. */
  unplacedHead: SourceLine[];
  /** The content lines between the lead and the end, blank lines and chrome removed. */
  body: SourceLine[];
  endMarker: SourceLine | null;
}

const isHeaderChrome = (text: string) => HEADER_CHROME.some((pattern) => pattern.test(text));
const isFooterChrome = (text: string) => FOOTER_CHROME.some((pattern) => pattern.test(text));
const isMeta = (text: string) => CATEGORY.test(text) || TIMESTAMP.test(text);

function isLead(line: SourceLine): boolean {
  return SENTENCE_END.test(line.text) && !NUMBERED_START.test(line.text) && !END_MARKER.test(line.text);
}

/** Classifies the lines of one article; problems are pushed onto `diagnostics`. */
export function classifyLines(lines: readonly SourceLine[], source: SourceText, diagnostics: Diagnostic[]): ClassifiedStatement {
  const result: ClassifiedStatement = {
    source: SITE_NAME,
    title: null,
    category: null,
    timestamp: null,
    lead: [],
    unplacedHead: [],
    body: [],
    endMarker: null,
  };
  const unplaced = (line: SourceLine, where: string) =>
    diagnostics.push(source.diagnostic('warning', 'unplaced-line', `a line ${where} that fits no part of a statement`, line));

  let i = 0;
  // Header chrome, before the title.
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line || isBlankLine(line)) continue;
    if (!isHeaderChrome(line.text)) break;
    if (SITE_NAME_LINE.test(line.text)) result.source = line.text.replace(/^[[［]|[\]］]$/g, '');
  }

  const titleLine = lines[i];
  if (titleLine && !isMeta(titleLine.text) && !isFooterChrome(titleLine.text) && !END_MARKER.test(titleLine.text)) {
    result.title = titleLine;
    i++;
  }

  // Category and timestamp, in either order; stray lines are tolerated only when a timestamp
  // follows closely (otherwise the first unknown line starts the text).
  let timestampIndex = -1;
  for (let j = i, seen = 0; j < lines.length && seen < HEAD_WINDOW; j++) {
    const line = lines[j];
    if (!line || isBlankLine(line)) continue;
    seen++;
    if (TIMESTAMP.test(line.text)) {
      timestampIndex = j;
      break;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line || isBlankLine(line)) continue;
    const category = CATEGORY.exec(line.text);
    if (category?.[1] && !result.category && !TIMESTAMP.test(line.text)) {
      const text = category[1].trim();
      const start = line.start + line.text.indexOf(text);
      result.category = { text, start, end: start + text.length };
    } else if (i === timestampIndex) {
      result.timestamp = line;
    } else if (i < timestampIndex) {
      result.unplacedHead.push(line);
      unplaced(line, 'between the title and the timestamp');
    } else break;
  }
  const afterHead = lines[i - 1] ?? lines[0];
  if (!result.category && result.title) {
    diagnostics.push(source.diagnostic('warning', 'missing-category', 'no category line (`- 日本の防衛`) after the title', result.title));
  }

  // The lead: the opening sentence, and `内容は、以下の通り。` when it follows.
  while (i < lines.length && isBlankLine(lines[i] as SourceLine)) i++;
  const leadLine = lines[i];
  if (leadLine && isLead(leadLine)) {
    result.lead.push(leadLine);
    i++;
    let k = i;
    while (k < lines.length && isBlankLine(lines[k] as SourceLine)) k++;
    const continuation = lines[k];
    if (continuation && LEAD_CONTINUATION.test(continuation.text)) {
      result.lead.push(continuation);
      i = k + 1;
    }
  } else {
    const at = leadLine ?? afterHead;
    const span = at ? { start: at.start, end: at.end } : { start: 0, end: 0 };
    diagnostics.push(source.diagnostic('warning', 'missing-lead', 'no lead sentence (who published what) before the text', span));
  }

  // The body, up to the end marker or the site's footer.
  let footer: SourceLine | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line || isBlankLine(line)) continue;
    if (END_MARKER.test(line.text)) {
      result.endMarker = line;
      break;
    }
    if (isFooterChrome(line.text)) {
      footer = line;
      break;
    }
    result.body.push(line);
  }

  if (!result.endMarker) {
    const last = result.body.at(-1) ?? result.lead.at(-1) ?? result.title;
    const span = footer ?? (last ? { start: last.end, end: last.end } : { start: source.text.length, end: source.text.length });
    diagnostics.push(
      source.diagnostic('warning', 'missing-end-marker', footer ? 'the text runs into the site footer without `(以上)`' : 'the text ends without `(以上)`', span),
    );
    // Without the marker, only the footer's own lines are known chrome: anything else before the
    // ranking list is reported, never dropped silently.
    let inRanking = footer !== null && RANKING.test(footer.text);
    for (i++; i < lines.length; i++) {
      const line = lines[i];
      if (!line || isBlankLine(line) || inRanking) continue;
      if (RANKING.test(line.text)) inRanking = true;
      else if (!isFooterChrome(line.text)) unplaced(line, 'after the text');
    }
  }
  // After `(以上)` everything is the site's footer.
  return result;
}
