import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { checkBodyLinks, classifyLink, extractLinks, type CheckedLink, type SiteTargets } from "./links";

/** Published entries read per batch, so a catalogue of 100k entries never loads at once. */
const BATCH_SIZE = 200;
/** External requests in flight at once, and how long one may take. */
const EXTERNAL_CONCURRENCY = 4;
const EXTERNAL_TIMEOUT_MS = 5_000;

export interface LinkCheckOptions {
  now?: Date;
  /** Fetch external links; default GONGKAI_LINK_CHECK_EXTERNAL=1. Without it they are recorded as UNCHECKED. */
  external?: boolean;
  /** Injected for tests; the global fetch otherwise. */
  fetcher?: typeof fetch;
}

export interface LinkCheckSummary {
  runId: number;
  entriesChecked: number;
  linksChecked: number;
}

const isExternalEnabled = () => readEnv().GONGKAI_LINK_CHECK_EXTERNAL === "1";

/** The site's own origin, so absolute links to it count as internal. */
function siteOrigins(): string[] {
  const configured = readEnv().GONGKAI_PUBLIC_URL;
  return configured ? [configured] : [];
}

const idsIn = (paths: string[], section: string) =>
  paths.flatMap((path) => {
    const match = new RegExp(`^/${section}/([1-9]\\d{0,9})/?(?:[?#]|$)`).exec(path);
    return match ? [Number(match[1])] : [];
  });

/** The targets one batch of bodies refers to, looked up by id only (never the whole catalogue). */
async function loadTargets(bodies: string[], origins: string[]): Promise<SiteTargets> {
  const paths = bodies.flatMap((html) => extractLinks(html).flatMap((link) => classifyLink(link, origins).path ?? []));
  const [entryIds, attachmentIds, unitIds] = [idsIn(paths, "entries"), idsIn(paths, "attachments"), idsIn(paths, "units")];
  const [entries, attachments, units] = await Promise.all([
    entryIds.length
      ? db.entry.findMany({
          where: { id: { in: entryIds }, firstPublishedAt: { not: null } },
          select: { id: true, withdrawnAt: true, revisions: { where: { state: "PUBLISHED" }, take: 1, select: { id: true } } },
        })
      : [],
    attachmentIds.length
      ? db.attachment.findMany({ where: { id: { in: attachmentIds }, revision: { state: "PUBLISHED", entry: { withdrawnAt: null } } }, select: { id: true } })
      : [],
    unitIds.length ? db.unit.findMany({ where: { id: { in: unitIds }, disabled: false }, select: { id: true } }) : [],
  ]);
  return {
    publishedEntryIds: new Set(entries.filter((e) => e.withdrawnAt === null && e.revisions.length > 0).map((e) => e.id)),
    withdrawnEntryIds: new Set(entries.filter((e) => e.withdrawnAt !== null).map((e) => e.id)),
    publicAttachmentIds: new Set(attachments.map((a) => a.id)),
    activeUnitIds: new Set(units.map((u) => u.id)),
  };
}

/** One external link over the network: HEAD, and GET when the server refuses HEAD. */
async function probeExternal(url: string, fetcher: typeof fetch): Promise<Pick<CheckedLink, "status" | "detail">> {
  const attempt = (method: "HEAD" | "GET") => fetcher(url, { method, redirect: "follow", signal: AbortSignal.timeout(EXTERNAL_TIMEOUT_MS) });
  try {
    let response = await attempt("HEAD");
    if (response.status === 405 || response.status === 501) response = await attempt("GET");
    return response.ok ? { status: "OK", detail: "" } : { status: "BROKEN", detail: `外部链接返回 ${response.status}` };
  } catch (error) {
    return { status: "BROKEN", detail: error instanceof Error && error.name === "TimeoutError" ? "外部链接超时" : "外部链接无法访问" };
  }
}

/** Checks the external links of a batch with at most EXTERNAL_CONCURRENCY requests at once. */
async function probeAll(links: CheckedLink[], fetcher: typeof fetch): Promise<void> {
  const queue = links.filter((l) => l.kind === "EXTERNAL");
  const worker = async () => {
    for (let link = queue.shift(); link; link = queue.shift()) Object.assign(link, await probeExternal(link.url, fetcher));
  };
  await Promise.all(Array.from({ length: EXTERNAL_CONCURRENCY }, worker));
}

/**
 * Checks the links of every published entry (the body of its current published revision, withdrawn entries
 * excluded) and replaces each entry's LinkCheck rows with the result, batch by batch in id order. Internal
 * links are judged against the database; external ones are fetched only when enabled. Rows of entries no
 * longer published are removed at the end, so the table always shows the latest check.
 */
export async function runLinkCheck(options: LinkCheckOptions = {}): Promise<LinkCheckSummary> {
  const now = options.now ?? new Date();
  const external = options.external ?? isExternalEnabled();
  const fetcher = options.fetcher ?? fetch;
  const origins = siteOrigins();
  const run = await db.linkCheckRun.create({ data: { startedAt: now, external }, select: { id: true } });
  let entriesChecked = 0;
  let linksChecked = 0;
  let cursor = 0;
  for (;;) {
    const revisions = await db.entryRevision.findMany({
      where: { state: "PUBLISHED", entryId: { gt: cursor }, entry: { withdrawnAt: null } },
      orderBy: { entryId: "asc" },
      take: BATCH_SIZE,
      select: { id: true, entryId: true, bodyHtml: true, entry: { select: { unitId: true } } },
    });
    if (revisions.length === 0) break;
    cursor = revisions[revisions.length - 1]?.entryId ?? cursor;
    const targets = await loadTargets(
      revisions.map((r) => r.bodyHtml),
      origins,
    );
    const checked = revisions.map((revision) => ({ revision, links: checkBodyLinks(revision.bodyHtml, targets, origins) }));
    if (external)
      await probeAll(
        checked.flatMap((c) => c.links),
        fetcher,
      );
    const entryIds = revisions.map((r) => r.entryId);
    await db.$transaction([
      db.linkCheck.deleteMany({ where: { entryId: { in: entryIds } } }),
      db.linkCheck.createMany({
        data: checked.flatMap(({ revision, links }) =>
          links.map((link, index) => ({
            entryId: revision.entryId,
            revisionId: revision.id,
            unitId: revision.entry.unitId,
            position: index + 1,
            url: link.url,
            text: link.text,
            kind: link.kind,
            status: link.status,
            detail: link.detail,
            checkedAt: now,
          })),
        ),
      }),
    ]);
    entriesChecked += revisions.length;
    linksChecked += checked.reduce((sum, c) => sum + c.links.length, 0);
  }
  // Entries withdrawn (or otherwise no longer public) since the last run: their links no longer count.
  await db.linkCheck.deleteMany({ where: { NOT: { checkedAt: now } } });
  await db.linkCheckRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), entriesChecked, linksChecked } });
  return { runId: run.id, entriesChecked, linksChecked };
}

/** Runs the link check on demand from /admin/links (`units.manage`), and audits who started it and what it found. */
export async function checkLinksNow({ actor }: { actor: Actor }): Promise<LinkCheckSummary> {
  if (!can(actor, "units.manage")) throw new DomainError("FORBIDDEN");
  const summary = await runLinkCheck();
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: "links.check",
      entityType: "LinkCheckRun",
      entityId: summary.runId,
      summary: `链接检查：${summary.entriesChecked} 个条目，${summary.linksChecked} 个链接`,
    }),
  );
  return summary;
}

/**
 * The daily job (lib/jobs/server-jobs.ts): checks the links unless a check already started in this slot
 * (someone ran it on demand from /admin/links after today's scheduled time).
 */
export async function runDailyLinkCheck({ slot }: { slot: Date }): Promise<string> {
  const latest = await db.linkCheckRun.findFirst({ where: { startedAt: { gte: slot } }, select: { id: true } });
  if (latest) return "本时段已检查过，跳过";
  const summary = await runLinkCheck();
  return `${summary.entriesChecked} 个条目，${summary.linksChecked} 个链接`;
}
