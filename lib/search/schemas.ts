import { z } from "zod";

const id = z.coerce.number().int().positive().optional().catch(undefined);

/** Search page parameters from the URL; anything malformed is dropped, never an error page. */
export const searchParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unitId: id,
  topicId: id,
  genreId: id,
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  validity: z.enum(["VALID", "AMENDED", "REPEALED"]).optional().catch(undefined),
  sort: z.enum(["relevance", "date"]).catch("relevance"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type SearchQuery = z.infer<typeof searchParamsSchema>;
