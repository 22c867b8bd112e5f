import { getCurrentActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { contentDisposition, notFoundResponse } from "@/lib/http";
import { annualTableCsv } from "@/lib/reports/annual";
import { annualReportParamsSchema } from "@/lib/reports/annual-params";
import { loadUnitAnnualReport, reportUnits } from "@/lib/reports/queries";

/** One table of a unit's annual report as CSV (Excel opens it; the official layout, captions included). */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  const params = annualReportParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { unit } = actor && can(actor, "reports.compile") ? await reportUnits(actor, params.unitId) : { unit: null };
  if (!unit || unit.id !== params.unitId || !params.table) return notFoundResponse();
  const { report } = await loadUnitAnnualReport(unit, params.year, params.scope);
  const scope = params.scope === "subtree" ? "（汇总）" : "";
  const filename = `${unit.name}${scope}${params.year}年度报告-表${{ two: "二", three: "三", four: "四" }[params.table]}.csv`;
  return new Response(annualTableCsv(report[params.table]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(filename),
      "Cache-Control": "private, no-store",
    },
  });
}
