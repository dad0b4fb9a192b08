import { z } from 'zod';

/**
 * Every anomaly either parser can report. One union for both so that the CLI, the build and the
 * tests treat digest and statement problems alike. Add a code here, never a free string.
 */
export const diagnosticCodes = [
  // digest
  'unrecognised-header',
  'no-entries',
  'unreadable-entry-head',
  'missing-date',
  'invalid-date',
  'date-id-mismatch',
  'date-issue-mismatch',
  'placeholder-time',
  'ambiguous-event-date',
  'impossible-event-date',
  'future-event-date',
  'invalid-time',
  'unknown-outlet',
  'missing-title',
  'empty-summary',
  'html-leftover',
  'unresolved-ref',
  'malformed-ref',
  'duplicate-id',
  'long-entry-head',
  'trailing-residue',
  'stray-residue',
  'truncated-entry',
  // statement
  'missing-title-date',
  'missing-published-at',
  'invalid-published-at',
  'missing-category',
  'missing-lead',
  'missing-issuer',
  'unplaced-line',
  'unpaired-paragraph',
  'missing-end-marker',
  // milestones.txt (lib/chronology/milestones.ts)
  'malformed-milestone',
  'unknown-milestone',
  'duplicate-milestone',
  // any file
  'empty-input',
  'file-too-large',
  'binary-input',
  'replacement-character',
  'schema-violation',
  /** A bug in a parser, caught so that bad input can never crash the build: report it. */
  'internal-error',
] as const;

export const diagnosticCodeSchema = z.enum(diagnosticCodes);
export type DiagnosticCode = z.infer<typeof diagnosticCodeSchema>;

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

export const diagnosticSchema = z.object({
  severity: severitySchema,
  code: diagnosticCodeSchema,
  message: z.string().min(1),
  /** Offsets into the source text (UTF-16 code units, end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1-based line of `start`; lines end at LF (CRLF counts as one break). */
  line: z.number().int().positive(),
  /** 1-based column of `start`, counted in Unicode code points. */
  column: z.number().int().positive(),
  /** The offending text, shortened to a readable length. */
  excerpt: z.string(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;
