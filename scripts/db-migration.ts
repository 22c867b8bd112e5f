// `npm run db:migration NAME`: writes prisma/migrations/<timestamp>_<NAME>/migration.sql from the
// difference between the committed migrations and prisma/schema.prisma. It uses Prisma's schema
// engine compiled to WebAssembly with an in-memory PGlite as the shadow database, so it needs
// neither Prisma's binary engine download nor a running database.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration <name>   (lowercase letters, digits and _ only)");
  process.exit(1);
}

const schemaPath = path.resolve("prisma/schema.prisma");
const migrationsDir = path.resolve("prisma/migrations");
const schemaFiles = [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];
const filters = { externalTables: [], externalEnums: [] };

// The package's own entry imports the .wasm file as a module, which Node cannot load: instantiate it by hand.
const bgPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const wasm = new WebAssembly.Module(readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm")));
const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
bg.__wbg_set_wasm(instance.exports);
(instance.exports as { __wbindgen_start(): void }).__wbindgen_start();

const pglite = await PGlite.create({ extensions: { pg_trgm } });
const engine = await bg.SchemaEngine.new(
  { datamodels: schemaFiles.map((f) => [f.path, f.content] as [string, string]) },
  () => {},
  bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite)),
);

const dirs = existsSync(migrationsDir)
  ? readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];
const lockPath = path.join(migrationsDir, "migration_lock.toml");
const list = {
  baseDir: migrationsDir,
  lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
  shadowDbInitScript: "",
  migrationDirectories: dirs.map((d) => ({
    path: d,
    migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: readFileSync(path.join(migrationsDir, d, "migration.sql"), "utf8") } },
  })),
};

const { stdout } = await engine.diff({
  from: dirs.length ? { tag: "migrations", ...list } : { tag: "empty" },
  to: { tag: "schemaDatamodel", files: schemaFiles },
  script: true,
  exitCode: null,
  filters,
});

if (!stdout || /^-- This is an empty migration/.test(stdout.trim())) {
  console.log("No changes: the schema matches the committed migrations.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), stdout);
  writeFileSync(lockPath, 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit it.`);
}
engine.free();
await pglite.close();
process.exit(); // the engine leaves a lock-timeout timer running
