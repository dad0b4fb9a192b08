// Runs npm scripts side by side and fails if any fails: `node scripts/run-together.mjs typecheck lint`.
// npm test runs its checks and its in-process tests this way, since a type check, a lint and a dead
// code check (each mostly one core) or the unit and the CLI tests (the CLI's spawns wait on I/O)
// leave a 2-core machine half idle one after the other. Each script's output is kept together and
// printed when it ends, so the logs do not interleave.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-together.mjs SCRIPT [SCRIPT…]');
  process.exit(2);
}

const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      const chunks = [];
      const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
      child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
      child.on('close', (code) => {
        process.stdout.write(Buffer.concat(chunks));
        resolve({ script, code: code ?? 1 });
      });
    }),
);

const results = await Promise.all(runs);
const failed = results.filter((result) => result.code !== 0);
for (const { script, code } of failed) console.error(`run-together: ${script} failed (exit ${code})`);
process.exit(failed.length > 0 ? 1 : 0);
