// Builds the app into its own dist folder and serves it on loopback, for the browser benchmarks.
// The dist folder is always `.next-builds/scale` (next.config.js reads NEXT_DIST_DIR), so the
// main `.next` build that the end-to-end tests use is never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { progress } from './stats';

export const DIST_DIR = '.next-builds/scale';

/** The environment of a bench build or server: its own dist folder, the given data folder. */
function benchEnv(dataDir: string | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  if (dataDir) env.CHRONOLOGY_DATA_DIR = dataDir;
  else delete env.CHRONOLOGY_DATA_DIR;
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

/** Runs `next build` on a data folder (null: the bundled ./data); returns the wall time in ms. */
export async function buildApp(dataDir: string | null, label: string): Promise<number> {
  progress(`next build (${label}) into ${DIST_DIR}`);
  const start = performance.now();
  await run('npx', ['next', 'build'], benchEnv(dataDir));
  const ms = performance.now() - start;
  progress(`next build (${label}): ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Serves the last bench build as `npm start` serves it (scripts/serve.ts) on a free loopback port, ready once `readyPath`
 * answers (the first request reads the data folder: minutes for a large one on a busy machine).
 * `env` adds to the server's environment (PAGE_CACHE_MB=0: a server that keeps no page).
 */
export async function startApp(
  dataDir: string | null,
  { readyPath = '/', timeoutMs = 60_000, env = {} }: { readyPath?: string; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<AppServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // The server `npm start` runs (scripts/serve.ts: pages kept with their script hashes), not bare
  // `next start`, whose pages carry no script policy a browser would run them under.
  const child: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts', '-H', '127.0.0.1'], {
    env: { ...benchEnv(dataDir), ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr.slice(-2000)}`);
    try {
      const response = await fetch(`${origin}${readyPath}`, { signal: AbortSignal.timeout(Math.max(30_000, timeoutMs / 2)) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer on ${origin}: ${stderr.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.pid === undefined) return resolve();
        child.once('exit', () => resolve());
        // npx starts next-server as a child: end the whole group we started, and only that.
        process.kill(-child.pid, 'SIGTERM');
      }),
  };
}
