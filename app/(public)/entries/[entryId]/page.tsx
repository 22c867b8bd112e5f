import { formatDate } from "@/lib/format";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AttachmentList } from "@/components/entries/attachment-list";
import { EntryMetadata } from "@/components/entries/entry-metadata";
import { ShareBox } from "@/components/public/share-box";
import { PrintButton } from "@/components/ui/print-button";
import { findPublicEntry } from "@/lib/entries/public-queries";
import { publicOrigin } from "@/lib/env";
import { sanitizeBody } from "@/lib/entries/sanitize";
import { WITHDRAWAL_REASONS, type WithdrawalReason } from "@/lib/review/model";
import { idSchema } from "@/lib/units/schemas";

export const dynamic = "force-dynamic";

/** One load per request, shared by generateMetadata and the page, also on a miss of the public cache. */
const findEntry = cache(findPublicEntry);

async function load(params: Promise<{ entryId: string }>) {
  const id = idSchema.safeParse((await params).entryId);
  return id.success ? findEntry(id.data) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ entryId: string }> }): Promise<Metadata> {
  const entry = await load(params);
  if (entry && !entry.intact) return { title: "正在核验", robots: { index: false } };
  return { title: entry?.revision.title ?? "信息不存在" };
}

export default async function PublicEntryPage({ params }: { params: Promise<{ entryId: string }> }) {
  const entry = await load(params);
  if (!entry) notFound();
  const { revision } = entry;
  if (!entry.intact) {
    return (
      <div role="status" className="space-y-2 rounded-md border border-slate-300 bg-white px-4 py-6">
        <h1 className="text-xl font-bold">该信息正在核验，暂不提供</h1>
        <p>请稍后再访问，或联系发布机构。</p>
      </div>
    );
  }
  return (
    <article className="space-y-6">
      {entry.withdrawnAt && (
        <p role="note" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          本信息已于 {formatDate(entry.withdrawnAt)} 撤销，原因：
          {WITHDRAWAL_REASONS[entry.withdrawalReason as WithdrawalReason] ?? "其他"}。以下内容仅供查阅，不再作为依据。
        </p>
      )}
      <div className="rounded-lg bg-white p-4 shadow-sm">
        <EntryMetadata revision={revision} indexNo={entry.indexNo} unitName={entry.unit.name} firstPublishedAt={entry.firstPublishedAt} />
      </div>
      <h1 className="text-center text-2xl leading-snug font-bold">{revision.title}</h1>
      <p className="text-center print:hidden">
        <PrintButton />
      </p>
      {revision.documentNo && <p className="text-center text-slate-700">{revision.documentNo}</p>}
      <div className="entry-body text-lg" dangerouslySetInnerHTML={{ __html: sanitizeBody(revision.bodyHtml) }} />
      {revision.attachments.length > 0 && (
        <section aria-labelledby="attachments-heading" className="space-y-2 border-t border-slate-300 pt-4">
          <h2 id="attachments-heading" className="text-lg font-semibold">
            附件
          </h2>
          <AttachmentList attachments={revision.attachments} />
        </section>
      )}
      <ShareBox url={`${publicOrigin(await headers())}/entries/${entry.id}`} />
    </article>
  );
}
