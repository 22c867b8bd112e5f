import type { AnnualReport, AnnualTableId, DrillFilter, ReportProblem } from "@/lib/reports/annual";
import { annualReportLayout, type HeaderCell, type NumberCell } from "@/lib/reports/layout";

const cellClass = "border border-slate-400 px-2 py-1";

function Header({ cell }: { cell: HeaderCell }) {
  return (
    <th scope={cell.scope} colSpan={cell.colSpan} rowSpan={cell.rowSpan} className={`${cellClass} ${cell.scope === "row" ? "text-left font-normal" : ""}`}>
      {cell.text}
    </th>
  );
}

/**
 * The report's tables in the official layout (lib/reports/layout.ts). Cells a check complains about are
 * marked; a computed number links to the records it counts when `drillHref` is given.
 */
export function AnnualTables({
  report,
  problems,
  csvHref,
  drillHref,
}: {
  report: AnnualReport;
  problems: ReportProblem[];
  csvHref: (table: AnnualTableId) => string;
  drillHref?: (drill: DrillFilter) => string;
}) {
  const flagged = new Set(problems.flatMap((p) => p.cells.map((c) => `${p.table}:${c.row}:${c.column}`)));
  const number = (table: AnnualTableId, { cell, at }: NumberCell) => {
    const bad = flagged.has(`${table}:${at.row}:${at.column}`);
    const drill = cell.source === "computed" ? cell.drill : undefined;
    return (
      <td key={`${at.row}-${at.column}`} className={`${cellClass} text-right tabular-nums ${bad ? "bg-red-100 font-semibold text-red-900" : ""}`}>
        {cell.value === null ? (
          <span className="text-amber-800">待填报</span>
        ) : drill && drillHref ? (
          <a href={drillHref(drill)} title="查看计入该数字的记录">
            {cell.value}
          </a>
        ) : (
          cell.value
        )}
      </td>
    );
  };
  return (
    <div className="space-y-8">
      {annualReportLayout(report).map((section) => (
        <section key={section.id} aria-labelledby={`table-${section.id}`} className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`table-${section.id}`} className="text-lg font-semibold">
              {section.title}
            </h2>
            <a href={csvHref(section.id)} download className="text-sm print:hidden">
              下载 CSV
            </a>
          </div>
          <div className="overflow-x-auto">
            {section.tables.map((table, i) => (
              <table key={i} className="mb-3 w-full border-collapse bg-white text-sm">
                {table.caption && <caption className="text-left font-medium">{table.caption}</caption>}
                <thead>
                  {table.head.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <Header key={c} cell={cell} />
                      ))}
                    </tr>
                  ))}
                </thead>
                <tbody>
                  {table.body.map((row, r) => (
                    <tr key={r}>{row.map((cell, c) => (cell.kind === "header" ? <Header key={c} cell={cell} /> : number(section.id, cell)))}</tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
