/**
 * The statement parser: a Jディフェンスニュース article → a Statement with its blocks.
 *
 *   lines.ts     the source as trimmed lines with offsets
 *   classify.ts  site chrome, title, category, timestamp, lead, body, end of content
 *   blocks.ts    headings, numbered paragraphs, credits, Q&A turns, the English section
 *   pair.ts      Japanese ↔ English paragraphs of a bilingual statement
 *   compose.ts   dates, kind, partners, slug
 *
 * Pure TypeScript (no Node APIs). It never throws: bad input gives diagnostics.
 */
import type { Diagnostic } from '../diagnostics';
import { statementResultSchema, type Statement, type StatementResult } from '../schema';
import { isBlank, SourceText } from '../source-text';
import { readBlocks } from './blocks';
import { classifyLines } from './classify';
import { composeStatement, emptyStatement } from './compose';
import { splitLines } from './lines';
import { pairParagraphs } from './pair';


// Control characters other than tab, LF and CR: text files have next to none.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const BINARY_SAMPLE = 4096;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE);
  if (sample.includes('\u0000')) return true;
  return (sample.match(CONTROL)?.length ?? 0) > sample.length / 20;
}

function read(text: string, source: SourceText, diagnostics: Diagnostic[]): Statement {
  if (isBlank(text)) {
    diagnostics.push(source.diagnostic('error', 'empty-input', 'the statement file is empty', { start: 0, end: text.length }));
    return emptyStatement(text);
  }
  if (looksBinary(text)) {
    diagnostics.push(source.diagnostic('error', 'binary-input', 'the statement file is not text', { start: 0, end: Math.min(text.length, 16) }));
    return emptyStatement(text);
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    const count = text.split('\uFFFD').length - 1;
    diagnostics.push(
      source.diagnostic('warning', 'replacement-character', `${count} U+FFFD character(s): the file was not valid UTF-8`, {
        start: replacement,
        end: replacement + 1,
      }),
    );
  }
  const classified = classifyLines(splitLines(text), source, diagnostics);
  const { blocks, englishStart } = readBlocks([...classified.unplacedHead, ...classified.body], source, diagnostics);
  pairParagraphs(blocks, englishStart, source, diagnostics);
  return composeStatement(classified, blocks, source, diagnostics);
}

/** Parses one statement article. Problems in the text are diagnostics, never exceptions. */
export function parseStatement(text: string): StatementResult {
  const source = new SourceText(text);
  const diagnostics: Diagnostic[] = [];
  let statement: Statement;
  try {
    statement = read(text, source, diagnostics);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push(source.diagnostic('error', 'internal-error', `the statement parser failed: ${reason || 'unknown error'}`, { start: 0, end: 0 }));
    statement = emptyStatement(text);
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);

  const result: StatementResult = { statement, diagnostics };
  const checked = statementResultSchema.safeParse(result);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [, field, index] = issue.path;
      const block = field === 'blocks' && typeof index === 'number' ? statement.blocks[index] : undefined;
      const span = block?.span ?? { start: 0, end: 0 };
      diagnostics.push(
        source.diagnostic('error', 'schema-violation', `${issue.path.map(String).join('.')}: ${issue.message || 'invalid value'}`, span),
      );
    }
  }
  return result;
}
