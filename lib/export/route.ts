import "server-only";
import { getCurrentActor } from "@/lib/auth/guards";
import { contentDisposition, notFoundResponse } from "@/lib/http";
import type { ExportFile, ExportRequest } from "./service";

/**
 * The GET handler of a list's export route (…/export?format=csv&<the list's filters>): the signed-in
 * actor's export streamed as a download, or a plain 404 for anyone the list is refused to.
 */
export function exportRoute(run: (request: ExportRequest) => Promise<ExportFile | null>) {
  return async function GET(request: Request): Promise<Response> {
    const actor = await getCurrentActor();
    const file = actor && !actor.mustChangePassword ? await run({ actor, params: Object.fromEntries(new URL(request.url).searchParams) }) : null;
    if (!file) return notFoundResponse();
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition(file.filename, file.ascii),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  };
}
