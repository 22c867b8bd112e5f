import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { getDataRoot } from "@/lib/db/config";

const envSchema = z
  .object({
    DATABASE_URL: z.string().optional(),
    GONGKAI_DATA_DIR: z.string().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    GONGKAI_DEMO_PASSWORD: z.string().min(10).optional(),
    GONGKAI_SEED: z.enum(["demo", "none"]).default("demo"),
    GONGKAI_PUBLIC_URL: z.url({ protocol: /^https?$/, error: "GONGKAI_PUBLIC_URL must be an http(s) URL" }).optional(),
    /** "1": the link check fetches external links; otherwise they are recorded as unchecked. */
    GONGKAI_LINK_CHECK_EXTERNAL: z.enum(["0", "1"]).optional(),
    /** Minimum level of the JSON log lines on stdout (lib/logger.ts). */
    GONGKAI_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Names this app instance in logs and job runs; host:pid when unset. */
    GONGKAI_INSTANCE_ID: z.string().trim().min(1).max(100).optional(),
    /** "0": this instance runs no scheduled jobs (e.g. a read-only replica); they still run exactly once on the others. */
    GONGKAI_JOBS: z.enum(["0", "1"]).default("1"),
    /** Where attachment files live: the data directory ("fs") or an S3-compatible bucket ("s3"). */
    GONGKAI_STORAGE: z.enum(["fs", "s3"]).default("fs"),
    GONGKAI_S3_BUCKET: z.string().trim().min(3).max(63).optional(),
    /** For MinIO or another S3-compatible store, e.g. http://minio:9000; AWS when unset. */
    GONGKAI_S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "GONGKAI_S3_ENDPOINT must be an http(s) URL" }).optional(),
    GONGKAI_S3_REGION: z.string().trim().min(1).default("us-east-1"),
    GONGKAI_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    GONGKAI_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** "1": bucket in the path (http://minio:9000/bucket/key), as MinIO needs by default. */
    GONGKAI_S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("0"),
    /** Key prefix inside the bucket, e.g. "gongkai/" when the bucket is shared. */
    GONGKAI_S3_PREFIX: z
      .string()
      .regex(/^([A-Za-z0-9._-]+\/)*$/, "GONGKAI_S3_PREFIX must be empty or end with /")
      .default(""),
  })
  .superRefine((env, ctx) => {
    if (env.GONGKAI_STORAGE === "s3" && !env.GONGKAI_S3_BUCKET)
      ctx.addIssue({ code: "custom", path: ["GONGKAI_S3_BUCKET"], message: "GONGKAI_S3_BUCKET is required when GONGKAI_STORAGE=s3" });
    if (Boolean(env.GONGKAI_S3_ACCESS_KEY_ID) !== Boolean(env.GONGKAI_S3_SECRET_ACCESS_KEY))
      ctx.addIssue({
        code: "custom",
        path: [env.GONGKAI_S3_ACCESS_KEY_ID ? "GONGKAI_S3_SECRET_ACCESS_KEY" : "GONGKAI_S3_ACCESS_KEY_ID"],
        message: "set both GONGKAI_S3_ACCESS_KEY_ID and GONGKAI_S3_SECRET_ACCESS_KEY, or neither (the SDK's default credentials)",
      });
  });

export type Env = z.infer<typeof envSchema>;

/** The validated environment; a bad value stops start-up with the variable's name. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * The session-signing secret: NEXTAUTH_SECRET/AUTH_SECRET when set (required when several instances
 * share a database), otherwise one generated on first start and kept in `<data root>/auth-secret`.
 */
export function getAuthSecret(source: NodeJS.ProcessEnv = process.env): string {
  const env = readEnv(source);
  const fromEnv = env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(getDataRoot(source), "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another worker wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * The address the public reaches the site at, for share links, QR codes, feeds and the sitemap:
 * GONGKAI_PUBLIC_URL when set, otherwise what the request (or the proxy in front) says.
 */
export function publicOrigin(headers: Headers, source: NodeJS.ProcessEnv = process.env): string {
  const configured = readEnv(source).GONGKAI_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  return `${headers.get("x-forwarded-proto") ?? "http"}://${host}`;
}
