import { exportRoute } from "@/lib/export/route";
import { exportAudit } from "@/lib/export/service";

/** The audit log with the page's filter as CSV or XLSX (?format=csv|xlsx). */
export const GET = exportRoute(exportAudit);
