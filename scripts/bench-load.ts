// The production server under load: the server `npm start` runs (scripts/serve.ts) on the main build (.next; built first when it is
// missing), on 127.0.0.1 and a free port, driven by autocannon path by path.
//   npm run --silent load                         JSON on stdout; exit 1 on any error or non-2xx
//   LOAD_DURATION=3 npm run --silent load         seconds per path (default 20)
//   LOAD_CONNECTIONS=10 npm run --silent load     concurrent connections (default 50)
// Progress and the build's output go to stderr, so stdout is only the report.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

/** One path under load. Latencies in milliseconds. */
export interface PathLoad {
  path: string;
  /** Responses received during the run. */
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses with a status outside 200–299. */
  non2xx: number;
  /** This path's req/s ÷ the static chunk's, in the same run (the chunk's own row: 1). */
  ratioToStaticChunk?: number;
}

export interface LoadReport {
  /** ISO time the first path started. */
  startedAt: string;
  connections: number;
  durationSeconds: number;
  paths: PathLoad[];
}

/** The part of autocannon's result this script reads (autocannon ships no types). */
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { p50: number; p99: number };
  requests: { total: number; average: number };
}
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;

const root = path.resolve(__dirname, '..');
const HOST = '127.0.0.1';

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

/** A port the system just gave out on the loopback address, so nothing else is using it. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds the main app (data check + next build) when .next holds no build, its output on stderr. */
function ensureBuild(): void {
  if (fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  process.stderr.write('load: no build in .next, running npm run build\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr], env: serverEnv() });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
}

/** The environment of the build and the server: always the main .next, never a second build. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.NEXT_DIST_DIR;
  return env;
}

async function waitUntilServing(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url} within 60 s:\n${log()}`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A script file of the build that `/` loads: the floor a page is measured against, since a hashed
 * file under /_next/static is what a server answers fastest (read once, no rendering).
 */
async function staticChunkOf(base: string): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
  if (!chunk) throw new Error('/ loads no script under /_next/static/chunks');
  return chunk;
}

/** The pages to load: a static chunk (the floor), the explorer, the list, the first event and statement the API lists, the APIs (the items file as the explorer asks for it). */
async function pathsToLoad(base: string): Promise<string[]> {
  const response = await fetch(`${base}/api/events`);
  if (!response.ok) throw new Error(`GET /api/events answered ${response.status}`);
  const { events } = (await response.json()) as { events: Array<{ kind: string; permalink: string }> };
  const event = events.find((entry) => entry.kind === 'news');
  const statement = events.find((entry) => entry.kind === 'statement');
  return [
    await staticChunkOf(base),
    '/',
    '/?view=list',
    ...(event ? [event.permalink] : []),
    ...(statement ? [statement.permalink] : []),
    '/api/events?kind=news',
    '/api/explorer-items?encoding=gzip',
  ];
}

/** Each path's rate as a share of the static chunk's (the first path), to three decimals. */
function withRatios(paths: PathLoad[]): PathLoad[] {
  const floor = paths.find((entry) => entry.path.startsWith('/_next/static/'))?.requestsPerSecond;
  if (!floor) return paths;
  return paths.map((entry) => ({ ...entry, ratioToStaticChunk: Math.round((entry.requestsPerSecond / floor) * 1000) / 1000 }));
}

/**
 * Starts the server `npm start` runs on the main build, drives each path with autocannon (LOAD_CONNECTIONS
 * connections for LOAD_DURATION seconds each, 50 and 20 by default), stops the server, and
 * returns the figures. Only the loopback address is used.
 */
export async function runLoadBench(): Promise<LoadReport> {
  const connections = Math.round(positiveNumber('LOAD_CONNECTIONS', 50));
  const durationSeconds = positiveNumber('LOAD_DURATION', 20);
  const autocannon = createRequire(path.join(root, 'package.json'))('autocannon') as Autocannon;
  ensureBuild();

  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  // The server `npm start` runs (scripts/serve.ts: Next.js behind the page cache), on the main build.
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const server = spawn(tsx, [path.join(root, 'scripts', 'serve.ts'), '-H', HOST], { cwd: root, env: { ...serverEnv(), PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const onSignal = () => void stop(server).then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    await waitUntilServing(`${base}/`, server, () => output);
    const paths = await pathsToLoad(base);
    const startedAt = new Date().toISOString();
    const results: PathLoad[] = [];
    for (const target of paths) {
      // One request first, so the run measures a warm server.
      await (await fetch(`${base}${target}`)).arrayBuffer();
      process.stderr.write(`load: ${target} (${connections} connections, ${durationSeconds} s)\n`);
      const result = await autocannon({ url: `${base}${target}`, connections, duration: durationSeconds });
      results.push({
        path: target,
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.average * 10) / 10,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors,
        non2xx: result.non2xx,
      });
    }
    return { startedAt, connections, durationSeconds, paths: withRatios(results) };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop(server);
  }
}

/** True when a load report shows no failed request. */
export function loadPassed(report: LoadReport): boolean {
  return report.paths.every((entry) => entry.errors === 0 && entry.non2xx === 0);
}

// Run directly (`tsx scripts/bench-load.ts`), not imported by another script.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runLoadBench().then(
    (report) => {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.exitCode = loadPassed(report) ? 0 : 1;
    },
    (error: unknown) => {
      process.stderr.write(`load: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
