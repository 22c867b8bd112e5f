import { describe, expect, it } from "vitest";
import { contentHash, storedContent } from "@/lib/entries/model";
import { queryTokens } from "@/lib/search/tokenize";
import { buildRow, SerialCounter, type WorldIds } from "./rows";
import { EntryGenerator } from "./text";
import { BENCH_UNITS } from "./world";

const world: WorldIds = {
  units: BENCH_UNITS.map((_, i) => ({ id: i + 1, code: `CODE${i + 1}` })),
  topics: new Proxy({}, { get: () => 3, has: () => true }),
  genres: new Proxy({}, { get: () => 40, has: () => true }),
};

describe("buildRow", () => {
  const generator = new EntryGenerator(1, 100);
  const serials = new SerialCounter();
  const rows = Array.from({ length: 100 }, (_, i) => buildRow(i + 1, generator.entry(i), world, serials));

  it("stores the content hash the public entry page recomputes from the stored columns", () => {
    for (const row of rows.slice(0, 20)) {
      const stored = storedContent(
        {
          ...row,
          generatedOn: new Date(`${row.generatedOn}T00:00:00Z`),
          writtenOn: row.writtenOn ? new Date(`${row.writtenOn}T00:00:00Z`) : null,
          attribute: "PROACTIVE",
          methods: ["政府网站"],
          scope: "面向社会",
        },
        row.unitId,
        [],
      );
      expect(contentHash(stored)).toBe(row.contentHash);
    }
  });

  it("allocates 索引号 serials per unit and year in order", () => {
    const serialsSeen = new Map<string, number[]>();
    for (const row of rows) {
      const [, year, serial] = /\/(\d{4})-(\d{5})$/.exec(row.indexNo)!;
      const key = `${row.unitId}:${year}`;
      serialsSeen.set(key, [...(serialsSeen.get(key) ?? []), Number(serial)]);
    }
    for (const list of serialsSeen.values()) expect(list).toEqual(list.map((_, i) => i + 1));
  });

  it("indexes the title, body and 索引号 as the publishing transaction does", () => {
    const row = rows[0]!;
    expect(row.searchText).toContain(row.indexNo.toLowerCase());
    for (const token of queryTokens(row.title)) expect(row.tokens).toContain(token);
    expect(row.titleTokens.every((t) => row.tokens.includes(t))).toBe(true);
    expect(row.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
    expect(row.submittedAt < row.approvedAt && row.approvedAt < row.publishedAt).toBe(true);
  });
});
