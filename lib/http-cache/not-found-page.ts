import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { NOT_FOUND_PAGE_HEADER } from '@/lib/i18n/route-language';
import { interceptResponse } from './capture';
import { readPageFacts, type PageFacts } from './script-hashes';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** A 404 page rendered whole, to be sent in place of Next.js's empty error document. */
export interface NotFoundPage {
  body: Buffer;
  facts: PageFacts;
  /** The `Link` header (the stylesheet preloads) of the page itself. */
  link: string | undefined;
}

/** Request headers that would make the app answer something else than the page: a conditional or a compressed answer. */
const DROPPED_HEADERS = ['if-none-match', 'if-modified-since', 'accept-encoding', 'range'];

/**
 * Asks the app, apart from the reader's request, for the 404 page of the path `req` asked for
 * (same URL and headers, plus NOT_FOUND_PAGE_HEADER, which the proxy serves with the path's
 * language's 404 page, rendered as a page: app/[lang]/[...missing]). Nothing of it reaches the
 * reader's response but what the caller copies. Undefined if the app does not answer with a
 * whole page, or fails (then the caller sends the 404 it has, never a 500 in its place).
 */
export async function renderNotFoundPage(handle: Handler, req: IncomingMessage): Promise<NotFoundPage | undefined> {
  const socket = new Socket();
  try {
    const request = new IncomingMessage(socket);
    request.method = 'GET';
    request.url = req.url ?? '/';
    request.headers = { ...req.headers, [NOT_FOUND_PAGE_HEADER]: '1' };
    for (const name of DROPPED_HEADERS) delete request.headers[name];
    // A GET has no body: the app finds the request's stream already ended.
    request.push(null);
    const response = new ServerResponse(request);
    const done = interceptResponse(response, () => 'buffer');
    const [, held] = await Promise.all([handle(request, response), done]);
    if (!held || held.status !== 200) return undefined;
    const facts = readPageFacts(held.body.toString('utf8'));
    if (facts.errorDocument) return undefined;
    const link = response.getHeader('link');
    return { body: held.body, facts, link: link === undefined ? undefined : String(link) };
  } catch {
    return undefined;
  } finally {
    socket.destroy();
  }
}
