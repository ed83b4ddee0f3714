/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native, WASM or dynamically-importing packages stay plain Node requires, and so share
  // state (the one PGlite instance, rate limiters) with the custom server through globalThis.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'postgres',
    'drizzle-orm',
    'rate-limiter-flexible',
    '@node-rs/argon2',
    'pino',
    'esbuild',
    '@aws-sdk/client-s3',
    // The résumé PDF: pdfkit reads its font metrics and our font files from disk at run time.
    'pdfkit',
  ],
  // `npm run build` type-checks the whole tree with tsc first and stops on any error. Next's own
  // check would repeat it, reporting only the first error and skipping the test files.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  images: { unoptimized: true },
  // Avatars (up to AVATAR_MAX_BYTES, 2 MB by default) are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: '3mb' } },
};

export default nextConfig;
