import { z } from "zod";
import { IMPORT_FIELD_KEYS, type ColumnMapping } from "./model";

const optionalId = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number().int().positive().nullable());

/** The upload form: the file itself is checked by the route (size, presence). */
export const importUploadSchema = z.object({
  encoding: z.enum(["auto", "utf-8", "gb18030"], { error: "请选择文件编码" }).default("auto"),
  defaultUnitId: optionalId.default(null),
});
export type ImportUploadInput = z.infer<typeof importUploadSchema>;

/**
 * The mapping form: `map.<field>` names a column index ("" = not imported), plus the encoding and the
 * defaults for rows without a unit, topic or genre.
 */
export const importMappingSchema = z
  .record(z.string(), z.unknown())
  .transform((values) => {
    const mapping: ColumnMapping = {};
    for (const key of IMPORT_FIELD_KEYS) {
      const raw = values[`map.${key}`];
      if (typeof raw === "string" && /^\d{1,4}$/.test(raw)) mapping[key] = Number(raw);
    }
    return { ...values, mapping };
  })
  .pipe(
    z.object({
      mapping: z.custom<ColumnMapping>(),
      encoding: z.enum(["utf-8", "gb18030"], { error: "请选择文件编码" }).default("utf-8"),
      defaultUnitId: optionalId.default(null),
      defaultTopicId: optionalId.default(null),
      defaultGenreId: optionalId.default(null),
    }),
  );
export type ImportMappingInput = z.infer<typeof importMappingSchema>;
