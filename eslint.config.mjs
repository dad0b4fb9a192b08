import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The app has no pages/ folder: this rule only looks for one and warns that it is missing.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // CommonJS on purpose: loaded by Playwright's config loader and plain Node, and next.config.js
    // (which Next loads as CommonJS) requires the build's own step.
    files: ['**/*.cjs', 'next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: ['.next/**', '.next-builds/**', 'node_modules/**', 'out/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'],
  },
];

export default config;
