import { queryString } from "@/lib/query-string";

/** 导出 CSV / 导出 Excel of a list with its current filters (all matching rows, not one page). */
export function ExportLinks({ path, params }: { path: string; params: Record<string, string | undefined> }) {
  return (
    <p className="flex flex-wrap gap-4 text-sm">
      <a href={`${path}${queryString({ ...params, format: "csv" })}`} download>
        导出 CSV
      </a>
      <a href={`${path}${queryString({ ...params, format: "xlsx" })}`} download>
        导出 Excel
      </a>
    </p>
  );
}
