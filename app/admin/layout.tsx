import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { adminNavigation } from "@/lib/admin/navigation";
import { PASSWORD_PAGE, requireUser } from "@/lib/auth/guards";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { countQueues } from "@/lib/entries/queries";
import { countUnreadNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: { default: "管理后台", template: "%s - 管理后台" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser({ allowTemporaryPassword: true });
  const queues = can(actor, "entries.draft") || can(actor, "entries.review") || can(actor, "entries.approve") ? await countQueues(actor) : null;
  const navigation = adminNavigation(actor).map((item) =>
    item.href === "/admin/entries" && queues ? { ...item, badge: queues.review + queues.approval } : item,
  );
  const roleNames = [...new Set(actor.roles.map((r) => ROLE_LABELS[r.role]))];
  const unread = await countUnreadNotifications(actor);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2">
        跳到正文
      </a>
      <header className="bg-brand-800 text-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="text-lg font-bold text-white">
            政府信息公开 · 管理后台
          </Link>
          <div className="flex items-center gap-4 text-sm">
            <span>
              {actor.displayName}（{roleNames.join("、") || "无角色"}）
            </span>
            <Link href="/admin/notifications" className="text-white" aria-label={`消息通知（${unread} 条未读）`}>
              <span aria-hidden="true">🔔 通知</span>
              {unread > 0 && (
                <span aria-hidden="true" className="ml-1 rounded-full bg-red-700 px-2 text-white">
                  {unread}
                </span>
              )}
            </Link>
            <Link href="/admin/account" className="text-white">
              我的账号
            </Link>
            <Link href={PASSWORD_PAGE} className="text-white">
              修改密码
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <aside className="md:w-48 md:shrink-0 print:hidden">
          <AdminNav items={navigation} />
        </aside>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}
