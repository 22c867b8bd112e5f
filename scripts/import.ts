// `npm run import -- FILE [--zip ZIP] [--unit CODE] [--mapping "标题=信息名称,索引号=2"] [--encoding utf-8|gb18030]
//   [--topic NAME] [--genre NAME] [--user USERNAME] [--dry-run] [--errors REPORT.csv]`
// Imports a legacy catalogue (CSV or XLSX) with the same library code as /admin/import (lib/import).
// Like `npm run verify`, it refuses to open the embedded database while the server holds it: stop the
// server, or upload the file at /admin/import, where the server runs the same import.
import { createReadStream, createWriteStream } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadActor } from "@/lib/auth/service";
import { closeDatabase, db } from "@/lib/db/client";
import { DataDirectoryLockedError } from "@/lib/db/lock";
import { isDomainError } from "@/lib/errors";
import { IMPORT_FIELDS, progressPercent, type ColumnMapping } from "@/lib/import/model";
import { errorReportCsv } from "@/lib/import/queries";
import { createImportJob, saveImportMapping, startImport } from "@/lib/import/service";

const USAGE =
  "Usage: npm run import -- FILE [--zip ZIP] [--unit CODE] [--mapping 标题=列名,索引号=2] [--encoding utf-8|gb18030] [--topic NAME] [--genre NAME] [--user USERNAME] [--dry-run] [--errors REPORT.csv]";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    zip: { type: "string" },
    unit: { type: "string" },
    mapping: { type: "string" },
    encoding: { type: "string" },
    topic: { type: "string" },
    genre: { type: "string" },
    user: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    errors: { type: "string" },
  },
});

class UsageError extends Error {}

/** `标题=信息名称,索引号=2`: a field by its key or label, a column by its header or 1-based number. */
function parseMapping(text: string, headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of text.split(/[,;，；]/).filter(Boolean)) {
    const [name, column] = pair.split("=").map((s) => s.trim());
    const field = IMPORT_FIELDS.find((f) => f.key === name || f.label === name);
    if (!field || !column) throw new UsageError(`Unknown field in --mapping: ${pair} (fields: ${IMPORT_FIELDS.map((f) => f.label).join(", ")})`);
    const index = /^\d+$/.test(column) ? Number(column) - 1 : headers.indexOf(column);
    if (index < 0 || index >= headers.length) throw new UsageError(`No column "${column}" in the file (headers: ${headers.join(", ")})`);
    mapping[field.key] = index;
  }
  return mapping;
}

async function categoryId(kind: "TOPIC" | "GENRE", name: string | undefined): Promise<number | null> {
  if (!name) return null;
  const found = await db.category.findMany({ where: { kind, name }, select: { id: true }, take: 2 });
  if (found.length !== 1) throw new UsageError(`${kind === "TOPIC" ? "--topic" : "--genre"} ${name}: ${found.length ? "not unique" : "not found"}`);
  return found[0]!.id;
}

try {
  const file = positionals[0];
  if (!file) throw new UsageError(USAGE);
  if (args.encoding && args.encoding !== "utf-8" && args.encoding !== "gb18030") throw new UsageError("--encoding must be utf-8 or gb18030");
  const user = await db.user.findFirst({
    where: args.user ? { username: args.user } : { disabled: false, roles: { some: { role: "SYSTEM_ADMIN" } } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const actor = user ? await loadActor(user.id) : null;
  if (!actor) throw new UsageError(args.user ? `No active user ${args.user}` : "No active system administrator: pass --user USERNAME");
  const unit = args.unit ? await db.unit.findUnique({ where: { code: args.unit }, select: { id: true } }) : null;
  if (args.unit && !unit) throw new UsageError(`No unit with code ${args.unit}`);

  const started = Date.now();
  const { jobId } = await createImportJob({
    actor,
    file: { name: path.basename(file), stream: createReadStream(file) },
    archive: args.zip ? { name: path.basename(args.zip), stream: createReadStream(args.zip) } : null,
    input: { encoding: (args.encoding as "utf-8" | "gb18030" | undefined) ?? "auto", defaultUnitId: unit?.id ?? null },
  });
  const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { headers: true, mapping: true, encoding: true } });
  if (args.mapping || args.topic || args.genre || args.encoding) {
    await saveImportMapping({
      actor,
      jobId,
      input: {
        mapping: args.mapping ? parseMapping(args.mapping, job.headers) : (job.mapping as ColumnMapping),
        encoding: (args.encoding as "utf-8" | "gb18030" | undefined) ?? (job.encoding as "utf-8" | "gb18030"),
        defaultUnitId: unit?.id ?? null,
        defaultTopicId: await categoryId("TOPIC", args.topic),
        defaultGenreId: await categoryId("GENRE", args.genre),
      },
    });
  }
  const mapping = (await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { mapping: true } })).mapping as ColumnMapping;
  console.log(
    `Import #${jobId}: ${IMPORT_FIELDS.filter((f) => mapping[f.key] !== undefined)
      .map((f) => `${f.label} ← ${job.headers[mapping[f.key]!]}`)
      .join(", ")}`,
  );
  const { finished } = await startImport({ actor, jobId, dryRun: args["dry-run"] });
  const ticker = setInterval(() => {
    void db.importJob.findUnique({ where: { id: jobId }, select: { bytesRead: true, bytesTotal: true, rowsRead: true } }).then((p) => {
      if (p) process.stderr.write(`\r${progressPercent(p.bytesRead, p.bytesTotal, false)}%  ${p.rowsRead} rows`);
    });
  }, 2000);
  const summary = await finished;
  clearInterval(ticker);
  const seconds = (Date.now() - started) / 1000;
  const final = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { rowsRead: true, message: true, headers: true } });
  process.stderr.write("\n");
  console.log(
    `${summary.state}: ${final.rowsRead} rows read, ${summary.imported} ${args["dry-run"] ? "valid" : "imported"}, ${summary.failed} with errors; ` +
      `${seconds.toFixed(1)} s (${Math.round(final.rowsRead / seconds)} rows/s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
  );
  if (final.message) console.log(final.message);
  if (summary.failed > 0) {
    const report = args.errors ?? `${file}.errors.csv`;
    const out = createWriteStream(report);
    for await (const chunk of errorReportCsv(jobId, final.headers)) out.write(chunk);
    await new Promise((resolve) => out.end(resolve));
    console.log(`Error report: ${report}`);
  }
  process.exitCode = summary.state === "FAILED" ? 2 : summary.failed > 0 ? 1 : 0;
  await closeDatabase();
} catch (error) {
  if (error instanceof DataDirectoryLockedError)
    console.error(`${error.message}\nWhile the server runs, import at /admin/import instead (the server runs the same import).`);
  else if (error instanceof UsageError || isDomainError(error)) console.error(error.message);
  else console.error(error);
  process.exitCode = 2;
}
process.exit();
