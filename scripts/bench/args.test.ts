import { describe, expect, it } from "vitest";
import { parseBenchArgs, parseCount, UsageError, type BenchOptions } from "./args";

const parse = (...argv: string[]) => parseBenchArgs(argv) as BenchOptions;

describe("parseBenchArgs", () => {
  it("defaults to a million entries on the embedded database in data/bench", () => {
    expect(parse()).toMatchObject({
      entries: 1_000_000,
      database: undefined,
      dataDir: "data/bench",
      reuse: false,
      requests: 50,
      warmup: 3,
      port: 3300,
      skipHttp: false,
      generateOnly: false,
      doc: "docs/benchmarks.md",
    });
  });

  it("reads options with a separate or an inline value", () => {
    expect(parse("--entries", "20000", "--requests=10", "--reuse", "--port", "3400", "--warmup", "0")).toMatchObject({
      entries: 20_000,
      requests: 10,
      reuse: true,
      port: 3400,
      warmup: 0,
    });
  });

  it("takes a PostgreSQL URL for --database and refuses anything else", () => {
    expect(parse("--database", "postgres://postgres@127.0.0.1:55434/postgres").database).toBe("postgres://postgres@127.0.0.1:55434/postgres");
    expect(parse("--database=postgresql://u@h/db").database).toBe("postgresql://u@h/db");
    expect(() => parse("--database", "data/pglite")).toThrow(/postgres:\/\//);
  });

  it("refuses the user's data directory and the end-to-end tests' one", () => {
    for (const dir of ["data", "./data", "data/pglite", "data/e2e"]) expect(() => parse("--data-dir", dir), dir).toThrow(UsageError);
    expect(parse("--data-dir", "/tmp/gk-bench").dataDir).toBe("/tmp/gk-bench");
  });

  it("switches off HTTP, generation-only and the document", () => {
    expect(parse("--no-http", "--generate-only", "--no-doc")).toMatchObject({ skipHttp: true, generateOnly: true, doc: undefined });
  });

  it("asks for help on --help", () => {
    expect(parseBenchArgs(["--entries", "5", "--help"])).toBe("help");
  });

  it.each([
    [["--entries"], /needs a value/],
    [["--entries", "--reuse"], /needs a value/],
    [["--entries", "0"], /≥ 1/],
    [["--entries", "-5"], /whole number/],
    [["--entries", "1.5"], /whole number/],
    [["--requests", "many"], /whole number/],
    [["--port", "70000"], /65535/],
    [["--fast"], /unknown option --fast/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe("parseCount", () => {
  it.each([
    ["1000000", 1_000_000],
    ["1_000_000", 1_000_000],
    ["1,000,000", 1_000_000],
    ["1e6", 1_000_000],
    ["20k", 20_000],
    ["1.5m", 1_500_000],
    ["2M", 2_000_000],
  ])("reads %s as %i", (text, value) => {
    expect(parseCount(text, "--entries")).toBe(value);
  });

  it("allows 0 only when asked to", () => {
    expect(parseCount("0", "--warmup", 0)).toBe(0);
    expect(() => parseCount("0", "--entries")).toThrow(UsageError);
    expect(() => parseCount("", "--entries")).toThrow(UsageError);
  });
});
