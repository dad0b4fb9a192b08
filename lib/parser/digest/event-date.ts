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
 * 第 before it is not a day. Sticky, and tried only where a form can open (a digit or one of the
 * day words, see OPENS_DAY): most of a sentence is never looked at. Numbered groups, not named
 * ones, so that a match builds no groups object.
 */
const DAY_EXPRESSION = new RegExp(
  [
    // 1–3: YYYY年M月N日
    '(?<![0-9.第])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日',
    // 4–5: M月N日
    '(?<![0-9.第年])([0-9]{1,2})月([0-9]{1,2})日',
    // 6–7: a range, N~M日 or N日からM日
    '(?<![0-9.第月])([0-9]{1,2})日?\\s*(?:[~〜～\\-－–]|から)\\s*([0-9]{1,2})日',
    // 8–9: N日, N日までに
    '(?<![0-9.第月])([0-9]{1,2})日(?!本|間|目|程度|連続|分)(までに)?',
    // 10: a word naming a day
    '(同日|前日|昨日|きのう)',
  ].join('|'),
  'y',
);
const [FY, FM, FD, MM, MD, R1, R2, D, BY, REL] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Whether a day expression can open at this unit: an ASCII digit, 同, 前, 昨 or き. */
const OPENS_DAY = new Uint8Array(0x10000);
for (const char of '0123456789同前昨き') OPENS_DAY[char.charCodeAt(0)] = 1;

function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30));
}

/**
 * Days since 1970-01-01 of a calendar day, as Date.UTC(year, month - 1, day) / 86,400,000 counts
 * them, without a Date: a month out of 1–12 or a day past the month's end rolls over, and a year
 * of 0–99 means 1900–1999, as in Date.UTC. (Days from civil, after Howard Hinnant's algorithm.)
 */
function dayNumber(yearArgument: number, month: number, day: number): number {
  const year = (yearArgument >= 0 && yearArgument <= 99 ? 1900 + yearArgument : yearArgument) + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468 + day - 1;
}

const DAY_MS = 86_400_000;
const utcDay = ({ year, month, day }: CalendarDay) => dayNumber(year, month, day) * DAY_MS;

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
  const articleDay = dayNumber(article.year, article.month, article.day);
  // Months counted from year 0, as monthFrom counts them; no object is built per candidate.
  const articleMonth = article.year * 12 + (article.month - 1);
  let best = articleMonth - 1;
  let bestDistance = Infinity;
  for (let index = articleMonth - 1; index <= articleMonth + 1; index++) {
    // Measured as if every month had the day: 31日 in an article of 1 July is nearest to "31 June".
    const distance = Math.abs(dayNumber(Math.floor(index / 12), (index % 12) + 1, day) - articleDay);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return { year: Math.floor(best / 12), month: (best % 12) + 1, day };
}

function nearestYear(article: CalendarDay, month: number, day: number): CalendarDay {
  const articleDay = dayNumber(article.year, article.month, article.day);
  let bestYear = article.year - 1;
  let bestDistance = Infinity;
  for (let year = article.year - 1; year <= article.year + 1; year++) {
    const distance = Math.abs(dayNumber(year, month, day) - articleDay);
    if (distance < bestDistance) {
      bestYear = year;
      bestDistance = distance;
    }
  }
  return { year: bestYear, month, day };
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

/** Whether `at` lies in one of the ranges: a loop, not some() with a closure made per match. */
function startsInside(ranges: readonly Span[], at: number): boolean {
  for (const range of ranges) if (range.start <= at && at < range.end) return true;
  return false;
}

const isSameDay = (a: CalendarDay, b: CalendarDay) => a.year === b.year && a.month === b.month && a.day === b.day;

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
  let resume = 0;
  for (let index = 0; index < sentence.length; index++) {
    if (index < resume || OPENS_DAY[sentence.charCodeAt(index)] === 0) continue;
    DAY_EXPRESSION.lastIndex = index;
    const match = DAY_EXPRESSION.exec(sentence);
    if (!match) continue;
    resume = DAY_EXPRESSION.lastIndex;
    const at = region.start + index;
    const span = { start: at, end: at + match[0].length };
    if (startsInside(asides, at) || startsInside(skip, at)) continue;
    const previous = candidates[candidates.length - 1]?.start ?? null;
    let start: CalendarDay;
    let endDay: CalendarDay | null = null;
    if (match[FY]) start = { year: Number(match[FY]), month: Number(match[FM]), day: Number(match[FD]) };
    else if (match[MM]) start = nearestYear(reported, Number(match[MM]), Number(match[MD]));
    else if (match[R1]) {
      start = nearestDayOfMonth(reported, Number(match[R1]));
      const last = Number(match[R2]);
      endDay = { ...monthFrom(start.year, start.month, last < start.day ? 1 : 0), day: last };
    } else if (match[D]) start = nearestDayOfMonth(reported, Number(match[D]));
    else {
      const word = match[REL] ?? '';
      // 同日 repeats the day named before it: no new day.
      if (word === '同日' && previous) continue;
      const base = word === '前日' ? (previous ?? reported) : reported;
      start = word === '前日' || word === '昨日' || word === 'きのう' ? addDays(base, -1) : base;
    }
    if (!isReal(start) || (endDay && !isReal(endDay))) {
      problems.push({ code: 'impossible-event-date', message: `「${match[0]}」 is not a day of ${iso({ ...start, day: 1 }).slice(0, 7)}; the reported date ${iso(reported)} is kept`, span });
      continue;
    }
    candidates.push({ start, end: endDay, by: match[BY] !== undefined, span });
  }
  const none: EventDateReading = { eventDate: null, problem: problems[0] ?? null };
  const [first] = candidates;
  if (!first) return none;
  const other = candidates.find((candidate) => !isSameDay(candidate.start, first.start));
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
