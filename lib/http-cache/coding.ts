// How the server codes an answer for its reader: whether the reader takes gzip, and the files the
// app gzipped once, which go out gzip-coded to such a reader (see GZIPPED_TYPE_HEADER).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GZIPPED_TYPE_HEADER } from './policy';

/** Whether a request's Accept-Encoding takes gzip (listed, and not with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    return coding === 'gzip' && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

/** A file the app gzipped once, as it named it (GZIPPED_TYPE_HEADER), with the caching its route set. */
export interface GzippedFile {
  type: string;
  caching: string;
}

/** The caching of a gzipped file sent coded: `no-transform` kept Next.js from compressing it again; once coded, a cache may recode it. */
const codedCaching = (file: GzippedFile) =>
  file.caching
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && part.toLowerCase() !== 'no-transform')
    .join(', ');

/** The headers of a gzipped file's two answers: coded, and as it is. */
export function gzippedFileHeaders(sent: Record<string, string>, file: GzippedFile): { coded: Record<string, string>; asIs: Record<string, string> } {
  return {
    coded: { ...sent, 'content-type': file.type, 'cache-control': codedCaching(file) },
    asIs: { ...sent, 'content-type': 'application/gzip', 'cache-control': file.caching },
  };
}

/**
 * A file the app gzipped once (GZIPPED_TYPE_HEADER; the header never goes out): to a reader that
 * accepts gzip, the same bytes are sent as what they hold, gzip-coded, and that reader's HTTP stack
 * inflates them (a browser does it off the page's thread, as they arrive); to another, as they are.
 * Undefined for any other answer.
 */
export function sendAsCoded(req: IncomingMessage, res: ServerResponse): GzippedFile | undefined {
  const type = res.getHeader(GZIPPED_TYPE_HEADER);
  if (type === undefined) return undefined;
  res.removeHeader(GZIPPED_TYPE_HEADER);
  const file = { type: String(type), caching: String(res.getHeader('cache-control') ?? '') };
  if (res.statusCode === 200 && acceptsGzip(req.headers['accept-encoding'])) {
    res.setHeader('content-type', file.type);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('cache-control', codedCaching(file));
  }
  return file;
}
