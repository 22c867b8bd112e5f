import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createDraftInTx } from "@/lib/entries/service";
import { DomainError } from "@/lib/errors";
import { OVERRIDE_KIND_LABELS, validateOverrides, type WorkingCalendar } from "./calendar";
import { toChinaDate, type IsoDate } from "./dates";
import { computeDeadline } from "./deadlines";
import { feePaymentDeadline, priorItemsInMonth, quoteFee, type FeeQuote } from "./fees";
import { draftLetter, type Letter, type LetterBase } from "./letters";
import { checkCorrectionWindow, decideRequest, REQUEST_ACTION_LABELS, REQUEST_OUTCOME_LABELS, toRequestActor } from "./model";
import { isoOf, loadCalendar, pendingAnswer, requestFacts, toClockEvents } from "./queries";
import type { AnswerDraftInput, ApplicationInput, CalendarOverrideInput, IntakeInput, RequestActionInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Crockford base32: no I, L, O or U, so codes read aloud over the phone are unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const randomCode = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** After this many wrong secrets a tracking code cannot be looked up for LOOKUP_LOCK_MS. */
export const LOOKUP_MAX_FAILURES = 5;
export const LOOKUP_LOCK_MS = 15 * 60_000;

const dateValue = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

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

async function createRequest(tx: Tx, data: Omit<Prisma.DisclosureRequestUncheckedCreateInput, "trackingCode" | "secretHash">) {
  const secret = randomCode(8);
  const year = toChinaDate(new Date()).slice(0, 4);
  // 32^8 codes a year: a collision is astronomically unlikely, and the unique index would refuse it.
  const trackingCode = `${year}-${randomCode(4)}-${randomCode(4)}`;
  const created = await tx.disclosureRequest.create({ data: { ...data, trackingCode, secretHash: sha256(secret) }, select: { id: true } });
  return { id: created.id, trackingCode, secret };
}

async function requireActiveUnit(tx: Tx, unitId: number) {
  const unit = await tx.unit.findFirst({ where: { id: unitId, disabled: false }, select: { id: true, name: true, path: true } });
  if (!unit) throw new DomainError("INVALID_INPUT", { fieldErrors: { unitId: ["请选择受理机关"] } });
  return unit;
}

/**
 * An application filed on the website. Its legal receipt date is the day staff confirm it (条例 art. 31:
 * online applications count from mutual confirmation), so it waits as SUBMITTED until registered.
 * Returns the tracking code and the secret, which is shown to the applicant once and stored only hashed.
 */
export async function submitApplication(input: ApplicationInput): Promise<{ trackingCode: string; secret: string }> {
  return db.$transaction(async (tx) => {
    const unit = await requireActiveUnit(tx, input.unitId);
    const created = await createRequest(tx, { ...input, channel: "ONLINE", state: "SUBMITTED" });
    await recordAudit(tx, {
      actor: null,
      action: "request.submit",
      entityType: "DisclosureRequest",
      entityId: created.id,
      unitId: unit.id,
      toState: "SUBMITTED",
      summary: `收到网上申请 ${created.trackingCode}（${unit.name}）`,
    });
    return { trackingCode: created.trackingCode, secret: created.secret };
  });
}

/** A paper, fax, e-mail or window application typed in by a handler, with its channel's legal receipt date. */
export async function intakeApplication({ actor, input }: { actor: Actor; input: IntakeInput }) {
  return db.$transaction(async (tx) => {
    const unit = await requireActiveUnit(tx, input.unitId);
    if (!can(actor, "requests.handle", { unitPath: unit.path })) throw new DomainError("FORBIDDEN", { fieldErrors: { unitId: ["您无权为该单位登记申请"] } });
    if (input.receivedOn > toChinaDate(new Date())) throw new DomainError("INVALID_INPUT", { fieldErrors: { receivedOn: ["收到日期不能晚于今天"] } });
    const { channel, receivedOn, ...application } = input;
    const created = await createRequest(tx, {
      ...application,
      channel,
      state: "RECEIVED",
      receivedOn: dateValue(receivedOn),
      handlerId: actor.id,
      createdById: actor.id,
    });
    await computeWith(tx, created.id, await loadCalendar(tx));
    await recordAudit(tx, {
      actor,
      action: "request.intake",
      entityType: "DisclosureRequest",
      entityId: created.id,
      unitId: unit.id,
      toState: "RECEIVED",
      summary: `登记申请 ${created.trackingCode}（${unit.name}，收到日期 ${receivedOn}）`,
    });
    return created;
  });
}

/** A handler confirms an online application: the clock starts from `receivedOn`. */
export async function registerApplication({
  actor,
  requestId,
  receivedOn,
  version,
}: {
  actor: Actor;
  requestId: number;
  receivedOn: IsoDate;
  version: number;
}) {
  await db.$transaction(async (tx) => {
    const request = await tx.disclosureRequest.findUnique({
      where: { id: requestId },
      select: { state: true, trackingCode: true, submittedAt: true, unit: true },
    });
    if (!request || !can(actor, "requests.handle", { unitPath: request.unit.path })) throw new DomainError("NOT_FOUND");
    if (request.state !== "SUBMITTED") throw new DomainError("INVALID_TRANSITION", { message: "该申请已登记。" });
    if (receivedOn < toChinaDate(request.submittedAt) || receivedOn > toChinaDate(new Date()))
      throw new DomainError("INVALID_INPUT", { fieldErrors: { receivedOn: ["确认收到的日期应在提交日期和今天之间"] } });
    const { count } = await tx.disclosureRequest.updateMany({
      where: { id: requestId, state: "SUBMITTED", version },
      data: { state: "RECEIVED", receivedOn: dateValue(receivedOn), handlerId: actor.id, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("CONFLICT");
    await computeWith(tx, requestId, await loadCalendar(tx));
    await recordAudit(tx, {
      actor,
      action: "request.register",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      fromState: "SUBMITTED",
      toState: "RECEIVED",
      summary: `确认收到网上申请 ${request.trackingCode}，收到日期 ${receivedOn}`,
    });
  });
}

const digitsOf = (phone: string) => phone.replace(/\D/g, "");

function secretMatches(given: string, request: { secretHash: string; phone: string }): boolean {
  const hash = Buffer.from(sha256(given.trim().toUpperCase()), "hex");
  if (timingSafeEqual(hash, Buffer.from(request.secretHash, "hex"))) return true;
  return /^\d{4}$/.test(given.trim()) && digitsOf(request.phone).slice(-4) === given.trim();
}

/**
 * Whether `secret` (the query secret, or the phone's last 4 digits) opens the request with this tracking
 * code. An unknown code and a wrong secret look the same; after LOOKUP_MAX_FAILURES wrong secrets the
 * code is refused for LOOKUP_LOCK_MS, so neither can be guessed.
 */
export async function checkApplicantSecret(trackingCode: string, secret: string, now = new Date()): Promise<boolean> {
  const request = await db.disclosureRequest.findUnique({
    where: { trackingCode },
    select: { id: true, secretHash: true, phone: true, lookupFailures: true, lookupLockedUntil: true },
  });
  if (!request) return false;
  if (request.lookupLockedUntil && request.lookupLockedUntil > now)
    throw new DomainError("FORBIDDEN", { message: "查询密码错误次数过多，请 15 分钟后再试，或致电受理机关查询。" });
  if (!secretMatches(secret, request)) {
    const failures = request.lookupFailures + 1;
    await db.disclosureRequest.update({
      where: { id: request.id },
      data: failures >= LOOKUP_MAX_FAILURES ? { lookupFailures: 0, lookupLockedUntil: new Date(now.getTime() + LOOKUP_LOCK_MS) } : { lookupFailures: failures },
    });
    return false;
  }
  if (request.lookupFailures > 0) await db.disclosureRequest.update({ where: { id: request.id }, data: { lookupFailures: 0, lookupLockedUntil: null } });
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Processing: 补正, consultations, the extension, the answer and its approval
// ---------------------------------------------------------------------------------------------------

/** Working days the applicant is given to send the corrected application (a "reasonable period", art. 30). */
export const CORRECTION_REPLY_WORKING_DAYS = 15;

const requestInclude = {
  unit: { select: { id: true, name: true, path: true } },
  clockEvents: { orderBy: { id: "asc" } },
  letters: { where: { kind: "ANSWER" }, orderBy: { id: "asc" } },
} satisfies Prisma.DisclosureRequestInclude;

type LoadedRequest = Prisma.DisclosureRequestGetPayload<{ include: typeof requestInclude }>;

async function loadForAction(tx: Tx, actor: Actor, requestId: number): Promise<LoadedRequest> {
  const request = await tx.disclosureRequest.findUnique({ where: { id: requestId }, include: requestInclude });
  if (!request || !(can(actor, "requests.handle", { unitPath: request.unit.path }) || can(actor, "requests.approve", { unitPath: request.unit.path })))
    throw new DomainError("NOT_FOUND");
  return request;
}

function letterBase(request: LoadedRequest, date: IsoDate): LetterBase {
  return {
    agencyName: request.unit.name,
    applicantName: request.applicantName,
    applicantType: request.applicantType,
    trackingCode: request.trackingCode,
    receivedOn: request.receivedOn ? isoOf(request.receivedOn) : date,
    requestDescription: request.description,
    date,
  };
}

const letterBody = (letter: Letter) => letter.paragraphs.join("\n\n");

/**
 * Saves the answer being prepared: the outcome and its reasons, and the letter. Without an edited
 * letter (or when the outcome changed) the letter is drafted afresh from the template for the outcome.
 */
export async function saveAnswerDraft({ actor, requestId, input }: { actor: Actor; requestId: number; input: AnswerDraftInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await loadForAction(tx, actor, requestId);
    if (!can(actor, "requests.handle", { unitPath: request.unit.path })) throw new DomainError("FORBIDDEN", { message: "只有经办人可以起草答复。" });
    if (request.state !== "IN_PROGRESS") throw new DomainError("INVALID_TRANSITION", { message: "只有办理中的申请可以起草答复。" });
    const previous = pendingAnswer(request.letters);
    const today = toChinaDate(new Date());
    const redraft = !input.body || previous?.outcome !== input.outcome;
    const letter = draftLetter("ANSWER", {
      ...letterBase(request, today),
      outcome: input.outcome,
      explanation: input.explanation,
      provision: { form: request.infoForm, delivery: request.delivery },
    });
    const data = {
      outcome: input.outcome,
      explanation: input.explanation,
      title: letter.title,
      body: redraft ? letterBody(letter) : input.body,
      draftedById: actor.id,
    };
    if (previous) await tx.requestLetter.update({ where: { id: previous.id }, data });
    else await tx.requestLetter.create({ data: { requestId, kind: "ANSWER", ...data } });
    await recordAudit(tx, {
      actor,
      action: "request.draft_answer",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      summary: `起草答复：${REQUEST_OUTCOME_LABELS[input.outcome]}（${request.trackingCode}）`,
    });
  });
}

/**
 * Moves a request on by one action of lib/requests/model.ts (which decides whether it may), records
 * what the action brings (clock events, letters, the outcome), re-checks and stores the deadline, and
 * audits it — all in one transaction, refused with CONFLICT if someone acted first.
 */
export async function actOnRequest({ actor, requestId, version, input }: { actor: Actor; requestId: number; version: number; input: RequestActionInput }) {
  await db.$transaction(async (tx) => {
    const request = await loadForAction(tx, actor, requestId);
    const reason = "reason" in input ? input.reason : undefined;
    const decision = decideRequest(
      requestFacts(request, pendingAnswer(request.letters)),
      input.action,
      toRequestActor(actor, (c) => can(actor, c, { unitPath: request.unit.path })),
      { reason },
    );
    if (!decision.ok)
      throw new DomainError(decision.reason === "NO_ROLE" || decision.reason === "OWN_WORK" ? "FORBIDDEN" : "INVALID_TRANSITION", {
        message: decision.message,
      });
    const calendar = await loadCalendar(tx);
    const today = toChinaDate(new Date());
    const base = letterBase(request, today);
    let to = decision.to;
    const data: Prisma.DisclosureRequestUpdateManyMutationInput = { version: { increment: 1 } };
    if (decision.outcome !== undefined) data.outcome = decision.outcome;
    const openEvent = (kind: "CORRECTION" | "PAUSE") => request.clockEvents.find((e) => e.kind === kind && e.endOn === null);
    const closeEvent = async (kind: "CORRECTION" | "PAUSE", endOn: IsoDate) => {
      const event = openEvent(kind);
      if (!event) throw new DomainError("INVALID_TRANSITION");
      if (endOn < isoOf(event.startOn)) throw new DomainError("INVALID_INPUT", { fieldErrors: { on: [`日期不能早于 ${isoOf(event.startOn)}`] } });
      await tx.requestClockEvent.update({ where: { id: event.id }, data: { endOn: dateValue(endOn) } });
    };
    if ("on" in input && input.on > today) throw new DomainError("INVALID_INPUT", { fieldErrors: { on: ["日期不能晚于今天"] } });

    switch (input.action) {
      case "requestCorrection": {
        const window = checkCorrectionWindow(base.receivedOn, input.on, calendar);
        if (!window.open) throw new DomainError("INVALID_INPUT", { fieldErrors: { on: [window.message ?? ""] } });
        await tx.requestClockEvent.create({ data: { requestId, kind: "CORRECTION", startOn: dateValue(input.on), reason: input.items, actorId: actor.id } });
        const items = input.items
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        const letter = draftLetter("CORRECTION", { ...base, date: input.on, items, dueOn: calendar.addWorkingDays(input.on, CORRECTION_REPLY_WORKING_DAYS) });
        await tx.requestLetter.create({ data: { requestId, kind: "CORRECTION", title: letter.title, body: letterBody(letter), draftedById: actor.id } });
        break;
      }
      case "receiveCorrection":
        await closeEvent("CORRECTION", input.on);
        break;
      case "startConsultation":
        await tx.requestClockEvent.create({
          data: { requestId, kind: "PAUSE", pauseReason: input.pauseReason, startOn: dateValue(input.on), actorId: actor.id },
        });
        break;
      case "endConsultation":
        await closeEvent("PAUSE", input.on);
        break;
      case "extend": {
        const before = request.dueOn ? isoOf(request.dueOn) : null;
        await tx.requestClockEvent.create({
          data: { requestId, kind: "EXTENSION", startOn: dateValue(input.on), workingDays: input.workingDays, reason: input.reason, actorId: actor.id },
        });
        const after = await computeWith(tx, requestId, calendar);
        const letter = draftLetter("EXTENSION", {
          ...base,
          date: input.on,
          reason: input.reason,
          workingDays: input.workingDays,
          originalDueOn: before,
          newDueOn: after ?? before ?? input.on,
        });
        await tx.requestLetter.create({
          data: {
            requestId,
            kind: "EXTENSION",
            title: letter.title,
            body: letterBody(letter),
            draftedById: actor.id,
            approvedById: actor.id,
            approvedAt: new Date(),
          },
        });
        break;
      }
      case "sendFeeNotice": {
        const quote = await quoteFor(tx, request, input);
        Object.assign(data, { feeMethod: quote.method, feeYuan: quote.amountYuan, feeWaiverReason: quote.waiver?.reason ?? null, feePaidOn: null });
        if (quote.amountYuan === 0) {
          // Free (within the free allowance) or waived: recorded, and no notice, so the state stays.
          to = request.state;
          break;
        }
        await tx.requestClockEvent.create({ data: { requestId, kind: "PAUSE", pauseReason: "FEE_NOTICE", startOn: dateValue(today), actorId: actor.id } });
        const letter = draftLetter("FEE_NOTICE", { ...base, quote });
        await tx.requestLetter.create({ data: { requestId, kind: "FEE_NOTICE", title: letter.title, body: letterBody(letter), draftedById: actor.id } });
        break;
      }
      case "recordPayment":
        await closeEvent("PAUSE", input.on);
        data.feePaidOn = dateValue(input.on);
        break;
      case "feeUnpaid": {
        const notice = openEvent("PAUSE");
        const lastDay = notice ? feePaymentDeadline(isoOf(notice.startOn), calendar) : today;
        if (today <= lastDay)
          throw new DomainError("INVALID_TRANSITION", { message: `缴费期限到 ${lastDay} 为止（自收到收费通知次日起 20 个工作日），期满后才能终止办理。` });
        data.closedAt = new Date();
        break;
      }
      case "submitAnswer":
        data.answerSubmittedById = actor.id;
        break;
      case "returnAnswer":
        data.answerSubmittedById = null;
        break;
      case "approveAnswer":
        await tx.requestLetter.update({ where: { id: pendingAnswer(request.letters)!.id }, data: { approvedById: actor.id, approvedAt: new Date() } });
        data.answeredOn = dateValue(today);
        data.outcomeReason = pendingAnswer(request.letters)!.explanation;
        break;
      case "abandonCorrection":
      case "withdrawByApplicant":
        data.closedAt = new Date();
        break;
      case "reopen":
        Object.assign(data, { answeredOn: null, closedAt: null, outcomeReason: null, answerSubmittedById: null });
        break;
    }
    const { count } = await tx.disclosureRequest.updateMany({
      where: { id: requestId, version },
      data: {
        ...data,
        state: to,
        ...(request.handlerId === null && can(actor, "requests.handle", { unitPath: request.unit.path }) ? { handlerId: actor.id } : {}),
      },
    });
    if (count !== 1) throw new DomainError("CONFLICT", { message: "该申请刚刚已被他人处理，请刷新后查看最新状态。" });
    await computeWith(tx, requestId, calendar);
    await recordAudit(tx, {
      actor,
      action: `request.${input.action}`,
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      fromState: request.state,
      toState: to,
      reason: reason ?? null,
      summary: `${REQUEST_ACTION_LABELS[input.action]}（${request.trackingCode}）${decision.outcome ? `：${REQUEST_OUTCOME_LABELS[decision.outcome]}` : ""}`,
    });
  });
}

/**
 * The 信息处理费 of a request (109号). Per item, the applicant's other applications received in the same
 * calendar month count first (one item each): the free allowance is per applicant per month.
 */
async function quoteFor(tx: Tx, request: LoadedRequest, input: Extract<RequestActionInput, { action: "sendFeeNotice" }>): Promise<FeeQuote> {
  const waiver = input.waiverReason ? { reason: input.waiverReason } : undefined;
  if (input.method === "PER_PAGE") return quoteFee({ method: "PER_PAGE", pages: input.quantity, waiver });
  const receivedOn = isoOf(request.receivedOn ?? request.submittedAt);
  const earlier = await tx.disclosureRequest.findMany({
    where: { idNumber: request.idNumber, id: { not: request.id }, receivedOn: { gte: dateValue(`${receivedOn.slice(0, 7)}-01`), lte: dateValue(receivedOn) } },
    select: { receivedOn: true },
  });
  const prior = priorItemsInMonth(
    earlier.map((r) => ({ receivedOn: isoOf(r.receivedOn!), items: 1 })),
    receivedOn,
  );
  return quoteFee({ method: "PER_ITEM", items: input.quantity, priorItemsThisMonth: prior, waiver });
}

/**
 * Computes the deadline with the request's current clock events and stores it (null while the clock is
 * stopped). Strict (after an action): what breaks a rule of deadlines.ts — a second extension, an
 * approval after the due date … — is refused. Not strict (after a calendar change): left as it was.
 */
async function computeWith(tx: Tx, requestId: number, calendar: WorkingCalendar, { strict = true } = {}): Promise<IsoDate | null> {
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

// ---------------------------------------------------------------------------------------------------
// Catalogue entries that answer an application
// ---------------------------------------------------------------------------------------------------

async function loadForHandling(tx: Tx, actor: Actor, requestId: number) {
  const request = await tx.disclosureRequest.findUnique({ where: { id: requestId }, include: { unit: { select: { id: true, name: true, path: true } } } });
  if (!request || !can(actor, "requests.handle", { unitPath: request.unit.path })) throw new DomainError("NOT_FOUND");
  return request;
}

/** Links a published catalogue entry, found by its 索引号, that answers the application. */
export async function linkEntry({ actor, requestId, indexNo }: { actor: Actor; requestId: number; indexNo: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await loadForHandling(tx, actor, requestId);
    const entry = await tx.entry.findFirst({ where: { indexNo: indexNo.trim(), search: { isNot: null } }, select: { id: true, indexNo: true } });
    if (!entry) throw new DomainError("INVALID_INPUT", { fieldErrors: { indexNo: ["没有找到该索引号的公开信息"] } });
    await tx.requestEntry.upsert({ where: { requestId_entryId: { requestId, entryId: entry.id } }, create: { requestId, entryId: entry.id }, update: {} });
    await recordAudit(tx, {
      actor,
      action: "request.link_entry",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      summary: `关联公开信息 ${entry.indexNo}（${request.trackingCode}）`,
    });
  });
}

/** Phone and ID numbers in an applicant's wording, which must not travel into a public entry. */
const PERSONAL_NUMBERS = /\d{17}[\dXx]|1[3-9]\d{9}|\d{3,4}-\d{7,8}/g;

/**
 * 条例 art. 44: an answered application whose information is of general interest becomes a draft
 * catalogue entry of the unit, linked to the application, for the normal review before publication.
 * Nothing of the applicant is copied: the draft names the information asked for (phone and ID numbers
 * removed) and the clerk completes it; the confidentiality review checks it like any other entry.
 */
export async function promoteToCatalogue({ actor, requestId }: { actor: Actor; requestId: number }): Promise<{ entryId: number }> {
  return db.$transaction(async (tx) => {
    const request = await loadForHandling(tx, actor, requestId);
    if (request.state !== "ANSWERED" || (request.outcome !== "GRANTED" && request.outcome !== "PARTIAL"))
      throw new DomainError("INVALID_TRANSITION", { message: "只有已答复予以公开或部分公开的申请可以转为主动公开。" });
    const [topic, genre] = await Promise.all([
      tx.category.findFirst({ where: { kind: "TOPIC", name: "依申请公开", unitId: null }, select: { id: true } }),
      tx.category.findFirst({ where: { kind: "GENRE", name: "其他", unitId: null }, select: { id: true } }),
    ]);
    if (!topic || !genre) throw new DomainError("INVALID_INPUT", { message: "缺少“依申请公开”主题分类或“其他”体裁，请先在分类管理中添加。" });
    const wording = request.description.replace(PERSONAL_NUMBERS, "〔已删除〕");
    const title = (wording.split(/[\n。；;]/)[0] ?? wording).slice(0, 60);
    const input = entryInputSchema.parse({
      title: title.length >= 2 ? title : "依申请公开转主动公开的信息",
      summary: `本信息曾依申请公开（${request.answeredOn ? isoOf(request.answeredOn) : ""}答复），因具有普遍性，依照《政府信息公开条例》第四十四条转为主动公开。`,
      documentNo: request.documentNo ?? "",
      generatedOn: toChinaDate(new Date()),
      topicId: topic.id,
      genreId: genre.id,
      methods: ["政府网站"],
      bodyHtml: "",
    });
    const { entryId } = await createDraftInTx(tx, actor, request.unit.id, input);
    await tx.requestEntry.create({ data: { requestId, entryId, promoted: true } });
    await recordAudit(tx, {
      actor,
      action: "request.promote",
      entityType: "DisclosureRequest",
      entityId: requestId,
      unitId: request.unit.id,
      summary: `依申请公开转主动公开：起草信息「${input.title}」（${request.trackingCode}）`,
      details: { entryId },
    });
    return { entryId };
  });
}
