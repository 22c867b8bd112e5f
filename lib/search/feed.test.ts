import { describe, expect, it } from "vitest";
import { renderRss } from "./feed";

describe("renderRss", () => {
  it("escapes titles and links and drops control characters", () => {
    const xml = renderRss({
      title: "政府信息公开",
      link: "https://example.gov.cn/",
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
    });
    expect(xml).toContain("<title>A&amp;B &lt;预算&gt; </title>");
    expect(xml).toContain("<link>https://example.gov.cn/entries/1?a=1&amp;b=2</link>");
    expect(xml).toContain("<pubDate>Sun, 01 Mar 2026 02:00:00 GMT</pubDate>");
    expect(xml).not.toContain("\u0001");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">')).toBe(true);
  });
});
