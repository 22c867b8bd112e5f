import { describe, expect, it } from "vitest";
import { checkAttachment, cleanFilename, formatSize, MAX_ATTACHMENT_BYTES } from "./model";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("cleanFilename", () => {
  it.each([
    ["预算.pdf", "预算.pdf"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\张伟\\桌面\\通知.docx", "通知.docx"],
    ["..\\..\\boot.ini", "boot.ini"],
    [".hidden.pdf", "hidden.pdf"],
    ["a\u0000b\u001f.pdf", "ab.pdf"],
    ['x<y>:"|?*.pdf', "xy.pdf"],
    ["   ", null],
    ["../", null],
  ])("%j → %j", (input, expected) => {
    expect(cleanFilename(input)).toBe(expected);
  });

  it("shortens long names to 120 characters and keeps the extension", () => {
    const name = cleanFilename(`${"很".repeat(200)}.pdf`)!;
    expect(name).toHaveLength(120);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("checkAttachment", () => {
  it("accepts a PDF named .pdf and a Word file named .DOCX", () => {
    expect(checkAttachment({ filename: "a.pdf", size: 10, detectedMime: PDF })).toEqual({ ok: true });
    expect(checkAttachment({ filename: "a.DOCX", size: 10, detectedMime: DOCX })).toEqual({ ok: true });
    expect(checkAttachment({ filename: "旧文件.doc", size: 10, detectedMime: "application/x-cfb" })).toEqual({ ok: true });
  });

  it("refuses empty and oversized files", () => {
    expect(checkAttachment({ filename: "a.pdf", size: 0, detectedMime: PDF })).toEqual({ ok: false, message: "文件是空的。" });
    expect(checkAttachment({ filename: "a.pdf", size: MAX_ATTACHMENT_BYTES, detectedMime: PDF }).ok).toBe(true);
    expect(checkAttachment({ filename: "a.pdf", size: MAX_ATTACHMENT_BYTES + 1, detectedMime: PDF })).toMatchObject({
      ok: false,
      message: expect.stringContaining("20 MB") as unknown,
    });
  });

  it("refuses types that are not documents or images, and undetectable content", () => {
    for (const mime of ["application/zip", "application/x-msdownload", "text/html", "image/svg+xml", null]) {
      expect(checkAttachment({ filename: "a.pdf", size: 10, detectedMime: mime })).toMatchObject({
        ok: false,
        message: expect.stringContaining("不支持该文件类型") as unknown,
      });
    }
  });

  it("refuses a name whose extension lies about the content", () => {
    expect(checkAttachment({ filename: "invoice.pdf", size: 10, detectedMime: "image/png" })).toEqual({
      ok: false,
      message: "文件扩展名“.pdf”与文件实际类型（PNG 图片）不符。",
    });
    expect(checkAttachment({ filename: "no-extension", size: 10, detectedMime: PDF }).ok).toBe(false);
  });
});

describe("formatSize", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [1536, "1.5 KB"],
    [1024 * 1024, "1.0 MB"],
    [20 * 1024 * 1024, "20.0 MB"],
  ])("%d bytes is %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
