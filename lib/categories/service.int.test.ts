import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createDraft } from "@/lib/entries/service";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { listStaleColumns } from "./queries";
import { createCategory, setUpdateInterval } from "./service";

setUpTestDatabase();

describe("category service", () => {
  it("a unit admin adds a unit category that only that unit's subtree can use", async () => {
    const root = await createTestUnit();
    const a = await createTestUnit(root);
    const b = await createTestUnit(root);
    const adminA = await createTestActor(a, ["UNIT_ADMIN"]);
    await expect(createCategory({ actor: adminA, input: { kind: "TOPIC", name: "乡村振兴" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createCategory({ actor: adminA, input: { kind: "TOPIC", name: "乡村振兴", unitId: b.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await createCategory({ actor: adminA, input: { kind: "TOPIC", name: "乡村振兴", unitId: a.id } });
    await expect(createCategory({ actor: adminA, input: { kind: "TOPIC", name: "乡村振兴", unitId: a.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditEvent.count({ where: { action: "category.create", entityId: String(id) } })).toBe(1);

    const { genreId } = await createTestCategories();
    const input = entryInputSchema.parse({ title: "乡村振兴工作动态", generatedOn: "2026-05-01", topicId: id, genreId, methods: ["政府网站"] });
    const childOfA = await createTestUnit(a);
    await createDraft({ actor: await createTestActor(childOfA, ["CLERK"]), unitId: childOfA.id, input });
    await expect(createDraft({ actor: await createTestActor(b, ["CLERK"]), unitId: b.id, input })).rejects.toMatchObject({
      fieldErrors: { topicId: ["主题分类无效"] },
    });
  });

  it("subcategories hang only under a first-level category of the same kind", async () => {
    const root = await createTestUnit();
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const parent = await createCategory({ actor: admin, input: { kind: "TOPIC", name: "营商环境" } });
    const child = await createCategory({ actor: admin, input: { kind: "TOPIC", name: "政务服务", parentId: parent.id } });
    await expect(createCategory({ actor: admin, input: { kind: "TOPIC", name: "三级", parentId: child.id } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createCategory({ actor: admin, input: { kind: "GENRE", name: "公示", parentId: parent.id } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("lists the columns units let go stale or left blank, within the viewer's units; intervals are set by whoever owns the column", async () => {
    const root = await createTestUnit();
    const a = await createTestUnit(root);
    const b = await createTestUnit(root);
    const rootAdmin = await createTestActor(root, ["UNIT_ADMIN"]);
    const system = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const news = await db.category.create({ data: { kind: "TOPIC", name: `测试动态${root.id}` } });
    const townNews = await db.category.create({ data: { kind: "TOPIC", name: "乡镇动态", parentId: news.id } });
    const local = await createCategory({ actor: rootAdmin, input: { kind: "TOPIC", name: "乡村振兴专栏", unitId: a.id } });
    const { genreId } = await createTestCategories();

    await expect(setUpdateInterval({ actor: rootAdmin, input: { categoryId: news.id, days: 7 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUpdateInterval({ actor: system, input: { categoryId: genreId, days: 7 } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await setUpdateInterval({ actor: system, input: { categoryId: news.id, days: 7 } });
    await setUpdateInterval({ actor: rootAdmin, input: { categoryId: local.id, days: 30 } });
    expect(await db.auditEvent.count({ where: { action: "category.update_interval", entityId: { in: [String(news.id), String(local.id)] } } })).toBe(2);

    const published = async (unitId: number, topicId: number, at: string, withdrawn = false) => {
      const entry = await db.entry.create({ data: { unitId } });
      await db.searchDocument.create({
        data: {
          entryId: entry.id,
          unitId,
          topicId,
          genreId,
          year: 2026,
          validity: "VALID",
          publishedAt: new Date(at),
          withdrawn,
          title: "t",
          text: "t",
          titleTokens: [],
          tokens: [],
        },
      });
    };
    await published(a.id, townNews.id, "2026-11-20T04:00:00Z"); // a subtopic keeps the column fresh
    await published(b.id, news.id, "2026-11-01T04:00:00Z");
    await published(b.id, news.id, "2026-11-22T04:00:00Z", true); // withdrawn: does not count

    const all = await listStaleColumns(rootAdmin, "2026-11-23");
    expect(all.total).toBe(3);
    expect(all.items.map((r) => [r.unitId, r.topicId, r.freshness])).toEqual([
      [root.id, news.id, { status: "BLANK" }],
      [a.id, local.id, { status: "BLANK" }],
      [b.id, news.id, { status: "STALE", dueOn: "2026-11-08", daysOverdue: 15 }],
    ]);
    const ofA = await listStaleColumns(await createTestActor(a, ["CLERK"]), "2026-11-23");
    expect(ofA.items.map((r) => [r.unitId, r.topicId])).toEqual([[a.id, local.id]]);
  });
});
