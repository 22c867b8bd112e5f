import { describe, expect, it } from "vitest";
import { buildAnnualReport } from "./annual";
import { draftOverview } from "./narrative";

describe("draftOverview", () => {
  it("fills the year's figures into the five headings 总体情况 must have", () => {
    const report = buildAnnualReport({
      year: 2025,
      entries: [
        { article20Item: "A20_01", kind: "NORMATIVE", publishedOn: "2025-03-01", repealedOn: null },
        { article20Item: "A20_01", kind: "NORMATIVE", publishedOn: "2020-03-01", repealedOn: "2025-06-30" },
      ],
      requests: [
        { applicantType: "NATURAL_PERSON", channel: "ONLINE", receivedOn: "2025-02-03", concludedOn: "2025-02-20", outcome: "GRANTED", dueOn: "2025-03-04" },
        { applicantType: "NATURAL_PERSON", channel: "POST_SIGNED", receivedOn: "2025-12-29", concludedOn: null, outcome: null, dueOn: "2026-01-27" },
      ],
      entered: {},
    });
    const text = draftOverview({ unitName: "示范区发展和改革局", published: 37, report });
    expect(text).toContain("2025年，示范区发展和改革局");
    expect(text).toContain("全年主动公开政府信息37条，其中制发规章0件、行政规范性文件1件，废止行政规范性文件1件。");
    expect(text).toContain("全年新收政府信息公开申请2件，上年结转0件，本年办结1件，结转下年度继续办理1件。");
    for (const heading of ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"])
      expect(text).toContain(heading);
  });
});
