import { describe, expect, it } from "vitest";
import { renderAtom, renderRss, type Feed } from "./feed";

const feed: Feed = {
  title: "政府信息公开",
  link: "https://example.gov.cn/",
  self: "https://example.gov.cn/feed.atom?unitId=3",
  description: "最新公开",
  items: [
    {
      title: "A&B <预算> \u0001",
      link: "https://example.gov.cn/entries/1?a=1&b=2",
      description: "说明",
      publishedAt: new Date("2026-03-01T02:00:00Z"),
      guid: "119/2026-00001",
    },
  ],
};

describe("renderRss", () => {
  it("escapes titles and links and drops control characters", () => {
    const xml = renderRss(feed);
    expect(xml).toContain("<title>A&amp;B &lt;预算&gt; </title>");
    expect(xml).toContain("<link>https://example.gov.cn/entries/1?a=1&amp;b=2</link>");
    expect(xml).toContain("<pubDate>Sun, 01 Mar 2026 02:00:00 GMT</pubDate>");
    expect(xml).not.toContain("\u0001");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">')).toBe(true);
  });
});

describe("renderAtom", () => {
  it("identifies the feed by its own address and each entry by its page, dated in ISO 8601", () => {
    const xml = renderAtom(feed);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(xml).toContain('<link rel="self" href="https://example.gov.cn/feed.atom?unitId=3"/><id>https://example.gov.cn/feed.atom?unitId=3</id>');
    expect(xml).toContain("<updated>2026-03-01T02:00:00.000Z</updated>");
    expect(xml).toContain('<entry><title>A&amp;B &lt;预算&gt; </title><link href="https://example.gov.cn/entries/1?a=1&amp;b=2"/>');
    expect(xml).not.toContain("\u0001");
  });

  it("is still a valid feed without entries", () => {
    expect(renderAtom({ ...feed, items: [] })).toContain("<updated>1970-01-01T00:00:00.000Z</updated></feed>");
  });
});
