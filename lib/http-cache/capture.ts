import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * What to do with a response once its status and headers are set: send it as it goes, send it as
 * it goes and keep a copy (up to a bound), hold its body back, or send the head alone.
 */
export type ResponseMode = 'pass' | 'copy' | 'buffer' | 'head-only';

/** A held-back response, and the means to send it once the caller has decided its headers. */
export interface HeldResponse {
  status: number;
  body: Buffer;
  /** Sends the status and headers now on the response (changed by the caller), then this body. */
  send: (body: Buffer | undefined) => void;
}

/** A response sent as it went (`copy`), and the whole body that went out. */
export interface CopiedResponse {
  status: number;
  body: Buffer;
}

type Callback = (error?: Error | null) => void;

function chunkBuffer(chunk: unknown, encoding: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/**
 * Intercepts what a handler (Next.js) writes to a Node response, as the `compression` middleware
 * does: at the moment the head would go out, `decide` sees the status and headers (it may change
 * them) and picks a mode. `pass` sends everything on as written (a streamed export stays streamed);
 * `copy` does too, and resolves with a copy of the body once it is all sent, or with undefined
 * when it grew past `copyLimit` bytes (a large export streams, and is not held in memory);
 * `head-only` sends the head and drops the body (a `304`); `buffer` keeps the body until the
 * handler ends it, then resolves with it, so that the caller can read the final HTML, hash its
 * scripts and keep it before anything is sent. Resolves with undefined for the other modes.
 */
export function interceptResponse(res: ServerResponse, decide: (res: ServerResponse) => ResponseMode, copyLimit = Infinity): Promise<HeldResponse | CopiedResponse | undefined> {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const chunks: Buffer[] = [];
  let copied = 0;
  let mode: ResponseMode | undefined;
  /** Keeps a copy of a chunk sent in `copy` mode, until the copy would pass its limit. */
  const copy = (chunk: unknown, encoding: unknown): void => {
    if (copied > copyLimit) return;
    const buffer = chunkBuffer(chunk, encoding);
    if (!buffer) return;
    copied += buffer.length;
    // Past the limit the copy is dropped whole: the rest streams on, and nothing is kept.
    if (copied > copyLimit) chunks.length = 0;
    else chunks.push(buffer);
  };

  return new Promise((resolve, reject) => {
    const decided = (): ResponseMode => {
      if (mode) return mode;
      try {
        mode = decide(res);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        mode = 'pass';
      }
      // Through res.writeHead as it is now, not the original: a wrapper the app put on it (Next's
      // compression, which attaches the 'drain' listeners its writer waits for only then) must run.
      if (mode !== 'buffer') res.writeHead(res.statusCode);
      return mode;
    };

    Object.assign(res, {
      writeHead(status: number, reason?: unknown, headers?: unknown): ServerResponse {
        if (mode) return mode === 'buffer' || res.headersSent ? res : writeHead(status);
        res.statusCode = status;
        const given = typeof reason === 'object' && reason !== null ? reason : headers;
        if (Array.isArray(given)) {
          for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(String(given[i]), given[i + 1] as string);
        } else if (given && typeof given === 'object') {
          for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value as string);
        }
        decided();
        return res;
      },
      flushHeaders(): void {
        if (decided() !== 'buffer') flushHeaders();
      },
      write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
        const current = decided();
        if (current === 'copy') copy(chunk, encoding);
        if (current === 'pass' || current === 'copy') return write(chunk, encoding, callback);
        if (current === 'buffer') chunks.push(chunkBuffer(chunk, encoding) ?? Buffer.alloc(0));
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') process.nextTick(done as Callback);
        return true;
      },
      end(chunk?: unknown, encoding?: unknown, callback?: unknown): ServerResponse {
        const current = decided();
        if (current === 'pass') {
          resolve(undefined);
          return end(chunk, encoding, callback);
        }
        if (current === 'copy') {
          if (typeof chunk !== 'function') copy(chunk, encoding);
          const sent = end(chunk, encoding, callback);
          resolve(copied > copyLimit ? undefined : { status: res.statusCode, body: Buffer.concat(chunks) });
          return sent;
        }
        const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function') as Callback | undefined;
        if (current === 'head-only') {
          resolve(undefined);
          return end(done);
        }
        const last = chunkBuffer(chunk, encoding);
        if (last) chunks.push(last);
        resolve({
          status: res.statusCode,
          body: Buffer.concat(chunks),
          send: (body) => {
            writeHead(res.statusCode);
            end(body, done);
          },
        });
        return res;
      },
    });
    res.once('close', () => resolve(undefined));
  });
}
