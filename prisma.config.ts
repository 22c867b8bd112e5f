// Prisma CLI configuration. Only `prisma generate` is used (see scripts/prisma-generate.mjs);
// migrations are written by `npm run db:migration` and applied by lib/db/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
