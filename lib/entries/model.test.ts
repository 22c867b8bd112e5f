import { afterEach, describe, expect, it } from "vitest";
import { chinaYear, contentHash, formatIndexNo, isoDate, type EntryContent } from "./model";

const SHA = (c: string) => c.repeat(64);

const base: EntryContent = {
  title: "关于印发《示范区义务教育学校招生入学办法》的通知",
  summary: "明确 2026 年义务教育招生的对象、程序和时间安排。",
  documentNo: "示教发〔2026〕3号",
  generatedOn: "2026-03-02",
  writtenOn: "2026-02-27",
  unitId: 7,
  topicId: 3,
  genreId: 4,
  keywords: ["教育", "招生", "义务教育"],
  validity: "VALID",
  attribute: "PROACTIVE",
  methods: ["政府网站", "政府公报"],
  scope: "面向社会",
  article20Item: "A20_11",
  bodyHtml: "<p>各学校：</p><p>现将办法印发给你们，请遵照执行。</p>",
  attachmentHashes: [SHA("a"), SHA("b")],
};

/** The same content with its keys inserted in reverse order. */
const reversedKeys = Object.fromEntries(Object.entries(base).reverse()) as unknown as EntryContent;

describe("contentHash", () => {
  it("is 64 lower-case hex characters (SHA-256)", () => {
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the same for equal content, whatever the key order or object identity", () => {
    expect(Object.keys(reversedKeys)[0]).toBe("attachmentHashes");
    expect(contentHash(reversedKeys)).toBe(contentHash(base));
    expect(contentHash(structuredClone(base))).toBe(contentHash(base));
  });

  it("ignores properties that are not part of the reviewed content", () => {
    const withExtra = { ...base, id: 99, updatedAt: new Date() } as EntryContent;
    expect(contentHash(withExtra)).toBe(contentHash(base));
  });

  // Regression pin: the hash is stored with every review step, so a change to the canonical form
  // (key order, serialisation) would silently void every recorded review. Update only deliberately.
  // The value was computed outside the module as sha256(JSON.stringify(base)), `base` being written in
  // the key order of the EntryContent interface, which is the canonical order the doc comment describes.
  it("keeps its canonical form (pinned value)", () => {
    expect(contentHash(base)).toBe("d78743e96abf8906d89dcd7e50f00d99619e44667a3d18e3e54f58cda947fa38");
  });

  const changes: [string, Partial<EntryContent>][] = [
    ["title", { title: `${base.title}（修订）` }],
    ["summary", { summary: "" }],
    ["documentNo to null", { documentNo: null }],
    ["documentNo to an empty string", { documentNo: "" }],
    ["generatedOn", { generatedOn: "2026-03-03" }],
    ["writtenOn", { writtenOn: null }],
    ["unitId", { unitId: 8 }],
    ["topicId", { topicId: 30 }],
    ["genreId", { genreId: 5 }],
    ["keyword order", { keywords: ["招生", "教育", "义务教育"] }],
    ["one keyword more", { keywords: [...base.keywords, "学区"] }],
    ["one keyword less", { keywords: base.keywords.slice(0, 2) }],
    ["two keywords joined into one", { keywords: ["教育,招生", "义务教育"] }],
    ["validity", { validity: "AMENDED" }],
    ["attribute", { attribute: "ON_REQUEST" }],
    ["method order", { methods: ["政府公报", "政府网站"] }],
    ["one method less", { methods: ["政府网站"] }],
    ["scope", { scope: "面向本区" }],
    ["article20Item", { article20Item: "A20_01" }],
    ["article20Item to null", { article20Item: null }],
    ["bodyHtml trailing whitespace", { bodyHtml: `${base.bodyHtml}\n` }],
    ["bodyHtml inner whitespace", { bodyHtml: base.bodyHtml.replace("<p>现将", "<p> 现将") }],
    ["bodyHtml markup only", { bodyHtml: base.bodyHtml.replace("<p>各学校：</p>", "<div>各学校：</div>") }],
    ["one attachment hash (last digit)", { attachmentHashes: [SHA("a"), `${"b".repeat(63)}c`] }],
    ["attachment order", { attachmentHashes: [SHA("b"), SHA("a")] }],
    ["one attachment more", { attachmentHashes: [SHA("a"), SHA("b"), SHA("c")] }],
    ["all attachments removed", { attachmentHashes: [] }],
  ];

  it.each(changes)("changes when only the %s changes", (_, patch) => {
    expect(contentHash({ ...base, ...patch })).not.toBe(contentHash(base));
  });

  it("gives every single-field change its own hash", () => {
    const hashes = changes.map(([, patch]) => contentHash({ ...base, ...patch }));
    expect(new Set([...hashes, contentHash(base)]).size).toBe(changes.length + 1);
  });

  it("does not confuse text moved across a field boundary", () => {
    const a = contentHash({ ...base, title: "关于通知", summary: "概述" });
    const b = contentHash({ ...base, title: "关于", summary: "通知概述" });
    expect(a).not.toBe(b);
  });
});

describe("formatIndexNo", () => {
  it.each([
    [1, "11990101000000035X/2026-00001"],
    [12, "11990101000000035X/2026-00012"],
    [12_345, "11990101000000035X/2026-12345"],
    [99_999, "11990101000000035X/2026-99999"],
  ])("pads serial %i to five digits", (serial, expected) => {
    expect(formatIndexNo("11990101000000035X", 2026, serial)).toBe(expected);
  });

  it("uses the unit code and year as given", () => {
    expect(formatIndexNo("D2143569-X", 2027, 3)).toBe("D2143569-X/2027-00003");
  });

  it.each([0, -1, 100_000, 1.5, 0.999, Number.NaN, Number.POSITIVE_INFINITY])("refuses serial %s with a RangeError", (serial) => {
    expect(() => formatIndexNo("11990101000000035X", 2026, serial)).toThrow(RangeError);
    expect(() => formatIndexNo("11990101000000035X", 2026, serial)).toThrow(`index serial out of range: ${serial}`);
  });
});

describe("chinaYear", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each([
    ["2026-12-31T15:59:59Z", 2026],
    ["2026-12-31T15:59:59.999Z", 2026],
    ["2026-12-31T16:00:00Z", 2027],
    ["2026-12-31T20:00:00Z", 2027],
    ["2027-01-01T00:00:00Z", 2027],
    ["2025-12-31T15:59:59Z", 2025],
    ["2025-12-31T16:00:00Z", 2026],
    ["2026-01-01T00:00:00+08:00", 2026],
    ["2026-12-31T23:59:59+08:00", 2026],
    ["2026-06-30T12:00:00Z", 2026],
  ])("places %s in %i", (instant, year) => {
    expect(chinaYear(new Date(instant))).toBe(year);
  });

  it.each(["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Shanghai"])("does not depend on the server time zone (%s)", (tz) => {
    process.env.TZ = tz;
    expect(chinaYear(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(chinaYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });
});

describe("isoDate", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each([
    [new Date("2026-03-02T00:00:00Z"), "2026-03-02"],
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"],
    [new Date(Date.UTC(2026, 11, 31)), "2026-12-31"],
    [new Date("2026-03-02T23:59:59.999Z"), "2026-03-02"],
  ])("formats %s as %s", (date, expected) => {
    expect(isoDate(date)).toBe(expected);
  });

  it.each(["America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"])("reads the UTC date of a @db.Date value in any server time zone (%s)", (tz) => {
    process.env.TZ = tz;
    expect(isoDate(new Date(Date.UTC(2026, 0, 1)))).toBe("2026-01-01");
  });
});
