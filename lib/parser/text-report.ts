/**
 * The plain-text report of `npm run parse -- … --format text`, in one place so that the command
 * line and the playground's "problems" download write the same thing. Pure: no Node APIs.
 */
import type { Diagnostic } from './diagnostics';
import type { NewsEvent, Statement } from './schema';

/** `FILE:LINE:COL: severity code message`, the form editors and terminals link to. */
export function formatFileDiagnostic(d: Diagnostic & { file: string }): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`;
}

/** Each diagnostic on its line, its excerpt indented below it. */
export function diagnosticLines(file: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${formatFileDiagnostic({ ...d, file })}\n    ${d.excerpt}\n`).join('');
}

/** A digest's events as a fixed-width table: id, date, time, outlet, partners, title. */
export function digestTable(events: readonly NewsEvent[]): string {
  const rows = events.map((e) =>
    [e.id, e.date, e.time ?? '--:--', e.outlet.key.padEnd(14), e.partners.join(',').padEnd(10), e.title].join('  '),
  );
  return `${['id         ', 'date      ', 'time ', 'outlet        ', 'partners  ', 'title'].join('  ')}\n${rows.join('\n')}\n`;
}

/** A statement's head fields and the start of each block. */
export function statementText(statement: Statement): string {
  const head = [
    `slug:      ${statement.slug}`,
    `title:     ${statement.title}`,
    `kind:      ${statement.kind}`,
    `event:     ${statement.eventDate ?? '?'}   published: ${statement.publishedAt ?? '?'}`,
    `partners:  ${statement.partners.join(', ')}`,
    `blocks:    ${statement.blocks.length}`,
  ];
  const blocks = statement.blocks.map(
    (b) => `  [${b.type}${b.lang === 'en' ? ' en' : ''}${b.number ? ` ${b.number}` : ''}${b.speaker ? ` ${b.speaker}` : ''}] ${b.text.slice(0, 60)}`,
  );
  return `${head.join('\n')}\n${blocks.join('\n')}\n`;
}

/** The whole text output for one file: the table (or the statement), then its diagnostics after a blank line. */
export function fileTextReport(
  file: string,
  parsed: { kind: 'digest'; events: readonly NewsEvent[] } | { kind: 'statement'; statement: Statement },
  diagnostics: readonly Diagnostic[],
): string {
  const body = parsed.kind === 'digest' ? digestTable(parsed.events) : statementText(parsed.statement);
  return diagnostics.length > 0 ? `${body}\n${diagnosticLines(file, diagnostics)}` : body;
}
