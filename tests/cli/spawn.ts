import { spawnSync } from 'node:child_process';
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
