import { beforeAll, describe, expect, it } from "vitest";
import { db, getDatabase } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { entryInputSchema } from "@/lib/entries/schemas";
import { approveRevision, createDraft, recordClearance, submitRevision, unpublishRevision } from "@/lib/entries/service";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { toChinaDate } from "@/lib/requests/dates";
import { searchDocumentData } from "./index-document";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { configureSampling, facetLabels, findExactEntry, forgetTokenStats, searchEntries, type SearchParams } from "./queries";

setUpTestDatabase();

const ids: Record<string, number> = {};
let unitId = 0;
let otherUnitId = 0;

async function publish(key: string, unitId: number, actors: Awaited<ReturnType<typeof makeActors>>, fields: Record<string, unknown>) {
  const categories = await createTestCategories();
  const input = entryInputSchema.parse({ generatedOn: "2026-03-01", methods: ["政府网站"], ...categories, ...fields });
  const { entryId, revisionId } = await createDraft({ actor: actors.clerk, unitId, input });
  await submitRevision({ actor: actors.clerk, revisionId });
  await recordClearance({ actor: actors.reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
  await approveRevision({ actor: actors.leader, revisionId, input: { note: "", publishAt: null } });
  ids[key] = entryId;
  return revisionId;
}

async function makeActors(unit: Awaited<ReturnType<typeof createTestUnit>>) {
  return {
    clerk: await createTestActor(unit, ["CLERK"]),
    reviewer: await createTestActor(unit, ["REVIEWER"]),
    leader: await createTestActor(unit, ["LEADER"]),
  };
}

const search = (params: Partial<SearchParams>) => searchEntries({ sort: "relevance", page: 1, ...params });
const found = async (params: Partial<SearchParams>) => (await search(params)).results.map((r) => Object.keys(ids).find((k) => ids[k] === r.entryId));

beforeAll(async () => {
  const unit = await createTestUnit();
  const other = await createTestUnit();
  unitId = unit.id;
  otherUnitId = other.id;
  const a = await makeActors(unit);
  const b = await makeActors(other);
  await publish("budgetTitle", unit.id, a, { title: "示范区2026年部门预算", bodyHtml: "<p>收入支出情况。</p>" });
  await publish("budgetBody", unit.id, a, { title: "财政工作情况通报", bodyHtml: "<p>本年度预算执行良好。</p>" });
  await publish("budgetMany", unit.id, a, { title: "财政资金管理说明", bodyHtml: "<p>预算编制、预算执行、预算公开。</p>" });
  await publish("procurement", other.id, b, { title: "政府采购意向公开", documentNo: "示财采〔2026〕7号", bodyHtml: "<p>PPP项目采购。</p>" });
  await publish("scrambled", other.id, b, { title: "通知", bodyHtml: "<p>算公开的预算</p>" });
  const withdrawn = await publish("withdrawn", other.id, b, { title: "已撤销的预算文件", bodyHtml: "<p>预算</p>" });
  await unpublishRevision({ actor: b.leader, revisionId: withdrawn, input: { reason: "ERROR", note: "有误" } });
});

describe("search", () => {
  it("finds a two-character word in title and body, never a withdrawn entry", async () => {
    expect(new Set(await found({ q: "预算" }))).toEqual(new Set(["budgetTitle", "budgetBody", "budgetMany", "scrambled"]));
  });

  it("ranks title hits above body hits, and more body hits above fewer", async () => {
    const order = await found({ q: "预算" });
    expect(order[0]).toBe("budgetTitle");
    expect(order.indexOf("budgetMany")).toBeLessThan(order.indexOf("budgetBody"));
  });

  it("rechecks the phrase: bigrams in another order do not match", async () => {
    expect(await found({ q: "预算公开" })).toEqual(["budgetMany"]);
  });

  it("finds the same after ANALYZE, when phrases are looked up by their rarer bigrams only", async () => {
    const queries = ["预算公开", "政府采购意向", "部门预算", "财政工作情况", "算公开的预算", "ppp项目"];
    const before = await Promise.all(queries.map((q) => search({ q })));
    await db.$executeRaw`ANALYZE "SearchDocument"`;
    forgetTokenStats();
    invalidatePublicCache();
    try {
      // In this small catalogue most bigrams are common (in at least 10% of the rows).
      const [stats] = await db.$queryRaw<{ common: number }[]>`
        SELECT count(*)::int AS common FROM pg_stats s, unnest(s.most_common_elem_freqs) f
        WHERE s.tablename = 'SearchDocument' AND s.attname = 'tokens' AND f >= 0.1`;
      expect(stats!.common).toBeGreaterThan(10);
      const after = await Promise.all(queries.map((q) => search({ q })));
      expect(after.map((r) => [r.total, r.results.map((e) => e.entryId)])).toEqual(before.map((r) => [r.total, r.results.map((e) => e.entryId)]));
      expect(after[0]!.results.map((r) => r.entryId)).toEqual([ids.budgetMany]);
      // 预算, now known to be common, is walked for while its sample is probed: the same page as counted exactly.
      configureSampling({ exactLimit: 0, sampleMin: 0 });
      const walked = await search({ q: "预算", sort: "date" });
      expect(walked.estimated).toBe(true);
      expect(walked.results.map((r) => r.entryId)).toEqual([ids.scrambled, ids.budgetMany, ids.budgetBody, ids.budgetTitle]);
    } finally {
      configureSampling();
      forgetTokenStats();
      invalidatePublicCache();
    }
  });

  it("matches mixed Chinese and Latin, case- and width-insensitively", async () => {
    expect(await found({ q: "ppp项目" })).toEqual(["procurement"]);
    expect(await found({ q: "ＰＰＰ" })).toEqual(["procurement"]);
  });

  it("combines the query with facets and counts them", async () => {
    const result = await search({ q: "预算", unitId: otherUnitId });
    expect(result.results.map((r) => r.entryId)).toEqual([ids.scrambled]);
    const all = await search({ q: "预算" });
    expect(all.facets.units.map((f) => f.count).sort()).toEqual([1, 3]);
    expect(all.facets.years).toHaveLength(1);
    expect(all.facets.years[0]!.count).toBe(4);
  });

  it("lists everything newest first without a query, and pages", async () => {
    const result = await search({});
    expect(result.total).toBe(5);
    expect(result.results[0]!.entryId).toBe(ids.scrambled);
    expect(await db.searchDocument.count({ where: { withdrawn: true } })).toBe(1);
  });

  it("goes straight to an entry by exact 索引号 or 文号", async () => {
    const entry = await db.entry.findUniqueOrThrow({ where: { id: ids.procurement } });
    expect(await findExactEntry(entry.indexNo!)).toBe(ids.procurement);
    expect(await findExactEntry("示财采〔2026〕7号")).toBe(ids.procurement);
    expect(await findExactEntry("不存在的文号")).toBeNull();
    expect(await findExactEntry("预算")).toBeNull();
  });

  it("names the units and categories of facets", async () => {
    const categories = await createTestCategories();
    const labels = await facetLabels([unitId], [categories.topicId]);
    const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
    const topic = await db.category.findUniqueOrThrow({ where: { id: categories.topicId } });
    expect(labels.unit).toEqual(new Map([[unitId, unit.name]]));
    expect(labels.category).toEqual(new Map([[topic.id, topic.name]]));
  });

  it("treats LIKE wildcards in a query literally", async () => {
    expect(await found({ q: "预算%" })).toEqual(expect.arrayContaining(["budgetTitle"]));
    expect(await found({ q: "_" })).toEqual(await found({}));
  });
});

type Queryable = Pick<typeof db, "$queryRaw">;
type CountRow = { scope: string; key: string; n: number };
const storedCounts = (q: Queryable) => q.$queryRaw<CountRow[]>`SELECT scope, key, n FROM "FacetCount" WHERE n <> 0 ORDER BY scope, key`;
const recount = (q: Queryable) => q.$queryRaw<CountRow[]>`
  SELECT p.scope, p.key, count(*)::int AS n FROM "SearchDocument" d,
    search_facet_pairs(search_facet_keys(d."unitId", d."topicId", d."genreId", d."year", d."validity")) p
  WHERE NOT d."withdrawn" GROUP BY p.scope, p.key ORDER BY p.scope, p.key`;

class Rollback extends Error {}

describe("counting", () => {
  const year = Number(toChinaDate(new Date()).slice(0, 4));

  it("gives every search row its facet and sample keys, once, whatever wrote the row", async () => {
    await db.$executeRaw`UPDATE "SearchDocument" SET "tokens" = "tokens" WHERE "entryId" = ${ids.procurement}`;
    const row = await db.searchDocument.findUniqueOrThrow({ where: { entryId: ids.procurement } });
    const keys = row.tokens.filter((t) => t.includes(":") && !t.startsWith("r:"));
    expect(keys).toEqual([`u:${otherUnitId}`, `t:${row.topicId}`, `g:${row.genreId}`, `y:${year}`, "v:VALID", `uy:${otherUnitId}:${year}`]);
    expect(row.tokens).toEqual(expect.arrayContaining(["政府", "采购", "ppp"]));

    // A row moved to another unit and year carries their keys alone.
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "SearchDocument" SET "year" = 2020, "unitId" = ${unitId} WHERE "entryId" = ${ids.procurement}`;
        const moved = await tx.searchDocument.findUniqueOrThrow({ where: { entryId: ids.procurement } });
        expect(moved.tokens.filter((t) => /^[uy]/.test(t) && t.includes(":"))).toEqual([`u:${unitId}`, "y:2020", `uy:${unitId}:2020`]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
  });

  it("keeps FacetCount equal to a recount through inserts, updates, withdrawals and deletes", async () => {
    const counts = await storedCounts(db);
    expect(counts).toEqual(await recount(db));
    expect(counts).toEqual(
      expect.arrayContaining([
        { scope: "", key: "*", n: 5 },
        { scope: "", key: `u:${unitId}`, n: 3 },
        { scope: `u:${otherUnitId}`, key: "*", n: 2 },
      ]),
    );
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "SearchDocument" SET "year" = 2020, "unitId" = ${otherUnitId} WHERE "entryId" = ${ids.budgetBody}`;
        await tx.$executeRaw`UPDATE "SearchDocument" SET "withdrawn" = true WHERE "entryId" = ${ids.budgetMany}`;
        await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE "entryId" = ${ids.procurement}`;
        const changed = await storedCounts(tx);
        expect(changed).toEqual(await recount(tx));
        expect(changed).toEqual(
          expect.arrayContaining([
            { scope: "", key: "*", n: 3 },
            { scope: "y:2020", key: `u:${otherUnitId}`, n: 1 },
          ]),
        );
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
  });

  it("gives the rows already there their unit-and-year key in migration search_unit_year_key, leaving FacetCount as it was", async () => {
    // The rows as they were before the migration: no uy: key.
    await db.$executeRaw`ALTER TABLE "SearchDocument" DISABLE TRIGGER search_document_keys`;
    await db.$executeRaw`UPDATE "SearchDocument" SET "tokens" = ARRAY(SELECT t FROM unnest("tokens") t WHERE t NOT LIKE 'uy:%')`;
    await db.$executeRaw`ALTER TABLE "SearchDocument" ENABLE TRIGGER search_document_keys`;
    invalidatePublicCache();
    expect((await search({ q: "预算", unitId, year })).total).toBe(0);
    const counts = await storedCounts(db);

    const migration = readMigrations().find((m) => m.name.endsWith("_search_unit_year_key"))!;
    await getDatabase().withSql((sql) => sql.exec(migration.sql));
    const rows = await db.searchDocument.findMany({ select: { unitId: true, year: true, tokens: true } });
    for (const row of rows) expect(row.tokens.filter((t) => t.startsWith("uy:"))).toEqual([`uy:${row.unitId}:${row.year}`]);
    expect(await storedCounts(db)).toEqual(counts);
    invalidatePublicCache();
    expect((await search({ q: "预算", unitId, year })).total).toBe(3);
  });

  it("counts the same from FacetCount (one facet) and from the index (two facets)", async () => {
    const oneFacet = await search({ unitId: otherUnitId });
    const twoFacets = await search({ unitId: otherUnitId, year });
    expect(oneFacet.total).toBe(2);
    expect(twoFacets.total).toBe(2);
    expect(twoFacets.facets).toEqual(oneFacet.facets);
    expect(twoFacets.results.map((r) => r.entryId)).toEqual(oneFacet.results.map((r) => r.entryId));
    expect((await search({ unitId: otherUnitId, year: 2020 })).total).toBe(0);
  });

  it("samples one row in 4, 16, 64 and 256, each sample inside the larger ones", async () => {
    const [row] = await db.$queryRaw<{ r4: number; r16: number; r64: number; r256: number; outside: number }[]>`
      SELECT count(*) FILTER (WHERE k @> '{r:4}')::int AS r4, count(*) FILTER (WHERE k @> '{r:16}')::int AS r16,
        count(*) FILTER (WHERE k @> '{r:64}')::int AS r64, count(*) FILTER (WHERE k @> '{r:256}')::int AS r256,
        count(*) FILTER (WHERE (k @> '{r:256}' AND NOT k @> '{r:64}') OR (k @> '{r:64}' AND NOT k @> '{r:16}') OR (k @> '{r:16}' AND NOT k @> '{r:4}'))::int AS outside
      FROM (SELECT search_sample_keys(i) AS k FROM generate_series(1, 65536) i) s`;
    expect(row!.outside).toBe(0);
    for (const [level, count] of [
      [4, row!.r4],
      [16, row!.r16],
      [64, row!.r64],
      [256, row!.r256],
    ] as const)
      expect(Math.abs(count * level - 65536) / 65536).toBeLessThan(0.05);
  });

  it("estimates a common word's counts from a sample, says so, and counts exactly when narrowed", async () => {
    // Rows in the r:256 sample, so that the sample is not empty in this small catalogue: one with the
    // word, one with the phrase 预算公开, and one with its bigrams apart (a candidate that is no match).
    const sampleIds = (
      await db.$queryRaw<{ id: number }[]>`
      SELECT i AS id FROM generate_series(1000000, 1100000) i WHERE search_sample_keys(i) @> '{r:256}' ORDER BY i LIMIT 3`
    ).map((r) => r.id);
    const categories = await createTestCategories();
    const bodies = ["<p>预算</p>", "<p>预算公开</p>", "<p>算公开的预算</p>"];
    for (const [i, id] of sampleIds.entries()) {
      await db.entry.create({ data: { id, unitId } });
      const data = searchDocumentData(
        { unitId, indexNo: `SAMPLE-${id}`, firstPublishedAt: new Date(), withdrawnAt: null },
        { title: "样本", documentNo: null, keywords: [], summary: "", bodyHtml: bodies[i]!, validity: "VALID", ...categories },
      );
      await db.searchDocument.create({ data: { entryId: id, ...data } });
    }
    try {
      const [{ inSample }] = (await db.$queryRaw<{ inSample: number }[]>`
        SELECT count(*)::int AS "inSample" FROM "SearchDocument" WHERE "tokens" @> '{预算,r:256}' AND NOT "withdrawn"`) as [{ inSample: number }];
      expect(inSample).toBe(3);
      configureSampling({ exactLimit: 0, sampleMin: 0 });
      const sampled = await search({ q: "预算" });
      expect(sampled.estimated).toBe(true);
      expect(sampled.total).toBe(256 * inSample);
      expect(sampled.facets.topics).toContainEqual({ key: categories.topicId, count: 256 * 3 });
      expect(sampled.results.length).toBeGreaterThan(0);
      // A phrase: two candidates in the sample carry its bigrams, one of them really contains it.
      const phrase = await search({ q: "预算公开" });
      expect(phrase).toMatchObject({ estimated: true, total: 256 });
      expect(phrase.facets.topics).toContainEqual({ key: categories.topicId, count: 256 });
      // Many matches are found by walking the date index with the facets as columns: still only real matches.
      expect(await found({ q: "预算公开", unitId: otherUnitId })).toEqual([]);
      expect(await found({ q: "预算", unitId: otherUnitId })).toEqual(["scrambled"]);
      // Walking tests a Han phrase on the text and a Latin word on the tokens (whole words only).
      expect(await found({ q: "PPP 政府采购" })).toEqual(["procurement"]);
      expect(await found({ q: "ppp", unitId: otherUnitId })).toEqual(["procurement"]);
      expect(await found({ q: "pp" })).toEqual([]);
      expect((await search({ q: "预算", unitId: otherUnitId })).estimated).toBe(true);
      // Counted in the larger r:64 sample, the estimate is below the probe's prediction (3 × 256): the
      // page is the counted total's last, not the one the probe predicted.
      configureSampling({ exactLimit: 0, sampleMin: inSample + 1 });
      const deep = await search({ q: "预算", page: 30 });
      expect(deep.estimated).toBe(true);
      expect(deep.total).toBeLessThan(256 * inSample);
      expect(deep.page).toBe(Math.ceil(deep.total / 20));
      configureSampling({ exactLimit: 1_000, sampleMin: 0 });
      const exact = await search({ q: "预算" });
      expect(exact.estimated).toBe(false);
      expect(exact.total).toBe(7);
      expect((await search({ q: "预算公开" })).total).toBe(2);
    } finally {
      configureSampling();
      await db.searchDocument.deleteMany({ where: { entryId: { in: sampleIds } } });
      await db.entry.deleteMany({ where: { id: { in: sampleIds } } });
    }
  });

  it("counts and pages a small result in one pass, and shows the last page for a page past the end", async () => {
    const byDate = await search({ q: "预算", sort: "date" });
    expect(byDate.results.map((r) => r.entryId)).toEqual([ids.scrambled, ids.budgetMany, ids.budgetBody, ids.budgetTitle]);
    expect(byDate).toMatchObject({ total: 4, estimated: false, page: 1, pageCount: 1 });
    for (const sort of ["date", "relevance"] as const) {
      const past = await search({ q: "预算", sort, page: 7 });
      expect(past.page).toBe(1);
      expect(past.results).toHaveLength(4);
    }
    const twoFacets = await search({ q: "预算", unitId, year: byDate.facets.years[0]!.key });
    expect(twoFacets.total).toBe(3);
    expect(twoFacets.facets.units).toEqual([{ key: unitId, count: 3 }]);
  });
});
