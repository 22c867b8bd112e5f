/**
 * Link checking of published entries (P6 item 4): which links an entry body contains, what kind each is,
 * and whether a link to a page of this site reaches something the public can see. 错链 (a broken link)
 * and 空链 (an empty link) are the two faults the 政府网站 inspections count; both feed the monthly 通报.
 *
 * Pure: no I/O. The body is the sanitised subset of lib/entries/sanitize.ts, so links are plain
 * `<a href="…">…</a>` elements with escaped attribute values, never nested.
 */

export type LinkKind = "INTERNAL" | "EXTERNAL" | "EMPTY" | "MAILTO";
export type LinkStatus = "OK" | "BROKEN" | "EMPTY" | "UNCHECKED";

export interface ExtractedLink {
  /** The href as written (entities decoded, trimmed); "" when there is none. */
  url: string;
  /** The link's visible text, whitespace collapsed. */
  text: string;
}

export interface ClassifiedLink extends ExtractedLink {
  kind: LinkKind;
  /** For an internal link: the site path with its query, e.g. "/entries/12" or "/search?q=x". */
  path?: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower] ?? whole;
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)));
    return whole;
  });
}

/** Every `<a>` of a sanitised body, in order, with its href and visible text. */
export function extractLinks(html: string): ExtractedLink[] {
  const links: ExtractedLink[] = [];
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(match[1] ?? "");
    const url = decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? "").trim();
    const text = decodeEntities((match[2] ?? "").replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    links.push({ url, text });
  }
  return links;
}

/**
 * What kind a link is. 空链: no href, "#" or a bare fragment, or a scheme the sanitiser would have dropped
 * (javascript:, data:, …) left behind in older content. Internal: a site-relative path or an absolute URL
 * on one of `siteOrigins` (e.g. GONGKAI_PUBLIC_URL). External: http(s) elsewhere. mailto is not checked.
 */
export function classifyLink(link: ExtractedLink, siteOrigins: readonly string[] = []): ClassifiedLink {
  const { url } = link;
  if (url === "" || url.startsWith("#")) return { ...link, kind: "EMPTY" };
  if (/^mailto:/i.test(url)) return { ...link, kind: "MAILTO" };
  if (url.startsWith("/") && !url.startsWith("//")) {
    const parsed = new URL(url, "http://site.invalid");
    return { ...link, kind: "INTERNAL", path: parsed.pathname + parsed.search };
  }
  if (/^https?:\/\//i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { ...link, kind: "EMPTY" }; // not a usable address at all
    }
    const origins = siteOrigins.map((origin) => {
      try {
        return new URL(origin).origin;
      } catch {
        return origin;
      }
    });
    if (origins.includes(parsed.origin)) return { ...link, kind: "INTERNAL", path: parsed.pathname + parsed.search };
    return { ...link, kind: "EXTERNAL" };
  }
  return { ...link, kind: "EMPTY" };
}

/** What exists on the site for the public, as the job loads it. */
export interface SiteTargets {
  /** Entries whose current state the public sees as published (not withdrawn). */
  publishedEntryIds: ReadonlySet<number>;
  /** Entries that were published and are now withdrawn (their page only shows the notice). */
  withdrawnEntryIds: ReadonlySet<number>;
  /** Attachments of published revisions (the /attachments/<id> download route serves them to the public). */
  publicAttachmentIds: ReadonlySet<number>;
  /** Active units (their catalogue page /units/<id>). */
  activeUnitIds: ReadonlySet<number>;
}

export interface LinkVerdict {
  status: LinkStatus;
  /** Why, in Chinese, for the admin list. */
  detail: string;
}

/** Public pages without an id: the front page, search, guide, application form, reports, tracking. */
const STATIC_PATHS = new Set(["/", "/search", "/guide", "/apply", "/reports", "/track"]);

const idOf = (segment: string | undefined) => (segment && /^[1-9]\d{0,9}$/.test(segment) ? Number(segment) : null);

/**
 * Whether an internal link reaches a public page: an entry that is published (错链 when missing, withdrawn
 * or never published), a public attachment, an active unit, or one of the static public pages. Any other
 * site path (an admin page, a typo) is 错链 for the public.
 */
export function judgeInternalLink(path: string, targets: SiteTargets): LinkVerdict {
  const pathname = (path.split(/[?#]/)[0] ?? "/").replace(/\/+$/, "") || "/";
  const [, section, id, ...rest] = pathname.split("/");
  if (rest.length === 0 && section === "entries") {
    const entryId = idOf(id);
    if (entryId === null) return { status: "BROKEN", detail: "条目地址无效" };
    if (targets.publishedEntryIds.has(entryId)) return { status: "OK", detail: "" };
    if (targets.withdrawnEntryIds.has(entryId)) return { status: "BROKEN", detail: "目标条目已撤回" };
    return { status: "BROKEN", detail: "目标条目不存在或未公开" };
  }
  if (rest.length === 0 && section === "attachments") {
    const attachmentId = idOf(id);
    return attachmentId !== null && targets.publicAttachmentIds.has(attachmentId)
      ? { status: "OK", detail: "" }
      : { status: "BROKEN", detail: "附件不存在或未公开" };
  }
  if (rest.length === 0 && section === "units") {
    const unitId = idOf(id);
    return unitId !== null && targets.activeUnitIds.has(unitId) ? { status: "OK", detail: "" } : { status: "BROKEN", detail: "单位不存在或已停用" };
  }
  if (STATIC_PATHS.has(pathname)) return { status: "OK", detail: "" };
  return { status: "BROKEN", detail: "站内页面不存在" };
}

export interface CheckedLink extends ClassifiedLink, LinkVerdict {}

/**
 * The links of one body, each with a verdict: 空链 as EMPTY (also a link with a target but no text, which
 * readers cannot see or follow), internal ones judged against `targets`, external ones UNCHECKED (the job
 * may check them over the network afterwards). mailto links are left out.
 */
export function checkBodyLinks(html: string, targets: SiteTargets, siteOrigins: readonly string[] = []): CheckedLink[] {
  return extractLinks(html).flatMap((link): CheckedLink[] => {
    const classified = classifyLink(link, siteOrigins);
    if (classified.kind === "MAILTO") return [];
    if (classified.kind === "EMPTY") return [{ ...classified, status: "EMPTY", detail: link.url === "" ? "链接没有目标地址" : "链接目标无效" }];
    if (link.text === "") return [{ ...classified, status: "EMPTY", detail: "链接没有文字" }];
    if (classified.kind === "EXTERNAL") return [{ ...classified, status: "UNCHECKED", detail: "外部链接未检查" }];
    return [{ ...classified, ...judgeInternalLink(classified.path ?? "/", targets) }];
  });
}

/** Per-unit counts of a check, for the admin page and the 通报. */
export interface LinkCounts {
  broken: number;
  empty: number;
  unchecked: number;
  ok: number;
}

/** 链接检查失败 in the 通报: 错链 plus 空链. */
export const failedLinks = (counts: Pick<LinkCounts, "broken" | "empty">): number => counts.broken + counts.empty;
