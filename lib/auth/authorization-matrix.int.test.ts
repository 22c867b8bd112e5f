import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { categorySchema } from "@/lib/categories/schemas";
import { createCategory } from "@/lib/categories/service";
import { entryInputSchema } from "@/lib/entries/schemas";
import { approveRevision, createDraft, precheckDraft, recordClearance, returnToDrafter, submitRevision } from "@/lib/entries/service";
import { listAudit } from "@/lib/audit/queries";
import { DomainError, isDomainError } from "@/lib/errors";
import { addRequestNote } from "@/lib/requests/assignment";
import { Readable } from "node:stream";
import { importUploadSchema } from "@/lib/import/schemas";
import { createImportJob } from "@/lib/import/service";
import { loadJobOverview } from "@/lib/jobs/queries";
import { purgeExpiredRecords } from "@/lib/site/purge";
import { toChinaDate } from "@/lib/requests/dates";
import { intakeApplication, registerApplication, submitApplication } from "@/lib/requests/intake";
import { actOnRequest, saveAnswerDraft } from "@/lib/requests/processing";
import { findRequestForStaff } from "@/lib/requests/queries";
import { answerDraftSchema, applicationSchema, intakeSchema, type RequestActionInput } from "@/lib/requests/schemas";
import { annualReportFormSchema } from "@/lib/reports/figures";
import { draftAnnualReportEntry, saveAnnualReport } from "@/lib/reports/service";
import { watchWordSchema } from "@/lib/safeguards/watch-word-schemas";
import { addWatchWord } from "@/lib/safeguards/watch-words";
import { DEFAULT_SITE_SETTINGS, siteSettingsSchema } from "@/lib/site/schemas";
import { updateSiteSettings } from "@/lib/site/service";
import { createTestActor, createTestCategories, createTestUnit, testApplication, zeroAnnualReportFigures } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/database";
import { unitSchema } from "@/lib/units/schemas";
import { createUnit } from "@/lib/units/service";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/service";
import { db } from "@/lib/db/client";

/*
 * The authorization matrix (P7 item 1) at the services, where every server action ends: each role in
 * the target's own unit and in a neighbouring unit × each state-changing operation, against a table
 * written by hand. A refusal is FORBIDDEN or NOT_FOUND and changes nothing; the page-level matrix is
 * e2e/authorization-matrix.spec.ts.
 */

setUpTestDatabase();

const ROLES = ["clerk", "reviewer", "leader", "unitAdmin"] as const;
type Who = `${(typeof ROLES)[number]}${"Own" | "Other"}` | "systemAdmin";
const EVERYONE: Who[] = [...ROLES.flatMap((r) => [`${r}Own`, `${r}Other`] as Who[]), "systemAdmin"];

let people: Record<Who, Actor>;
let own: { id: number; path: string; name: string };
let author: Actor;
let categories: { topicId: number; genreId: number };
let serial = 0;

beforeAll(async () => {
  const root = await createTestUnit();
  own = await createTestUnit(root);
  const other = await createTestUnit(root);
  const roleOf = { clerk: "CLERK", reviewer: "REVIEWER", leader: "LEADER", unitAdmin: "UNIT_ADMIN" } as const;
  const entries = await Promise.all(
    ROLES.flatMap((r) => [
      createTestActor(own, [roleOf[r]]).then((a) => [`${r}Own`, a] as const),
      createTestActor(other, [roleOf[r]]).then((a) => [`${r}Other`, a] as const),
    ]),
  );
  people = { ...Object.fromEntries(entries), systemAdmin: await createTestActor(root, ["SYSTEM_ADMIN"]) } as Record<Who, Actor>;
  // Drafts under test are someone else's: nobody reviews their own work, and that is a different rule.
  author = await createTestActor(own, ["CLERK"]);
  categories = await createTestCategories();
  // The column and genre an annual report is filed under (the demo seed has them).
  await db.category.create({ data: { kind: "TOPIC", name: "政府信息公开年报" } });
  await db.category.create({ data: { kind: "GENRE", name: "报告" } });
});

const entryInput = () =>
  entryInputSchema.parse({
    title: `授权矩阵测试${++serial}`,
    summary: "测试",
    generatedOn: "2026-11-20",
    keywords: "测试",
    methods: ["政府网站"],
    bodyHtml: "<p>正文</p>",
    ...categories,
  });

/** A revision of the own unit in `state`, drafted by `author`. */
async function revisionIn(state: "DRAFT" | "SUBMITTED" | "CLEARED"): Promise<{ revisionId: number; version: number }> {
  const { revisionId } = await createDraft({ actor: author, unitId: own.id, input: entryInput() });
  if (state !== "DRAFT") await submitRevision({ actor: author, revisionId });
  if (state === "CLEARED") await recordClearance({ actor: people.reviewerOwn, revisionId, input: clearance });
  const { version } = await db.entryRevision.findUniqueOrThrow({ where: { id: revisionId } });
  return { revisionId, version };
}

const application = () => testApplication(own.id);

/** An application the public filed online to the own unit. */
async function onlineApplication() {
  const { trackingCode } = await submitApplication(applicationSchema.parse(application()));
  const { id } = await db.disclosureRequest.findUniqueOrThrow({ where: { trackingCode } });
  return { id, trackingCode };
}

const requestVersion = async (id: number) => (await db.disclosureRequest.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const act = async (actor: Actor, id: number, input: RequestActionInput) => actOnRequest({ actor, requestId: id, version: await requestVersion(id), input });

/** An application of the own unit, received and in work; `author` handles it. */
async function requestInWork() {
  const { id } = await onlineApplication();
  await registerApplication({ actor: author, requestId: id, receivedOn: toChinaDate(new Date()), version: 0 });
  await act(author, id, { action: "startWork" });
  return { id };
}

/** The same, with its answer drafted and submitted for the leader's approval. */
async function answerAwaitingApproval() {
  const { id } = await requestInWork();
  await saveAnswerDraft({ actor: author, requestId: id, input: answerDraftSchema.parse({ outcome: "GRANTED" }) });
  await act(author, id, { action: "submitAnswer" });
  return { id };
}

/** Last year's report of the own unit, complete and balanced (nothing published or applied for then); its saved version. */
async function completeReport() {
  const before = await db.annualReport.findUnique({ where: { unitId_year: { unitId: own.id, year: REPORT_YEAR } }, select: { version: true } });
  const version = before?.version ?? 0;
  await saveAnnualReport({
    actor: author,
    unitId: own.id,
    year: REPORT_YEAR,
    version,
    input: annualReportFormSchema.parse({ ...zeroAnnualReportFigures(), overview: "全年主动公开政府信息。", problems: "无", otherMatters: "无" }),
  });
  return { version: version + 1 };
}
const REPORT_YEAR = 2025;

const clearance = { conclusion: "PUBLIC" as const, legalGround: null, attribute: "PROACTIVE" as const, note: "" };

/** Each operation: `prepare` makes a fresh target (nothing for most), `run` acts on it as `actor`. */
type Operation<T> = { allowed: Who[]; prepare: () => Promise<T>; run: (actor: Actor, target: T) => Promise<unknown> };
const operation = <T>(op: Operation<T>) => op as Operation<unknown>;
const nothing = () => Promise.resolve(null);

const OPERATIONS: Record<string, Operation<unknown>> = {
  "create a draft": operation({ allowed: ["clerkOwn"], prepare: nothing, run: (actor) => createDraft({ actor, unitId: own.id, input: entryInput() }) }),
  "pre-check a draft": operation({ allowed: ["clerkOwn"], prepare: () => revisionIn("DRAFT"), run: (actor, target) => precheckDraft({ actor, ...target }) }),
  "submit a draft": operation({
    allowed: ["clerkOwn"],
    prepare: () => revisionIn("DRAFT"),
    run: (actor, { revisionId }) => submitRevision({ actor, revisionId }),
  }),
  "clear (step 1)": operation({
    allowed: ["reviewerOwn"],
    prepare: () => revisionIn("SUBMITTED"),
    run: (actor, { revisionId }) => recordClearance({ actor, revisionId, input: clearance }),
  }),
  "return in step 1": operation({
    allowed: ["reviewerOwn"],
    prepare: () => revisionIn("SUBMITTED"),
    run: (actor, { revisionId }) => returnToDrafter({ actor, revisionId, input: { reason: "PERSONAL_DATA", note: "请修改" } }),
  }),
  "approve (step 2)": operation({
    allowed: ["leaderOwn"],
    prepare: () => revisionIn("CLEARED"),
    run: (actor, { revisionId }) => approveRevision({ actor, revisionId, input: { note: "", publishAt: null } }),
  }),
  "add a word to the unit's list": operation({
    allowed: ["unitAdminOwn", "systemAdmin"],
    prepare: nothing,
    run: (actor) => addWatchWord({ actor, input: watchWordSchema.parse({ scope: String(own.id), kind: "SENSITIVE", word: `词${++serial}` }) }),
  }),
  "add a category for the unit": operation({
    allowed: ["unitAdminOwn", "systemAdmin"],
    prepare: nothing,
    run: (actor) => createCategory({ actor, input: categorySchema.parse({ kind: "GENRE", name: `体裁${++serial}`, unitId: String(own.id) }) }),
  }),
  "create a sub-unit": operation({
    allowed: ["unitAdminOwn", "systemAdmin"],
    prepare: nothing,
    run: (actor) =>
      createUnit({ actor, input: unitSchema.parse({ name: `下级单位${++serial}`, code: `SUB-${++serial}`, kind: "DEPARTMENT", parentId: String(own.id) }) }),
  }),
  "create a user in the unit": operation({
    allowed: ["unitAdminOwn", "systemAdmin"],
    prepare: nothing,
    run: (actor) =>
      createUser({
        actor,
        input: createUserSchema.parse({ username: `matrix${++serial}`, displayName: "矩阵测试", unitId: String(own.id), password: "", roles: ["CLERK"] }),
      }),
  }),
  "register a paper application": operation({
    allowed: ["clerkOwn"],
    prepare: nothing,
    run: (actor) => intakeApplication({ actor, input: intakeSchema.parse({ ...application(), channel: "SERVICE_WINDOW", receivedOn: "2026-11-20" }) }),
  }),
  "read an application with the applicant's personal data": operation({
    allowed: ["clerkOwn", "leaderOwn"],
    prepare: onlineApplication,
    run: async (actor, { id }) => {
      if (!(await findRequestForStaff(actor, id))) throw new DomainError("NOT_FOUND");
    },
  }),
  "add a note to an application": operation({
    allowed: ["clerkOwn", "leaderOwn"],
    prepare: onlineApplication,
    run: (actor, { id }) => addRequestNote({ actor, requestId: id, body: "已电话联系申请人" }),
  }),
  "read an application's audit trail": operation({
    allowed: ["unitAdminOwn", "systemAdmin"],
    prepare: onlineApplication,
    run: async (actor, { trackingCode }) => {
      if ((await listAudit(actor, { q: trackingCode, page: 1 })).total === 0) throw new DomainError("NOT_FOUND");
    },
  }),
  "register an online application": operation({
    allowed: ["clerkOwn"],
    prepare: onlineApplication,
    run: (actor, { id }) => registerApplication({ actor, requestId: id, receivedOn: toChinaDate(new Date()), version: 0 }),
  }),
  "draft an answer": operation({
    allowed: ["clerkOwn"],
    prepare: requestInWork,
    run: (actor, { id }) => saveAnswerDraft({ actor, requestId: id, input: answerDraftSchema.parse({ outcome: "GRANTED" }) }),
  }),
  "send a fee notice": operation({
    allowed: ["clerkOwn"],
    prepare: requestInWork,
    run: (actor, { id }) => act(actor, id, { action: "sendFeeNotice", method: "PER_PAGE", quantity: 100, waiverReason: null }),
  }),
  "approve an answer": operation({
    allowed: ["leaderOwn"],
    prepare: answerAwaitingApproval,
    run: (actor, { id }) => act(actor, id, { action: "approveAnswer" }),
  }),
  "return an answer": operation({
    allowed: ["leaderOwn"],
    prepare: answerAwaitingApproval,
    run: (actor, { id }) => act(actor, id, { action: "returnAnswer", reason: "请补充依据" }),
  }),
  "save the annual report's figures": operation({
    allowed: ["clerkOwn", "unitAdminOwn", "systemAdmin"],
    prepare: completeReport,
    run: (actor, { version }) =>
      saveAnnualReport({ actor, unitId: own.id, year: REPORT_YEAR, version, input: annualReportFormSchema.parse({ overview: "改" }) }),
  }),
  "file the annual report for review": operation({
    allowed: ["clerkOwn"],
    prepare: completeReport,
    run: (actor, { version }) => draftAnnualReportEntry({ actor, unitId: own.id, year: REPORT_YEAR, version }),
  }),
  "read the scheduled job runs": operation({
    allowed: ["systemAdmin"],
    prepare: nothing,
    run: (actor) => loadJobOverview(actor),
  }),
  // Any administrator may upload; each row's 发布机构 must then be in their scope (lib/import tests).
  "upload a legacy catalogue": operation({
    allowed: ["unitAdminOwn", "unitAdminOther", "systemAdmin"],
    prepare: nothing,
    run: (actor) =>
      createImportJob({
        actor,
        file: { name: "目录.csv", stream: Readable.from([Buffer.from("索引号,标题\nA-1,旧信息\n")]) },
        input: importUploadSchema.parse({}),
      }),
  }),
  "purge expired records now": operation({ allowed: ["systemAdmin"], prepare: nothing, run: (actor) => purgeExpiredRecords({ actor }) }),
  "change the site settings": operation({
    allowed: ["systemAdmin"],
    prepare: nothing,
    run: (actor) =>
      updateSiteSettings({
        actor,
        input: siteSettingsSchema.parse({ ...DEFAULT_SITE_SETTINGS, siteName: "示范区政府信息公开", hostName: "示范区人民政府办公室" }),
      }),
  }),
};

describe("authorization matrix of the services", () => {
  it.each(Object.entries(OPERATIONS))("%s: allowed exactly as designed", async (_name, { allowed, prepare, run }) => {
    const outcome: Record<string, string> = {};
    for (const who of EVERYONE) {
      const target = await prepare();
      const byActor = () => db.auditEvent.count({ where: { actorId: people[who].id } });
      const before = await byActor();
      try {
        await run(people[who], target);
        outcome[who] = "allowed";
      } catch (error) {
        if (!isDomainError(error) || !["FORBIDDEN", "NOT_FOUND"].includes(error.code)) throw error;
        outcome[who] = "refused";
        // A refusal records nothing in the refused person's name.
        expect(await byActor(), `${who} left an audit row`).toBe(before);
      }
    }
    expect(outcome).toEqual(Object.fromEntries(EVERYONE.map((who) => [who, allowed.includes(who) ? "allowed" : "refused"])));
  });
});
