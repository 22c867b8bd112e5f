import { isoDate } from "@/lib/entries/model";
import { findPublicEntry } from "@/lib/entries/public-queries";
import { sanitizeBody } from "@/lib/entries/sanitize";
import { idSchema } from "@/lib/units/schemas";

export const dynamic = "force-dynamic";

/** One public entry with its catalogue metadata; 404 for anything not public (or failing its integrity check). */
export async function GET(request: Request, { params }: { params: Promise<{ entryId: string }> }) {
  const id = idSchema.safeParse((await params).entryId);
  const entry = id.success ? await findPublicEntry(id.data) : null;
  if (!entry?.intact) return Response.json({ error: "not_found" }, { status: 404 });
  const { origin } = new URL(request.url);
  const r = entry.revision;
  return Response.json(
    {
      id: entry.id,
      indexNo: entry.indexNo,
      title: r.title,
      unit: entry.unit.name,
      documentNo: r.documentNo,
      generatedOn: isoDate(r.generatedOn),
      writtenOn: r.writtenOn ? isoDate(r.writtenOn) : null,
      publishedAt: entry.firstPublishedAt?.toISOString() ?? null,
      topic: r.topic.name,
      genre: r.genre.name,
      validity: r.validity,
      keywords: r.keywords,
      summary: r.summary,
      bodyHtml: sanitizeBody(r.bodyHtml),
      withdrawn: entry.withdrawnAt ? { at: entry.withdrawnAt.toISOString(), reason: entry.withdrawalReason } : null,
      attachments: r.attachments.map((a) => ({
        filename: a.filename,
        mimeType: a.mimeType,
        size: a.size,
        sha256: a.sha256,
        url: `${origin}/attachments/${a.id}`,
      })),
      url: `${origin}/entries/${entry.id}`,
    },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}
