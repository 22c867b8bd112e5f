import { describe, expect, it } from "vitest";
import { guideSchema, psbLink, siteSettingsSchema } from "./schemas";

const valid = {
  siteName: "示范区政府信息公开",
  hostName: "示范区人民政府办公室",
  siteCode: "9901010001",
  icpNo: "京ICP备05070602号-1",
  psbNo: "京公网安备11010502030143号",
  contactPhone: "010-12345678",
  contactEmail: "gk@example.gov.cn",
  contactAddress: "示范区政府路1号",
};

describe("siteSettingsSchema", () => {
  it("accepts real-looking registration numbers, and empty ones", () => {
    expect(siteSettingsSchema.parse(valid)).toEqual(valid);
    expect(siteSettingsSchema.parse({ siteName: "政府信息公开" })).toMatchObject({ siteCode: "", icpNo: "", psbNo: "", contactEmail: "" });
    expect(siteSettingsSchema.parse({ ...valid, siteCode: "bm01000001", psbNo: "京公网安备 11010502030143号" })).toMatchObject({ siteCode: "bm01000001" });
  });

  it.each([
    ["siteCode", "12345", "网站标识码为 10 位数字（部委网站为 bm 加 8 位数字）"],
    ["icpNo", "ICP12345678", "ICP备案号格式如：京ICP备05070602号"],
    ["psbNo", "京公网安备123号", "公安机关备案号格式如：京公网安备11010502030143号"],
    ["contactEmail", "not-an-email", "电子邮箱格式不正确"],
    ["siteName", " ", "请填写网站名称（至少 2 个字）"],
  ])("rejects a bad %s with a message saying what is expected", (field, value, message) => {
    const result = siteSettingsSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [field], message })]);
  });
});

describe("guideSchema", () => {
  it("needs a real body and a 6-digit postal code if one is given", () => {
    expect(guideSchema.safeParse({ body: "太短" }).error?.issues[0]?.message).toBe("请填写公开指南正文（至少 20 个字）");
    const body = "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》编制本指南。";
    expect(guideSchema.safeParse({ body, postalCode: "1000" }).error?.issues[0]?.message).toBe("邮政编码为 6 位数字");
    expect(guideSchema.parse({ body, postalCode: "100000" })).toMatchObject({ body, postalCode: "100000", fax: "" });
  });
});

describe("psbLink", () => {
  it("links the 14-digit code to the registry", () => {
    expect(psbLink("京公网安备11010502030143号")).toBe("https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143");
    expect(psbLink("")).toBeNull();
  });
});
