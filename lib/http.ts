/** A plain 404 for route handlers: the same answer whether the thing is missing or not the caller's. */
export const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
