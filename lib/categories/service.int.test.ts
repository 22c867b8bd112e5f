import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createDraft } from "@/lib/entries/service";
import { createTestActor, createTestCategories, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { createCategory } from "./service";

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
});
