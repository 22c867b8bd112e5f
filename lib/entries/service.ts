import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { checkAttachment, cleanFilename, MAX_ATTACHMENTS } from "@/lib/attachments/model";
import { putFile } from "@/lib/attachments/storage";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicCache } from "@/lib/cache/public-cache";
import { db, type Prisma } from "@/lib/db/client";
import type { RevisionState } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { deliverAfterCommit, notifyReviewStep } from "@/lib/notifications/service";
import { maskAllInHtml } from "@/lib/safeguards/html";
import { isMaskable } from "@/lib/safeguards/mask";
import { FINDING_LABELS, type Finding, type FindingType } from "@/lib/safeguards/model";
import { replaceFindingsInTx, scanRevision } from "@/lib/safeguards/precheck";
import { reindexEntry } from "@/lib/search/index-document";
import {
  decide,
  OPEN_STATES,
  REVISION_STATE_LABELS,
  RETURN_REASONS,
  stateAfterEdit,
  WITHDRAWAL_REASONS,
  WITHHOLDING_GROUNDS,
  type ReviewAction,
} from "@/lib/review/model";
import { chinaYear, contentHash, formatIndexNo, storedContent, type EntryContent } from "./model";
import { loadReviewFacts } from "./facts";
import { plainTextToHtml, sanitizeBody } from "./sanitize";
import type { AcknowledgeFindingInput, ApprovalInput, ClearanceInput, EntryInput, ReturnInput, UnpublishInput } from "./schemas";

type Tx = Prisma.TransactionClient;

const revisionInclude = {
  entry: { include: { unit: { select: { id: true, name: true, path: true, code: true, disabled: true } } } },
} satisfies Prisma.EntryRevisionInclude;
type LoadedRevision = Prisma.EntryRevisionGetPayload<{ include: typeof revisionInclude }>;

const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The content of an entry from the editor's input: the body sanitised, the attachments' hashes in order. */
export function toContent(unitId: number, input: EntryInput, attachments: string[]): EntryContent {
  return { ...input, unitId, bodyHtml: sanitizeBody(plainTextToHtml(input.bodyHtml)), attachmentHashes: attachments };
}

/** The revision columns of `content`, with its hash, last edited by `actor`. */
export function revisionData(content: EntryContent, actor: Actor) {
  return {
    title: content.title,
    summary: content.summary,
    documentNo: content.documentNo,
    generatedOn: dateOnly(content.generatedOn),
    writtenOn: content.writtenOn ? dateOnly(content.writtenOn) : null,
    topicId: content.topicId,
    genreId: content.genreId,
    keywords: content.keywords,
    validity: content.validity,
    attribute: content.attribute,
    methods: content.methods,
    scope: content.scope,
    article20Item: content.article20Item,
    bodyHtml: content.bodyHtml,
    contentHash: contentHash(content),
    lastEditorId: actor.id,
  };
}

/** Categories must exist, be of the right kind, and be system-wide or belong to the entry's unit or an ancestor. */
async function assertCategories(tx: Tx, unitPath: string, input: EntryInput) {
  const ancestorIds = unitPath.split("/").filter(Boolean).map(Number);
  const found = await tx.category.findMany({
    where: { id: { in: [input.topicId, input.genreId] }, OR: [{ unitId: null }, { unitId: { in: ancestorIds } }] },
    select: { id: true, kind: true },
  });
  const fieldErrors: Record<string, string[]> = {};
  if (!found.some((c) => c.id === input.topicId && c.kind === "TOPIC")) fieldErrors.topicId = ["主题分类无效"];
  if (!found.some((c) => c.id === input.genreId && c.kind === "GENRE")) fieldErrors.genreId = ["体裁无效"];
  if (Object.keys(fieldErrors).length) throw new DomainError("INVALID_INPUT", { fieldErrors });
}

async function loadRevision(tx: Tx, revisionId: number): Promise<LoadedRevision> {
  const revision = await tx.entryRevision.findUnique({ where: { id: revisionId }, include: revisionInclude });
  if (!revision) throw new DomainError("NOT_FOUND");
  return revision;
}

/** Applies the rule for `action`, or throws the refusal as a DomainError with its message. */
async function authorize(tx: Tx, actor: Actor | "system", action: ReviewAction, revision: LoadedRevision) {
  const visible =
    actor === "system" ||
    can(actor, "entries.draft", { unitPath: revision.entry.unit.path }) ||
    can(actor, "entries.review", { unitPath: revision.entry.unit.path }) ||
    can(actor, "entries.approve", { unitPath: revision.entry.unit.path });
  if (!visible) throw new DomainError("NOT_FOUND");
  const decision = decide(actor, action, await loadReviewFacts(tx, revision));
  if (!decision.ok)
    throw new DomainError(
      decision.reason === "WRONG_STATE" || decision.reason === "OPEN_FINDINGS"
        ? "INVALID_TRANSITION"
        : decision.reason === "STALE_REVIEW"
          ? "CONFLICT"
          : "FORBIDDEN",
      {
        message: decision.message,
      },
    );
  return decision.to;
}

/**
 * Moves the revision from its loaded state and version to `to`, or fails with CONFLICT when someone
 * else changed it meanwhile (of two concurrent approvals exactly one wins).
 */
async function moveState(tx: Tx, revision: LoadedRevision, to: RevisionState, data: Prisma.EntryRevisionUpdateManyMutationInput = {}) {
  const { count } = await tx.entryRevision.updateMany({
    where: { id: revision.id, state: revision.state, version: revision.version },
    data: { ...data, state: to, version: { increment: 1 } },
  });
  if (count !== 1) throw new DomainError("CONFLICT", { message: "该信息刚刚已被他人处理，请刷新后查看最新状态。" });
}

function auditTransition(
  tx: Tx,
  actor: Actor | null,
  revision: LoadedRevision,
  action: string,
  to: RevisionState,
  summary: string,
  extra: { reason?: string | null; details?: Record<string, Prisma.InputJsonValue | null> } = {},
) {
  return recordAudit(tx, {
    actor,
    action,
    entityType: "Entry",
    entityId: revision.entryId,
    unitId: revision.entry.unitId,
    fromState: revision.state,
    toState: to,
    reason: extra.reason ?? null,
    summary: `${summary}：「${revision.title}」（第 ${revision.number} 版，${REVISION_STATE_LABELS[revision.state]} → ${REVISION_STATE_LABELS[to]}）`,
    details: { revisionId: revision.id, contentHash: revision.contentHash, ...extra.details },
  });
}

/** A clerk starts a new catalogue entry in a unit where they hold the clerk role. */
export function createDraft({ actor, unitId, input }: { actor: Actor; unitId: number; input: EntryInput }): Promise<{ entryId: number; revisionId: number }> {
  return db.$transaction((tx) => createDraftInTx(tx, actor, unitId, input));
}

/** `createDraft` inside the caller's transaction (e.g. an answered application promoted to the catalogue). */
export async function createDraftInTx(tx: Tx, actor: Actor, unitId: number, input: EntryInput): Promise<{ entryId: number; revisionId: number }> {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, disabled: true } });
  if (!unit || !can(actor, "entries.draft", { unitPath: unit.path }))
    throw new DomainError("FORBIDDEN", { message: "您不是该单位的经办人，不能在该单位起草信息。" });
  if (unit.disabled) throw new DomainError("INVALID_INPUT", { message: "该单位已停用。" });
  await assertCategories(tx, unit.path, input);
  const content = toContent(unit.id, input, []);
  const entry = await tx.entry.create({ data: { unitId: unit.id }, select: { id: true } });
  const revision = await tx.entryRevision.create({
    data: { entryId: entry.id, number: 1, drafterId: actor.id, ...revisionData(content, actor) },
    select: { id: true, contentHash: true },
  });
  await recordAudit(tx, {
    actor,
    action: "entry.create",
    entityType: "Entry",
    entityId: entry.id,
    unitId: unit.id,
    toState: "DRAFT",
    summary: `起草信息「${content.title}」`,
    details: { revisionId: revision.id, contentHash: revision.contentHash },
  });
  return { entryId: entry.id, revisionId: revision.id };
}

/** Hashes of a revision's attachments in display order: part of the reviewed content. */
async function attachmentHashes(tx: Tx, revisionId: number): Promise<string[]> {
  const rows = await tx.attachment.findMany({ where: { revisionId }, orderBy: { position: "asc" }, select: { sha256: true } });
  return rows.map((r) => r.sha256);
}

/** Loads an open revision for a content change by a clerk of its unit; returns the state it moves to. */
async function loadForEdit(tx: Tx, actor: Actor, revisionId: number, version?: number) {
  const revision = await loadRevision(tx, revisionId);
  if (!can(actor, "entries.draft", { unitPath: revision.entry.unit.path })) throw new DomainError("FORBIDDEN", { message: "只有本单位的经办人可以修改信息。" });
  const to = stateAfterEdit(revision.state);
  if (!to) throw new DomainError("INVALID_TRANSITION", { message: `“${REVISION_STATE_LABELS[revision.state]}”状态的信息不能直接修改。` });
  if (version !== undefined && revision.version !== version) {
    throw new DomainError("CONFLICT", { message: "这条信息在您编辑期间已被他人修改。您的内容仍在表单中：请复制保存后刷新页面，再合并修改。" });
  }
  return { revision, to };
}

/**
 * Writes changed content to an open revision. A change to a revision under review starts a new round:
 * it goes back to step 1 and earlier reviews no longer count (they are bound to the old hash anyway).
 */
async function applyEdit(
  tx: Tx,
  actor: Actor,
  revision: LoadedRevision,
  to: RevisionState,
  content: EntryContent,
  what: string,
  audit: { action?: string; details?: Record<string, Prisma.InputJsonValue> } = {},
) {
  const data = revisionData(content, actor);
  if (data.contentHash === revision.contentHash) return false;
  const restartsReview = to !== "DRAFT";
  await moveState(tx, revision, to, { ...data, ...(restartsReview ? { submittedAt: new Date(), scheduledAt: null } : {}) });
  // A new round of review starts with a fresh pre-check of the new content. A draft is not scanned, but
  // the findings of the old content go: they quote what the edit may just have removed (P6 item 2).
  const precheck = restartsReview ? await replaceFindingsInTx(tx, { id: revision.id, ...data }) : null;
  if (!restartsReview) await tx.precheckFinding.deleteMany({ where: { revisionId: revision.id } });
  await recordAudit(tx, {
    actor,
    action: audit.action ?? "entry.edit",
    entityType: "Entry",
    entityId: revision.entryId,
    unitId: revision.entry.unitId,
    fromState: revision.state,
    toState: to,
    summary: `${what}「${data.title}」（第 ${revision.number} 版）${restartsReview ? "，已有审查结果作废，重新进入保密审查" : ""}`,
    details: { revisionId: revision.id, before: revision.contentHash, after: data.contentHash, ...audit.details, ...(precheck ? { precheck } : {}) },
  });
  return true;
}

/**
 * Saves the editor's content. The caller passes the version they edited; if someone saved in between,
 * CONFLICT (the form keeps their text).
 */
export async function updateRevision({
  actor,
  revisionId,
  version,
  input,
}: {
  actor: Actor;
  revisionId: number;
  version: number;
  input: EntryInput;
}): Promise<{ state: RevisionState; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const { revision, to } = await loadForEdit(tx, actor, revisionId, version);
    await assertCategories(tx, revision.entry.unit.path, input);
    const changed = await applyEdit(tx, actor, revision, to, toContent(revision.entry.unitId, input, await attachmentHashes(tx, revisionId)), "修改信息");
    return { state: changed ? to : revision.state, changed };
  });
}

/** The stored findings to mask, or every personal-data finding of the body. */
export type MaskSelection = number[] | "all-personal";

/**
 * One-click masking (issue P6 item 2): replaces personal data the pre-check found in the body with its
 * masked form (110***********1234, 138****5678; lib/safeguards/mask.ts), written like an edit by the
 * drafter side, so a revision under review goes back to 保密审查 with a fresh pre-check. Classification
 * marks and word-list findings are not masked: they need a human rewrite. The body is re-scanned now,
 * and a chosen finding must still be at its place in it; the audit row names counts per type, never
 * the values.
 */
export async function maskFindings({
  actor,
  revisionId,
  version,
  findingIds,
  now = new Date(),
}: {
  actor: Actor;
  revisionId: number;
  version: number;
  findingIds: MaskSelection;
  now?: Date;
}): Promise<{ entryId: number; state: RevisionState; masked: Partial<Record<FindingType, number>> }> {
  return db.$transaction(async (tx) => {
    const { revision, to } = await loadForEdit(tx, actor, revisionId, version);
    const body = scanRevision(revision, now).find((field) => field.field === "body")?.findings ?? [];
    let chosen: Finding[];
    if (findingIds === "all-personal") {
      chosen = body.filter((f) => isMaskable(f.type));
    } else {
      const stored = await tx.precheckFinding.findMany({
        where: { id: { in: findingIds }, revisionId, contentHash: revision.contentHash },
        select: { field: true, type: true, start: true, end: true, match: true },
      });
      if (stored.length !== new Set(findingIds).size) throw new DomainError("CONFLICT", { message: "预检结果已过期，请刷新后查看最新的预检结果。" });
      if (stored.some((f) => f.field !== "body" || !isMaskable(f.type as FindingType)))
        throw new DomainError("INVALID_INPUT", { message: "只有正文中的个人信息可以一键遮盖；密级标志和敏感词请修改正文。" });
      chosen = body.filter((f) => stored.some((s) => s.type === f.type && s.start === f.start && s.end === f.end && s.match === f.match));
      if (chosen.length !== stored.length) throw new DomainError("CONFLICT", { message: "预检结果已过期，请刷新后查看最新的预检结果。" });
    }
    if (chosen.length === 0) throw new DomainError("INVALID_INPUT", { message: "正文中没有可以遮盖的个人信息。" });
    const bodyHtml = maskAllInHtml(revision.bodyHtml, chosen);
    // Guard for the promise that the original is gone: a value still in the HTML (and not also part of
    // a finding left unmasked on purpose) means masking missed a spelling of it.
    const kept = new Set(body.filter((f) => !chosen.includes(f)).map((f) => f.match));
    if (chosen.some((f) => !kept.has(f.match) && bodyHtml.includes(f.match))) throw new Error(`Masking left a value in revision ${revisionId}`);
    const masked: Partial<Record<FindingType, number>> = {};
    for (const f of chosen) masked[f.type] = (masked[f.type] ?? 0) + 1;
    const types = Object.keys(masked)
      .map((type) => FINDING_LABELS[type as FindingType])
      .join("、");
    const content = { ...storedContent(revision, revision.entry.unitId, await attachmentHashes(tx, revisionId)), bodyHtml };
    await applyEdit(tx, actor, revision, to, content, `遮盖个人信息 ${chosen.length} 处（${types}）：`, { action: "entry.mask", details: { masked } });
    return { entryId: revision.entryId, state: to, masked };
  });
}

/**
 * 保密预检 on a draft, before it is submitted: the same scan as on submission (P6 item 1), stored so
 * the drafter can mask what it finds. Submission scans again, so nothing here counts for the review.
 */
export async function precheckDraft({ actor, revisionId, version }: { actor: Actor; revisionId: number; version: number }): Promise<{ findings: number }> {
  return db.$transaction(async (tx) => {
    const { revision } = await loadForEdit(tx, actor, revisionId, version);
    if (revision.state !== "DRAFT") throw new DomainError("INVALID_TRANSITION", { message: "审查中的信息已在提交时预检，结果见「保密预检」。" });
    const counts = await replaceFindingsInTx(tx, revision);
    const findings = Object.values(counts).reduce((sum, n) => sum + n, 0);
    await recordAudit(tx, {
      actor,
      action: "entry.precheck",
      entityType: "Entry",
      entityId: revision.entryId,
      unitId: revision.entry.unitId,
      summary: findings ? `保密预检（草稿）：发现 ${findings} 项提示` : "保密预检（草稿）：未发现问题",
      details: { revisionId, precheck: counts },
    });
    return { findings };
  });
}

/**
 * Attaches a file to an open revision: type detected from the bytes, size limited, stored by SHA-256
 * before the row is written (a crash leaves at most an unreferenced file, never a dangling row).
 */
export async function addAttachment({
  actor,
  revisionId,
  file,
}: {
  actor: Actor;
  revisionId: number;
  file: { name: string; bytes: Uint8Array };
}): Promise<void> {
  const filename = cleanFilename(file.name);
  if (!filename) throw new DomainError("INVALID_INPUT", { fieldErrors: { file: ["文件名无效"] } });
  const detected = await fileTypeFromBuffer(file.bytes);
  const check = checkAttachment({ filename, size: file.bytes.byteLength, detectedMime: detected?.mime ?? null });
  if (!check.ok) throw new DomainError("INVALID_INPUT", { fieldErrors: { file: [check.message] } });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  await putFile(sha256, file.bytes);
  await db.$transaction(async (tx) => {
    const { revision, to } = await loadForEdit(tx, actor, revisionId);
    const existing = await tx.attachment.findMany({ where: { revisionId }, orderBy: { position: "asc" }, select: { sha256: true, position: true } });
    if (existing.length >= MAX_ATTACHMENTS) throw new DomainError("INVALID_INPUT", { fieldErrors: { file: [`每条信息最多 ${MAX_ATTACHMENTS} 个附件`] } });
    if (existing.some((a) => a.sha256 === sha256)) throw new DomainError("CONFLICT", { fieldErrors: { file: ["该文件已经上传过了"] } });
    await tx.attachment.create({
      data: { revisionId, position: (existing.at(-1)?.position ?? 0) + 1, filename, mimeType: detected!.mime, size: file.bytes.byteLength, sha256 },
    });
    const content = storedContent(revision, revision.entry.unitId, [...existing.map((a) => a.sha256), sha256]);
    await applyEdit(tx, actor, revision, to, content, `上传附件「${filename}」：`);
  });
}

export async function removeAttachment({ actor, attachmentId }: { actor: Actor; attachmentId: number }): Promise<{ entryId: number }> {
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findUnique({ where: { id: attachmentId }, select: { revisionId: true, filename: true } });
    if (!attachment) throw new DomainError("NOT_FOUND");
    const { revision, to } = await loadForEdit(tx, actor, attachment.revisionId);
    await tx.attachment.delete({ where: { id: attachmentId } });
    const content = storedContent(revision, revision.entry.unitId, await attachmentHashes(tx, revision.id));
    await applyEdit(tx, actor, revision, to, content, `删除附件「${attachment.filename}」：`);
    return { entryId: revision.entryId };
  });
}

/** Starts a new revision of a published or withdrawn entry; the published one stays online until the new one is published. */
export function startRevision({ actor, entryId }: { actor: Actor; entryId: number }): Promise<{ revisionId: number }> {
  return db.$transaction(async (tx) => {
    const latest = await tx.entryRevision.findFirst({ where: { entryId }, orderBy: { number: "desc" }, include: revisionInclude });
    if (!latest || !can(actor, "entries.draft", { unitPath: latest.entry.unit.path })) throw new DomainError("NOT_FOUND");
    if (OPEN_STATES.includes(latest.state)) throw new DomainError("CONFLICT", { message: "这条信息已有一个正在编辑或审查中的版本。" });
    return { revisionId: await startRevisionInTx(tx, actor, latest) };
  });
}

async function startRevisionInTx(tx: Tx, actor: Actor, latest: LoadedRevision): Promise<number> {
  if (latest.state === "WITHHELD") throw new DomainError("INVALID_TRANSITION", { message: "已认定不予公开的信息不能再发布。" });
  const files = await tx.attachment.findMany({ where: { revisionId: latest.id }, orderBy: { position: "asc" } });
  const content = storedContent(
    latest,
    latest.entry.unitId,
    files.map((f) => f.sha256),
  );
  const created = await tx.entryRevision.create({
    data: { entryId: latest.entryId, number: latest.number + 1, drafterId: actor.id, ...revisionData(content, actor) },
    select: { id: true },
  });
  // The new revision starts with the same files (stored once, by hash).
  await tx.attachment.createMany({
    data: files.map(({ position, filename, mimeType, size, sha256 }) => ({ revisionId: created.id, position, filename, mimeType, size, sha256 })),
  });
  await auditTransition(tx, actor, latest, "entry.new_revision", "DRAFT", "新建修订版本");
  return created.id;
}

/**
 * Writes generated content (e.g. an annual report) into an entry inside the caller's transaction: into its
 * open revision if it has one (a revision under review goes back to step 1), else into a new revision.
 */
export async function reviseEntryInTx(tx: Tx, actor: Actor, entryId: number, input: EntryInput, what: string): Promise<{ revisionId: number }> {
  const latest = await tx.entryRevision.findFirst({ where: { entryId }, orderBy: { number: "desc" }, include: revisionInclude });
  if (!latest || !can(actor, "entries.draft", { unitPath: latest.entry.unit.path })) throw new DomainError("NOT_FOUND");
  const revisionId = OPEN_STATES.includes(latest.state) ? latest.id : await startRevisionInTx(tx, actor, latest);
  const { revision, to } = await loadForEdit(tx, actor, revisionId);
  await assertCategories(tx, revision.entry.unit.path, input);
  await applyEdit(tx, actor, revision, to, toContent(revision.entry.unitId, input, await attachmentHashes(tx, revisionId)), what);
  return { revisionId };
}

/** Actions after which the public site must not serve what it cached before. */
const CHANGES_PUBLIC_SITE = new Set<ReviewAction>(["approve", "unpublish"]);

async function transition<T>(
  actor: Actor,
  revisionId: number,
  action: ReviewAction,
  apply: (tx: Tx, revision: LoadedRevision, to: RevisionState) => Promise<T>,
): Promise<T> {
  const { result, notified } = await db.$transaction(async (tx) => {
    const revision = await loadRevision(tx, revisionId);
    const to = await authorize(tx, actor, action, revision);
    const result = await apply(tx, revision, to);
    // Whoever the step puts to work is told in the same transaction; e-mail only after commit.
    return { result, notified: await notifyReviewStep(tx, actor, action, revision) };
  });
  if (CHANGES_PUBLIC_SITE.has(action)) invalidatePublicCache();
  deliverAfterCommit(notified);
  return result;
}

export function submitRevision({ actor, revisionId }: { actor: Actor; revisionId: number }) {
  return transition(actor, revisionId, "submit", async (tx, revision, to) => {
    await moveState(tx, revision, to, { submittedAt: new Date(), returnReason: null, returnNote: null });
    const precheck = await replaceFindingsInTx(tx, revision);
    await auditTransition(tx, actor, revision, "entry.submit", to, "提交保密审查", { details: { precheck } });
  });
}

/**
 * A step-1 reviewer marks one pre-check finding as acceptable, with a note saying why (issue P6 item 1).
 * Open to whoever may make the step-1 decision on the revision now; `version` is the revision version
 * the reviewer saw, so a finding of content edited meanwhile is never acknowledged.
 */
export async function acknowledgeFinding({
  actor,
  findingId,
  input,
}: {
  actor: Actor;
  findingId: number;
  input: AcknowledgeFindingInput;
}): Promise<{ entryId: number }> {
  return db.$transaction(async (tx) => {
    const finding = await tx.precheckFinding.findUnique({ where: { id: findingId }, select: { revisionId: true, contentHash: true, type: true, match: true } });
    if (!finding) throw new DomainError("NOT_FOUND");
    const revision = await loadRevision(tx, finding.revisionId);
    // Withholding has the step-1 rules (role, not one's own work, state) without the findings rule itself.
    await authorize(tx, actor, "withhold", revision);
    if (revision.version !== input.version || finding.contentHash !== revision.contentHash)
      throw new DomainError("CONFLICT", { message: "这条信息刚刚已被修改，请刷新后查看最新的预检结果。" });
    const { count } = await tx.precheckFinding.updateMany({
      where: { id: findingId, acknowledgedAt: null },
      data: { acknowledgedById: actor.id, acknowledgedAt: new Date(), note: input.note },
    });
    if (count !== 1) throw new DomainError("CONFLICT", { message: "该项提示刚刚已被确认，请刷新后查看。" });
    await recordAudit(tx, {
      actor,
      action: "entry.precheck_acknowledge",
      entityType: "Entry",
      entityId: revision.entryId,
      unitId: revision.entry.unitId,
      reason: input.note,
      summary: `确认保密预检提示无碍：「${revision.title}」（第 ${revision.number} 版，${FINDING_LABELS[finding.type as FindingType] ?? finding.type}）`,
      details: { revisionId: revision.id, contentHash: revision.contentHash, findingId, type: finding.type },
    });
    return { entryId: revision.entryId };
  });
}

export function withdrawSubmission({ actor, revisionId }: { actor: Actor; revisionId: number }) {
  return transition(actor, revisionId, "withdrawSubmission", async (tx, revision, to) => {
    await moveState(tx, revision, to, { submittedAt: null, scheduledAt: null });
    await auditTransition(tx, actor, revision, "entry.withdraw_submission", to, "撤回提交");
  });
}

/** Step 1 (保密审查): a structured record; 不予公开 closes the revision for good (WITHHELD). */
export function recordClearance({ actor, revisionId, input }: { actor: Actor; revisionId: number; input: ClearanceInput }) {
  const action: ReviewAction = input.conclusion === "NOT_PUBLIC" ? "withhold" : "clear";
  return transition(actor, revisionId, action, async (tx, revision, to) => {
    if (input.legalGround && !Object.hasOwn(WITHHOLDING_GROUNDS, input.legalGround))
      throw new DomainError("INVALID_INPUT", { fieldErrors: { legalGround: ["法定依据无效"] } });
    await moveState(tx, revision, to);
    await tx.reviewRecord.create({
      data: {
        revisionId,
        step: "CLEARANCE",
        decision: to === "WITHHELD" ? "WITHHELD" : "CLEARED",
        actorId: actor.id,
        actorName: actor.displayName,
        conclusion: input.conclusion,
        legalGround: input.legalGround,
        attribute: input.attribute,
        note: input.note,
        contentHash: revision.contentHash,
      },
    });
    await auditTransition(
      tx,
      actor,
      revision,
      to === "WITHHELD" ? "entry.withhold" : "entry.clear",
      to,
      to === "WITHHELD" ? "保密审查认定不予公开" : "保密审查通过",
      {
        reason: input.legalGround,
        details: { conclusion: input.conclusion, attribute: input.attribute, note: input.note },
      },
    );
  });
}

/** Either step sends the revision back to its drafter with a reason category and text. */
export function returnToDrafter({ actor, revisionId, input }: { actor: Actor; revisionId: number; input: ReturnInput }) {
  return transition(actor, revisionId, "returnToDrafter", async (tx, revision, to) => {
    await moveState(tx, revision, to, { returnReason: input.reason, returnNote: input.note, submittedAt: null });
    await tx.reviewRecord.create({
      data: {
        revisionId,
        step: revision.state === "SUBMITTED" ? "CLEARANCE" : "APPROVAL",
        decision: "RETURNED",
        actorId: actor.id,
        actorName: actor.displayName,
        reason: input.reason,
        note: input.note,
        contentHash: revision.contentHash,
      },
    });
    await auditTransition(tx, actor, revision, "entry.return", to, `退回修改（${RETURN_REASONS[input.reason]}）`, { reason: input.note });
  });
}

/** Allocates the next 索引号 serial of a unit and year atomically; serials are never reused. */
async function allocateIndexNo(tx: Tx, unit: { id: number; code: string }, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "IndexSequence" ("unitId", "year", "last", "updatedAt") VALUES (${unit.id}, ${year}, 1, now())
    ON CONFLICT ("unitId", "year") DO UPDATE SET "last" = "IndexSequence"."last" + 1, "updatedAt" = now()
    RETURNING "last"`;
  return formatIndexNo(unit.code, year, Number(rows[0]!.last));
}

/** Publishes an approved revision in `tx`: index number on first publication, previous version superseded. */
async function publishInTx(tx: Tx, actor: Actor | null, revision: LoadedRevision, now: Date) {
  await moveState(tx, revision, "PUBLISHED", { publishedAt: now, scheduledAt: null });
  await tx.entryRevision.updateMany({
    where: { entryId: revision.entryId, state: "PUBLISHED", id: { not: revision.id } },
    data: { state: "SUPERSEDED", version: { increment: 1 } },
  });
  const entry = revision.entry;
  const indexNo = entry.indexNo ?? (await allocateIndexNo(tx, entry.unit, chinaYear(now)));
  await tx.entry.update({
    where: { id: entry.id },
    data: { indexNo, firstPublishedAt: entry.firstPublishedAt ?? now, withdrawnAt: null, withdrawalReason: null, withdrawalNote: null },
  });
  await reindexEntry(tx, entry.id);
  await auditTransition(tx, actor, revision, "entry.publish", "PUBLISHED", `发布（索引号 ${indexNo}）`, { details: { indexNo } });
  return indexNo;
}

/**
 * Step 2 (分管领导审批). Without a time, or with one already past, the revision is published in the
 * same transaction; otherwise the built-in scheduler publishes it at `publishAt` (Asia/Shanghai).
 */
export function approveRevision({ actor, revisionId, input, now = new Date() }: { actor: Actor; revisionId: number; input: ApprovalInput; now?: Date }) {
  return transition(actor, revisionId, "approve", async (tx, revision, to) => {
    const publishAt = input.publishAt ? new Date(`${input.publishAt}:00+08:00`) : null;
    const scheduled = publishAt && publishAt > now ? publishAt : null;
    await moveState(tx, revision, to, { scheduledAt: scheduled });
    await tx.reviewRecord.create({
      data: {
        revisionId,
        step: "APPROVAL",
        decision: "APPROVED",
        actorId: actor.id,
        actorName: actor.displayName,
        note: input.note,
        contentHash: revision.contentHash,
      },
    });
    await auditTransition(tx, actor, revision, "entry.approve", to, scheduled ? `审批通过，定于 ${input.publishAt?.replace("T", " ")} 发布` : "审批通过", {
      reason: input.note || null,
    });
    if (scheduled) return { published: false as const, indexNo: null };
    const approved = await loadRevision(tx, revisionId);
    // The publication rule re-checks both reviews against the content, exactly as the scheduler would.
    await authorize(tx, actor, "publish", approved);
    return { published: true as const, indexNo: await publishInTx(tx, actor, approved, now) };
  });
}

/** The scheduler's publication of one due revision, re-checked against its reviews like any other. */
export async function publishScheduled({ revisionId, now = new Date() }: { revisionId: number; now?: Date }): Promise<string> {
  const indexNo = await db.$transaction(async (tx) => {
    const revision = await loadRevision(tx, revisionId);
    if (!revision.scheduledAt || revision.scheduledAt > now) throw new DomainError("INVALID_TRANSITION", { message: "尚未到定时发布时间。" });
    await authorize(tx, "system", "publish", revision);
    return publishInTx(tx, null, revision, now);
  });
  invalidatePublicCache();
  return indexNo;
}

/** A leader takes a published entry offline with a reason; its public page then says so. */
export function unpublishRevision({ actor, revisionId, input, now = new Date() }: { actor: Actor; revisionId: number; input: UnpublishInput; now?: Date }) {
  return transition(actor, revisionId, "unpublish", async (tx, revision, to) => {
    await moveState(tx, revision, to);
    await tx.entry.update({ where: { id: revision.entryId }, data: { withdrawnAt: now, withdrawalReason: input.reason, withdrawalNote: input.note } });
    await reindexEntry(tx, revision.entryId);
    await auditTransition(tx, actor, revision, "entry.unpublish", to, `撤销发布（${WITHDRAWAL_REASONS[input.reason]}）`, { reason: input.note });
  });
}
