import { describe, expect, it } from "vitest";
import { contentHash, storedContent, type StoredRevision } from "@/lib/entries/model";
import { checkPublishedRevision, checkSpam, findSpam, isApprovedContent, isTrustedHost, type PublishedRevisionRecord } from "./integrity";

const revision: StoredRevision = {
  title: "示范区2026年部门预算公开",
  summary: "2026年部门预算及说明",
  documentNo: "示财〔2026〕3号",
  generatedOn: new Date("2026-02-10T00:00:00Z"),
  writtenOn: null,
  topicId: 1,
  genreId: 2,
  keywords: ["预算"],
  validity: "VALID",
  attribute: "PROACTIVE",
  methods: ["政府网站"],
  scope: "面向社会",
  article20Item: null,
  bodyHtml: "<p>现将2026年部门预算公开如下。</p>",
};
const hash = contentHash(storedContent(revision, 7, ["a".repeat(64)]));

function record(overrides: Partial<PublishedRevisionRecord> = {}): PublishedRevisionRecord {
  return {
    entryId: 1,
    indexNo: "X/2026-00001",
    unitId: 7,
    revisionId: 10,
    revision,
    storedHash: hash,
    attachmentHashes: ["a".repeat(64)],
    submittedAt: new Date("2026-03-01T01:00:00Z"),
    approval: { contentHash: hash, createdAt: new Date("2026-03-01T02:00:00Z") },
    auditHashes: [hash],
    ...overrides,
  };
}

const kinds = (r: PublishedRevisionRecord) => checkPublishedRevision(r).map((p) => p.kind);

describe("checkPublishedRevision", () => {
  it("finds nothing wrong with content exactly as approved and published", () => {
    expect(kinds(record())).toEqual([]);
    expect(isApprovedContent(record())).toBe(true);
  });

  it("reports a body changed in the database against both the stored hash and the approval", () => {
    const tampered = record({ revision: { ...revision, bodyHtml: "<p>澳门博彩</p>" } });
    expect(kinds(tampered)).toEqual(["HASH_MISMATCH", "APPROVAL_MISMATCH"]);
    expect(isApprovedContent(tampered)).toBe(false);
  });

  it("reports a swapped attachment (its hash is part of the content)", () => {
    expect(kinds(record({ attachmentHashes: ["b".repeat(64)] }))).toEqual(["HASH_MISMATCH", "APPROVAL_MISMATCH"]);
  });

  it("reports content and stored hash rewritten together, which no longer match the approval", () => {
    const body = { ...revision, bodyHtml: "<p>改</p>" };
    const rehashed = contentHash(storedContent(body, 7, ["a".repeat(64)]));
    const r = record({ revision: body, storedHash: rehashed });
    expect(kinds(r)).toEqual(["APPROVAL_MISMATCH"]);
    expect(isApprovedContent(r)).toBe(false);
  });

  it("reports a missing approval, an approval older than the last submission, and audit gaps", () => {
    expect(kinds(record({ approval: null }))).toEqual(["APPROVAL_MISSING"]);
    expect(kinds(record({ submittedAt: new Date("2026-03-02T00:00:00Z") }))).toEqual(["APPROVAL_MISMATCH"]);
    expect(kinds(record({ auditHashes: [] }))).toEqual(["AUDIT_MISSING"]);
    expect(kinds(record({ auditHashes: ["c".repeat(64)] }))).toEqual(["AUDIT_MISMATCH"]);
  });

  it("names the entry and its 索引号 in each problem", () => {
    expect(checkPublishedRevision(record({ approval: null }))[0]).toMatchObject({ entryId: 1, indexNo: "X/2026-00001", revisionId: 10 });
  });
});

describe("findSpam", () => {
  it.each([
    ["百家乐在线，注册即送", "strong term"],
    ["<p>澳门新葡京官方网站</p>", "新葡京"],
    ["真人娱乐平台", "真人娱乐"],
    ["重庆时时彩计划", "时时彩"],
    ["最大彩票平台", "彩票平台"],
    ["Best online CASINO", "casino, any case"],
    ['<a href="https://www.xpj8888.com">点击</a>', "gambling domain"],
    ['<p>博彩</p><a href="http://example.top/">进入</a>', "weak term next to an unknown link"],
    ["老虎机 https://win.example.net/play", "bare URL"],
    ["棋牌游戏下载 //qp.example.cc", "protocol-relative URL"],
  ])("flags %s (%s)", (text) => {
    expect(findSpam(text)).not.toEqual([]);
  });

  it.each([
    ["关于开展打击跨境赌博专项行动的通告", "赌博 in a genuine notice"],
    ["严厉打击“六合彩”、地下赌场等违法犯罪活动", "weak terms without links"],
    ["全民健身棋牌比赛报名通知", "棋牌 without links"],
    ['<p>详见<a href="https://www.gov.cn/zhengce/">中国政府网</a>，打击赌博</p>', "weak term with a government link"],
    ['<a href="https://www.example.com/">合作单位</a>', "unknown link without spam words"],
    ["2026年部门预算公开", "plain text"],
  ])("leaves %s alone (%s)", (text) => {
    expect(findSpam(text)).toEqual([]);
  });

  it("trusts the site's own host", () => {
    expect(findSpam('<a href="https://gk.example.org/x">打击赌博</a>', ["gk.example.org"])).toEqual([]);
    expect(isTrustedHost("www.beijing.gov.cn")).toBe(true);
    expect(isTrustedHost("gov.cn.example.com")).toBe(false);
  });
});

describe("checkSpam", () => {
  it("reports each public field that carries spam", () => {
    const problems = checkSpam({ entryId: 1, indexNo: null, revisionId: 2, revision: { ...revision, title: "百家乐", bodyHtml: "<p>百家乐</p>" } });
    expect(problems.map((p) => [p.kind, p.details.split("：")[0]])).toEqual([
      ["SPAM", "标题"],
      ["SPAM", "正文"],
    ]);
  });
});
