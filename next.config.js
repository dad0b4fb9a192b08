// @ts-check

const isDevelopment = process.env.NODE_ENV === 'development';

/**
 * The Content Security Policy. No 'unsafe-eval' in production (React's dev tools need it in
 * `next dev` only). Scripts come from this origin; 'unsafe-inline' stays for the inline payload
 * the App Router writes into statically generated pages, which cannot carry a per-request nonce
 * without giving up static generation. Data is rendered as text, never as HTML, which is what
 * keeps hostile text inert; this policy is the second wall.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build of the app (the tests' hostile data, the 10,000-event benchmark) goes to its
  // own folder so that it never overwrites the main build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The data folder is read at build time by Server Components; a user can point the app at
  // their own chronology with CHRONOLOGY_DATA_DIR (see lib/data-dir.ts).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
