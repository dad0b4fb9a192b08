import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** What a rendered page tells the cache about itself: its inline scripts' hashes and the data version it was rendered from. */
export interface PageFacts {
  /** CSP sources (`'sha256-…'`), one per distinct inline script that a browser would run, in page order. */
  scriptHashes: string[];
  /** The `content` of `<meta name="chronology-version">`: the data version the page was rendered from. */
  dataVersion: string | undefined;
  /**
   * True for the document Next.js sends when a page fails before its first byte (`<html
   * id="__next_error__">`): no layout, no text, only the scripts that render it in the browser.
   */
  errorDocument: boolean;
}

/** The `type` values (lower case, no parameters) under which a browser runs a script element's text. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

function isExecutableInline(attributes: Record<string, string>): boolean {
  if ('src' in attributes) return false;
  const type = (attributes.type ?? '').split(';')[0]!.trim().toLowerCase();
  return EXECUTABLE_TYPES.has(type);
}

/** The CSP source that allows exactly this script text: SHA-256 of its UTF-8 bytes, base64. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Reads a page's final HTML with an HTML tokenizer (not a pattern: a `</script>` inside a comment
 * or an attribute, or a `<script>` written as text, must not fool it) and hashes the exact text
 * between each inline script's start and end tags, which is what the browser hashes. Scripts with
 * `src` are covered by `'self'`; data blocks (JSON-LD) are never run, so they need no hash.
 */
export function readPageFacts(html: string): PageFacts {
  const hashes: string[] = [];
  let dataVersion: string | undefined;
  let errorDocument = false;
  let scriptStart: number | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') scriptStart = isExecutableInline(attributes) ? parser.endIndex + 1 : undefined;
        else if (name === 'meta' && attributes.name === 'chronology-version') dataVersion ??= attributes.content;
        else if (name === 'html' && attributes.id === '__next_error__') errorDocument = true;
      },
      onclosetag(name) {
        if (name !== 'script' || scriptStart === undefined) return;
        const source = scriptHashSource(html.slice(scriptStart, parser.startIndex));
        if (!hashes.includes(source)) hashes.push(source);
        scriptStart = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { scriptHashes: hashes, dataVersion, errorDocument };
}
