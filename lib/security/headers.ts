/*
 * Browser-side defences (P7 item 2). Pages get a Content-Security-Policy with a fresh nonce per
 * request (set in proxy.ts; Next.js reads the nonce from the request's policy and puts it on its own
 * scripts). Every response gets the other headers (next.config.ts).
 */

/** A nonce of 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for a page. Scripts only with the nonce ('strict-dynamic' lets Next.js's loader add its
 * chunks); no plugins, no framing, forms and <base> only to this site. Style attributes are allowed
 * (React renders a few, and they cannot run code); style elements need the nonce.
 * In development React needs eval for its debugging aids.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, pages and files alike. */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
