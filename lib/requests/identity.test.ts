import { describe, expect, it } from "vitest";
import { demoUnitCode } from "@/prisma/seed/units";
import { checkIdNumber, residentIdCheckChar } from "./identity";

describe("residentIdCheckChar", () => {
  it("computes the MOD 11-2 check character, including X", () => {
    // The specimen number printed in GB 11643-1999.
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
    expect(residentIdCheckChar("44052418800101001")).toBe("4");
    expect(residentIdCheckChar("1101051949123100")).toBeNull();
  });
});

describe("checkIdNumber", () => {
  it("accepts a valid 居民身份证号码, also with a lower-case x", () => {
    expect(checkIdNumber("RESIDENT_ID", "11010519491231002X")).toBeNull();
    expect(checkIdNumber("RESIDENT_ID", "11010519491231002x")).toBeNull();
  });

  it.each([
    ["1101051949123100", "居民身份证号码应为 18 位，最后一位可以是数字或 X"],
    ["110105194902300021", "居民身份证号码中的出生日期不正确，请核对"],
    ["110105194912310021", "居民身份证号码校验位不正确，请核对"],
  ])("explains what is wrong with %s", (id, message) => {
    expect(checkIdNumber("RESIDENT_ID", id)).toBe(message);
  });

  it("checks a 统一社会信用代码 by its check character", () => {
    const valid = demoUnitCode(3);
    expect(checkIdNumber("USCC", valid)).toBeNull();
    expect(checkIdNumber("USCC", `${valid.slice(0, 17)}${valid[17] === "0" ? "1" : "0"}`)).toBe("统一社会信用代码校验位不正确，请核对");
    expect(checkIdNumber("USCC", "123")).toBe("统一社会信用代码应为 18 位数字或大写字母");
  });

  it("only checks the shape of other documents", () => {
    expect(checkIdNumber("PASSPORT", "E12345678")).toBeNull();
    expect(checkIdNumber("PASSPORT", "E1")).toBe("证件号码应为 5 至 30 位字母或数字");
  });
});
