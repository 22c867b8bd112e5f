import { describe, expect, it } from "vitest";
import { parseScripts, scriptPath } from "./js-size";

describe("parseScripts", () => {
  it("finds external scripts (with any quoting), flags nomodule ones, and keeps inline ones apart", () => {
    const html = `<html><head>
      <script src="/_next/static/chunks/a.js" async=""></script>
      <script noModule="" src='/_next/static/chunks/polyfill.js'></script>
      <script src=/_next/static/chunks/b.js?dpl=x></script>
      </head><body><script>self.__next_f.push([1,"payload"])</script><script></script></body></html>`;
    expect(parseScripts(html)).toEqual({
      external: [
        { src: "/_next/static/chunks/a.js", isNoModule: false },
        { src: "/_next/static/chunks/polyfill.js", isNoModule: true },
        { src: "/_next/static/chunks/b.js?dpl=x", isNoModule: false },
      ],
      inline: ['self.__next_f.push([1,"payload"])'],
    });
  });

  it("reduces script URLs to their path", () => {
    expect(scriptPath("/_next/static/chunks/b.js?dpl=x")).toBe("/_next/static/chunks/b.js");
    expect(scriptPath("http://localhost:3300/_next/static/chunks/c.js")).toBe("/_next/static/chunks/c.js");
  });
});
