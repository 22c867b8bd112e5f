import "server-only";
import { can, canReadApplicantData, scopesFor, type Actor } from "@/lib/auth/permissions";
import { listActiveUnits } from "@/lib/units/queries";
import { db, type Prisma } from "@/lib/db/client";
import type { RequestOutcome, RequestState } from "@/lib/db/generated/enums";
import { pageWindow } from "@/lib/pagination";
import { createWorkingCalendar, type WorkingCalendar } from "./calendar";
import { toChinaDate, type IsoDate } from "./dates";
import { assessDeadline, computeDeadline, type ClockEvent, type PauseReason } from "./deadlines";
import { availableRequestActions, toRequestActor, type RequestFacts } from "./model";
import { requestListQuerySchema, type RequestListFilters, type RequestListQuery } from "./schemas";
import type { RequestRow } from "./statistics";

/** A database date column (UTC midnight) as the calendar's ISO date. */
export const isoOf = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** The working calendar as administrators maintain it. */
export async function loadCalendar(tx: Pick<Prisma.TransactionClient, "calendarOverride"> = db): Promise<WorkingCalendar> {
  const rows = await tx.calendarOverride.findMany({ orderBy: { date: "asc" } });
  return createWorkingCalendar(rows.map((r) => ({ date: isoOf(r.date), kind: r.kind, name: r.name, source: r.source ?? undefined })));
}

/** A request's clock events in the shape lib/requests/deadlines.ts computes with. */
export function toClockEvents(
  rows: { kind: string; startOn: Date; endOn: Date | null; pauseReason: string | null; workingDays: number | null; reason: string | null }[],
): ClockEvent[] {
  return rows.map((r): ClockEvent => {
    if (r.kind === "CORRECTION") return { kind: "CORRECTION", requestedOn: isoOf(r.startOn), respondedOn: r.endOn ? isoOf(r.endOn) : null };
    if (r.kind === "PAUSE")
      return { kind: "PAUSE", reason: r.pauseReason as PauseReason, startedOn: isoOf(r.startOn), endedOn: r.endOn ? isoOf(r.endOn) : null };
    return { kind: "EXTENSION", approvedOn: isoOf(r.startOn), workingDays: r.workingDays ?? 0, reason: r.reason ?? "" };
  });
}

type LetterRow = { kind: string; approvedAt: Date | null; outcome: RequestOutcome | null; explanation: string | null };

/** The answer letter being prepared (the newest answer not yet approved), if any. */
export function pendingAnswer<L extends LetterRow>(letters: L[]): L | null {
  const answer = letters.findLast((l) => l.kind === "ANSWER");
  return answer && !answer.approvedAt ? answer : null;
}

/** What lib/requests/model.ts needs to know about a request to decide on an action. */
export function requestFacts(
  request: { state: RequestState; handlerId: number | null; answerSubmittedById: number | null; clockEvents: { kind: string }[] },
  pending: LetterRow | null,
): RequestFacts {
  return {
    state: request.state,
    handlerId: request.handlerId,
    correctionRequested: request.clockEvents.some((e) => e.kind === "CORRECTION"),
    extended: request.clockEvents.some((e) => e.kind === "EXTENSION"),
    draft: pending ? { outcome: pending.outcome, explanation: pending.explanation ?? "" } : null,
    answerSubmittedBy: request.answerSubmittedById,
  };
}

/**
 * What the applicant sees of their request (after proving the secret): progress and dates, never
 * personal data, which only staff of the unit may see.
 */
export function findApplicantView(trackingCode: string) {
  return db.disclosureRequest.findUnique({
    where: { trackingCode },
    select: {
      trackingCode: true,
      state: true,
      channel: true,
      submittedAt: true,
      receivedOn: true,
      dueOn: true,
      outcome: true,
      outcomeReason: true,
      answeredOn: true,
      closedAt: true,
      unit: { select: { id: true, name: true } },
      clockEvents: { orderBy: { startOn: "asc" }, select: { kind: true, startOn: true, endOn: true, workingDays: true, pauseReason: true, reply: true } },
      entries: {
        where: { entry: { search: { is: { withdrawn: false } } } },
        select: { entry: { select: { id: true, revisions: { where: { state: "PUBLISHED" }, take: 1, select: { title: true } } } } },
      },
      // Notices go out as made; an answer only once a leader approved it.
      letters: {
        where: { OR: [{ kind: { in: ["CORRECTION", "EXTENSION"] } }, { kind: "ANSWER", approvedAt: { not: null } }] },
        orderBy: { id: "asc" },
        select: { id: true, kind: true, title: true, body: true, createdAt: true },
      },
    },
  });
}

export const REQUESTS_PAGE_SIZE = 20;

function visibleWhere(actor: Actor): Prisma.DisclosureRequestWhereInput {
  const scopes = [...new Set([...scopesFor(actor, "requests.handle"), ...scopesFor(actor, "requests.approve")])];
  return scopes.length ? { unit: { OR: scopes.map((prefix) => ({ path: { startsWith: prefix } })) } } : { id: -1 };
}

/** The applications list's filters from the URL, for the page and its export; null for someone the list is refused to. */
export function readRequestListQuery(actor: Actor, params: Record<string, unknown>): RequestListQuery | null {
  if (!can(actor, "requests.handle") && !can(actor, "requests.approve")) return null;
  return requestListQuerySchema.parse(params);
}

/** The applications the list shows for `filters` (open ones unless `all`), within the actor's units. Shared by the page and the export. */
export function requestListWhere(actor: Actor, { state, all, q }: RequestListFilters): Prisma.DisclosureRequestWhereInput {
  return {
    AND: [
      visibleWhere(actor),
      state ? { state } : all ? {} : { state: { notIn: ["ANSWERED", "CLOSED"] } },
      q ? { OR: [{ trackingCode: { contains: q.toUpperCase() } }, { applicantName: { contains: q } }, { description: { contains: q } }] } : {},
    ],
  };
}

/** The most urgent first, then those waiting for registration; the id makes the order total, for the export's cursor. */
export const REQUEST_LIST_ORDER = [
  { dueOn: { sort: "asc", nulls: "last" } },
  { submittedAt: "asc" },
  { id: "asc" },
] satisfies Prisma.DisclosureRequestOrderByWithRelationInput[];

/** The handler's list, one page, each open request with the working days left today. */
export async function listRequests(actor: Actor, { page, ...filters }: RequestListQuery) {
  const where = requestListWhere(actor, filters);
  const total = await db.disclosureRequest.count({ where });
  const window = pageWindow(total, page, REQUESTS_PAGE_SIZE);
  const [rows, calendar] = await Promise.all([
    db.disclosureRequest.findMany({
      where,
      orderBy: REQUEST_LIST_ORDER,
      skip: window.skip,
      take: window.take,
      select: {
        id: true,
        trackingCode: true,
        state: true,
        channel: true,
        applicantName: true,
        description: true,
        submittedAt: true,
        receivedOn: true,
        dueOn: true,
        unit: { select: { name: true } },
        handler: { select: { displayName: true } },
      },
    }),
    loadCalendar(),
  ]);
  const today = toChinaDate(new Date());
  const items = rows.map((r) => ({
    ...r,
    assessment: r.dueOn && r.state !== "ANSWERED" && r.state !== "CLOSED" ? assessDeadline({ dueOn: isoOf(r.dueOn), stoppedBy: null }, today, calendar) : null,
  }));
  return { items, total, page: window.page, pageCount: window.pageCount };
}

/** Everything about one request for staff of its unit, with its deadline computed and explained. */
export async function findRequestForStaff(actor: Actor, requestId: number) {
  const request = await db.disclosureRequest.findUnique({
    where: { id: requestId },
    include: {
      unit: { select: { id: true, name: true, path: true } },
      handler: { select: { displayName: true } },
      clockEvents: { orderBy: { startOn: "asc" } },
      letters: { orderBy: { id: "asc" } },
      notes: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } } },
      entries: {
        orderBy: { createdAt: "asc" },
        select: {
          promoted: true,
          entry: { select: { id: true, indexNo: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { title: true, state: true } } } },
        },
      },
    },
  });
  // The page shows the applicant's personal data: only those who may read it see the application at all.
  if (!request || !canReadApplicantData(actor, { unitPath: request.unit.path })) return null;
  const calendar = await loadCalendar();
  const today = toChinaDate(new Date());
  const result = request.receivedOn ? computeDeadline({ receivedOn: isoOf(request.receivedOn), events: toClockEvents(request.clockEvents) }, calendar) : null;
  const deadline = result?.ok ? result.deadline : null;
  const open = request.state !== "ANSWERED" && request.state !== "CLOSED";
  const pending = pendingAnswer(request.letters);
  const facts = requestFacts(request, pending);
  return {
    actions: availableRequestActions(
      facts,
      toRequestActor(actor, (c) => can(actor, c, { unitPath: request.unit.path })),
    ),
    pendingAnswer: pending,
    request,
    deadline,
    deadlineIssues: result && !result.ok ? result.issues : [],
    assessment: deadline && open ? assessDeadline(deadline, today, calendar) : null,
    canHandle: can(actor, "requests.handle", { unitPath: request.unit.path }),
    canPromote:
      can(actor, "requests.handle", { unitPath: request.unit.path }) &&
      can(actor, "entries.draft", { unitPath: request.unit.path }) &&
      request.state === "ANSWERED" &&
      (request.outcome === "GRANTED" || request.outcome === "PARTIAL"),
    today,
  };
}

/** The rows annual-report table 三 is counted from (lib/requests/statistics.ts), for a unit's subtree, with what a drill-down list shows. */
export async function loadRequestRows(unitPath: string): Promise<(RequestRow & { id: number; unitId: number; trackingCode: string; description: string })[]> {
  const rows = await db.disclosureRequest.findMany({
    where: { unit: { path: { startsWith: unitPath } } },
    select: {
      id: true,
      unitId: true,
      trackingCode: true,
      description: true,
      applicantType: true,
      channel: true,
      receivedOn: true,
      answeredOn: true,
      closedAt: true,
      outcome: true,
      dueOn: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    trackingCode: r.trackingCode,
    description: r.description,
    applicantType: r.applicantType,
    channel: r.channel,
    receivedOn: r.receivedOn ? isoOf(r.receivedOn) : null,
    concludedOn: r.answeredOn ? isoOf(r.answeredOn) : r.closedAt ? toChinaDate(r.closedAt) : null,
    outcome: r.outcome,
    dueOn: r.dueOn ? isoOf(r.dueOn) : null,
  }));
}

/** "/1/4/12/" → ["/1/", "/1/4/", "/1/4/12/"]: the unit and its ancestors. */
const ancestorPaths = (path: string) =>
  path
    .split("/")
    .filter(Boolean)
    .map((_, i, ids) => `/${ids.slice(0, i + 1).join("/")}/`);

/**
 * Where the actor can hand an application at `unitPath`: the units they handle applications for, and
 * the 经办人 whose role covers that unit.
 */
export async function listAssignmentOptions(actor: Actor, unitPath: string) {
  const [units, handlers] = await Promise.all([
    listActiveUnits(actor, "requests.handle"),
    db.user.findMany({
      where: { disabled: false, roles: { some: { role: "CLERK", unit: { path: { in: ancestorPaths(unitPath) } } } } },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
  ]);
  return { units, handlers };
}
