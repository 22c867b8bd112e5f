import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/pagination";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The bell in the admin header. */
export function countUnreadNotifications(actor: Actor): Promise<number> {
  return db.notification.count({ where: { recipientId: actor.id, readAt: null } });
}

/** The actor's own notifications: unread ones first (newest first), then read ones (most recently read first). */
export async function listNotifications(actor: Actor, { page }: { page: number }) {
  const where = { recipientId: actor.id };
  const [total, unread] = await Promise.all([db.notification.count({ where }), countUnreadNotifications(actor)]);
  const window = pageWindow(total, page, NOTIFICATIONS_PAGE_SIZE);
  const notifications = await db.notification.findMany({
    where,
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
    select: { id: true, kind: true, title: true, link: true, createdAt: true, readAt: true, emailStatus: true, emailError: true },
  });
  return { notifications, total, unread, page: window.page, pageCount: window.pageCount };
}
