import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The command-line tests: each one spawns the CLI (and one parses a 50 MB digest), so they take
// most of a minute and run apart from the in-process unit tests.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/cli/**/*.test.ts'],
    environment: 'node',
  },
});
