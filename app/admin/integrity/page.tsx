import Link from "next/link";
import { z } from "zod";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable } from "@/components/ui/data-table";
import { requireCapability } from "@/lib/auth/guards";
import { CHAIN_PROBLEM_LABELS } from "@/lib/audit/chain";
import { formatDateTime } from "@/lib/format";
import { INTEGRITY_PROBLEM_LABELS } from "@/lib/safeguards/integrity";
import { type AuditChainReport, verifyPublicContentFor } from "@/lib/safeguards/integrity-check";

export const metadata = { title: "完整性校验" };

const querySchema = z.object({ run: z.literal("1").optional().catch(undefined) });

export default async function IntegrityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("audit.read");
  const { run } = querySchema.parse(await searchParams);
  const report = run ? await verifyPublicContentFor(actor) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">完整性校验</h1>
      <p className="text-sm text-slate-600">
        重新计算所有公开信息（数据库内容和附件文件）的哈希，与审批记录和审计日志核对，并检查是否被植入博彩等垃圾信息。信息较多时需要一些时间。
      </p>
      <form method="get">
        <input type="hidden" name="run" value="1" />
        <button type="submit" className={buttonClass()}>
          {report ? "重新校验" : "开始校验"}
        </button>
      </form>
      {report && (
        <section aria-labelledby="result-heading" className="space-y-3">
          <h2 id="result-heading" className="text-lg font-semibold">
            校验结果
          </h2>
          <p>
            共核验 {report.checkedRevisions} 条公开信息、{report.checkedFiles} 个附件文件。
          </p>
          {report.problems.length === 0 ? (
            <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
              未发现问题。
            </p>
          ) : (
            <>
              <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
                发现 {report.problems.length} 个问题。内容与审批不一致的信息在公开网站上已暂停显示，其他问题请核查处理。
              </p>
              <DataTable caption="校验发现的问题" columns={["索引号", "信息", "问题", "详情"]} small>
                {report.problems.map((p, i) => (
                  <tr key={`${p.revisionId}-${p.kind}-${i}`} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2 font-mono whitespace-nowrap">{p.indexNo ?? "—"}</td>
                    <td className="px-3 py-2">
                      <Link href={`/admin/entries/${p.entryId}`}>信息 {p.entryId}</Link>
                    </td>
                    <td className="px-3 py-2">{INTEGRITY_PROBLEM_LABELS[p.kind]}</td>
                    <td className="px-3 py-2">{p.details}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
          {report.auditChain && <AuditChainResult chain={report.auditChain} />}
        </section>
      )}
    </div>
  );
}

function AuditChainResult({ chain }: { chain: AuditChainReport }) {
  return (
    <section aria-labelledby="chain-heading" className="space-y-2">
      <h3 id="chain-heading" className="font-semibold">
        审计日志哈希链
      </h3>
      <p>
        共核验 {chain.checked} 条审计记录{chain.unchainedBefore > 0 && `（另有 ${chain.unchainedBefore} 条为启用哈希链之前的记录，未核验）`}。
      </p>
      {chain.problems.length === 0 ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          哈希链完整，审计记录未被改动、删除或插入。
        </p>
      ) : (
        <DataTable caption="哈希链的问题" columns={["记录编号", "时间", "操作", "问题"]} small>
          {chain.problems.map((p) => (
            <tr key={`${p.id}-${p.kind}`} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 font-mono">{String(p.id)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(p.createdAt)}</td>
              <td className="px-3 py-2 font-mono">{p.action}</td>
              <td className="px-3 py-2">{CHAIN_PROBLEM_LABELS[p.kind]}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {chain.lastHash && (
        <p className="text-sm text-slate-600">
          链尾哈希：<code className="break-all">{chain.lastHash}</code>
          。删除最新的若干条记录不会使链断开，请定期抄录此值，下次校验时核对它是否仍在日志中。
        </p>
      )}
    </section>
  );
}
