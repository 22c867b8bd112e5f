import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Runs before every page. Sets the page's Content-Security-Policy with a fresh nonce (lib/security/headers.ts),
 * on the request too, where Next.js finds the nonce for its scripts.
 * On admin pages it is also an optimistic gate: no session cookie → the login page. Every admin page,
 * query and action still checks the real session and role on the server.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if ((pathname === "/admin" || pathname.startsWith("/admin/")) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not static files, attachments, feeds or the JSON API (their responses run no scripts).
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|attachments/|api/|feed\\.xml|feed\\.atom|search\\.csv|sitemap\\.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
