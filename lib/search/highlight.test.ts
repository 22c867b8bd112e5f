import { describe, expect, it } from "vitest";
import { snippetParts } from "./highlight";

const render = (parts: { text: string; hit: boolean }[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");

describe("snippetParts", () => {
  it("marks every occurrence of every phrase", () => {
    expect(render(snippetParts("部门预算和预算执行情况", ["预算", "执行"]))).toBe("部门[预算]和[预算][执行]情况");
  });

  it("centres a long text on the first hit, with ellipses", () => {
    const text = `${"甲".repeat(100)}采购意向${"乙".repeat(100)}`;
    const out = render(snippetParts(text, ["采购"], 40));
    expect(out.startsWith("…")).toBe(true);
    expect(out.endsWith("…")).toBe(true);
    expect(out).toContain("[采购]意向");
  });

  it("matches width- and case-insensitively, and without phrases shows the start", () => {
    expect(render(snippetParts("PPP项目", ["ｐｐｐ"]))).toBe("[ppp]项目");
    expect(render(snippetParts("无关内容", []))).toBe("无关内容");
  });
});
