import { formatDate } from "@/lib/format";
import { ARTICLE_20_ITEMS, ATTRIBUTE_LABELS, isoDate, VALIDITY_LABELS } from "@/lib/entries/model";
import type { DisclosureAttribute, Validity } from "@/lib/db/generated/enums";

export interface MetadataRevision {
  title: string;
  documentNo: string | null;
  generatedOn: Date;
  writtenOn: Date | null;
  publishedAt?: Date | null;
  topic: { name: string };
  genre: { name: string };
  keywords: string[];
  validity: Validity;
  attribute: DisclosureAttribute;
  methods: string[];
  scope: string;
  article20Item: string | null;
  summary: string;
}

/** The standard catalogue metadata table (索引号, 发布机构, dates, 文号, 分类, 体裁, 有效性 …), admin and public alike. */
export function EntryMetadata({
  revision,
  indexNo,
  unitName,
  firstPublishedAt,
}: {
  revision: MetadataRevision;
  indexNo: string | null;
  unitName: string;
  firstPublishedAt: Date | null;
}) {
  const rows: [string, string][] = [
    ["索引号", indexNo ?? "（发布时生成）"],
    ["发布机构", unitName],
    ["文号", revision.documentNo ?? "—"],
    ["生成日期", isoDate(revision.generatedOn)],
    ["成文日期", revision.writtenOn ? isoDate(revision.writtenOn) : "—"],
    ["公开日期", firstPublishedAt ? formatDate(firstPublishedAt) : "—"],
    ["主题分类", revision.topic.name],
    ["体裁", revision.genre.name],
    ["有效性", VALIDITY_LABELS[revision.validity]],
    ["公开属性", ATTRIBUTE_LABELS[revision.attribute]],
    ["公开方式", revision.methods.join("、") || "—"],
    ["公开范围", revision.scope],
    ["关键词", revision.keywords.join("、") || "—"],
    ["条例第二十条", revision.article20Item ? (ARTICLE_20_ITEMS[revision.article20Item] ?? revision.article20Item) : "—"],
  ];
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">目录信息</caption>
      <tbody className="grid sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <tr key={label} className="flex border-b border-slate-200">
            <th scope="row" className="w-28 shrink-0 bg-slate-50 px-3 py-2 text-left font-medium text-slate-700">
              {label}
            </th>
            <td className="px-3 py-2 break-all">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
