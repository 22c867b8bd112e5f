import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getAuthOptions } from "./options";
import { can, type Capability } from "./permissions";
import { loadActor } from "./service";

/**
 * The signed-in staff member for this request, re-read from the database every request so that a
 * disabled account or a revoked role takes effect at once. Null for the public.
 */
export const getCurrentActor = cache(async () => {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  return typeof userId === "number" ? loadActor(userId) : null;
});

export const PASSWORD_PAGE = "/admin/account/password";

/**
 * The actor, or a redirect to the login page. Someone signed in with a temporary password is sent to
 * the password page until they choose their own (the layout and that page opt out with `allowTemporaryPassword`).
 */
export async function requireUser({ allowTemporaryPassword = false } = {}) {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !allowTemporaryPassword) redirect(PASSWORD_PAGE);
  return actor;
}

/** The actor if they hold `capability` somewhere; otherwise the 403 page. Scope is checked by the service. */
export async function requireCapability(capability: Capability) {
  const actor = await requireUser();
  if (!can(actor, capability)) forbidden();
  return actor;
}
