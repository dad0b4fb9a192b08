import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve('.');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'scripts/parse.ts');

/**
 * How long one spawn of the CLI may take before it is killed and its test fails. tsx starts in a
 * second or two on an idle machine, parsing 50 MB takes about ten more, and a 2-core machine busy
 * with a build can make either several times slower; a hang still fails instead of stalling.
 */
export const SPAWN_TIMEOUT_MS = 90_000;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command from the project root, with `env` on top of this process's environment. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Run {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms: Date.now() - started };
}

/** `npm run parse -- ARGS`, without npm in between. */
export const parse = (...args: string[]): Run => run(tsx, [cli, ...args]);

/** The same, with environment variables set (CHRONOLOGY_DATA_DIR). */
export const parseWith = (env: Record<string, string>, ...args: string[]): Run => run(tsx, [cli, ...args], env);

/**
 * The same as `run`, without blocking: the bad-file tests spawn the CLI some thirty times, and run
 * side by side (describe.concurrent) they take a fraction of the time one after the other does.
 */
export function runAsync(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, timeout: SPAWN_TIMEOUT_MS });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: Date.now() - started }),
    );
  });
}

/** `parse`, without blocking. */
export const parseAsync = (...args: string[]): Promise<Run> => runAsync(tsx, [cli, ...args]);
