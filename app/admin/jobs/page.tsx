import { DataTable } from "@/components/ui/data-table";
import { requireCapability } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { RUN_STATUS_LABELS, type RunStatus } from "@/lib/jobs/model";
import { loadJobOverview } from "@/lib/jobs/queries";

export const metadata = { title: "定时作业" };
export const dynamic = "force-dynamic";

const STATUS_CLASS: Record<RunStatus, string> = { SUCCEEDED: "", RUNNING: "", FAILED: "font-semibold text-red-800", INTERRUPTED: "font-semibold text-red-800" };

type Run = Awaited<ReturnType<typeof loadJobOverview>>["recent"][number];

function RunRows({ runs, labels }: { runs: Run[]; labels: Map<string, string> }) {
  return runs.map((run) => (
    <tr key={run.id} className="border-t border-slate-200 align-top">
      <td className="px-3 py-2">{labels.get(run.job) ?? run.job}</td>
      <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(run.slot)}</td>
      <td className="px-3 py-2 font-mono text-xs">{run.instance}</td>
      <td className={`px-3 py-2 whitespace-nowrap ${STATUS_CLASS[run.status]}`}>{RUN_STATUS_LABELS[run.status]}</td>
      <td className="px-3 py-2 break-all">{run.error ?? run.summary ?? ""}</td>
    </tr>
  ));
}

/** The scheduled jobs of all instances: what runs when, where it ran, and what failed. */
export default async function JobsPage() {
  const actor = await requireCapability("site.manage");
  const { jobs, failures, recent } = await loadJobOverview(actor);
  const labels = new Map(jobs.map((job) => [job.name, job.label]));
  const runColumns = ["作业", "计划时间", "实例", "结果", "说明"];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">定时作业</h1>
      <p className="text-sm text-slate-700">定时发布、链接检查等作业由各服务器实例自动执行，每个计划时间只在一个实例上运行一次。运行记录保留 30 天。</p>
      <DataTable caption="作业" columns={["作业", "计划", "最近运行", "结果", "下次运行"]} small>
        {jobs.map((job) => (
          <tr key={job.name} className="border-t border-slate-200">
            <th scope="row" className="px-3 py-2 text-left font-medium">
              {job.label} <span className="font-mono text-xs text-slate-600">{job.name}</span>
            </th>
            <td className="px-3 py-2">{job.schedule}</td>
            <td className="px-3 py-2 whitespace-nowrap">{job.last ? formatDateTime(job.last.startedAt) : "尚未运行"}</td>
            <td className={`px-3 py-2 ${job.last ? STATUS_CLASS[job.last.status] : ""}`}>{job.last ? RUN_STATUS_LABELS[job.last.status] : "—"}</td>
            <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(job.next)}</td>
          </tr>
        ))}
      </DataTable>
      <h2 className="text-lg font-semibold">失败与中断</h2>
      {failures.length === 0 ? (
        <p role="status">近 30 天没有失败或中断的作业。</p>
      ) : (
        <DataTable caption="失败与中断的作业" columns={runColumns} small>
          <RunRows runs={failures} labels={labels} />
        </DataTable>
      )}
      <h2 className="text-lg font-semibold">最近运行</h2>
      <DataTable caption="最近运行的作业" columns={runColumns} small>
        <RunRows runs={recent} labels={labels} />
      </DataTable>
    </div>
  );
}
