import "server-only";
import { cookies } from "next/headers";
import { getAuthSecret } from "@/lib/env";
import { TRACKING_COOKIE, verifyTrackingToken } from "./tracking-token";

/** The tracking code this browser proved it holds the secret for (within the last 30 minutes), if any. */
export async function provenTrackingCode(): Promise<string | null> {
  return verifyTrackingToken((await cookies()).get(TRACKING_COOKIE)?.value, getAuthSecret());
}
