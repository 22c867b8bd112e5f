import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside React Server Components; tests call the server modules directly.
    "server-only": path.join(root, "lib/testing/empty-module.ts"),
  },
};

const integration = (name: string, env: Record<string, string>) => ({
  resolve,
  test: {
    name,
    include: ["lib/**/*.int.test.ts", "prisma/**/*.int.test.ts"],
    environment: "node",
    // Expected failures (tampered files, unreadable PDFs) would fill the output with JSON log lines.
    env: { GONGKAI_LOG_LEVEL: process.env.GONGKAI_LOG_LEVEL ?? "silent", ...env },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["lib/**/*.int.test.ts", "prisma/**/*.int.test.ts"],
          environment: "node",
        },
      },
      integration("integration-pglite", { GONGKAI_TEST_DB: "pglite" }),
      // Runs only when a PostgreSQL server is given (.ci/run starts a throwaway one).
      ...(process.env.TEST_POSTGRES_URL ? [integration("integration-postgres", { GONGKAI_TEST_DB: "postgres" })] : []),
    ],
  },
});
