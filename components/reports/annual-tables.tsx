import type { ReactNode } from "react";
import {
  ANNUAL_TABLE_TITLES,
  APPEAL_GROUP_LABELS,
  APPEAL_GROUPS,
  APPEAL_RESULT_LABELS,
  APPEAL_RESULTS,
  LITIGATION_HEADING,
  TABLE_THREE_APPLICANTS_HEADING,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_LINES,
  TABLE_THREE_NOTE,
  TABLE_TWO_COLUMN_LABELS,
  TABLE_TWO_CONTENT_HEADING,
  TABLE_TWO_ROW_LABELS,
  TABLE_TWO_SECTIONS,
  type AnnualReport,
  type AnnualTableId,
  type ReportCell,
  type ReportProblem,
} from "@/lib/reports/annual";
import { APPLICANT_TYPE_LABELS } from "@/lib/requests/model";

const cellClass = "border border-slate-400 px-2 py-1";

/** The report's tables in the official layout; cells a check complains about are marked. */
export function AnnualTables({ report, problems, csvHref }: { report: AnnualReport; problems: ReportProblem[]; csvHref: (table: AnnualTableId) => string }) {
  // Table 二's rows have different columns; looked up by the keys TABLE_TWO_SECTIONS lists.
  const tableTwoCells = report.two.cells as unknown as Record<string, Record<string, ReportCell>>;
  const flagged = new Set(problems.flatMap((p) => p.cells.map((c) => `${p.table}:${c.row}:${c.column}`)));
  const cell = (table: AnnualTableId, row: string, column: string, value: ReportCell) => {
    const bad = flagged.has(`${table}:${row}:${column}`);
    return (
      <td key={`${row}-${column}`} className={`${cellClass} text-right tabular-nums ${bad ? "bg-red-100 font-semibold text-red-900" : ""}`}>
        {value.value === null ? <span className="text-amber-800">待填报</span> : value.value}
      </td>
    );
  };
  const section = (id: AnnualTableId, body: ReactNode) => (
    <section aria-labelledby={`table-${id}`} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`table-${id}`} className="text-lg font-semibold">
          {ANNUAL_TABLE_TITLES[id]}
        </h2>
        <a href={csvHref(id)} download className="text-sm print:hidden">
          下载 CSV
        </a>
      </div>
      <div className="overflow-x-auto">{body}</div>
    </section>
  );
  return (
    <div className="space-y-8">
      {section(
        "two",
        TABLE_TWO_SECTIONS.map((s) => (
          <table key={s.caption} className="mb-3 w-full border-collapse bg-white text-sm">
            <caption className="text-left font-medium">{s.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className={cellClass}>
                  {TABLE_TWO_CONTENT_HEADING}
                </th>
                {s.columns.map((c) => (
                  <th key={c} scope="col" className={cellClass}>
                    {TABLE_TWO_COLUMN_LABELS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.rows.map((row) => (
                <tr key={row}>
                  <th scope="row" className={`${cellClass} text-left font-normal`}>
                    {TABLE_TWO_ROW_LABELS[row]}
                  </th>
                  {s.columns.map((c) => cell("two", row, c, tableTwoCells[row]![c]!))}
                </tr>
              ))}
            </tbody>
          </table>
        )),
      )}
      {section(
        "three",
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="text-left text-slate-700">{TABLE_THREE_NOTE}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className={cellClass}>
                项目
              </th>
              <th scope="colgroup" colSpan={TABLE_THREE_COLUMNS.length} className={cellClass}>
                {TABLE_THREE_APPLICANTS_HEADING}
              </th>
            </tr>
            <tr>
              {TABLE_THREE_COLUMNS.map((c) => (
                <th key={c} scope="col" className={cellClass}>
                  {c === "total" ? "总计" : APPLICANT_TYPE_LABELS[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TABLE_THREE_LINES.map((line) => (
              <tr key={line.row}>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  {line.labels.filter(Boolean).join(" ")}
                </th>
                {TABLE_THREE_COLUMNS.map((c) => cell("three", line.row, c, report.three.cells[line.row][c]))}
              </tr>
            ))}
          </tbody>
        </table>,
      )}
      {section(
        "four",
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr>
              <th scope="colgroup" colSpan={APPEAL_RESULTS.length} rowSpan={2} className={cellClass}>
                {APPEAL_GROUP_LABELS.REVIEW}
              </th>
              <th scope="colgroup" colSpan={APPEAL_RESULTS.length * 2} className={cellClass}>
                {LITIGATION_HEADING}
              </th>
            </tr>
            <tr>
              <th scope="colgroup" colSpan={APPEAL_RESULTS.length} className={cellClass}>
                {APPEAL_GROUP_LABELS.SUIT_DIRECT}
              </th>
              <th scope="colgroup" colSpan={APPEAL_RESULTS.length} className={cellClass}>
                {APPEAL_GROUP_LABELS.SUIT_AFTER_REVIEW}
              </th>
            </tr>
            <tr>
              {APPEAL_GROUPS.flatMap((g) =>
                APPEAL_RESULTS.map((r) => (
                  <th key={`${g}-${r}`} scope="col" className={cellClass}>
                    {APPEAL_RESULT_LABELS[r]}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            <tr>{APPEAL_GROUPS.flatMap((g) => APPEAL_RESULTS.map((r) => cell("four", g, r, report.four.cells[g][r])))}</tr>
          </tbody>
        </table>,
      )}
    </div>
  );
}
