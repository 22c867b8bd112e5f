import { formatDate } from "@/lib/format";
import Link from "next/link";
import { EntryForm } from "@/components/entries/entry-form";
import { requireCapability } from "@/lib/auth/guards";
import { listCategories, listDraftUnits } from "@/lib/entries/queries";
import { createEntryAction } from "../actions";

export const metadata = { title: "起草信息" };

export default async function NewEntryPage() {
  const actor = await requireCapability("entries.draft");
  const [units, { topics, genres }] = await Promise.all([listDraftUnits(actor), listCategories(actor)]);
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/entries">← 信息发布</Link>
      </p>
      <h1 className="text-2xl font-bold">起草信息</h1>
      <EntryForm
        action={createEntryAction}
        units={units.map((u) => ({ id: u.id, label: u.name }))}
        topics={topics}
        genres={genres}
        submitLabel="保存草稿"
        initial={{
          unitId: units.length === 1 ? String(units[0]!.id) : "",
          methods: ["政府网站"],
          generatedOn: formatDate(new Date()),
        }}
      />
    </div>
  );
}
