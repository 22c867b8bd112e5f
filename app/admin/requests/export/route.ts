import { exportRoute } from "@/lib/export/route";
import { exportRequests } from "@/lib/export/service";

/** The applications list with the page's filters as CSV or XLSX (?format=csv|xlsx). */
export const GET = exportRoute(exportRequests);
