// The production server: Next.js's request handler (its documented custom-server API) behind the
// page cache of lib/http-cache, which keeps each rendered page with its script hashes and ETag.
//   npm start                    builds, then runs this on PORT (default 3000), every interface
//   PORT=4000 tsx scripts/serve.ts -H 127.0.0.1     a build already made, on one address
//   PAGE_CACHE_MB=64             the bytes of pages one process keeps (default 64 MB; 0 keeps none,
//                                so that every request renders: what the bench times)
import fs from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { createCachedHandler, PageStore } from '../lib/http-cache';

function wholeNumber(name: string, fallback: number, { min }: { min: 0 | 1 }): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return value;
}

async function main(): Promise<void> {
  const port = wholeNumber('PORT', 3000, { min: 1 });
  // `-H <address>` as for `next start`; without it, every interface.
  const hostFlag = process.argv.findIndex((argument) => argument === '-H' || argument === '--hostname');
  const hostname = hostFlag === -1 ? undefined : process.argv[hostFlag + 1];
  const dir = path.resolve(__dirname, '..');
  // The address is the listening socket's alone: given a hostname, Next.js sends each request
  // through the proxy twice (the second time already rewritten to /ja/…, which the proxy refuses).
  const app = next({ dev: false, dir, port });
  await app.prepare();
  const distDir = path.join(dir, process.env.NEXT_DIST_DIR || '.next');
  const buildId = fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  const handler = createCachedHandler({
    handle: app.getRequestHandler(),
    buildId,
    store: new PageStore(wholeNumber('PAGE_CACHE_MB', 64, { min: 0 }) * 1024 * 1024),
  });
  const server = createServer((req, res) => {
    const fail = (error: unknown) => {
      process.stderr.write(`serve: ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end();
    };
    // A page from the store is answered at once (no promise); the rest is a promise of the answer.
    try {
      handler(req, res)?.catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  server.listen(port, hostname, () => process.stdout.write(`> Ready on http://${hostname ?? 'localhost'}:${port} (build ${buildId})\n`));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
