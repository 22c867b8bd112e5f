import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeDatabase, getDataRoot, readDatabaseConfig, type DatabaseConfig } from "./config";

/** An explicit environment (process.env is never read or changed). */
const env = (vars: Record<string, string> = {}) => vars as NodeJS.ProcessEnv;

describe("getDataRoot", () => {
  it("defaults to ./data and resolves GONGKAI_DATA_DIR to an absolute path", () => {
    expect(getDataRoot(env())).toBe(path.resolve("data"));
    expect(getDataRoot(env({ GONGKAI_DATA_DIR: "" }))).toBe(path.resolve("data"));
    expect(getDataRoot(env({ GONGKAI_DATA_DIR: "/srv/gongkai" }))).toBe("/srv/gongkai");
    expect(getDataRoot(env({ GONGKAI_DATA_DIR: "var/gk" }))).toBe(path.resolve("var/gk"));
  });
});

describe("readDatabaseConfig", () => {
  it.each<[string, Record<string, string>, DatabaseConfig]>([
    [
      "unset",
      {},
      {
        kind: "pglite",
        dataDir: path.resolve("data", "pglite"),
        isMemory: false,
      },
    ],
    [
      "blank",
      { DATABASE_URL: "   " },
      {
        kind: "pglite",
        dataDir: path.resolve("data", "pglite"),
        isMemory: false,
      },
    ],
    ["unset, with a data root", { GONGKAI_DATA_DIR: "/srv/gk" }, { kind: "pglite", dataDir: "/srv/gk/pglite", isMemory: false }],
    ["postgres://", { DATABASE_URL: "postgres://app:pw@db:5432/gongkai" }, { kind: "postgres", url: "postgres://app:pw@db:5432/gongkai" }],
    ["postgresql://", { DATABASE_URL: "postgresql://app@db/gongkai" }, { kind: "postgres", url: "postgresql://app@db/gongkai" }],
    ["upper-case scheme", { DATABASE_URL: "PostgreSQL://db/gongkai" }, { kind: "postgres", url: "PostgreSQL://db/gongkai" }],
    ["surrounding spaces", { DATABASE_URL: " postgres://db/gk \n" }, { kind: "postgres", url: "postgres://db/gk" }],
    ["memory://", { DATABASE_URL: "memory://" }, { kind: "pglite", dataDir: "memory://", isMemory: true }],
    ["memory:// with a name", { DATABASE_URL: "memory://test" }, { kind: "pglite", dataDir: "memory://test", isMemory: true }],
    ["an absolute path", { DATABASE_URL: "/var/lib/gongkai/db" }, { kind: "pglite", dataDir: "/var/lib/gongkai/db", isMemory: false }],
    ["a relative path", { DATABASE_URL: "./tmp/db" }, { kind: "pglite", dataDir: path.resolve("tmp/db"), isMemory: false }],
    ["file:relative", { DATABASE_URL: "file:./tmp/db" }, { kind: "pglite", dataDir: path.resolve("tmp/db"), isMemory: false }],
    ["file:///absolute", { DATABASE_URL: "file:///var/lib/gk" }, { kind: "pglite", dataDir: "/var/lib/gk", isMemory: false }],
    // A data root does not apply to an explicit path.
    ["a path and a data root", { DATABASE_URL: "/x/db", GONGKAI_DATA_DIR: "/srv/gk" }, { kind: "pglite", dataDir: "/x/db", isMemory: false }],
  ])("DATABASE_URL %s", (_, vars, expected) => {
    expect(readDatabaseConfig(env(vars))).toEqual(expected);
  });

  it("does not mistake a path that mentions postgres for a server", () => {
    expect(readDatabaseConfig(env({ DATABASE_URL: "data/postgres://x" })).kind).toBe("pglite");
  });
});

describe("describeDatabase", () => {
  it.each([
    ["postgres://gongkai:S3cr3t-pw@db.example.gov.cn:6543/gongkai", "PostgreSQL at db.example.gov.cn:6543/gongkai"],
    ["postgresql://gongkai:S3cr3t-pw@db.example.gov.cn/gongkai", "PostgreSQL at db.example.gov.cn:5432/gongkai"],
    ["postgres://gongkai:p%40ss%23S3cr3t@10.0.0.5/gk?sslmode=require", "PostgreSQL at 10.0.0.5:5432/gk"],
    ["postgres://db/gk?user=gongkai&password=S3cr3t", "PostgreSQL at db:5432/gk"],
  ])("describes %s without credentials", (url, expected) => {
    const text = describeDatabase(readDatabaseConfig(env({ DATABASE_URL: url })));
    expect(text).toBe(expected);
    expect(text).not.toMatch(/S3cr3t|gongkai:|p%40ss/);
  });

  it("describes PGlite by directory or as in-memory", () => {
    expect(
      describeDatabase({
        kind: "pglite",
        dataDir: "/srv/gk/pglite",
        isMemory: false,
      }),
    ).toBe("PGlite at /srv/gk/pglite");
    expect(describeDatabase(readDatabaseConfig(env({ DATABASE_URL: "memory://" })))).toBe("PGlite (in memory)");
  });

  // pg accepts a Unix-socket URL with an empty host, which `new URL` rejects.
  it("describes a Unix-socket URL with credentials without throwing", () => {
    const url = "postgres://gongkai:S3cr3t@/gongkai?host=/var/run/postgresql";
    let text = "";
    let thrown: unknown;
    try {
      text = describeDatabase(readDatabaseConfig(env({ DATABASE_URL: url })));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeUndefined();
    expect(text).not.toContain("S3cr3t");
    expect(text).toBe("PostgreSQL at /var/run/postgresql/gongkai");
  });
});
