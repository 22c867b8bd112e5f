import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/entries/sanitize";
import { checkBodyLinks, classifyLink, extractLinks, failedLinks, judgeInternalLink, type SiteTargets } from "./links";

const targets: SiteTargets = {
  publishedEntryIds: new Set([1, 2]),
  withdrawnEntryIds: new Set([3]),
  publicAttachmentIds: new Set([10]),
  activeUnitIds: new Set([5]),
};

describe("extractLinks", () => {
  it("reads href and visible text of every link in order, entities decoded", () => {
    const html = sanitizeBody('<p>见<a href="/entries/1">《通知》</a>和<a href="https://example.gov.cn/a?x=1&amp;y=2"><strong>附件</strong> 说明</a></p>');
    expect(extractLinks(html)).toEqual([
      { url: "/entries/1", text: "《通知》" },
      { url: "https://example.gov.cn/a?x=1&y=2", text: "附件 说明" },
    ]);
  });

  it("gives an empty url for a link whose target the sanitiser dropped", () => {
    expect(extractLinks(sanitizeBody('<a href="javascript:alert(1)">点此</a>'))).toEqual([{ url: "", text: "点此" }]);
  });

  it("finds nothing in a body without links", () => {
    expect(extractLinks("<p>没有链接</p><table><tr><td>a</td></tr></table>")).toEqual([]);
  });
});

describe("classifyLink", () => {
  const cases: [string, string, string | undefined][] = [
    ["", "EMPTY", undefined],
    ["#", "EMPTY", undefined],
    ["#top", "EMPTY", undefined],
    ["javascript:void(0)", "EMPTY", undefined],
    ["ftp://example.com/x", "EMPTY", undefined],
    ["mailto:xxgk@example.gov.cn", "MAILTO", undefined],
    ["/entries/12", "INTERNAL", "/entries/12"],
    ["/search?q=%E9%A2%84%E7%AE%97", "INTERNAL", "/search?q=%E9%A2%84%E7%AE%97"],
    ["https://xxgk.example.gov.cn/units/3#top", "INTERNAL", "/units/3"],
    ["https://www.gov.cn/zhengce/", "EXTERNAL", undefined],
    ["//cdn.example.com/x", "EMPTY", undefined],
  ];
  it.each(cases)("%j is %s", (url, kind, path) => {
    const result = classifyLink({ url, text: "t" }, ["https://xxgk.example.gov.cn/"]);
    expect(result.kind).toBe(kind);
    expect(result.path).toBe(path);
  });

  it("treats the site's own host as external when no origin is configured", () => {
    expect(classifyLink({ url: "https://xxgk.example.gov.cn/entries/1", text: "t" }).kind).toBe("EXTERNAL");
  });
});

describe("judgeInternalLink", () => {
  const cases: [string, string, string][] = [
    ["/entries/1", "OK", ""],
    ["/entries/1/", "OK", ""],
    ["/entries/3", "BROKEN", "目标条目已撤回"],
    ["/entries/99", "BROKEN", "目标条目不存在或未公开"],
    ["/entries/abc", "BROKEN", "条目地址无效"],
    ["/entries/1/edit", "BROKEN", "站内页面不存在"],
    ["/attachments/10", "OK", ""],
    ["/attachments/11", "BROKEN", "附件不存在或未公开"],
    ["/units/5", "OK", ""],
    ["/units/6", "BROKEN", "单位不存在或已停用"],
    ["/search?q=x", "OK", ""],
    ["/", "OK", ""],
    ["/guide", "OK", ""],
    ["/admin/entries", "BROKEN", "站内页面不存在"],
    ["/no-such-page", "BROKEN", "站内页面不存在"],
  ];
  it.each(cases)("%s is %s", (path, status, detail) => {
    expect(judgeInternalLink(path, targets)).toEqual({ status, detail });
  });
});

describe("checkBodyLinks", () => {
  it("gives each link a verdict and leaves mailto out", () => {
    const html = sanitizeBody(
      [
        '<a href="/entries/2">已公开</a>',
        '<a href="/entries/3">已撤回</a>',
        '<a href="/entries/404">不存在</a>',
        '<a href="">空</a>',
        '<a href="/entries/1"> </a>',
        '<a href="https://www.gov.cn/">中国政府网</a>',
        '<a href="mailto:a@example.gov.cn">来信</a>',
      ].join(""),
    );
    expect(checkBodyLinks(html, targets).map((l) => [l.text, l.status])).toEqual([
      ["已公开", "OK"],
      ["已撤回", "BROKEN"],
      ["不存在", "BROKEN"],
      ["空", "EMPTY"],
      ["", "EMPTY"],
      ["中国政府网", "UNCHECKED"],
    ]);
  });

  it("counts 错链 and 空链 together as failed", () => {
    expect(failedLinks({ broken: 2, empty: 1 })).toBe(3);
  });
});
