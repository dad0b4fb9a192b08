import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // The marker that keeps lib/data out of client bundles. Next resolves it for the server
      // (an empty module); a test is server code too, and the package is only inside Next.
      'server-only': fileURLToPath(new URL('node_modules/next/dist/compiled/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // lib/data reads the folder CHRONOLOGY_DATA_DIR names, as the server does: for the tests, the
    // fixture they own, never the bundled data/ (adding data as the README says breaks no test).
    env: { CHRONOLOGY_DATA_DIR: 'tests/fixtures/app-data' },
    // The property tests run hundreds of generated inputs each: a few seconds alone, several times
    // that on a busy 2-core machine. A hang still fails, after a minute.
    testTimeout: 60_000,
  },
});
