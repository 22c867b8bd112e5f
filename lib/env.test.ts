import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getAuthSecret, publicOrigin, readEnv } from "./env";

// Explicit environments: process.env is never read or changed.
const read = (vars: Record<string, string>) => readEnv(vars as NodeJS.ProcessEnv);
const secret = (vars: Record<string, string>) => getAuthSecret(vars as NodeJS.ProcessEnv);
const origin = (headers: Record<string, string>, vars: Record<string, string> = {}) => publicOrigin(new Headers(headers), vars as NodeJS.ProcessEnv);

const SECRET = "s".repeat(32);

describe("readEnv", () => {
  it("applies defaults", () => {
    expect(read({})).toMatchObject({ PORT: 3000, GONGKAI_SEED: "demo" });
  });

  it("coerces the port", () => {
    expect(read({ PORT: "8080", GONGKAI_SEED: "none" })).toMatchObject({
      PORT: 8080,
      GONGKAI_SEED: "none",
    });
  });

  it.each([
    ["NEXTAUTH_SECRET", { NEXTAUTH_SECRET: "s".repeat(31) }],
    ["AUTH_SECRET", { AUTH_SECRET: "too-short" }],
    ["PORT", { PORT: "http" }],
    ["PORT", { PORT: "70000" }],
    ["GONGKAI_SEED", { GONGKAI_SEED: "full" }],
    ["GONGKAI_DEMO_PASSWORD", { GONGKAI_DEMO_PASSWORD: "123" }],
  ])("names %s when its value is bad", (name, env) => {
    expect(() => read(env)).toThrow(new RegExp(`Invalid environment:\\n\\s+${name}: `));
  });

  it("says why a short secret is refused", () => {
    expect(() => read({ NEXTAUTH_SECRET: "short" })).toThrow("NEXTAUTH_SECRET must be at least 32 characters");
  });

  it("accepts a 32-character secret", () => {
    expect(read({ NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });

  it("lists every bad variable at once", () => {
    let message = "";
    try {
      read({ NEXTAUTH_SECRET: "x", PORT: "0" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/NEXTAUTH_SECRET: /);
    expect(message).toMatch(/PORT: /);
  });
});

describe("readEnv: logs and attachment storage", () => {
  it("defaults to info logs and files in the data directory", () => {
    expect(read({})).toMatchObject({ GONGKAI_LOG_LEVEL: "info", GONGKAI_STORAGE: "fs", GONGKAI_S3_FORCE_PATH_STYLE: "0", GONGKAI_S3_PREFIX: "" });
  });

  it("accepts a complete S3 configuration", () => {
    const env = read({
      GONGKAI_STORAGE: "s3",
      GONGKAI_S3_BUCKET: "gongkai-files",
      GONGKAI_S3_ENDPOINT: "http://minio:9000",
      GONGKAI_S3_ACCESS_KEY_ID: "key",
      GONGKAI_S3_SECRET_ACCESS_KEY: "secret",
      GONGKAI_S3_FORCE_PATH_STYLE: "1",
      GONGKAI_S3_PREFIX: "district/",
    });
    expect(env).toMatchObject({ GONGKAI_STORAGE: "s3", GONGKAI_S3_REGION: "us-east-1", GONGKAI_S3_PREFIX: "district/" });
  });

  it.each([
    ["GONGKAI_LOG_LEVEL", { GONGKAI_LOG_LEVEL: "verbose" }, "GONGKAI_LOG_LEVEL: Invalid option"],
    ["GONGKAI_STORAGE", { GONGKAI_STORAGE: "ftp" }, "GONGKAI_STORAGE: Invalid option"],
    ["GONGKAI_S3_BUCKET", { GONGKAI_STORAGE: "s3" }, "GONGKAI_S3_BUCKET is required when GONGKAI_STORAGE=s3"],
    ["GONGKAI_S3_ENDPOINT", { GONGKAI_S3_ENDPOINT: "minio:9000" }, "GONGKAI_S3_ENDPOINT must be an http(s) URL"],
    ["GONGKAI_S3_SECRET_ACCESS_KEY", { GONGKAI_STORAGE: "s3", GONGKAI_S3_BUCKET: "files", GONGKAI_S3_ACCESS_KEY_ID: "key" }, "set both"],
    ["GONGKAI_S3_PREFIX", { GONGKAI_S3_PREFIX: "no-slash" }, "must be empty or end with /"],
  ])("names %s when its value is bad", (name, env, message) => {
    expect(() => read(env)).toThrow(new RegExp(`Invalid environment:\\n\\s+${name}: `));
    expect(() => read(env)).toThrow(message);
  });
});

describe("getAuthSecret", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "gongkai-env-")), "data");
  });
  afterEach(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it("generates a secret on first use, keeps it private, and returns the same one afterwards", () => {
    const env = { GONGKAI_DATA_DIR: dataDir };
    const first = secret(env);
    const file = path.join(dataDir, "auth-secret");
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(secret(env)).toBe(first);
  });

  it("generates a different secret for another data directory", () => {
    const other = `${dataDir}-2`;
    expect(secret({ GONGKAI_DATA_DIR: dataDir })).not.toBe(secret({ GONGKAI_DATA_DIR: other }));
  });

  it("reads an existing secret file, ignoring surrounding whitespace", () => {
    secret({ GONGKAI_DATA_DIR: dataDir }); // creates the directory
    writeFileSync(path.join(dataDir, "auth-secret"), `  ${SECRET}\n`);
    expect(secret({ GONGKAI_DATA_DIR: dataDir })).toBe(SECRET);
  });

  it("prefers NEXTAUTH_SECRET, then AUTH_SECRET, and then writes no file", () => {
    const nextAuth = "n".repeat(40);
    const auth = "a".repeat(40);
    expect(
      secret({
        GONGKAI_DATA_DIR: dataDir,
        NEXTAUTH_SECRET: nextAuth,
        AUTH_SECRET: auth,
      }),
    ).toBe(nextAuth);
    expect(secret({ GONGKAI_DATA_DIR: dataDir, AUTH_SECRET: auth })).toBe(auth);
    expect(existsSync(path.join(dataDir, "auth-secret"))).toBe(false);
  });

  it("refuses a short NEXTAUTH_SECRET rather than falling back to the file", () => {
    expect(() => secret({ GONGKAI_DATA_DIR: dataDir, NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(existsSync(path.join(dataDir, "auth-secret"))).toBe(false);
  });
});

describe("publicOrigin", () => {
  it("prefers GONGKAI_PUBLIC_URL, without a trailing slash", () => {
    expect(origin({ host: "10.0.0.5:3000" }, { GONGKAI_PUBLIC_URL: "https://gk.example.gov.cn/" })).toBe("https://gk.example.gov.cn");
  });

  it("otherwise follows the proxy's forwarded headers, then the Host header", () => {
    expect(origin({ host: "10.0.0.5:3000", "x-forwarded-host": "gk.example.gov.cn", "x-forwarded-proto": "https" })).toBe("https://gk.example.gov.cn");
    expect(origin({ host: "localhost:3000" })).toBe("http://localhost:3000");
  });

  it("refuses a configured address that is not http(s)", () => {
    expect(() => origin({}, { GONGKAI_PUBLIC_URL: "ftp://gk.example.gov.cn" })).toThrow("GONGKAI_PUBLIC_URL");
  });
});
