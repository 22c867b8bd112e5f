import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderLetterPdf } from "./letter-pdf";

const body = [
  "赵市民：",
  ...Array.from(
    { length: 14 },
    (_, i) => `（${i + 1}）本机关于2026年11月2日收到您提出的政府信息公开申请，申请获取“示范区2025年城市道路维修工程的招标文件和中标结果”。`,
  ),
  "特此告知。",
  "示范区发展和改革局",
  "2026年11月23日",
].join("\n\n");

async function read(pdf: Buffer) {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  const info = (await document.getMetadata()).info as Record<string, unknown>;
  return { text: text.replace(/\s+/g, ""), totalPages, info };
}

describe("renderLetterPdf", () => {
  it("sets the letter in an embedded Chinese font, as text that can be copied and read aloud, with page numbers", async () => {
    const pdf = await renderLetterPdf({ title: "政府信息公开申请答复告知书", body, draft: false, subject: "2026-ABCD-EFGH" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/FontName \/[A-Z]{6}\+NotoSerifSC/);
    const { text, totalPages, info } = await read(pdf);
    expect(totalPages).toBeGreaterThan(1);
    expect(text).toContain("政府信息公开申请答复告知书");
    expect(text).toContain("（14）本机关于2026年11月2日收到您提出的政府信息公开申请");
    expect(text).toContain("示范区发展和改革局2026年11月23日");
    for (let page = 1; page <= totalPages; page++) expect(text).toContain(`—${page}—`);
    expect(text).not.toContain("草稿");
    expect(info).toMatchObject({ Title: "政府信息公开申请答复告知书", Subject: "2026-ABCD-EFGH" });
  });

  it("marks every page of an unapproved answer as a draft", async () => {
    const { text, totalPages } = await read(await renderLetterPdf({ title: "政府信息公开申请答复告知书", body, draft: true, subject: "2026-ABCD-EFGH" }));
    expect(text.match(/草稿/g)).toHaveLength(totalPages);
  });
});
