/**
 * Notifications: who is told that something waits for them, and when a deadline reminder is due.
 *
 * Pure: no I/O, no clock. The service (service.ts) loads the candidates and writes the rows in the
 * transaction of the change that causes them; e-mail goes out after commit (mail.ts).
 */
import { can, type Actor, type Capability } from "@/lib/auth/permissions";
import type { NotificationKind, Role } from "@/lib/db/generated/enums";
import type { WorkingCalendar } from "@/lib/requests/calendar";
import type { IsoDate } from "@/lib/requests/dates";
import { assessDeadline } from "@/lib/requests/deadlines";
import type { ReviewAction } from "@/lib/review/model";

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  REVIEW_REQUESTED: "待保密审查",
  APPROVAL_REQUESTED: "待领导审批",
  REVISION_RETURNED: "退回修改",
  ANSWER_APPROVAL_REQUESTED: "答复待审批",
  REQUEST_DUE_SOON: "申请即将到期",
  REQUEST_OVERDUE: "申请已逾期",
};

/** Who is to be told: holders of a capability or a role over the item's unit, or one user. */
export type Audience = { capability: Capability } | { role: Role } | { userId: number };

/**
 * The candidates the audience covers for an item of the unit at `unitPath`, minus `exclude` (people
 * the rules forbid to act on it, such as the drafter for the review). Roles apply to their unit and
 * every unit below it, exactly as for authorization (lib/auth/permissions.ts).
 */
export function selectRecipients(candidates: readonly Actor[], audience: Audience, unitPath: string, exclude: readonly (number | null)[] = []): Actor[] {
  const covers = (actor: Actor) =>
    "userId" in audience
      ? actor.id === audience.userId
      : "capability" in audience
        ? can(actor, audience.capability, { unitPath })
        : actor.roles.some((grant) => grant.role === audience.role && unitPath.startsWith(grant.unitPath));
  const seen = new Set<number>();
  return candidates.filter((actor) => {
    if (exclude.includes(actor.id) || seen.has(actor.id) || !covers(actor)) return false;
    seen.add(actor.id);
    return true;
  });
}

export interface ReviewNotice {
  kind: NotificationKind;
  audience: Audience;
  exclude: number[];
}

/**
 * Whom a review step puts to work (domain.md §7, 先审查、后公开): a submission waits for the unit's
 * 保密审查员, a cleared revision for its 分管领导, a returned one for its drafter. Left out are those
 * the separation of duties forbids to act (lib/review/model.ts `decide`): the drafter and last editor,
 * and at step 2 the step-1 reviewer. Other steps notify nobody.
 */
export function reviewNotice(action: ReviewAction, revision: { drafterId: number; lastEditorId: number }, actorId: number): ReviewNotice | null {
  const authors = [revision.drafterId, revision.lastEditorId];
  switch (action) {
    case "submit":
      return { kind: "REVIEW_REQUESTED", audience: { capability: "entries.review" }, exclude: authors };
    case "clear":
      return { kind: "APPROVAL_REQUESTED", audience: { capability: "entries.approve" }, exclude: [...authors, actorId] };
    case "returnToDrafter":
      return { kind: "REVISION_RETURNED", audience: { userId: revision.drafterId }, exclude: [actorId] };
    default:
      return null;
  }
}

/** Working days before the due date from which the handler is reminded every day (issue P8 item 3). */
export const REMINDER_WORKING_DAYS = 3;

export type ReminderKind = Extract<NotificationKind, "REQUEST_DUE_SOON" | "REQUEST_OVERDUE">;

/**
 * The reminder an open application with its clock running gets on `today`: overdue once its due date
 * has passed, due soon when `REMINDER_WORKING_DAYS` working days or fewer are left (0 = due today),
 * counted on the statutory calendar (weekends, holidays and 调休 make-up days, lib/requests/calendar.ts).
 */
export function reminderFor(dueOn: IsoDate, today: IsoDate, calendar: WorkingCalendar): { kind: ReminderKind; label: string } | null {
  const assessment = assessDeadline({ dueOn, stoppedBy: null }, today, calendar, REMINDER_WORKING_DAYS);
  if (assessment.status === "overdue") return { kind: "REQUEST_OVERDUE", label: assessment.label };
  if (assessment.status === "dueSoon") return { kind: "REQUEST_DUE_SOON", label: assessment.label };
  return null;
}

/** One reminder per application, kind, recipient and China day: the unique key makes a rerun write nothing. */
export function reminderKey(kind: ReminderKind, requestId: number, today: IsoDate): string {
  return `${kind}:${requestId}:${today}`;
}

/** Reminders go out at this time (China time, a daily job), so they arrive in office hours and count today's days. */
export const REMINDER_TIME = "08:00";

/** Attempts per e-mail before it is left as failed; the reminder run retries within this many days. */
export const MAX_EMAIL_ATTEMPTS = 5;
export const EMAIL_RETRY_DAYS = 3;

/** The e-mail for one notification: plain text with the absolute link to the item. */
export function composeEmail(input: { recipientName: string; title: string; url: string; siteName: string }): { subject: string; text: string } {
  return {
    subject: `【${input.siteName}】${input.title}`,
    text: [
      `${input.recipientName}，您好：`,
      "",
      input.title,
      "",
      `请登录管理后台办理：${input.url}`,
      "",
      `—— ${input.siteName} 管理后台（系统自动发送，请勿回复。如不需要邮件提醒，可在“我的账号”中关闭。）`,
    ].join("\n"),
  };
}
