/*
 * Login throttling (P7 item 3), the pure rule. Failures are counted per username as typed — known or
 * not, so a lockout tells nothing about which accounts exist — and per client address. A success ends
 * the username's run of failures. While locked, the password is not even checked: no guessing, and
 * no argon2 work for the attacker to make the server do.
 */

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Failures of one username within the window that lock it until the window has passed the last of them. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failures from one address (any usernames) within the window that block the address likewise. */
export const ADDRESS_FAILURE_LIMIT = 20;

export interface RecentFailures {
  /** Times of the username's failures within the window, after its last success. */
  account: Date[];
  /** Times of the address's failures within the window. */
  address: Date[];
}

export type ThrottleDecision = { allowed: true } | { allowed: false; scope: "account" | "address"; retryAt: Date };

/** Whether an attempt may check a password now. */
export function assessLogin(failures: RecentFailures, now: Date): ThrottleDecision {
  const since = now.getTime() - THROTTLE_WINDOW_MS;
  const blocked = (times: Date[], limit: number): Date | null => {
    const recent = times.map((t) => t.getTime()).filter((t) => t > since);
    if (recent.length < limit) return null;
    return new Date(Math.max(...recent) + THROTTLE_WINDOW_MS);
  };
  const account = blocked(failures.account, ACCOUNT_FAILURE_LIMIT);
  if (account) return { allowed: false, scope: "account", retryAt: account };
  const address = blocked(failures.address, ADDRESS_FAILURE_LIMIT);
  if (address) return { allowed: false, scope: "address", retryAt: address };
  return { allowed: true };
}

/** Whole minutes until `retryAt`, at least 1, for the message. */
export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

/** The error code the login form receives for a throttled attempt, as `LoginThrottled:<minutes>`. */
export const LOGIN_THROTTLED = "LoginThrottled";

/** The login form's message for next-auth's `error`, or null when it is not a throttled attempt. */
export function throttledMessage(error: string): string | null {
  const match = new RegExp(`^${LOGIN_THROTTLED}:(\\d+)$`).exec(error);
  return match ? `登录失败次数过多，已暂时锁定。请 ${match[1]} 分钟后再试；如忘记密码，请联系单位管理员重置。` : null;
}
