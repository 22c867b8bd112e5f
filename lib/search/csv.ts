import { stringify, type Options } from "csv-stringify/sync";
import { isoDate, VALIDITY_LABELS } from "@/lib/entries/model";
import type { Validity } from "@/lib/db/generated/enums";

export interface CatalogueRow {
  entryId: number;
  title: string;
  documentNo: string | null;
  generatedOn: Date;
  validity: Validity;
  topic: { name: string };
  genre: { name: string };
  entry: { indexNo: string | null; firstPublishedAt: Date | null; unit: { name: string } };
}

/**
 * How every CSV of the site is written: CRLF line ends and formula-looking cells made text (see
 * neutraliseFormula). Each file also starts with a byte-order mark, because Excel — what most offices
 * open it with — otherwise shows Chinese as mojibake.
 */
export const CSV_OPTIONS = { record_delimiter: "windows", cast: { string: (value: string) => neutraliseFormula(value) } } satisfies Options;

const HEADER = ["索引号", "标题", "文号", "发布机构", "主题分类", "体裁", "生成日期", "公开日期", "有效性", "网址"];

/** A search result as CSV in the catalogue's own columns (CSV_OPTIONS, with a byte-order mark). */
export function renderCatalogueCsv(rows: CatalogueRow[], origin: string): string {
  return stringify(
    rows.map((r) => [
      r.entry.indexNo ?? "",
      r.title,
      r.documentNo ?? "",
      r.entry.unit.name,
      r.topic.name,
      r.genre.name,
      isoDate(r.generatedOn),
      r.entry.firstPublishedAt ? isoDate(r.entry.firstPublishedAt) : "",
      VALIDITY_LABELS[r.validity],
      `${origin}/entries/${r.entryId}`,
    ]),
    { ...CSV_OPTIONS, bom: true, header: true, columns: HEADER },
  );
}

/**
 * A cell starting with = + - @ is a formula to a spreadsheet (CSV injection); a leading apostrophe
 * makes it text. Titles come from staff, but an export must never run code on a reader's machine.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
