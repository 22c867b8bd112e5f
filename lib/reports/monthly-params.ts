import { z } from "zod";
import { toChinaDate } from "@/lib/requests/dates";
import { isYearMonth, MONTHLY_SORT_KEYS, monthOf, shiftMonth, type MonthlySortKey, type SortDirection } from "./monthly";

/** The 通报 looked at: a month (by default the previous one, the one reported on) and the sort column. */
export const monthlyReportParamsSchema = z.object({
  month: z
    .string()
    .refine((value) => isYearMonth(value) && value >= "2008-01" && value <= "2100-12")
    .catch(() => shiftMonth(monthOf(toChinaDate(new Date())), -1)),
  sort: z.enum(MONTHLY_SORT_KEYS).catch("unit"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});

export type MonthlyReportParams = z.infer<typeof monthlyReportParamsSchema>;

/** A column's header link: the active column flips its direction; another starts with the most first (units in tree order). */
export function sortLink(params: MonthlyReportParams, key: MonthlySortKey): { sort: MonthlySortKey; dir: SortDirection } {
  if (params.sort === key) return { sort: key, dir: params.dir === "asc" ? "desc" : "asc" };
  return { sort: key, dir: key === "unit" ? "asc" : "desc" };
}
