import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryForm } from "@/components/entries/entry-form";
import { requireCapability } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isoDate } from "@/lib/entries/model";
import { findEntryForAdmin, listCategories } from "@/lib/entries/queries";
import { stateAfterEdit } from "@/lib/review/model";
import { idSchema } from "@/lib/units/schemas";
import { updateEntryAction } from "../../actions";

export const metadata = { title: "修改信息" };

export default async function EditEntryPage({ params }: { params: Promise<{ entryId: string }> }) {
  const actor = await requireCapability("entries.draft");
  const id = idSchema.safeParse((await params).entryId);
  const found = id.success ? await findEntryForAdmin(actor, id.data) : null;
  if (!found || !can(actor, "entries.draft", { unitPath: found.entry.unit.path })) notFound();
  const { entry, current } = found;
  const { topics, genres } = await listCategories(actor);
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/admin/entries/${entry.id}`}>← 返回信息详情</Link>
      </p>
      <h1 className="text-2xl font-bold">修改信息</h1>
      {stateAfterEdit(current.state) === null ? (
        <p>当前状态的信息不能直接修改。已发布的信息请使用“修订”新建版本。</p>
      ) : (
        <>
          {current.state !== "DRAFT" && (
            <p className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">这条信息正在审查中。保存修改后，已有的审查结果作废，须重新进行保密审查。</p>
          )}
          <EntryForm
            action={updateEntryAction.bind(null, entry.id, current.id, current.version)}
            topics={topics}
            genres={genres}
            submitLabel="保存修改"
            initial={{
              title: current.title,
              documentNo: current.documentNo ?? "",
              generatedOn: isoDate(current.generatedOn),
              writtenOn: current.writtenOn ? isoDate(current.writtenOn) : "",
              topicId: String(current.topicId),
              genreId: String(current.genreId),
              validity: current.validity,
              attribute: current.attribute,
              scope: current.scope,
              methods: current.methods,
              article20Item: current.article20Item ?? "",
              keywords: current.keywords.join("，"),
              summary: current.summary,
              bodyHtml: current.bodyHtml,
            }}
          />
        </>
      )}
    </div>
  );
}
