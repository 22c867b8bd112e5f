import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { deliverAfterCommit, notifyAnswerApproval } from "@/lib/notifications/service";
import { toChinaDate, type IsoDate } from "./dates";
import { CORRECTION_REPLY_WORKING_DAYS } from "./deadlines";
import { computeWith, dateValue } from "./due-dates";
import { feePaymentDeadline, priorItemsInMonth, quoteFee, type FeeQuote } from "./fees";
import { draftLetter, type Letter, type LetterBase } from "./letters";
import { checkCorrectionWindow, decideRequest, REQUEST_ACTION_LABELS, REQUEST_OUTCOME_LABELS, toRequestActor } from "./model";
import { isoOf, loadCalendar, pendingAnswer, requestFacts } from "./queries";
import type { AnswerDraftInput, RequestActionInput } from "./schemas";

/** Processing a received application: 补正, consultations, the extension, fees, the answer and its approval. */

type Tx = Prisma.TransactionClient;

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
  const notified = await db.$transaction(async (tx) => {
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
      case "discard":
        // Never received, so never counted (lib/requests/statistics.ts); the submitter sees why.
        Object.assign(data, { closedAt: new Date(), outcomeReason: input.reason });
        break;
      case "reopen":
        Object.assign(data, { answeredOn: null, closedAt: null, outcomeReason: null, answerSubmittedById: null });
        break;
    }
    // An unassigned application is taken on by the handler who first acts on it.
    const handlerId = request.handlerId ?? (can(actor, "requests.handle", { unitPath: request.unit.path }) ? actor.id : null);
    const { count } = await tx.disclosureRequest.updateMany({
      where: { id: requestId, version },
      data: {
        ...data,
        state: to,
        handlerId,
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
    return input.action === "submitAnswer" ? notifyAnswerApproval(tx, actor, { ...request, handlerId }) : [];
  });
  deliverAfterCommit(notified);
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
