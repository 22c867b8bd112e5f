import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { toChinaDate, type IsoDate } from "./dates";
import { computeWith, dateValue } from "./due-dates";
import { stateAfter } from "./model";
import { loadCalendar } from "./queries";
import type { ApplicationInput, CorrectionReplyInput, IntakeInput } from "./schemas";

/**
 * How applications arrive: filed online by the applicant, typed in by a handler for the other
 * channels, or confirmed (registered) when they came online; how an applicant proves a tracking code
 * is theirs; and the corrected application (补正) the applicant sends online.
 */

type Tx = Prisma.TransactionClient;

/** Crockford base32: no I, L, O or U, so codes read aloud over the phone are unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const randomCode = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** After this many wrong secrets a tracking code cannot be looked up for LOOKUP_LOCK_MS. */
export const LOOKUP_MAX_FAILURES = 5;
export const LOOKUP_LOCK_MS = 15 * 60_000;

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

/**
 * The applicant sends the corrected application from the status page (after proving the tracking code
 * is theirs). It arrives that day, China time, which ends the 补正 and restarts the clock (条例 art. 30)
 * exactly as a handler's “收到补正” does; the handler reads the text on the request page.
 */
export async function replyToCorrection(trackingCode: string, input: CorrectionReplyInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await tx.disclosureRequest.findUnique({
      where: { trackingCode },
      select: {
        id: true,
        state: true,
        version: true,
        unit: { select: { id: true } },
        clockEvents: { where: { kind: "CORRECTION", endOn: null }, select: { id: true } },
      },
    });
    if (!request) throw new DomainError("NOT_FOUND");
    const open = request.clockEvents[0];
    if (request.state !== "NEEDS_CORRECTION" || !open) throw new DomainError("INVALID_TRANSITION", { message: "本申请目前不需要补正，无须提交。" });
    await tx.requestClockEvent.update({ where: { id: open.id }, data: { endOn: dateValue(toChinaDate(now)), reply: input.reply } });
    // Where a handler's 收到补正 leads.
    const to = stateAfter("receiveCorrection")!;
    const { count } = await tx.disclosureRequest.updateMany({
      where: { id: request.id, state: "NEEDS_CORRECTION", version: request.version },
      data: { state: to, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("CONFLICT");
    await computeWith(tx, request.id, await loadCalendar(tx));
    await recordAudit(tx, {
      actor: null,
      action: "request.correction_reply",
      entityType: "DisclosureRequest",
      entityId: request.id,
      unitId: request.unit.id,
      fromState: "NEEDS_CORRECTION",
      toState: to,
      summary: `申请人在线提交补正（${trackingCode}）`,
    });
  });
}
