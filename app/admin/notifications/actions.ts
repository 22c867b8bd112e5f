"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { isDomainError } from "@/lib/errors";
import { markAllNotificationsRead, openNotification } from "@/lib/notifications/service";
import { idSchema } from "@/lib/units/schemas";

/** Marks the notification read; `open` then goes to the item it is about. */
async function markRead(notificationId: number) {
  const actor = await requireUser();
  try {
    return await openNotification({ actor, notificationId: idSchema.parse(notificationId) });
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
}

export async function openNotificationAction(notificationId: number): Promise<void> {
  const { link } = await markRead(notificationId);
  revalidatePath("/admin", "layout");
  redirect(link.startsWith("/admin/") ? link : "/admin/notifications");
}

export async function markNotificationReadAction(notificationId: number): Promise<void> {
  await markRead(notificationId);
  revalidatePath("/admin", "layout");
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const actor = await requireUser();
  await markAllNotificationsRead({ actor });
  revalidatePath("/admin", "layout");
}
