import Link from "next/link";
import { formatDate } from "@/lib/format";

export interface EntryListItem {
  entryId: number;
  title: string;
  unitName: string;
  publishedAt: Date | null;
}

/** A plain list of public entries with 发布机构 and date, or a sentence when there are none. */
export function EntryList({ items, empty = "暂无公开信息。" }: { items: EntryListItem[]; empty?: string }) {
  if (items.length === 0) return <p className="rounded-lg bg-white p-4 shadow-sm">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
      {items.map((r) => (
        <li key={r.entryId} className="flex flex-wrap justify-between gap-x-4 px-4 py-3">
          <Link href={`/entries/${r.entryId}`}>{r.title}</Link>
          <span className="text-sm text-slate-600">
            {r.unitName} · {r.publishedAt ? formatDate(r.publishedAt) : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
