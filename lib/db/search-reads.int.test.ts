import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/database";
import { db, Prisma, searchReads } from "./client";

setUpTestDatabase();

type Settings = { seqscan: string; workMem: string };
const SETTINGS = Prisma.sql`SELECT current_setting('enable_seqscan') AS seqscan, current_setting('work_mem') AS "workMem"`;

describe("searchReads", () => {
  it("plans with the search's settings, and leaves other queries their defaults", async () => {
    const [inside] = await searchReads((sql) => sql.query<Settings>(SETTINGS));
    expect(inside).toEqual({ seqscan: "off", workMem: "64MB" });
    const [outside] = await db.$queryRaw<Settings[]>(SETTINGS);
    expect(outside!.seqscan).toBe("on");
    expect(outside!.workMem).not.toBe("64MB"); // the server's own (4MB unless configured)
  });

  it("passes parameters and returns every result of statements started together", async () => {
    const results = await searchReads((sql) =>
      Promise.all(
        [1, 2, 3].map((n) => sql.query<{ n: number; words: string[] }>(Prisma.sql`SELECT ${n}::int * 10 AS n, ${["预算", `r:${n}`]}::text[] AS words`)),
      ),
    );
    expect(results).toEqual([1, 2, 3].map((n) => [{ n: n * 10, words: ["预算", `r:${n}`] }]));
  });

  it("rejects a failing statement, and the next reads run as before", async () => {
    await expect(searchReads((sql) => sql.query(Prisma.sql`SELECT 1 / ${0}::int`))).rejects.toThrow(/division by zero/);
    const [after] = await searchReads((sql) => sql.query<Settings>(SETTINGS));
    expect(after).toEqual({ seqscan: "off", workMem: "64MB" });
  });
});
