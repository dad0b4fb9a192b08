import { z } from 'zod';
import { diagnosticSchema } from './diagnostics';
import { PARTNER_RULES } from '../gazetteer/partners/context';

/**
 * The zod schemas are the single source of the domain types: parsers validate their output
 * against them, and everything else imports the inferred types.
 */

export const spanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end >= span.start, { message: 'span ends before it starts' });
export type Span = z.infer<typeof spanSchema>;

/** A calendar date as written, never a Date: a day must not move with the reader's time zone. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
export const partnerCodeSchema = z.string().regex(/^(NATO|EU|[A-Z]{2})$/, 'expected NATO, EU or an ISO 3166-1 alpha-2 code');
export const digestIdSchema = z.string().regex(/^\d{4}-\d{6}$/, 'expected YYMM-MMDDNN');

export const partnerEvidenceSchema = z.object({
  code: partnerCodeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.enum(PARTNER_RULES),
});

export const outletSchema = z.object({
  /** Exactly as in the source, aggregator included: `共同通信 (Yahoo)`. */
  raw: z.string().min(1),
  /** Stable ASCII slug for URLs: `kyodo`. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** The aggregator the article came through (`Yahoo`), or null. */
  via: z.string().nullable(),
  /** False when the outlet was not in the gazetteer and was read by the fallback rule. */
  known: z.boolean(),
});
export type Outlet = z.infer<typeof outletSchema>;

export const refSchema = z.object({
  id: digestIdSchema,
  outlet: z.string(),
  /** YYYY-MM-DD, or null when the reference gives no readable date. */
  date: isoDateSchema.nullable(),
  /** True when an entry with this id is in the same chronology. */
  resolved: z.boolean(),
  span: spanSchema,
});
export type Ref = z.infer<typeof refSchema>;

/** When the event itself happened (or is to happen), as the summary says it: see lib/parser/digest/event-date.ts. */
export const eventDateSchema = z.object({
  date: isoDateSchema,
  /** The last day of a range (`8~10日`), else null. */
  endDate: isoDateSchema.nullable(),
  /** Happened on that day; scheduled for it (an announcement); or happened by that day (`N日までに`). */
  status: z.enum(['happened', 'scheduled', 'by']),
  /** Where the day is written in the source text. */
  span: spanSchema,
});
export type EventDate = z.infer<typeof eventDateSchema>;

export const newsEventSchema = z.object({
  kind: z.literal('news'),
  id: digestIdSchema,
  /** The digest issue, from the ID's YYMM: `2025-07`. */
  issue: z.string().regex(/^\d{4}-\d{2}$/),
  seq: z.number().int().nonnegative(),
  /** The day the outlet reported it: the digest's date field. */
  date: isoDateSchema,
  time: timeSchema.nullable(),
  /** The day the event happened, when the summary states one; else null (the reported date stands). */
  eventDate: eventDateSchema.nullable(),
  outlet: outletSchema,
  title: z.string(),
  summary: z.string(),
  notes: z.array(z.string()),
  refs: z.array(refSchema),
  partners: z.array(partnerCodeSchema),
  mentions: z.array(partnerCodeSchema),
  partnerEvidence: z.array(partnerEvidenceSchema),
  /** The entry's offsets in its source text, separator after it included. */
  span: spanSchema,
  /** Where each field was read, so every value shown can be traced to its bytes. */
  fields: z.object({
    date: spanSchema,
    time: spanSchema.nullable(),
    outlet: spanSchema,
    title: spanSchema,
    id: spanSchema,
    summary: spanSchema,
  }),
  /** The data file the entry came from, relative to the data folder (set by the loader). */
  file: z.string().optional(),
});
export type NewsEvent = z.infer<typeof newsEventSchema>;

export const digestResultSchema = z.object({
  events: z.array(newsEventSchema),
  diagnostics: z.array(diagnosticSchema),
  header: spanSchema.nullable(),
});
export type DigestResult = z.infer<typeof digestResultSchema>;

export const statementKindSchema = z.enum(['joint-statement', 'meeting', 'press-conference', 'other']);
export type StatementKind = z.infer<typeof statementKindSchema>;

export const blockSchema = z.object({
  type: z.enum(['heading', 'paragraph', 'credit', 'turn']),
  text: z.string(),
  /** The paragraph number as written (`1`, `1.`, `(1)`), or null. */
  number: z.string().nullable(),
  lang: z.enum(['ja', 'en']),
  /** For a Q&A turn: 記者 or 大臣; otherwise null. */
  speaker: z.string().nullable(),
  /** Index of the section (heading-delimited part) this block belongs to. */
  section: z.number().int().nonnegative(),
  /** For a numbered paragraph of a bilingual text: the index of its counterpart in the other language. */
  pairedWith: z.number().int().nonnegative().nullable(),
  span: spanSchema,
});
export type Block = z.infer<typeof blockSchema>;

export const statementSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  category: z.string().nullable(),
  source: z.string(),
  kind: statementKindSchema,
  eventDate: isoDateSchema.nullable(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).nullable(),
  lead: z.string(),
  /**
   * The body that issued the release (防衛省, 外務省…), as the lead names it (lib/parser/statement/
   * issuer.ts), with the span of the words that name it; null when the lead names none. `source` is
   * the site it was read on, never the author.
   */
  issuer: z.object({ name: z.string().min(1), span: spanSchema, rule: z.enum(['subject', 'minister']) }).nullable(),
  blocks: z.array(blockSchema),
  partners: z.array(partnerCodeSchema),
  mentions: z.array(partnerCodeSchema),
  file: z.string().optional(),
});
export type Statement = z.infer<typeof statementSchema>;

export const statementResultSchema = z.object({
  statement: statementSchema,
  diagnostics: z.array(diagnosticSchema),
});
export type StatementResult = z.infer<typeof statementResultSchema>;
