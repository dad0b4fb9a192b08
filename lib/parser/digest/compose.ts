/**
 * Stage 3: compose events from the fields read, cross-check dates against the ID, find partners,
 * and validate every event against its schema. Every anomaly becomes a diagnostic here.
 */
import { z } from 'zod';
import { isoDate, isRealDate } from '../../chronology/calendar-parts';
import { readEventDate } from './event-date';
import { findPartners, sortPartnerCodes } from '../../gazetteer/partners';
import type { Diagnostic } from '../diagnostics';
import { newsEventSchema, type NewsEvent } from '../schema';
import type { SourceText } from '../source-text';
import type { RawEntry } from './read-fields';

/** The date an ID implies: its MMDD in the issue's year, or the year before for a December article in a January issue. */
export function dateFromId(id: string): { year: number; month: number; day: number; issueYear: number; issueMonth: number } {
  const issueYear = 2000 + Number(id.slice(0, 2));
  const issueMonth = Number(id.slice(2, 4));
  const month = Number(id.slice(5, 7));
  const day = Number(id.slice(7, 9));
  return { year: month > issueMonth ? issueYear - 1 : issueYear, month, day, issueYear, issueMonth };
}

/**
 * The event schema compiled ahead of time: zod generates one flat validator for the whole
 * object instead of walking the schema node by node (about 8× faster on the bench digest). It
 * gives the same results and the same issues: on invalid input it hands over to the ordinary
 * parser. Where `new Function` is not allowed, z.compile returns the schema itself.
 */
const compiledNewsEventSchema = z.compile(newsEventSchema);

function checkDates(raw: RawEntry, source: SourceText, diagnostics: Diagnostic[]): string | null {
  const fromId = dateFromId(raw.id);
  const idSpan = raw.bounds.marker.span;
  if (!raw.date) {
    diagnostics.push(
      source.diagnostic('error', 'missing-date', `entry ${raw.id} has no date (YYYY.MM.DD) before its outlet and title`, {
        start: raw.bounds.start,
        end: idSpan.end,
      }),
    );
    return null;
  }
  const { year, month, day, span } = raw.date;
  if (!isRealDate(year, month, day)) {
    diagnostics.push(source.diagnostic('error', 'invalid-date', `${raw.date.raw} is not a calendar date`, span));
    return null;
  }
  if (month !== fromId.month || day !== fromId.day) {
    diagnostics.push(
      source.diagnostic(
        'warning',
        'date-id-mismatch',
        `date ${raw.date.raw} disagrees with ID ${raw.id}, which says ${String(fromId.month).padStart(2, '0')}-${String(fromId.day).padStart(2, '0')}; the date as written is kept`,
        { start: span.start, end: idSpan.end },
      ),
    );
  } else if (year !== fromId.year) {
    diagnostics.push(
      source.diagnostic(
        'warning',
        'date-issue-mismatch',
        `date ${raw.date.raw} is not in or just before issue ${fromId.issueYear}-${String(fromId.issueMonth).padStart(2, '0')} of ID ${raw.id}; the date as written is kept`,
        { start: span.start, end: idSpan.end },
      ),
    );
  }
  return isoDate(year, month, day);
}

function readTime(raw: RawEntry, source: SourceText, diagnostics: Diagnostic[]): string | null {
  if (!raw.time) return null;
  const { hour, minute, span } = raw.time;
  if (hour > 23 || minute > 59) {
    diagnostics.push(source.diagnostic('warning', 'invalid-time', `${raw.time.raw} is not a time of day; no time is kept`, span));
    return null;
  }
  if (hour === 0 && minute === 0) {
    diagnostics.push(
      source.diagnostic('warning', 'placeholder-time', `time 00:00 of entry ${raw.id} is taken as a placeholder: no time is kept`, span),
    );
    return null;
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Appends `code` unless the list or `except` holds it already. The lists are a few codes long,
 * where includes() costs less than building Sets.
 */
function addNew(list: string[], code: string, except: readonly string[] | null): void {
  if (!list.includes(code) && !except?.includes(code)) list.push(code);
}

/**
 * The list copied to a store of its own length. Built by push, a list gets a store of 16 or
 * more slots; events live as long as the app holds them, and those two lists were ~15% of the
 * memory a parse keeps (142 -> 120 MB for the 100k-entry bench digest).
 */
function exactLength(codes: string[]): string[] {
  return codes.length === 0 ? [] : codes.slice();
}

/**
 * Turns one entry's fields into an event, or null when it cannot be one (no date). `knownIds`
 * resolves cross-references within the same text.
 */
export function composeEvent(raw: RawEntry, source: SourceText, knownIds: ReadonlySet<string>, diagnostics: Diagnostic[]): NewsEvent | null {
  const date = checkDates(raw, source, diagnostics);
  if (date === null) return null;
  const time = readTime(raw, source, diagnostics);
  const head = { start: raw.bounds.start, end: raw.bounds.marker.span.start };

  if (!raw.outlet) {
    diagnostics.push(source.diagnostic('error', 'unreadable-entry-head', `entry ${raw.id} has no outlet before its title`, head));
    return null;
  }
  if (!raw.outlet.known) {
    diagnostics.push(
      source.diagnostic(
        'warning',
        'unknown-outlet',
        `outlet "${raw.outlet.raw}" is not in the gazetteer; read as "${raw.outlet.name}" (key ${raw.outlet.key})`,
        raw.outlet.span,
      ),
    );
  }
  if (raw.title.text.length === 0) {
    diagnostics.push(source.diagnostic('warning', 'missing-title', `entry ${raw.id} has no title`, head));
  }
  if (head.end - head.start > 300) {
    diagnostics.push(
      source.diagnostic('warning', 'long-entry-head', `the head of entry ${raw.id} is unusually long; its start may be misplaced`, head),
    );
  }

  const { summary } = raw;
  for (const leftover of summary.leftovers) {
    diagnostics.push(source.diagnostic('warning', 'html-leftover', `HTML leftover removed from the summary of ${raw.id}`, leftover));
  }
  for (const malformed of summary.malformedRefs) {
    diagnostics.push(
      source.diagnostic('warning', 'malformed-ref', `cross-reference not in the form 【関連記事:ID (outlet YYYY.MM.DD)】; kept in the summary`, malformed),
    );
  }
  const refs = summary.refs.map((ref) => {
    const resolved = knownIds.has(ref.id);
    const refDate = ref.date && isRealDate(ref.date.year, ref.date.month, ref.date.day) ? isoDate(ref.date.year, ref.date.month, ref.date.day) : null;
    if (!resolved) {
      diagnostics.push(
        source.diagnostic('warning', 'unresolved-ref', `cross-reference to ${ref.id} (${ref.outlet}) names an entry that is not in this digest`, ref.span),
      );
    }
    return { id: ref.id, outlet: ref.outlet, date: refDate, resolved, span: ref.span };
  });
  if (summary.text.length === 0 && summary.notes.length === 0) {
    diagnostics.push(source.diagnostic('warning', 'empty-summary', `entry ${raw.id} has no summary`, raw.bounds.marker.span));
  }

  // Partners are read from the title and the summary as written (refs and notes excluded).
  const titleFindings = findPartners(raw.title.text, raw.title.span.start);
  const summaryFindings = findPartners(source.text.slice(summary.span.start, summary.span.end), summary.span.start);
  let evidence = titleFindings.evidence.concat(summaryFindings.evidence);
  const noteRanges = summary.notes.length > 0 || summary.refs.length > 0 ? summary.notes.map((n) => n.span).concat(summary.refs.map((r) => r.span)) : [];
  if (noteRanges.length > 0) {
    evidence = evidence.filter((e) => !noteRanges.some((r) => r.start <= e.start && e.end <= r.end));
  }
  const partners: string[] = [];
  for (const { code } of evidence) addNew(partners, code, null);
  sortPartnerCodes(partners);
  const mentions: string[] = [];
  for (const findings of [titleFindings, summaryFindings]) {
    for (const code of findings.partners) addNew(mentions, code, partners);
    for (const code of findings.mentions) addNew(mentions, code, partners);
  }
  sortPartnerCodes(mentions);

  // The day the event happened, from the summary's first sentence, resolved against the report's.
  const happened = readEventDate(source.text, summary.span, noteRanges, raw.date!);
  if (happened.problem) diagnostics.push(source.diagnostic('warning', happened.problem.code, `entry ${raw.id}: ${happened.problem.message}`, happened.problem.span));

  const candidate = {
    kind: 'news' as const,
    id: raw.id,
    issue: `${2000 + Number(raw.id.slice(0, 2))}-${raw.id.slice(2, 4)}`,
    seq: Number(raw.id.slice(9, 11)),
    date,
    time,
    eventDate: happened.eventDate,
    outlet: {
      raw: raw.outlet.raw,
      key: raw.outlet.key,
      name: raw.outlet.name,
      nameEn: raw.outlet.nameEn,
      via: raw.outlet.via,
      known: raw.outlet.known,
    },
    title: raw.title.text,
    summary: summary.text,
    notes: summary.notes.map((n) => n.text),
    refs,
    partners: exactLength(partners),
    mentions: exactLength(mentions),
    partnerEvidence: evidence,
    span: { start: raw.bounds.start, end: raw.bounds.end },
    fields: {
      date: raw.date!.span,
      time: raw.time?.span ?? null,
      outlet: raw.outlet.span,
      title: raw.title.span,
      id: raw.bounds.marker.span,
      summary: summary.span,
    },
  };
  // The event schema has no transforms or defaults, so a candidate that passes is the event
  // itself: validate() checks it with zod's compiled assert-only validator, without building a
  // copy of each of its ~18 objects (safeParse's copy doubled what a parse allocates). Only a
  // candidate that fails is parsed, for the issue to report.
  if (compiledNewsEventSchema.validate(candidate)) return candidate;
  const parsed = compiledNewsEventSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    diagnostics.push(
      source.diagnostic(
        'error',
        'schema-violation',
        `entry ${raw.id} does not fit the event schema: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown reason'}`,
        candidate.span,
      ),
    );
    return null;
  }
  return parsed.data;
}
