import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** Argon2id with the library defaults (19 MiB, 2 passes: OWASP's minimum recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, not a crash.
    return false;
  }
}

// No 0/O, 1/l/I: the password is read off a screen or a printout.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password that satisfies the password policy (letters and digits, 14 characters). */
export function generatePassword(length = 14): string {
  if (length < 10) throw new RangeError("generated passwords are at least 10 characters (password policy)");
  for (;;) {
    const candidate = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    if (/[a-zA-Z]/.test(candidate) && /\d/.test(candidate)) return candidate;
  }
}
