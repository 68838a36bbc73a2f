// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; `npm start` runs `next start` on the full build.
  output: process.env.FLIGHTDECK_STANDALONE === "1" ? "standalone" : undefined,
  // Native addons and Node-only libraries stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pino", "prom-client", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() in lib/auth/session.ts renders app/forbidden.tsx (a 403) instead of a 500.
  // Catalog uploads (YAML or a zip) go through a server action: allow up to 10 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "10mb" } },
};
export default nextConfig;
