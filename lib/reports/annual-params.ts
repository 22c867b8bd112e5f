import { z } from "zod";
import { toChinaDate } from "@/lib/requests/dates";

/** The report looked at: a unit and a year (by default last year, the one reported on by 31 January). */
export const annualReportParamsSchema = z.object({
  unitId: z.coerce.number().int().positive().optional().catch(undefined),
  year: z.coerce
    .number()
    .int()
    .min(2008)
    .max(2100)
    .catch(() => Number(toChinaDate(new Date()).slice(0, 4)) - 1),
  table: z.enum(["two", "three", "four"]).optional().catch(undefined),
});
