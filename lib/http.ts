/** A plain 404 for route handlers: the same answer whether the thing is missing or not the caller's. */
export const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * `Content-Disposition: attachment` with the name in RFC 5987 form (`filename*=UTF-8''…`, which every
 * current browser reads, Chinese included) and, when given, a plain ASCII `filename` for older clients.
 */
export function contentDisposition(filename: string, asciiFallback?: string): string {
  // encodeURIComponent leaves ' ( ) * unencoded, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const fallback = asciiFallback?.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return fallback ? `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}` : `attachment; filename*=UTF-8''${encoded}`;
}
