import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite and the schema engine load .wasm/.data files relative to their own package: bundling breaks that.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@prisma/schema-engine-wasm",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "file-type",
    "mammoth",
    "pdfkit",
    "unpdf",
  ],
  experimental: {
    authInterrupts: true,
    // Attachments (≤ 20 MiB, lib/attachments/model.ts) are uploaded through a server action on an /admin page.
    serverActions: { bodySizeLimit: "21mb" },
    proxyClientMaxBodySize: "21mb",
  },
  poweredByHeader: false,
  headers: () => Promise.resolve([{ source: "/:path*", headers: SECURITY_HEADERS }]),
  typedRoutes: false,
};

export default nextConfig;
