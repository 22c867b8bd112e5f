import { buttonClass } from "@/components/ui/button-class";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/model";
import { listNotifications } from "@/lib/notifications/queries";
import { notificationListQuerySchema } from "@/lib/notifications/schemas";
import { markAllNotificationsReadAction, markNotificationReadAction, openNotificationAction } from "./actions";

export const metadata = { title: "消息通知" };

const EMAIL_NOTES = { SENT: "已发送邮件", FAILED: "邮件发送失败" } as const;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const query = notificationListQuerySchema.parse(await searchParams);
  const { notifications, total, unread, page, pageCount } = await listNotifications(actor, query);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">消息通知</h1>
        {unread > 0 && (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className={buttonClass("secondary")}>
              全部标为已读
            </button>
          </form>
        )}
      </div>
      <p className="text-slate-700">
        {unread > 0 ? `${unread} 条未读。` : "没有未读通知。"}待您审查、审批或办理的事项会通知到这里；填写了电子邮箱的，也会收到邮件（可在“我的账号”中关闭）。
      </p>
      {notifications.length === 0 ? (
        <p className="rounded-lg bg-white p-5 shadow-sm">暂无通知。有信息提交审查、待您审批、被退回，或申请临近答复期限时，会在这里提醒您。</p>
      ) : (
        <ul className="space-y-2" aria-label="通知列表">
          {notifications.map((n) => (
            <li
              key={n.id}
              aria-label={`${n.readAt ? "已读" : "未读"}：${n.title}`}
              className={`flex flex-wrap items-start justify-between gap-3 rounded-lg px-4 py-3 shadow-sm ${n.readAt ? "bg-white" : "border-brand-700 bg-brand-50 border-l-4"}`}
            >
              <div className="space-y-1">
                <form action={openNotificationAction.bind(null, n.id)}>
                  <button type="submit" className={`text-brand-800 text-left underline ${n.readAt ? "" : "font-semibold"}`}>
                    {n.title}
                  </button>
                </form>
                <p className="text-sm text-slate-600">
                  {NOTIFICATION_KIND_LABELS[n.kind]} · <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                  {n.readAt ? " · 已读" : " · 未读"}
                  {n.emailStatus === "SENT" || n.emailStatus === "FAILED" ? ` · ${EMAIL_NOTES[n.emailStatus]}` : ""}
                </p>
              </div>
              {!n.readAt && (
                <form action={markNotificationReadAction.bind(null, n.id)}>
                  <button type="submit" className={buttonClass("secondary")}>
                    标为已读
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} params={{}} />
    </div>
  );
}
