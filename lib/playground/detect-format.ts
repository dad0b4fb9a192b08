/**
 * Which of the two source formats a text is: a news digest (entries marked `<YYMM-MMDDNN>`, or
 * the table's header row) or a statement article (a publication time `2025-9-1 10:45` among its
 * first lines). Anything else is read as a digest, whose parser then says that it found no entry.
 */
import { TIMESTAMP } from '../parser/statement/classify';

export type SourceFormat = 'digest' | 'statement';

const DIGEST_MARKER = /<\d{4}-\d{6}>/;
const TABLE_HEADER_START = /^[\uFEFF\s\u3000]*年[\s\u3000]*月[\s\u3000]*日[\s\u3000]*出[\s\u3000]*典/;
/** How many non-blank lines a statement's timestamp may come after: the site's header, the title, the category. */
const HEAD_LINES = 10;

export function detectFormat(text: string): SourceFormat {
  if (TABLE_HEADER_START.test(text) || DIGEST_MARKER.test(text)) return 'digest';
  let seen = 0;
  for (const line of text.split(/\r?\n/, 200)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (TIMESTAMP.test(trimmed)) return 'statement';
    if (++seen >= HEAD_LINES) break;
  }
  return 'digest';
}
