import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite and the schema engine load .wasm/.data files relative to their own package: bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/schema-engine-wasm", "pglite-prisma-adapter", "@node-rs/argon2"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
