// @ts-check
const { addCompileHints } = require('./scripts/compile-hints.cjs');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build of the app (the tests' hostile data, the 10,000-event benchmark) goes to its
  // own folder so that it never overwrites the main build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  compiler: {
    // Chromium compiles the chunks every page runs at load off the main thread, as they stream
    // in (scripts/compile-hints.cjs): the phone's longest task on an event or statement page.
    runAfterProductionCompile: async ({ distDir }) => {
      addCompileHints(distDir);
    },
  },
  // The data folder is checked by the build (`npm run build` parses it first) and read once per
  // server process by Server Components; a user can point the app at their own chronology with
  // CHRONOLOGY_DATA_DIR (see lib/data-dir.ts).
  // The Content-Security-Policy is not here: proxy.ts sends it, and the server that keeps pages
  // (scripts/serve.ts, lib/http-cache) adds each page's script hashes, known once it is rendered.
  // Nor is X-Frame-Options: proxy.ts sends DENY on every page but /embed, which other sites frame.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
