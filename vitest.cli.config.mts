import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The command-line tests: each one spawns the CLI (and one parses a 50 MB digest), so they run
// apart from the in-process unit tests; the bad-file tests spawn side by side (describe.concurrent). On a loaded 2-core machine a
// spawn can take many times its usual second or two: each may take SPAWN_TIMEOUT_MS (90 s,
// tests/cli/spawn.ts) before it is killed, and a test two of them unless it says otherwise.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
