import { exportRoute } from "@/lib/export/route";
import { exportEntries } from "@/lib/export/service";

/** The entry list with the page's filters as CSV or XLSX (?format=csv|xlsx). */
export const GET = exportRoute(exportEntries);
