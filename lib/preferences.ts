/** Reading preferences of the public site (适老化): larger text and high contrast, kept in a cookie. */
import { cookies } from "next/headers";

export const PREFERENCES_COOKIE = "gk_prefs";

export const TEXT_SIZES = { normal: "16px", large: "20px", xlarge: "24px" } as const;
export type TextSize = keyof typeof TEXT_SIZES;

export interface Preferences {
  size: TextSize;
  contrast: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { size: "normal", contrast: false };

/** Reads the cookie value "size.contrast" (e.g. "large.1"); anything else gives the defaults. */
export function parsePreferences(value: string | undefined): Preferences {
  const [size, contrast] = (value ?? "").split(".");
  return { size: size && Object.hasOwn(TEXT_SIZES, size) ? (size as TextSize) : "normal", contrast: contrast === "1" };
}

/** The preferences of the reader of this request. */
export async function readPreferences(): Promise<Preferences> {
  return parsePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value);
}

export function serializePreferences(preferences: Preferences): string {
  return `${preferences.size}.${preferences.contrast ? "1" : "0"}`;
}

/** Only a path on this site may be the return address (no open redirect). */
export function safeReturnPath(value: string | null): string {
  return value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : "/";
}
