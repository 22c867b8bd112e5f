import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { getCurrentActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isDomainError } from "@/lib/errors";
import { notFoundResponse } from "@/lib/http";
import { importUploadSchema, MAX_IMPORT_UPLOAD_BYTES, type ImportUploadError } from "@/lib/import/schemas";
import { createImportJob } from "@/lib/import/service";

/** A redirect to a page of this site, relative, so it holds behind any proxy. */
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/**
 * The upload of a catalogue file to import (with an optional ZIP of attachments), as a plain
 * multipart form post from /admin/import. A route handler outside /admin, because server actions and
 * the proxy in front of admin pages cap request bodies at 21 MB (next.config.ts), and a legacy
 * catalogue is often larger. Same-origin posts only (the session cookie is SameSite=Lax as well).
 */
export async function POST(request: Request) {
  const actor = await getCurrentActor();
  if (!actor || !can(actor, "entries.import")) return notFoundResponse();
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && URL.canParse(origin) && new URL(origin).host !== host) return new Response("Forbidden", { status: 403 });
  const back = (code: ImportUploadError) => seeOther(`/admin/import?error=${code}`);
  if (Number(request.headers.get("content-length") ?? Infinity) > MAX_IMPORT_UPLOAD_BYTES) return back("size");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const archive = form?.get("archive");
  if (!form || !(file instanceof File) || file.size === 0) return back("missing");
  const parsed = importUploadSchema.safeParse({ encoding: form.get("encoding") ?? undefined, defaultUnitId: form.get("defaultUnitId") ?? undefined });
  if (!parsed.success) return back("invalid");
  const stream = (f: File) => Readable.fromWeb(f.stream() as NodeReadableStream<Uint8Array>);
  try {
    const { jobId } = await createImportJob({
      actor,
      file: { name: file.name, stream: stream(file) },
      archive: archive instanceof File && archive.size > 0 ? { name: archive.name, stream: stream(archive) } : null,
      input: parsed.data,
    });
    return seeOther(`/admin/import/${jobId}`);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return back((error.meta?.code as ImportUploadError | undefined) ?? "invalid");
  }
}
