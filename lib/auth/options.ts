import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getAuthSecret } from "@/lib/env";
import { loginSchema } from "@/lib/users/schemas";
import { authenticate } from "./service";
import { LOGIN_THROTTLED, minutesUntil } from "./throttle";

/** Staff sessions end after a working day. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Redirect URLs follow the Host header (behind a proxy, X-Forwarded-Host) unless NEXTAUTH_URL pins them.
process.env.AUTH_TRUST_HOST ??= "true";

let options: AuthOptions | undefined;

/** next-auth configuration, built on first use because the secret may live in the data directory. */
export function getAuthOptions(): AuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "用户名和密码",
        credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const forwarded = req.headers?.["x-forwarded-for"] as string | undefined;
          const result = await authenticate(parsed.data.username, parsed.data.password, { ip: forwarded?.split(",")[0]?.trim() ?? null });
          if (result.ok) return { id: String(result.user.id), name: result.user.displayName };
          // next-auth hands a thrown message to the login form as `error`.
          if (result.throttled) throw new Error(`${LOGIN_THROTTLED}:${minutesUntil(result.throttled.retryAt, new Date())}`);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = Number(user.id);
        return token;
      },
      session({ session, token }) {
        if (session.user) session.user.id = token.uid;
        return session;
      },
    },
  };
  return options;
}
