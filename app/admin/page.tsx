import Link from "next/link";
import { requireCapability } from "@/lib/auth/guards";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listRecentAudit } from "@/lib/audit/queries";
import { countUnits } from "@/lib/units/queries";

export const metadata = { title: "工作台" };

export default async function DashboardPage() {
  const actor = await requireCapability("admin.access");
  const isAdmin = can(actor, "users.manage");
  const [unitCount, recent] = await Promise.all([countUnits(actor), isAdmin ? listRecentAudit(actor, 8) : Promise.resolve([])]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">工作台</h1>
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
                  <time dateTime={event.createdAt.toISOString()}>{event.createdAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</time>{" "}
                  {event.actorName}：{event.summary}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
