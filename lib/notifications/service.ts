import "server-only";
import { ACTOR_SELECT, toActor } from "@/lib/auth/service";
import { rolesWith, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { toChinaDate } from "@/lib/requests/dates";
import { isoOf, loadCalendar } from "@/lib/requests/queries";
import type { ReviewAction } from "@/lib/review/model";
import { describeMailError, isMailEnabled, openMailer, siteOrigin } from "./mail";
import {
  composeEmail,
  EMAIL_RETRY_DAYS,
  MAX_EMAIL_ATTEMPTS,
  reminderFor,
  reminderKey,
  REMINDER_WORKING_DAYS,
  reviewNotice,
  selectRecipients,
  type Audience,
} from "./model";

type Tx = Prisma.TransactionClient;

/** What one notification is about; each recipient gets a row of it. */
interface Notice {
  kind: NotificationKind;
  audience: Audience;
  exclude?: readonly (number | null)[];
  unitPath: string;
  title: string;
  link: string;
  entityType: string;
  entityId: string | number;
  /** Daily reminders: the key that makes a second run on the same day write nothing. */
  dedupeKey?: string;
}

/** Active users who may be in the audience: holders of the roles over the unit or one of its ancestors, or the one user. */
async function findCandidates(tx: Tx, audience: Audience, unitPath: string) {
  const ancestorIds = unitPath.split("/").filter(Boolean).map(Number);
  const roles = "userId" in audience ? null : "capability" in audience ? rolesWith(audience.capability) : [audience.role];
  const users = await tx.user.findMany({
    where: {
      disabled: false,
      ...(roles ? { roles: { some: { role: { in: roles }, unitId: { in: ancestorIds } } } } : { id: (audience as { userId: number }).userId }),
    },
    orderBy: { id: "asc" },
    select: { ...ACTOR_SELECT, email: true, emailNotifications: true },
  });
  return users.map((user) => ({ actor: toActor(user), wantsEmail: Boolean(user.email) && user.emailNotifications }));
}

/**
 * Writes the notice's rows in the caller's transaction, so they exist exactly when the change that
 * causes them is committed. Returns the ids of rows to e-mail: pass them to `deliverAfterCommit`.
 */
export async function notifyInTx(tx: Tx, notice: Notice): Promise<number[]> {
  const candidates = await findCandidates(tx, notice.audience, notice.unitPath);
  const chosen = new Set(
    selectRecipients(
      candidates.map((c) => c.actor),
      notice.audience,
      notice.unitPath,
      notice.exclude,
    ).map((a) => a.id),
  );
  const recipients = candidates.filter((c) => chosen.has(c.actor.id));
  if (recipients.length === 0) return [];
  const mail = await isMailEnabled(tx);
  const rows = await tx.notification.createManyAndReturn({
    data: recipients.map((r) => ({
      recipientId: r.actor.id,
      kind: notice.kind,
      title: notice.title,
      link: notice.link,
      entityType: notice.entityType,
      entityId: String(notice.entityId),
      dedupeKey: notice.dedupeKey ?? null,
      emailStatus: mail && r.wantsEmail ? "PENDING" : "NONE",
    })),
    skipDuplicates: true,
    select: { id: true, emailStatus: true },
  });
  return rows.filter((r) => r.emailStatus === "PENDING").map((r) => r.id);
}

const REVIEW_TITLES: Partial<Record<NotificationKind, (title: string) => string>> = {
  REVIEW_REQUESTED: (title) => `待保密审查：「${title}」`,
  APPROVAL_REQUESTED: (title) => `待领导审批：「${title}」`,
  REVISION_RETURNED: (title) => `已退回修改：「${title}」`,
};

/** The notification a review step causes (model.ts `reviewNotice`), in the step's transaction. */
export async function notifyReviewStep(
  tx: Tx,
  actor: Actor,
  action: ReviewAction,
  revision: { entryId: number; title: string; drafterId: number; lastEditorId: number; entry: { unit: { path: string } } },
): Promise<number[]> {
  const notice = reviewNotice(action, revision, actor.id);
  if (!notice) return [];
  return notifyInTx(tx, {
    ...notice,
    unitPath: revision.entry.unit.path,
    title: REVIEW_TITLES[notice.kind]!(revision.title),
    link: `/admin/entries/${revision.entryId}`,
    entityType: "Entry",
    entityId: revision.entryId,
  });
}

/**
 * An answer submitted for approval waits for the leaders of the application's unit, except those the
 * rules forbid to approve it (lib/requests/model.ts): whoever submitted it and the assigned handler.
 */
export function notifyAnswerApproval(
  tx: Tx,
  actor: Actor,
  request: { id: number; trackingCode: string; handlerId: number | null; unit: { path: string } },
): Promise<number[]> {
  return notifyInTx(tx, {
    kind: "ANSWER_APPROVAL_REQUESTED",
    audience: { capability: "requests.approve" },
    exclude: [actor.id, request.handlerId],
    unitPath: request.unit.path,
    title: `答复待审批：申请 ${request.trackingCode}`,
    link: `/admin/requests/${request.id}`,
    entityType: "DisclosureRequest",
    entityId: request.id,
  });
}

// ---------------------------------------------------------------------------------------------------
// E-mail, after commit
// ---------------------------------------------------------------------------------------------------

const inFlight = new Set<Promise<void>>();

/**
 * Sends the e-mail of committed notifications in the background: the change that caused them has
 * already succeeded, and a failure is only recorded on the notification (retried by the reminder run).
 */
export function deliverAfterCommit(ids: number[]): void {
  if (ids.length === 0) return;
  const delivery: Promise<void> = deliverEmails(ids)
    .then(() => undefined)
    .catch((error: unknown) => logger().error({ err: error, action: "notification.email", ids }, "notification e-mail failed"))
    .finally(() => inFlight.delete(delivery));
  inFlight.add(delivery);
}

/** Resolves when the background deliveries started so far have finished (tests, orderly shutdown). */
export async function settleDeliveries(): Promise<void> {
  await Promise.all([...inFlight]);
}

/**
 * E-mails the given notifications if they are still due (PENDING or FAILED under the attempt limit).
 * Each is claimed first by bumping its attempt count, so two instances never send the same one twice.
 */
async function deliverEmails(ids: number[]): Promise<{ sent: number; failed: number }> {
  const rows = await db.notification.findMany({
    where: { id: { in: ids }, emailStatus: { in: ["PENDING", "FAILED"] }, emailAttempts: { lt: MAX_EMAIL_ATTEMPTS } },
    orderBy: { id: "asc" },
    select: { id: true, title: true, link: true, emailAttempts: true, recipient: { select: { displayName: true, email: true, emailNotifications: true } } },
  });
  if (rows.length === 0) return { sent: 0, failed: 0 };
  const counts = { sent: 0, failed: 0 };
  const record = (id: number, data: Prisma.NotificationUpdateInput) => db.notification.update({ where: { id }, data });
  let mailer: Awaited<ReturnType<typeof openMailer>> = null;
  let setupError: string | null = null;
  try {
    mailer = await openMailer();
    if (!mailer) setupError = "邮件提醒已停用";
  } catch (error) {
    setupError = describeMailError(error);
  }
  const siteName = (await db.siteSettings.findUnique({ where: { id: 1 }, select: { siteName: true } }))?.siteName ?? "政府信息公开";
  try {
    for (const row of rows) {
      const { count } = await db.notification.updateMany({
        where: { id: row.id, emailAttempts: row.emailAttempts },
        data: { emailAttempts: { increment: 1 }, emailStatus: "PENDING" },
      });
      if (count !== 1) continue; // another instance took it
      if (!row.recipient.email || !row.recipient.emailNotifications) {
        await record(row.id, { emailStatus: "NONE" });
        continue;
      }
      try {
        if (!mailer) throw new Error(setupError ?? "邮件提醒已停用");
        const url = `${siteOrigin()}${row.link}`;
        await mailer.send({ to: row.recipient.email, ...composeEmail({ recipientName: row.recipient.displayName, title: row.title, url, siteName }) });
        await record(row.id, { emailStatus: "SENT", emailedAt: new Date(), emailError: null });
        counts.sent++;
      } catch (error) {
        await record(row.id, { emailStatus: "FAILED", emailError: describeMailError(error) });
        counts.failed++;
      }
    }
  } finally {
    mailer?.close();
  }
  return counts;
}

/** Failed e-mail of the last few days, and sends that never finished (the process stopped), tried again. */
async function retryEmails(now: Date) {
  const stale = new Date(now.getTime() - 10 * 60_000);
  const due = await db.notification.findMany({
    where: {
      emailAttempts: { lt: MAX_EMAIL_ATTEMPTS },
      createdAt: { gte: new Date(now.getTime() - EMAIL_RETRY_DAYS * 86_400_000) },
      OR: [{ emailStatus: "FAILED" }, { emailStatus: "PENDING", updatedAt: { lt: stale } }],
    },
    select: { id: true },
  });
  return deliverEmails(due.map((r) => r.id));
}

// ---------------------------------------------------------------------------------------------------
// Daily deadline reminders
// ---------------------------------------------------------------------------------------------------

/**
 * The daily reminder run (issue P8 item 3): every open application with its clock running that is due
 * in ≤ 3 working days reminds its handler, one that is overdue its handler and the unit's
 * administrators (without a handler: the unit's handlers). One reminder per application, kind,
 * recipient and China day (unique key), so running it twice a day writes and sends nothing new. Then
 * failed e-mail is retried. Runs as the daily job `notifications.deadline-reminders` (lib/jobs/server-jobs.ts).
 */
export async function sendDeadlineReminders(now: Date): Promise<{ reminders: number; sent: number; failed: number }> {
  const today = toChinaDate(now);
  const calendar = await loadCalendar();
  const horizon = calendar.addWorkingDays(today, REMINDER_WORKING_DAYS);
  const requests = await db.disclosureRequest.findMany({
    where: { state: { notIn: ["ANSWERED", "CLOSED"] }, dueOn: { not: null, lte: new Date(`${horizon}T00:00:00Z`) } },
    orderBy: { dueOn: "asc" },
    select: { id: true, trackingCode: true, dueOn: true, handler: { select: { id: true, disabled: true } }, unit: { select: { path: true } } },
  });
  const ids: number[] = [];
  for (const request of requests) {
    const dueOn = isoOf(request.dueOn!);
    const reminder = reminderFor(dueOn, today, calendar);
    if (!reminder) continue;
    const notice = {
      kind: reminder.kind,
      unitPath: request.unit.path,
      title: `申请 ${request.trackingCode} ${reminder.kind === "REQUEST_OVERDUE" ? "已逾期" : "即将到期"}：${reminder.label}（答复期限 ${dueOn}）`,
      link: `/admin/requests/${request.id}`,
      entityType: "DisclosureRequest",
      entityId: request.id,
      dedupeKey: reminderKey(reminder.kind, request.id, today),
    };
    ids.push(
      ...(await db.$transaction(async (tx) => {
        // Without an active handler, the unit's handlers pick the application up, so they are told.
        const handler = request.handler && !request.handler.disabled ? request.handler : null;
        const toHandler = await notifyInTx(tx, { ...notice, audience: handler ? { userId: handler.id } : { capability: "requests.handle" } });
        const toAdmins = reminder.kind === "REQUEST_OVERDUE" ? await notifyInTx(tx, { ...notice, audience: { role: "UNIT_ADMIN" } }) : [];
        return [...toHandler, ...toAdmins];
      })),
    );
  }
  const fresh = await deliverEmails(ids);
  const retried = await retryEmails(now);
  return { reminders: ids.length, sent: fresh.sent + retried.sent, failed: fresh.failed + retried.failed };
}

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

/** Marks one of the actor's notifications read and returns where it points; someone else's is not found. */
export async function openNotification({ actor, notificationId }: { actor: Actor; notificationId: number }): Promise<{ link: string }> {
  const notification = await db.notification.findFirst({ where: { id: notificationId, recipientId: actor.id }, select: { link: true } });
  if (!notification) throw new DomainError("NOT_FOUND");
  await db.notification.updateMany({ where: { id: notificationId, readAt: null }, data: { readAt: new Date() } });
  return notification;
}

/** Marks every unread notification of the actor read; returns how many. */
export async function markAllNotificationsRead({ actor }: { actor: Actor }): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { recipientId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}
