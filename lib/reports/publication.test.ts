import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/entries/sanitize";
import { buildAnnualReport, type AnnualReport } from "./annual";
import { annualReportBodyHtml, annualReportTitle } from "./publication";

const report: AnnualReport = buildAnnualReport({
  year: 2026,
  entries: [{ article20Item: "A20_01", kind: "RULE", publishedOn: "2026-03-01", repealedOn: null }],
  requests: [
    { applicantType: "NATURAL_PERSON", channel: "ONLINE", receivedOn: "2026-04-01", concludedOn: "2026-04-20", outcome: "GRANTED", dueOn: "2026-04-29" },
  ],
  entered: { two: { decisions: { LICENSING: 12 }, feeAmount: 0.5 } },
});
const narrative = { overview: "全年主动公开政府信息 120 条。\n\n  依申请公开 1 件。  ", problems: "", otherMatters: "未收取信息处理费 <无>。" };
const body = annualReportBodyHtml(report, narrative);

describe("annualReportBodyHtml", () => {
  it("has the template's six sections in order", () => {
    const headings = [...body.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });

  it("writes the narrative one paragraph a line, escaped, and says 无 for an empty section", () => {
    expect(body).toContain("<h2>一、总体情况</h2><p>全年主动公开政府信息 120 条。</p><p>依申请公开 1 件。</p><h2>");
    expect(body).toContain("<h2>五、存在的主要问题及改进情况</h2><p>无。</p>");
    expect(body).toContain("<p>未收取信息处理费 &lt;无&gt;。</p>");
  });

  it("writes the tables with their captions, header scopes and spans, and the numbers where they belong", () => {
    expect(body.match(/<table>/g)).toHaveLength(6); // table 二's four parts, 三, 四
    expect(body).toContain("<caption>第二十条第（一）项</caption>");
    expect(body).toContain('<tr><th scope="row">规章</th><td>1</td><td>0</td><td>1</td></tr>');
    expect(body).toContain('<tr><th scope="row">行政许可</th><td>12</td></tr>');
    expect(body).toContain('<tr><th scope="row">行政事业性收费</th><td>0.5</td></tr>');
    expect(body).toContain('<th scope="col" rowspan="2">项目</th><th scope="colgroup" colspan="7">申请人情况</th>');
    expect(body).toMatch(/<th scope="row">一、本年新收政府信息公开申请数量<\/th><td>1<\/td>(<td>0<\/td>){5}<td>1<\/td>/);
    // A number not entered yet is an empty cell, never 0 (publication refuses such a report anyway).
    expect(body).toContain('<tr><th scope="row">行政处罚</th><td></td></tr>');
  });

  it("survives the entry-body sanitiser unchanged, so the published page shows exactly these tables", () => {
    expect(sanitizeBody(body)).toBe(body);
  });
});

describe("annualReportTitle", () => {
  it("names the unit and year as the template does", () => {
    expect(annualReportTitle("示范区发展和改革局", 2025)).toBe("示范区发展和改革局2025年政府信息公开工作年度报告");
  });
});
