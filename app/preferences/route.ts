import { NextResponse } from "next/server";
import { PREFERENCES_COOKIE, readPreferences, safeReturnPath, serializePreferences, TEXT_SIZES, type TextSize } from "@/lib/preferences";

/**
 * GET /preferences?size=large&contrast=1 — plain links, so the switch works without
 * JavaScript; the choice is remembered for a year.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const current = await readPreferences();
  const size = url.searchParams.get("size");
  const contrast = url.searchParams.get("contrast");
  const next = {
    size: size && Object.hasOwn(TEXT_SIZES, size) ? (size as TextSize) : current.size,
    contrast: contrast === null ? current.contrast : contrast === "1",
  };
  // Back to the page the reader was on (the Referer, when it is this site), else to `return`.
  // Compared by Host header and answered with a relative Location: behind a proxy, request.url may
  // name another host than the reader's browser used.
  const referer = request.headers.get("referer") ? new URL(request.headers.get("referer")!) : null;
  const fromReferer = referer && referer.host === request.headers.get("host") ? referer.pathname + referer.search : null;
  const response = new NextResponse(null, { status: 303, headers: { Location: safeReturnPath(url.searchParams.get("return") ?? fromReferer) } });
  response.cookies.set(PREFERENCES_COOKIE, serializePreferences(next), { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  return response;
}
