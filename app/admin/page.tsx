import { formatDate, formatDateTime } from "@/lib/format";
import Link from "next/link";
import { requireCapability } from "@/lib/auth/guards";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listRecentAudit } from "@/lib/audit/queries";
import { countUnits } from "@/lib/units/queries";
import { countQueues } from "@/lib/entries/queries";
import { listOverduePublications } from "@/lib/entries/scheduler";
import { intervalLabel } from "@/lib/categories/freshness";
import { listStaleColumns } from "@/lib/categories/queries";
import { toChinaDate } from "@/lib/requests/dates";
import { isWithin } from "@/lib/auth/permissions";
import { listIntegrityAlertsFor } from "@/lib/safeguards/integrity-check";

export const metadata = { title: "工作台" };

export default async function DashboardPage() {
  const actor = await requireCapability("admin.access");
  const isAdmin = can(actor, "users.manage");
  const worksOnEntries = can(actor, "entries.draft") || can(actor, "entries.review") || can(actor, "entries.approve");
  const [unitCount, recent, queues, overdue, stale, tampered] = await Promise.all([
    countUnits(actor),
    isAdmin ? listRecentAudit(actor, 8) : Promise.resolve([]),
    worksOnEntries ? countQueues(actor) : Promise.resolve(null),
    listOverduePublications(),
    listStaleColumns(actor, toChinaDate(new Date())),
    listIntegrityAlertsFor(actor, new Date()),
  ]);
  const myOverdue = overdue.filter((o) => actor.roles.some((r) => isWithin(o.entry.unit.path, r.unitPath)));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">工作台</h1>
      {tampered.length > 0 && (
        <section role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          <h2 className="font-semibold">公开信息未通过完整性校验</h2>
          <p className="text-sm">
            以下信息的内容与审批通过的版本不一致，公开网站已暂停显示，请在<Link href="/admin/integrity?run=1">完整性校验</Link>中核查。
          </p>
          <ul className="mt-1 list-inside list-disc">
            {tampered.map((t) => (
              <li key={t.entryId}>
                <Link href={`/admin/entries/${t.entryId}`}>{t.indexNo ?? `信息 ${t.entryId}`}</Link>（{formatDateTime(t.alertedAt)} 发现）
              </li>
            ))}
          </ul>
        </section>
      )}
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
      {stale.total > 0 && (
        <section aria-labelledby="stale-heading" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="stale-heading" className="mb-2 text-lg font-semibold">
            栏目更新提醒
          </h2>
          <p className="mb-2 text-sm text-slate-700">
            共 {stale.total} 个栏目空白或超过更新周期未更新{stale.total > stale.items.length ? `，以下是最需要处理的 ${stale.items.length} 个` : ""}。
          </p>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  单位
                </th>
                <th scope="col" className="py-1 pr-3">
                  栏目
                </th>
                <th scope="col" className="py-1 pr-3">
                  要求
                </th>
                <th scope="col" className="py-1">
                  情况
                </th>
              </tr>
            </thead>
            <tbody>
              {stale.items.map((row) => (
                <tr key={`${row.unitId}-${row.topicId}`} className="border-b border-slate-200">
                  <td className="py-1 pr-3">{row.unitName}</td>
                  <td className="py-1 pr-3">
                    <Link href={`/search?unitId=${row.unitId}&topicId=${row.topicId}&sort=date`}>{row.topicName}</Link>
                  </td>
                  <td className="py-1 pr-3">{intervalLabel(row.interval)}更新</td>
                  <td className="py-1 text-red-800">
                    {row.freshness.status === "BLANK"
                      ? "空白栏目，从未发布"
                      : `已超期 ${row.freshness.daysOverdue} 天（最近发布 ${row.lastPublishedAt ? formatDate(row.lastPublishedAt) : ""}）`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
