import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { approveRevision, createDraft, recordClearance, submitRevision, unpublishRevision } from "@/lib/entries/service";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { findExactEntry, searchEntries, type SearchParams } from "./queries";

setUpTestDatabase();

const ids: Record<string, number> = {};
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
  });

  it("treats LIKE wildcards in a query literally", async () => {
    expect(await found({ q: "预算%" })).toEqual(expect.arrayContaining(["budgetTitle"]));
    expect(await found({ q: "_" })).toEqual(await found({}));
  });
});
