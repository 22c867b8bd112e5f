/**
 * The annual report as a catalogue entry: its title and body (the six sections of the national template, the
 * tables as accessible HTML tables) in the rich-text subset entry bodies allow (lib/entries/sanitize.ts).
 * Pure: the report service files the result as a draft in the 政府信息公开年报 column.
 */
import type { AnnualReport } from "./annual";
import { annualReportLayout, type HeaderCell, type LayoutTable, type NumberCell } from "./layout";

/** The column (主题分类) and genre (体裁) a published annual report is filed under (prisma/seed/categories.ts). */
export const REPORT_TOPIC_NAME = "政府信息公开年报";
export const REPORT_GENRE_NAME = "报告";

export interface ReportNarrative {
  /** 一、总体情况 */
  overview: string;
  /** 五、存在的主要问题及改进情况 */
  problems: string;
  /** 六、其他需要报告的事项 */
  otherMatters: string;
}

export function annualReportTitle(unitName: string, year: number): string {
  return `${unitName}${year}年政府信息公开工作年度报告`;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One paragraph per non-empty line; a section left empty says so rather than vanishing. */
function paragraphs(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines.length ? lines : ["无。"]).map((line) => `<p>${escapeHtml(line)}</p>`).join("");
}

function headerHtml(cell: HeaderCell): string {
  const spans = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ""}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ""}`;
  return `<th scope="${cell.scope}"${spans}>${escapeHtml(cell.text)}</th>`;
}

const numberHtml = ({ cell }: NumberCell) => `<td>${cell.value ?? ""}</td>`;

function tableHtml(table: LayoutTable): string {
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : "";
  const head = table.head.map((row) => `<tr>${row.map(headerHtml).join("")}</tr>`).join("");
  const body = table.body.map((row) => `<tr>${row.map((cell) => (cell.kind === "header" ? headerHtml(cell) : numberHtml(cell))).join("")}</tr>`).join("");
  // The wrapper lets a wide table scroll on a phone instead of widening the page.
  return `<div><table>${caption}<thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

/** The report's body: 一 and 五, 六 from the narrative staff wrote; 二 to 四 as the tables stand. */
export function annualReportBodyHtml(report: AnnualReport, narrative: ReportNarrative): string {
  const tables = annualReportLayout(report).map((section) => `<h2>${escapeHtml(section.title)}</h2>${section.tables.map(tableHtml).join("")}`);
  return [
    `<h2>一、总体情况</h2>${paragraphs(narrative.overview)}`,
    ...tables,
    `<h2>五、存在的主要问题及改进情况</h2>${paragraphs(narrative.problems)}`,
    `<h2>六、其他需要报告的事项</h2>${paragraphs(narrative.otherMatters)}`,
  ].join("");
}
