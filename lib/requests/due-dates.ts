import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { OVERRIDE_KIND_LABELS, validateOverrides, type WorkingCalendar } from "./calendar";
import type { IsoDate } from "./dates";
import { computeDeadline } from "./deadlines";
import { isoOf, loadCalendar, toClockEvents } from "./queries";
import type { CalendarOverrideInput } from "./schemas";

/** Stored due dates: computing a request's, and the holiday calendar whose changes recompute them all. */

type Tx = Prisma.TransactionClient;

/** A @db.Date column's value for an ISO day. */
export const dateValue = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

/**
 * Computes the deadline with the request's current clock events and stores it (null while the clock is
 * stopped). Strict (after an action): what breaks a rule of deadlines.ts — a second extension, an
 * approval after the due date … — is refused. Not strict (after a calendar change): left as it was.
 */
export async function computeWith(tx: Tx, requestId: number, calendar: WorkingCalendar, { strict = true } = {}): Promise<IsoDate | null> {
  const request = await tx.disclosureRequest.findUniqueOrThrow({ where: { id: requestId }, select: { receivedOn: true, clockEvents: true } });
  if (!request.receivedOn) return null;
  const result = computeDeadline({ receivedOn: isoOf(request.receivedOn), events: toClockEvents(request.clockEvents) }, calendar);
  if (!result.ok) {
    if (strict) throw new DomainError("INVALID_INPUT", { message: result.issues.map((i) => i.message).join(" ") });
    return null;
  }
  await tx.disclosureRequest.update({ where: { id: requestId }, data: { dueOn: result.deadline.dueOn ? dateValue(result.deadline.dueOn) : null } });
  return result.deadline.dueOn;
}

/** After a calendar change: every open request's due date, recomputed with the new calendar. Returns how many changed. */
export async function recomputeOpenDeadlines(tx: Tx): Promise<number> {
  const calendar = await loadCalendar(tx);
  const open = await tx.disclosureRequest.findMany({
    where: { state: { notIn: ["ANSWERED", "CLOSED"] }, receivedOn: { not: null } },
    select: { id: true, dueOn: true },
  });
  let changed = 0;
  for (const request of open) {
    await computeWith(tx, request.id, calendar, { strict: false });
    const after = await tx.disclosureRequest.findUniqueOrThrow({ where: { id: request.id }, select: { dueOn: true } });
    if (after.dueOn?.getTime() !== request.dueOn?.getTime()) changed++;
  }
  return changed;
}

// ---------------------------------------------------------------------------------------------------
// The holiday calendar
// ---------------------------------------------------------------------------------------------------

/**
 * Adds or changes one day of the holiday calendar (system administrators), then recomputes the due
 * date of every open request in the same transaction. Returns how many due dates changed.
 */
export async function saveCalendarDay({ actor, input }: { actor: Actor; input: CalendarOverrideInput }): Promise<number> {
  if (!can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以维护节假日安排。" });
  const issue = validateOverrides([{ ...input, source: input.source }])[0];
  if (issue)
    throw new DomainError("INVALID_INPUT", {
      fieldErrors: { [issue.code === "NAME_MISSING" ? "name" : issue.code === "INVALID_KIND" ? "kind" : "date"]: [issue.message] },
    });
  return db.$transaction(async (tx) => {
    const date = dateValue(input.date);
    const before = await tx.calendarOverride.findUnique({ where: { date } });
    await tx.calendarOverride.upsert({ where: { date }, create: { ...input, date }, update: { ...input, date } });
    const changed = await recomputeOpenDeadlines(tx);
    await recordAudit(tx, {
      actor,
      action: before ? "calendar.update" : "calendar.add",
      entityType: "CalendarOverride",
      entityId: input.date,
      summary: `${before ? "修改" : "新增"}节假日安排：${input.date} ${OVERRIDE_KIND_LABELS[input.kind]}（${input.name}），${changed} 件申请的答复期限随之更新`,
      details: { before, after: input },
    });
    return changed;
  });
}

/** Removes one day of the holiday calendar and recomputes open requests' due dates. */
export async function removeCalendarDay({ actor, date }: { actor: Actor; date: IsoDate }): Promise<number> {
  if (!can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以维护节假日安排。" });
  return db.$transaction(async (tx) => {
    const before = await tx.calendarOverride.findUnique({ where: { date: dateValue(date) } });
    if (!before) throw new DomainError("NOT_FOUND");
    await tx.calendarOverride.delete({ where: { date: before.date } });
    const changed = await recomputeOpenDeadlines(tx);
    await recordAudit(tx, {
      actor,
      action: "calendar.remove",
      entityType: "CalendarOverride",
      entityId: date,
      summary: `删除节假日安排：${date} ${OVERRIDE_KIND_LABELS[before.kind]}（${before.name}），${changed} 件申请的答复期限随之更新`,
      details: { before },
    });
    return changed;
  });
}
