import "server-only";
import { can, scopesFor, type Actor } from "@/lib/auth/permissions";
import { listActiveUnits } from "@/lib/units/queries";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/pagination";
import type { Prisma } from "@/lib/db/generated/client";
import type { RevisionState } from "@/lib/db/generated/enums";
import { availableActions, OPEN_STATES } from "@/lib/review/model";
import { loadReviewFacts } from "./facts";
import { entryViewsFor, type EntryView } from "./model";
import { entryListQuerySchema } from "./schemas";

export const ENTRIES_PAGE_SIZE = 20;

const inScopes = (scopes: string[]): Prisma.EntryRevisionWhereInput => ({
  entry: { unit: { OR: scopes.map((prefix) => ({ path: { startsWith: prefix } })) } },
});
const NONE: Prisma.EntryRevisionWhereInput = { id: -1 };

/** Entries any of the actor's entry roles lets them see. */
function visibleWhere(actor: Actor): Prisma.EntryRevisionWhereInput {
  const scopes = [...new Set([...scopesFor(actor, "entries.draft"), ...scopesFor(actor, "entries.review"), ...scopesFor(actor, "entries.approve")])];
  return scopes.length ? inScopes(scopes) : NONE;
}

/**
 * The revisions of one queue. "review" and "approval" list what the actor may act on now: in their
 * units, and not their own work (they could not act on it anyway).
 */
function viewWhere(actor: Actor, view: EntryView): Prisma.EntryRevisionWhereInput {
  const notMine: Prisma.EntryRevisionWhereInput = { drafterId: { not: actor.id }, lastEditorId: { not: actor.id } };
  switch (view) {
    case "mine":
      return { drafterId: actor.id, state: { in: [...OPEN_STATES] } };
    case "review": {
      const scopes = scopesFor(actor, "entries.review");
      return scopes.length ? { AND: [inScopes(scopes), notMine, { state: "SUBMITTED" }] } : NONE;
    }
    case "approval": {
      const scopes = scopesFor(actor, "entries.approve");
      return scopes.length ? { AND: [inScopes(scopes), notMine, { state: "CLEARED" }] } : NONE;
    }
    case "all":
      return visibleWhere(actor);
  }
}

/** Counts for the navigation badges. */
export async function countQueues(actor: Actor) {
  const [mine, review, approval] = await Promise.all(
    (["mine", "review", "approval"] as const).map((view) => db.entryRevision.count({ where: viewWhere(actor, view) })),
  );
  return { mine: mine ?? 0, review: review ?? 0, approval: approval ?? 0 };
}

export interface EntryListFilters {
  view: EntryView;
  state?: RevisionState;
  unitId?: number;
  topicId?: number;
  q?: string;
}

/**
 * The entry list's filters as the page and its export read them from the URL: the requested queue if
 * the actor has it, otherwise their first. Null when the actor has no entry role (the page is refused).
 */
export function readEntryListQuery(actor: Actor, params: Record<string, unknown>): (EntryListFilters & { page: number }) | null {
  const views = entryViewsFor(actor);
  if (!views.length) return null;
  const query = entryListQuerySchema.parse(params);
  return { ...query, view: query.view && views.includes(query.view) ? query.view : views[0]! };
}

/** The revisions the list shows for `filters`, within what the actor may see. Shared by the page and the export. */
export function entryListWhere(actor: Actor, { view, state, unitId, topicId, q }: EntryListFilters): Prisma.EntryRevisionWhereInput {
  return {
    AND: [
      viewWhere(actor, view),
      // One row per entry in "all": its newest revision.
      view === "all" ? { state: { notIn: ["SUPERSEDED"] } } : {},
      state ? { state } : {},
      unitId ? { entry: { unitId } } : {},
      // A top-level topic also matches its subtopics.
      topicId ? { OR: [{ topicId }, { topic: { parentId: topicId } }] } : {},
      q ? { OR: [{ title: { contains: q } }, { documentNo: { contains: q } }, { entry: { indexNo: { contains: q } } }] } : {},
    ],
  };
}

/** Most recently changed first; the id makes the order total, for the export's cursor. */
export const ENTRY_LIST_ORDER = [{ updatedAt: "desc" }, { id: "desc" }] satisfies Prisma.EntryRevisionOrderByWithRelationInput[];

/** A row of the list, on the page and in the export (lib/export/rows.ts). */
export const ENTRY_LIST_SELECT = {
  id: true,
  number: true,
  state: true,
  title: true,
  documentNo: true,
  generatedOn: true,
  updatedAt: true,
  scheduledAt: true,
  returnNote: true,
  entry: { select: { id: true, indexNo: true, firstPublishedAt: true, unit: { select: { name: true } } } },
  topic: { select: { name: true } },
  genre: { select: { name: true } },
} satisfies Prisma.EntryRevisionSelect;

export async function listEntries(actor: Actor, { page, ...filters }: EntryListFilters & { page: number }) {
  const where = entryListWhere(actor, filters);
  const total = await db.entryRevision.count({ where });
  const window = pageWindow(total, page, ENTRIES_PAGE_SIZE);
  const rows = await db.entryRevision.findMany({
    where,
    orderBy: ENTRY_LIST_ORDER,
    skip: window.skip,
    take: window.take,
    select: ENTRY_LIST_SELECT,
  });
  return { rows, total, page: window.page, pageCount: window.pageCount };
}

/** Everything the admin entry page shows, or null when the entry is absent or outside the actor's units. */
export async function findEntryForAdmin(actor: Actor, entryId: number) {
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    include: {
      unit: { select: { id: true, name: true, path: true, code: true } },
      revisions: {
        orderBy: { number: "desc" },
        include: {
          topic: { select: { name: true } },
          genre: { select: { name: true } },
          reviews: { orderBy: { id: "asc" } },
          attachments: { orderBy: { position: "asc" }, select: { id: true, filename: true, mimeType: true, size: true, sha256: true } },
        },
      },
    },
  });
  if (!entry) return null;
  const target = { unitPath: entry.unit.path };
  if (!can(actor, "entries.draft", target) && !can(actor, "entries.review", target) && !can(actor, "entries.approve", target)) return null;
  const userIds = [...new Set(entry.revisions.flatMap((r) => [r.drafterId, r.lastEditorId]))];
  const [people, audit] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }),
    db.auditEvent.findMany({
      where: { entityType: "Entry", entityId: String(entryId) },
      orderBy: { id: "asc" },
      select: { id: true, createdAt: true, actorName: true, action: true, summary: true, reason: true, details: true },
    }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const current = entry.revisions[0]!;
  const [facts, findings] = await Promise.all([
    loadReviewFacts(db, { ...current, entry: { unit: entry.unit } }),
    db.precheckFinding.findMany({
      where: { revisionId: current.id, contentHash: current.contentHash },
      orderBy: { id: "asc" },
      select: {
        id: true,
        field: true,
        type: true,
        match: true,
        severity: true,
        suggestion: true,
        line: true,
        before: true,
        after: true,
        acknowledgedAt: true,
        note: true,
        acknowledgedBy: { select: { displayName: true } },
      },
    }),
  ]);
  // An attachment finding's line is the attachment's place in display order (lib/safeguards/model.ts).
  const named = findings.map((f) => ({ ...f, attachmentName: f.field === "attachment" ? (current.attachments[f.line - 1]?.filename ?? null) : null }));
  return { entry, current, actions: availableActions(actor, facts), facts, findings: named, names, audit };
}

/** Units whose entries the actor can see, for the list filter. */
export async function listEntryUnits(actor: Actor) {
  const scopes = [...new Set([...scopesFor(actor, "entries.draft"), ...scopesFor(actor, "entries.review"), ...scopesFor(actor, "entries.approve")])];
  if (!scopes.length) return [];
  return db.unit.findMany({ where: { OR: scopes.map((p) => ({ path: { startsWith: p } })) }, orderBy: [{ path: "asc" }], select: { id: true, name: true } });
}

/** Units where the actor may draft, for the editor's unit choice. */
export function listDraftUnits(actor: Actor) {
  return listActiveUnits(actor, "entries.draft");
}

/**
 * Category choices: the system-wide trees plus categories that admins added for units the actor works
 * in (or their ancestors). The service re-checks that a chosen category fits the entry's unit.
 */
export async function listCategories(actor?: Actor) {
  const unitIds = actor ? [...new Set(actor.roles.flatMap((r) => r.unitPath.split("/").filter(Boolean).map(Number)))] : [];
  const rows = await db.category.findMany({
    where: { OR: [{ unitId: null }, { unitId: { in: unitIds } }] },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, name: true, parentId: true, unit: { select: { shortName: true, name: true } } },
  });
  const label = (r: (typeof rows)[number]) => (r.unit ? `${r.name}（${r.unit.shortName ?? r.unit.name}）` : r.name);
  const topics = rows.filter((r) => r.kind === "TOPIC");
  const parents = topics.filter((t) => t.parentId === null);
  const ordered = parents.flatMap((p) => [
    { id: p.id, label: label(p) },
    ...topics.filter((t) => t.parentId === p.id).map((t) => ({ id: t.id, label: `${p.name}\\${label(t)}` })),
  ]);
  return { topics: ordered, genres: rows.filter((r) => r.kind === "GENRE").map((g) => ({ id: g.id, label: label(g) })) };
}
