import { formatDateTime } from "@/lib/format";
import Link from "next/link";
import { requireCapability } from "@/lib/auth/guards";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listRecentAudit } from "@/lib/audit/queries";
import { countUnits } from "@/lib/units/queries";
import { countQueues } from "@/lib/entries/queries";
import { listOverduePublications } from "@/lib/entries/scheduler";
import { isWithin } from "@/lib/auth/permissions";

export const metadata = { title: "工作台" };

export default async function DashboardPage() {
  const actor = await requireCapability("admin.access");
  const isAdmin = can(actor, "users.manage");
  const worksOnEntries = can(actor, "entries.draft") || can(actor, "entries.review") || can(actor, "entries.approve");
  const [unitCount, recent, queues, overdue] = await Promise.all([
    countUnits(actor),
    isAdmin ? listRecentAudit(actor, 8) : Promise.resolve([]),
    worksOnEntries ? countQueues(actor) : Promise.resolve(null),
    listOverduePublications(),
  ]);
  const myOverdue = overdue.filter((o) => actor.roles.some((r) => isWithin(o.entry.unit.path, r.unitPath)));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">工作台</h1>
      {myOverdue.length > 0 && (
        <section role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          <h2 className="font-semibold">定时发布未按时完成</h2>
          <ul className="mt-1 list-inside list-disc">
            {myOverdue.map((o) => (
              <li key={o.id}>
                <Link href={`/admin/entries/${o.entryId}`}>{o.title}</Link>（原定 {o.scheduledAt && formatDateTime(o.scheduledAt)}
                ），请查看审计日志中的失败原因。
              </li>
            ))}
          </ul>
        </section>
      )}
      {queues && (
        <section aria-labelledby="queues-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="queues-heading" className="mb-2 text-lg font-semibold">
            待办
          </h2>
          <ul className="flex flex-wrap gap-6">
            {can(actor, "entries.draft") && (
              <li>
                <Link href="/admin/entries?view=mine">我的草稿及在审信息 {queues.mine} 条</Link>
              </li>
            )}
            {can(actor, "entries.review") && (
              <li>
                <Link href="/admin/entries?view=review">待我审查 {queues.review} 条</Link>
              </li>
            )}
            {can(actor, "entries.approve") && (
              <li>
                <Link href="/admin/entries?view=approval">待我审批 {queues.approval} 条</Link>
              </li>
            )}
          </ul>
        </section>
      )}
      <section aria-labelledby="roles-heading" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="roles-heading" className="mb-2 text-lg font-semibold">
          我的角色
        </h2>
        {actor.roles.length === 0 ? (
          <p>您的账号尚未分配角色，请联系单位管理员。</p>
        ) : (
          <ul className="list-inside list-disc">
            {actor.roles.map((grant) => (
              <li key={`${grant.role}-${grant.unitId}`}>
                {ROLE_LABELS[grant.role]} · {grant.unitName}
              </li>
            ))}
          </ul>
        )}
      </section>
      {isAdmin && (
        <section aria-labelledby="admin-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="admin-heading" className="mb-2 text-lg font-semibold">
            管理概况
          </h2>
          <p>
            您可管理 <Link href="/admin/units">{unitCount} 个单位</Link>及其<Link href="/admin/users">用户</Link>。
          </p>
          <h3 className="mt-4 font-semibold">最近操作</h3>
          {recent.length === 0 ? (
            <p>暂无记录。</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {recent.map((event) => (
                <li key={event.id}>
                  <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time> {event.actorName}：{event.summary}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
