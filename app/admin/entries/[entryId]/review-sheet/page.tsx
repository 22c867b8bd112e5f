import { formatDateTime } from "@/lib/format";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/ui/print-button";
import { requireUser } from "@/lib/auth/guards";
import { ATTRIBUTE_LABELS } from "@/lib/entries/model";
import { findEntryForAdmin } from "@/lib/entries/queries";
import { CLEARANCE_CONCLUSION_LABELS, WITHHOLDING_GROUNDS, type ClearanceConclusion, type WithholdingGround } from "@/lib/review/model";
import { idSchema } from "@/lib/units/schemas";

export const metadata = { title: "政府信息公开保密审查审核表" };

const time = (d: Date | null | undefined) => (d ? formatDateTime(d) : "—");

/** 审核表 of one published (or previously published) revision, laid out for A4 paper. */
export default async function ReviewSheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ entryId: string }>;
  searchParams: Promise<{ revision?: string }>;
}) {
  const actor = await requireUser();
  const id = idSchema.safeParse((await params).entryId);
  const found = id.success ? await findEntryForAdmin(actor, id.data) : null;
  if (!found) notFound();
  const revisionId = idSchema.safeParse((await searchParams).revision);
  const revision = found.entry.revisions.find((r) => revisionId.success && r.id === revisionId.data && r.publishedAt);
  if (!revision) notFound();
  const round = revision.reviews.filter((r) => revision.submittedAt && r.createdAt >= revision.submittedAt && r.contentHash === revision.contentHash);
  const clearance = round.findLast((r) => r.step === "CLEARANCE" && r.decision === "CLEARED");
  const approval = round.findLast((r) => r.step === "APPROVAL" && r.decision === "APPROVED");
  const rows: [string, string][] = [
    ["信息名称", revision.title],
    ["索引号", found.entry.indexNo ?? "—"],
    ["发布机构", found.entry.unit.name],
    ["文号", revision.documentNo ?? "—"],
    ["拟公开属性", ATTRIBUTE_LABELS[revision.attribute]],
    ["公开方式 / 范围", `${revision.methods.join("、")} / ${revision.scope}`],
    ["承办人（起草）", `${found.names.get(revision.drafterId) ?? ""}　提交：${time(revision.submittedAt)}`],
    [
      "保密审查意见",
      clearance
        ? `${CLEARANCE_CONCLUSION_LABELS[clearance.conclusion as ClearanceConclusion]}；公开属性：${clearance.attribute ? ATTRIBUTE_LABELS[clearance.attribute] : "—"}${clearance.legalGround ? `；依据：${WITHHOLDING_GROUNDS[clearance.legalGround as WithholdingGround]}` : ""}${clearance.note ? `；${clearance.note}` : ""}　审查人：${clearance.actorName}　${time(clearance.createdAt)}`
        : "—",
    ],
    ["是否涉密", clearance ? "经审查不涉及国家秘密" : "—"],
    ["分管领导意见", approval ? `${approval.note || "同意公开"}　审批人：${approval.actorName}　${time(approval.createdAt)}` : "—"],
    ["发布日期", time(revision.publishedAt)],
    ["内容摘要（SHA-256）", revision.contentHash],
  ];
  return (
    <article className="mx-auto max-w-[210mm] bg-white p-8 text-base print:p-0">
      <div className="mb-4 flex justify-end print:hidden">
        <PrintButton />
      </div>
      <h1 className="mb-6 text-center text-2xl font-bold">政府信息公开保密审查审核表</h1>
      <table className="w-full border-collapse border border-black">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className="w-40 border border-black px-3 py-3 text-left align-top font-medium">
                {label}
              </th>
              <td className="border border-black px-3 py-3 break-all">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-sm">本表由系统根据审查记录生成；审查记录不可修改，内容摘要与发布内容一致。第 {revision.number} 版。</p>
    </article>
  );
}
