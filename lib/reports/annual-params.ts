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
  /** lib/reports/queries.ts ReportScope: the unit's own report, or its subtree's added up. */
  scope: z.enum(["unit", "subtree"]).catch("unit"),
});

/** A drill-down from a computed cell: the report's unit and year, the cell (lib/reports/drill.ts) and a page of its records. */
export const drillParamsSchema = annualReportParamsSchema.extend({
  drill: z.string().max(60).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
});
