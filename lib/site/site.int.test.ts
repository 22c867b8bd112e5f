import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestActor, createTestUnit } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { findUnitPage, getSiteSettings } from "./queries";
import { guideSchema, siteSettingsSchema } from "./schemas";
import { saveGuide, updateSiteSettings } from "./service";

setUpTestDatabase();

const BODY = "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》编制本指南。\n二、依申请公开：渠道 1<2 当面或邮寄";

describe("site settings", () => {
  it("only a system administrator changes them; the footer sees the change at once, and it is audited", async () => {
    const root = await createTestUnit();
    const admin = await createTestActor(root, ["SYSTEM_ADMIN"]);
    const unitAdmin = await createTestActor(root, ["UNIT_ADMIN"]);
    expect((await getSiteSettings()).siteName).toBe("政府信息公开");
    const input = siteSettingsSchema.parse({ siteName: "示范区政府信息公开", siteCode: "9901010001", icpNo: "京ICP备05070602号" });

    await expect(updateSiteSettings({ actor: unitAdmin, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateSiteSettings({ actor: admin, input });
    expect(await getSiteSettings()).toMatchObject({ siteName: "示范区政府信息公开", siteCode: "9901010001", icpNo: "京ICP备05070602号" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "site.update" } });
    expect(audit.summary).toBe(
      "修改网站设置：网站名称: 政府信息公开 → 示范区政府信息公开；网站标识码: （空） → 9901010001；ICP备案号: （空） → 京ICP备05070602号",
    );

    // Saving the same values again changes nothing and records nothing.
    await updateSiteSettings({ actor: admin, input });
    expect(await db.auditEvent.count({ where: { action: "site.update" } })).toBe(1);
  });
});

describe("disclosure guides", () => {
  it("a unit without a guide shows its nearest ancestor's; its own replaces it once published", async () => {
    const district = await createTestUnit(undefined, "测试区人民政府");
    const bureau = await createTestUnit(district, "测试区教育局");
    const school = await createTestUnit(bureau, "测试区第一中学");
    const admin = await createTestActor(district, ["UNIT_ADMIN"]);
    expect(await findUnitPage(school.id)).toMatchObject({ guide: null, guideUnit: null });

    await saveGuide({ actor: admin, unitId: district.id, input: guideSchema.parse({ body: BODY, phone: "0999-1234567" }) });
    const inherited = await findUnitPage(school.id);
    expect(inherited?.guideUnit).toMatchObject({ id: district.id, name: "测试区人民政府" });
    expect(inherited?.guide?.bodyHtml).toBe(
      "<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》编制本指南。</p><p>二、依申请公开：渠道 1&lt;2 当面或邮寄</p>",
    );
    expect(inherited?.trail.map((t) => t.name)).toEqual(["测试区人民政府", "测试区教育局", "测试区第一中学"]);

    await saveGuide({ actor: admin, unitId: bureau.id, input: guideSchema.parse({ body: BODY, phone: "0999-7654321" }) });
    expect(await findUnitPage(school.id)).toMatchObject({ guide: { unitId: bureau.id, phone: "0999-7654321" }, guideUnit: { id: bureau.id } });
    expect(await findUnitPage(bureau.id)).toMatchObject({ guide: { unitId: bureau.id }, guideUnit: null });
    expect(await db.auditEvent.count({ where: { action: "guide.create", unitId: { in: [district.id, bureau.id] } } })).toBe(2);

    // Pasted HTML is kept as HTML, minus anything unsafe.
    await saveGuide({
      actor: admin,
      unitId: school.id,
      input: guideSchema.parse({ body: `<p>本单位政府信息公开指南正文，二十个字以上。</p><script>alert(1)</script><p onclick="x()">二</p>` }),
    });
    expect((await findUnitPage(school.id))?.guide?.bodyHtml).toBe("<p>本单位政府信息公开指南正文，二十个字以上。</p><p>二</p>");
  });

  it("administrators edit guides only inside their own units", async () => {
    const district = await createTestUnit();
    const bureau = await createTestUnit(district);
    const other = await createTestUnit(district);
    const bureauAdmin = await createTestActor(bureau, ["UNIT_ADMIN"]);
    const clerk = await createTestActor(bureau, ["CLERK"]);
    const input = guideSchema.parse({ body: BODY });
    await expect(saveGuide({ actor: bureauAdmin, unitId: other.id, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveGuide({ actor: bureauAdmin, unitId: district.id, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveGuide({ actor: clerk, unitId: bureau.id, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await saveGuide({ actor: bureauAdmin, unitId: bureau.id, input });
    expect(await db.disclosureGuide.count({ where: { unitId: bureau.id } })).toBe(1);
  });
});
