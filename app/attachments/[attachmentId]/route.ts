import { findAttachmentForDownload, UNVERIFIED } from "@/lib/attachments/queries";
import { getCurrentActor } from "@/lib/auth/guards";
import { contentDisposition, notFoundResponse } from "@/lib/http";
import { idSchema } from "@/lib/units/schemas";

export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const id = idSchema.safeParse((await params).attachmentId);
  const file = id.success ? await findAttachmentForDownload(await getCurrentActor(), id.data) : null;
  if (!file) return notFoundResponse();
  if (file === UNVERIFIED)
    return new Response("该信息正在核验，暂不提供", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "3600", "Cache-Control": "no-store" },
    });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": file.isPublic ? "public, max-age=300" : "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}
