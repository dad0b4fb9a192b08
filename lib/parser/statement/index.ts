// Placeholder until the statement parser lands in this folder.
import type { StatementResult } from '../schema';

export function parseStatement(text: string): StatementResult {
  throw new Error(`parseStatement is not written yet (${text.length} characters)`);
}
