// A child process for the fault-injection test (lib/entries/faults.int.test.ts) and the load test
// (scripts/bench/load.ts): publishes through the whole review, one publication after another, until it
// is stopped. PUBLISH_MODE=entries (the default) publishes new entries with an attachment;
// PUBLISH_MODE=report files the unit's annual report again and again (saved figures, the filed
// draft or revision of its one entry) and publishes each filing; PUBLISH_MODE=import imports a
// legacy catalogue of IMPORT_ROWS rows (several batches) as the unit's administrator, again and
// again. It uses the database of
// DATABASE_URL, or the embedded one under GONGKAI_DATA_DIR, like the server does.
import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/permissions";
import { closeDatabase, db } from "@/lib/db/client";
import { entryInputSchema } from "@/lib/entries/schemas";
import { addAttachment, approveRevision, createDraft, recordClearance, submitRevision } from "@/lib/entries/service";
import { createImportJob, IMPORT_BATCH_SIZE, startImport } from "@/lib/import/service";
import { annualReportFormSchema } from "@/lib/reports/figures";
import { findAnnualReportRecord } from "@/lib/reports/queries";
import { draftAnnualReportEntry, saveAnnualReport } from "@/lib/reports/service";
import { zeroAnnualReportFigures } from "@/lib/testing/factories";

const { clerk, reviewer, leader, unitAdmin, unitId, topicId, genreId } = JSON.parse(process.env.PUBLISH_WORLD!) as {
  clerk: Actor;
  reviewer: Actor;
  leader: Actor;
  unitAdmin: Actor;
  unitId: number;
  topicId: number;
  genreId: number;
};

/** The year whose report PUBLISH_MODE=report files. */
const REPORT_YEAR = 2025;

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

/** Takes the entry's open revision through whatever review steps it still lacks. */
async function publishOpenRevision(entryId: number) {
  for (;;) {
    const open = await db.entryRevision.findFirst({ where: { entryId, state: { in: ["DRAFT", "SUBMITTED", "CLEARED"] } }, select: { id: true, state: true } });
    if (!open) return;
    const revisionId = open.id;
    if (open.state === "DRAFT") await submitRevision({ actor: clerk, revisionId });
    else if (open.state === "SUBMITTED")
      await recordClearance({ actor: reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
    else await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
  }
}

async function publishEntry(n: number) {
  const input = entryInputSchema.parse({
    title: `自动发布的测试信息${process.pid}-${n}`,
    summary: "自动发布",
    generatedOn: "2026-11-20",
    keywords: "测试",
    methods: ["政府网站"],
    bodyHtml: `<p>第 ${n} 条。</p>`,
    topicId,
    genreId,
  });
  const { entryId, revisionId } = await createDraft({ actor: clerk, unitId, input });
  await addAttachment({ actor: clerk, revisionId, file: { name: `附件${n}.pdf`, bytes: pdf(`${process.pid}-${n}`) } });
  await publishOpenRevision(entryId);
}

async function fileReport(n: number) {
  const { version } = await findAnnualReportRecord(unitId, REPORT_YEAR);
  const input = annualReportFormSchema.parse({
    ...zeroAnnualReportFigures(),
    overview: `第 ${n} 次填报（${process.pid}）。`,
    problems: "无",
    otherMatters: "无",
  });
  await saveAnnualReport({ actor: clerk, unitId, year: REPORT_YEAR, version, input });
  const { entryId } = await draftAnnualReportEntry({ actor: clerk, unitId, year: REPORT_YEAR, version: version + 1 });
  await publishOpenRevision(entryId);
}

/** Rows per imported catalogue: three full batches and a part of one, so kills land between and inside batches. */
const IMPORT_ROWS = IMPORT_BATCH_SIZE * 3 + 100;

async function importCatalogue(n: number) {
  const [unit, topic, genre] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true, code: true } }),
    db.category.findUniqueOrThrow({ where: { id: topicId }, select: { name: true } }),
    db.category.findUniqueOrThrow({ where: { id: genreId }, select: { name: true } }),
  ]);
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) =>
    [
      `${unit.code}/IMP${process.pid}-${n}-${i}`,
      `旧平台信息${process.pid}-${n}-${i}`,
      unit.name,
      "2018-05-04",
      topic.name,
      genre.name,
      `第 ${i} 条旧信息。`,
    ].join(","),
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), "gongkai-import-worker-")), "catalogue.csv");
  writeFileSync(file, ["索引号,标题,发布机构,发布日期,主题分类,体裁,正文", ...rows].join("\n"));
  const { jobId } = await createImportJob({
    actor: unitAdmin,
    file: { name: "catalogue.csv", stream: createReadStream(file) },
    input: { encoding: "auto", defaultUnitId: null },
  });
  const { finished } = await startImport({ actor: unitAdmin, jobId, dryRun: false });
  const summary = await finished;
  if (summary.state !== "DONE" || summary.imported !== IMPORT_ROWS) throw new Error(`import ended ${JSON.stringify(summary)}`);
}

const MODES = { entries: publishEntry, report: fileReport, import: importCatalogue };
const publish = MODES[(process.env.PUBLISH_MODE ?? "entries") as keyof typeof MODES];
for (let n = 0; ; n++) {
  await publish(n);
  console.log(`published ${n}`);
  if (process.env.PUBLISH_STOP_AFTER && n + 1 >= Number(process.env.PUBLISH_STOP_AFTER)) break;
}
await closeDatabase();
