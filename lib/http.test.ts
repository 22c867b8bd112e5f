import { describe, expect, it } from "vitest";
import { contentDisposition } from "./http";

describe("contentDisposition", () => {
  it("names the file in RFC 5987 form, with the characters attr-char forbids encoded, and an ASCII fallback", () => {
    expect(contentDisposition("审计日志-20261123.csv")).toBe("attachment; filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97-20261123.csv");
    expect(contentDisposition("a'(b)*.pdf")).toBe("attachment; filename*=UTF-8''a%27%28b%29%2A.pdf");
    expect(contentDisposition("信息发布.xlsx", `entries"\\x.xlsx`)).toBe(
      "attachment; filename=\"entries__x.xlsx\"; filename*=UTF-8''%E4%BF%A1%E6%81%AF%E5%8F%91%E5%B8%83.xlsx",
    );
  });
});
