import { z } from "zod";

/** The audit log's filters in the URL (/admin/audit and its export); a bad value is ignored. */
export const auditListQuerySchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;
export type AuditListFilters = Omit<AuditListQuery, "page">;
