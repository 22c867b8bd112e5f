import type { AnnualReport } from "./annual";

/**
 * A first draft of 一、总体情况 with the year's figures filled in, under the five headings the format
 * requires (国办公开办函〔2021〕30号; a report whose 总体情况 lacked them had to be redone, domain.md §9).
 * Staff complete the prose; the numbers are the ones the tables show.
 */
export function draftOverview({ unitName, published, report }: { unitName: string; published: number; report: AnnualReport }): string {
  const { year } = report;
  const two = report.two.cells;
  const three = report.three.cells;
  return [
    `${year}年，${unitName}认真贯彻落实《中华人民共和国政府信息公开条例》，现将本年度政府信息公开工作情况报告如下。`,
    `（一）主动公开。全年主动公开政府信息${published}条，其中制发规章${two.RULE.published.value}件、行政规范性文件${two.NORMATIVE.published.value}件，废止行政规范性文件${two.NORMATIVE.repealed.value}件。`,
    `（二）依申请公开。全年新收政府信息公开申请${three.newThisYear.total.value}件，上年结转${three.carriedOver.total.value}件，本年办结${three.concluded.total.value}件，结转下年度继续办理${three.carriedForward.total.value}件。`,
    "（三）政府信息管理。",
    "（四）政府信息公开平台建设。",
    "（五）监督保障。",
  ].join("\n\n");
}
