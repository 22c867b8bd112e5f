import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/database";
import { createTestUnit } from "@/lib/testing/factories";
import { db, getDatabase } from "./client";
import { maintainDatabase } from "./maintenance";

setUpTestDatabase();

const analyzedUnits = async () =>
  (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'Unit' AND attname = 'code'`)[0]!.n;

describe("maintainDatabase", () => {
  it("vacuums and analyzes the embedded database, and leaves PostgreSQL to autovacuum", async () => {
    await createTestUnit();
    const before = await analyzedUnits();
    const summary = await maintainDatabase();
    if (getDatabase().config.kind === "postgres") {
      expect(summary).toContain("autovacuum");
    } else {
      expect(before).toBe(0); // PGlite has no autovacuum
      expect(summary).toMatch(/^VACUUM ANALYZE 完成/);
      expect(await analyzedUnits()).toBe(1);
    }
  });
});
