import { getCurrentActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { contentDisposition, notFoundResponse } from "@/lib/http";
import { toChinaDate } from "@/lib/requests/dates";
import { formatYearMonth, monthlyReportCsv, sortMonthlyRows } from "@/lib/reports/monthly";
import { monthlyReportParamsSchema } from "@/lib/reports/monthly-params";
import { loadMonthlyReport } from "@/lib/reports/monthly-queries";

/** The monthly 通报 table as CSV (Excel opens it), sorted as on the page. */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor || !can(actor, "units.manage")) return notFoundResponse();
  const params = monthlyReportParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const loaded = await loadMonthlyReport(actor, params.month, toChinaDate(new Date()));
  if (!loaded) return notFoundResponse();
  const filename = `${formatYearMonth(params.month)}政府信息公开工作月度通报.csv`;
  return new Response(monthlyReportCsv(loaded.report, sortMonthlyRows(loaded.report.rows, params.sort, params.dir)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(filename),
      "Cache-Control": "private, no-store",
    },
  });
}
