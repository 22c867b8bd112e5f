import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { makeDocx } from "@/lib/testing/docx";
import { MAX_DOCX_EXPANDED_BYTES, extractDocxText } from "./attachment-text";
import { scanText } from "./detectors";
import { zipUncompressedSize } from "./zip-size";

const ID_NUMBER = "11010519491231002X";

/** Rewrites every central-directory entry's uncompressed size, as a zip bomb's directory would claim. */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 4 <= copy.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return copy;
}

describe("Word attachments", () => {
  it("give their paragraphs' text, which the pre-check scans", async () => {
    const text = await extractDocxText(await makeDocx(["关于张三同志的任职公示", `身份证号：${ID_NUMBER}，联系电话 13812345678。`]));
    expect(text).toContain("关于张三同志的任职公示");
    expect(scanText(text!).map((f) => [f.type, f.match])).toEqual([
      ["RESIDENT_ID", ID_NUMBER],
      ["MOBILE", "13812345678"],
    ]);
  });

  it("are not opened when their directory claims more than the limit (zip bomb)", async () => {
    const docx = await makeDocx(["正文"]);
    expect(await extractDocxText(claimSize(docx, Math.ceil(MAX_DOCX_EXPANDED_BYTES / 3) + 1))).toBeNull();
  });

  it("that are not ZIP files at all give no text instead of an error", async () => {
    expect(await extractDocxText(new TextEncoder().encode("这不是Word文件"))).toBeNull();
  });
});

describe("zipUncompressedSize", () => {
  it("adds up the sizes in the central directory", async () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `第${i + 1}段：${"政府信息公开".repeat(40)}`);
    const docx = await makeDocx(paragraphs);
    const size = zipUncompressedSize(docx)!;
    // The document XML alone holds every paragraph; compression made the file much smaller.
    expect(size).toBeGreaterThan(new TextEncoder().encode(paragraphs.join("")).length);
    expect(docx.length).toBeLessThan(size / 5);
    const entries = Object.keys((await JSZip.loadAsync(docx)).files).length;
    expect(zipUncompressedSize(claimSize(docx, 1000))).toBe(entries * 1000);
  });

  it("is null for anything without a readable directory", () => {
    expect(zipUncompressedSize(new Uint8Array(0))).toBeNull();
    expect(zipUncompressedSize(new TextEncoder().encode("PK".padEnd(100, "x")))).toBeNull();
  });
});
