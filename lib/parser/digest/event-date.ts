/**
 * The day a news entry's event happened (or is to happen), read from its summary. The digest's
 * date is the day the outlet reported it; the summary's first sentence usually says when the
 * thing itself took place: 「岩屋毅外相は25日、…会談した」 in an article of 26 June.
 *
 * The rule (the README repeats it, with examples):
 *   - Only the summary's first sentence (up to its first 。) is read, and only outside quotes,
 *     brackets and parentheses (「」『』（）()【】): a quoted day or a cross-reference's date is
 *     someone else's.
 *   - A day is `N日` (`N日午後`…), `M月N日`, `YYYY年M月N日`, a range (`8~10日`, `8日から10日`), or a
 *     word naming a day relative to the article: 昨日・きのう (the day before it), 同日 (the day
 *     named just before, or the article's), 前日 (the day before that). 今日 and 本日 are left
 *     alone: they are the article's own day, and 今日の often means "present-day".
 *     `N日間`, `N日目`, `N日程度` are lengths, not days. Full-width digits count as digits.
 *   - A day of the month is resolved against the article's date: the nearest such day, in the
 *     month before, the same month or the month after (an article of 1 July saying 30日 means
 *     30 June). A month and day take the nearest year.
 *   - The event is scheduled when the sentence announces it (予定, 日程で, 方針, 見通し, 意向,
 *     調整); `N日までに` (by the Nth) is kept as "by" that day.
 *   - Two different days in the sentence (a meeting on the 11th announcing a visit on the 16th),
 *     a day that does not exist in its month (31日 in June), or a day after the article that
 *     nothing announces: the reported date stands, with a positioned warning. Never a guess.
 */
import type { Span } from '../source-text';

export type EventDateStatus = 'happened' | 'scheduled' | 'by';

export interface EventDate {
  /** YYYY-MM-DD. */
  date: string;
  /** The last day of a range (`8~10日`), else null. */
  endDate: string | null;
  status: EventDateStatus;
  /** Where the day is written, in the source text. */
  span: Span;
}

export interface EventDateProblem {
  code: 'ambiguous-event-date' | 'impossible-event-date' | 'future-event-date';
  message: string;
  span: Span;
}

export interface EventDateReading {
  eventDate: EventDate | null;
  problem: EventDateProblem | null;
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** 「『（(【［[ (1) and their closers (2), by code unit: what a sentence quotes or puts aside. */
const BRACKETS = new Uint8Array(0x10000);
for (const char of '「『（(【［[') BRACKETS[char.charCodeAt(0)] = 1;
for (const char of '」』）)】］]') BRACKETS[char.charCodeAt(0)] = 2;
const SENTENCE_END = '。'.charCodeAt(0);
const FULL_WIDTH_ZERO = 0xff10;
const FULL_WIDTH_NINE = 0xff19;
const SCHEDULED = /予定|日程で|方針|見通し|意向|調整/;

/*
 * One day expression, longest forms first. The digits are ASCII here: full-width ones are folded
 * before matching (one character for one, so offsets stay). A number glued to a digit, a point or
 * 第 before it is not a day.
 */
const DAY_EXPRESSION = new RegExp(
  // Every form opens with a digit or one of these words: tried first, so most places fail at once.
  '(?=[0-9同前昨き])(?:' +
  [
    '(?<![0-9.第])(?<fy>[0-9]{4})年(?<fm>[0-9]{1,2})月(?<fd>[0-9]{1,2})日',
    '(?<![0-9.第年])(?<mm>[0-9]{1,2})月(?<md>[0-9]{1,2})日',
    '(?<![0-9.第月])(?<r1>[0-9]{1,2})日?\\s*(?:[~〜～\\-－–]|から)\\s*(?<r2>[0-9]{1,2})日',
    '(?<![0-9.第月])(?<d>[0-9]{1,2})日(?!本|間|目|程度|連続|分)(?<by>までに)?',
    '(?<rel>同日|前日|昨日|きのう)',
  ].join('|') +
    ')',
  'g',
);

function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30));
}

const utcDay = ({ year, month, day }: CalendarDay) => Date.UTC(year, month - 1, day);
const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the day exists (no 31 June, no 29 February outside a leap year): arithmetic, no Date. */
function isReal({ year, month, day }: CalendarDay): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return day <= (DAYS_IN_MONTH[month - 1] ?? 31) + (leap ? 1 : 0);
}

/** The year and month `offset` months from the given ones. */
function monthFrom(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function iso({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addDays(from: CalendarDay, days: number): CalendarDay {
  const date = new Date(utcDay(from) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The month (before, same, after) whose day `day` lies nearest the article; ties go back in time. */
function nearestDayOfMonth(article: CalendarDay, day: number): CalendarDay {
  let best: CalendarDay | null = null;
  let bestDistance = Infinity;
  const articleDay = utcDay(article);
  for (let offset = -1; offset <= 1; offset++) {
    const candidate = { ...monthFrom(article.year, article.month, offset), day };
    // Measured as if every month had the day: 31日 in an article of 1 July is nearest to "31 June".
    const distance = Math.abs(Date.UTC(candidate.year, candidate.month - 1, day) - articleDay);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best!;
}

function nearestYear(article: CalendarDay, month: number, day: number): CalendarDay {
  const candidates = [article.year - 1, article.year, article.year + 1].map((year) => ({ year, month, day }));
  candidates.sort((a, b) => Math.abs(Date.UTC(a.year, a.month - 1, a.day) - utcDay(article)) - Math.abs(Date.UTC(b.year, b.month - 1, b.day) - utcDay(article)));
  return candidates[0]!;
}

interface Sentence {
  end: number;
  /** The ranges inside brackets (offsets in the text), in order; most sentences have none. */
  asides: Span[];
  /** Whether it holds a full-width digit, to be folded before matching. */
  fullWidth: boolean;
}

/** The first sentence of the region: up to its first 。 outside brackets, with what it puts aside. */
function firstSentence(text: string, region: Span): Sentence {
  const asides: Span[] = [];
  let fullWidth = false;
  let level = 0;
  let opened = 0;
  let at = region.start;
  for (; at < region.end; at++) {
    const code = text.charCodeAt(at);
    const bracket = BRACKETS[code];
    if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_NINE) fullWidth = true;
    else if (bracket === 1) {
      if (level === 0) opened = at;
      level++;
    } else if (bracket === 2 && level > 0) {
      level--;
      if (level === 0) asides.push({ start: opened, end: at + 1 });
    } else if (code === SENTENCE_END && level === 0) break;
  }
  if (level > 0) asides.push({ start: opened, end: at });
  return { end: at, asides, fullWidth };
}

interface Candidate {
  start: CalendarDay;
  end: CalendarDay | null;
  by: boolean;
  span: Span;
}

/**
 * Reads the event's day from the summary region of an entry, resolved against the article's
 * (reported) date. `skip` holds the ranges that are not the summary's own words (notes, refs).
 */
export function readEventDate(text: string, region: Span, skip: readonly Span[], reported: CalendarDay): EventDateReading {
  const { end, asides, fullWidth } = firstSentence(text, region);
  const raw = text.slice(region.start, end);
  const sentence = fullWidth ? foldDigits(raw) : raw;
  const candidates: Candidate[] = [];
  const problems: EventDateProblem[] = [];
  for (const match of sentence.matchAll(DAY_EXPRESSION)) {
    const at = region.start + match.index;
    const span = { start: at, end: at + match[0].length };
    const inside = (range: Span) => range.start <= span.start && span.start < range.end;
    if (asides.some(inside) || skip.some(inside)) continue;
    const groups = match.groups ?? {};
    const previous = candidates[candidates.length - 1]?.start ?? null;
    let start: CalendarDay;
    let endDay: CalendarDay | null = null;
    if (groups.fy) start = { year: Number(groups.fy), month: Number(groups.fm), day: Number(groups.fd) };
    else if (groups.mm) start = nearestYear(reported, Number(groups.mm), Number(groups.md));
    else if (groups.r1) {
      start = nearestDayOfMonth(reported, Number(groups.r1));
      const last = Number(groups.r2);
      endDay = { ...monthFrom(start.year, start.month, last < start.day ? 1 : 0), day: last };
    } else if (groups.d) start = nearestDayOfMonth(reported, Number(groups.d));
    else {
      const word = groups.rel ?? '';
      // 同日 repeats the day named before it: no new day.
      if (word === '同日' && previous) continue;
      const base = word === '前日' ? (previous ?? reported) : reported;
      start = word === '前日' || word === '昨日' || word === 'きのう' ? addDays(base, -1) : base;
    }
    if (!isReal(start) || (endDay && !isReal(endDay))) {
      problems.push({ code: 'impossible-event-date', message: `「${match[0]}」 is not a day of ${iso({ ...start, day: 1 }).slice(0, 7)}; the reported date ${iso(reported)} is kept`, span });
      continue;
    }
    candidates.push({ start, end: endDay, by: groups.by !== undefined, span });
  }
  const none: EventDateReading = { eventDate: null, problem: problems[0] ?? null };
  const [first] = candidates;
  if (!first) return none;
  const other = candidates.find((candidate) => iso(candidate.start) !== iso(first.start));
  if (other) {
    return {
      eventDate: null,
      problem: {
        code: 'ambiguous-event-date',
        message: `the first sentence names two days, ${iso(first.start)} and ${iso(other.start)}; the reported date ${iso(reported)} is kept`,
        span: { start: first.span.start, end: other.span.end },
      },
    };
  }
  if (problems[0]) return none;
  const scheduled = SCHEDULED.test(sentence);
  const after = utcDay(first.start) > utcDay(reported);
  if (after && !scheduled) {
    return {
      eventDate: null,
      problem: { code: 'future-event-date', message: `${iso(first.start)} is after the report (${iso(reported)}) and nothing announces it; the reported date is kept`, span: first.span },
    };
  }
  const status: EventDateStatus = first.by ? 'by' : scheduled && !(utcDay(first.start) < utcDay(reported)) ? 'scheduled' : 'happened';
  return { eventDate: { date: iso(first.start), endDate: first.end ? iso(first.end) : null, status, span: first.span }, problem: null };
}
