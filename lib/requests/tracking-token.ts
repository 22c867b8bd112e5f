/**
 * Proof that the browser gave the right secret for a tracking code: "<code>.<expiry ms>.<HMAC>", kept in
 * an httpOnly cookie so the status page can be an ordinary server-rendered page (no secret in any URL).
 * Pure apart from the HMAC; the key is the session secret.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const TRACKING_COOKIE = "gk_track";
export const TRACKING_TOKEN_MS = 30 * 60_000;

const mac = (payload: string, key: string) => createHmac("sha256", key).update(`tracking:${payload}`).digest("base64url");

export function signTrackingToken(trackingCode: string, key: string, now = Date.now()): string {
  const payload = `${trackingCode}.${now + TRACKING_TOKEN_MS}`;
  return `${payload}.${mac(payload, key)}`;
}

/** The tracking code the token proves, or null if it is forged, altered or expired. */
export function verifyTrackingToken(token: string | undefined, key: string, now = Date.now()): string | null {
  const [code, expiry, signature] = token?.split(".") ?? [];
  if (!code || !expiry || !signature) return null;
  const expected = Buffer.from(mac(`${code}.${expiry}`, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expiry) > now ? code : null;
}
