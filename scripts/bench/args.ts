import path from "node:path";

/** Command-line options of `npm run bench`. Pure: parsed from an argv array, validated, no I/O. */
export interface BenchOptions {
  /** How many published entries the benchmark database holds. */
  entries: number;
  /** A PostgreSQL URL, or undefined for the embedded database in `dataDir`. */
  database: string | undefined;
  /** Root of the benchmark's data (PGlite directory, session secret, results); never the user's ./data. */
  dataDir: string;
  /** Keep the benchmark database when it already holds exactly `entries` entries. */
  reuse: boolean;
  /** Timed samples per query, after the warm-up. */
  requests: number;
  /** Untimed requests before the samples. */
  warmup: number;
  /** Upper bound on the time spent sampling one query (seconds); at least MIN_SAMPLES (3) are taken anyway. */
  budgetSeconds: number;
  /** First port tried for the production server. */
  port: number;
  /** Seed of the generated text: the same seed gives the same database. */
  seed: number;
  /** Skip measuring over HTTP (database floor and generation only). */
  skipHttp: boolean;
  /** Only create (or check) the benchmark database, measure nothing. */
  generateOnly: boolean;
  /** Where the results are written as Markdown; undefined to write nothing. */
  doc: string | undefined;
}

export const USAGE = `Usage: npm run bench -- [options]

  --entries N        entries to generate (default 1000000; 1_000_000 and 1e6 work too)
  --database URL     benchmark PostgreSQL at URL (postgres://…) instead of the embedded database
  --data-dir DIR     where the embedded database and results live (default data/bench)
  --reuse            keep the benchmark database if it already holds N entries
  --requests K       timed samples per query (default 50)
  --warmup W         untimed requests before the samples (default 3)
  --budget S         stop sampling a query after S seconds, once 3 samples are in (default 60)
  --port P           first port tried for the server (default 3300)
  --seed S           seed of the generated text (default 20260101)
  --no-http          measure the database only
  --generate-only    create the benchmark database and stop (then measure with --reuse)
  --doc FILE         Markdown file to update (default docs/benchmarks.md; --no-doc to skip)
  --help             this text`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Whole numbers ≥ `min` (default 1), also written 1_000_000, 1,000,000, 1e6 or 20k / 1m. */
export function parseCount(text: string, name: string, min = 1): number {
  const cleaned = text.trim().toLowerCase().replace(/[_,]/g, "");
  const suffix = /^(\d+(?:\.\d+)?)([km])$/.exec(cleaned);
  const value = suffix ? Number(suffix[1]) * (suffix[2] === "k" ? 1_000 : 1_000_000) : Number(cleaned);
  if (cleaned === "" || !Number.isSafeInteger(value) || value < min) throw new UsageError(`${name} must be a whole number ≥ ${min}, not "${text}"`);
  return value;
}

/** Directories the benchmark must never write into: the user's own data and the end-to-end tests' database. */
const PROTECTED_DIRS = ["data", "data/pglite", "data/e2e"];

const DEFAULTS: BenchOptions = {
  entries: 1_000_000,
  database: undefined,
  dataDir: "data/bench",
  reuse: false,
  requests: 50,
  warmup: 3,
  budgetSeconds: 60,
  port: 3300,
  seed: 20_260_101,
  skipHttp: false,
  generateOnly: false,
  doc: "docs/benchmarks.md",
};

/** Parses `--name value` and `--name=value` options; throws UsageError with a readable message. */
export function parseBenchArgs(argv: string[]): BenchOptions | "help" {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case "--help":
      case "-h":
        return "help";
      case "--entries":
        options.entries = parseCount(value(), name);
        break;
      case "--database": {
        const url = value();
        if (!/^postgres(ql)?:\/\//i.test(url)) throw new UsageError(`--database takes a postgres:// URL (the embedded database is the default), not "${url}"`);
        options.database = url;
        break;
      }
      case "--data-dir": {
        const dir = value();
        if (PROTECTED_DIRS.some((p) => path.resolve(p) === path.resolve(dir)))
          throw new UsageError(`--data-dir ${dir} holds real data; the benchmark wipes its directory, so give it one of its own (default data/bench)`);
        options.dataDir = dir;
        break;
      }
      case "--reuse":
        options.reuse = true;
        break;
      case "--requests":
        options.requests = parseCount(value(), name);
        break;
      case "--warmup":
        options.warmup = parseCount(value(), name, 0);
        break;
      case "--budget":
        options.budgetSeconds = parseCount(value(), name);
        break;
      case "--port": {
        const port = parseCount(value(), name);
        if (port > 65_535) throw new UsageError(`--port must be at most 65535`);
        options.port = port;
        break;
      }
      case "--seed":
        options.seed = parseCount(value(), name);
        break;
      case "--no-http":
        options.skipHttp = true;
        break;
      case "--generate-only":
        options.generateOnly = true;
        break;
      case "--doc":
        options.doc = value();
        break;
      case "--no-doc":
        options.doc = undefined;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}
