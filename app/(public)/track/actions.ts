"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { getAuthSecret } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { checkApplicantSecret, replyToCorrection } from "@/lib/requests/intake";
import { correctionReplySchema, lookupSchema } from "@/lib/requests/schemas";
import { provenTrackingCode } from "@/lib/requests/tracking-cookie";
import { signTrackingToken, TRACKING_COOKIE, TRACKING_TOKEN_MS } from "@/lib/requests/tracking-token";

/**
 * Checks the tracking code and secret, then opens the status page for 30 minutes through a signed
 * cookie. Failures come back to the form in the URL (the code only; the secret is never echoed).
 */
export async function lookupAction(formData: FormData): Promise<never> {
  const parsed = lookupSchema.safeParse({ trackingCode: formData.get("trackingCode"), secret: formData.get("secret") });
  const given = formData.get("trackingCode");
  const code = typeof given === "string" ? given.slice(0, 20) : "";
  if (!parsed.success) redirect(`/track?error=invalid&code=${encodeURIComponent(code)}`);
  let ok: boolean;
  try {
    ok = await checkApplicantSecret(parsed.data.trackingCode, parsed.data.secret);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    redirect(`/track?error=locked&code=${encodeURIComponent(code)}`);
  }
  if (!ok) redirect(`/track?error=wrong&code=${encodeURIComponent(code)}`);
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(TRACKING_COOKIE, signTrackingToken(parsed.data.trackingCode, getAuthSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/track",
    maxAge: TRACKING_TOKEN_MS / 1000,
  });
  redirect(`/track/${parsed.data.trackingCode}`);
}

/**
 * The corrected application from the status page. The tracking cookie must still prove the code (the
 * bound code alone proves nothing); the text comes back with the messages if it is refused.
 */
export async function replyToCorrectionAction(trackingCode: string, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  if ((await provenTrackingCode()) !== trackingCode)
    return { ok: false, message: "查询已超过 30 分钟，请复制好补正内容，重新输入查询码和密码后再提交。", values };
  const parsed = correctionReplySchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await replyToCorrection(trackingCode, parsed.data);
  } catch (error) {
    return domainFailure(error, values);
  }
  redirect(`/track/${trackingCode}?replied=1`);
}
