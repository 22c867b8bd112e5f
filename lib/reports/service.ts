import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createDraftInTx, reviseEntryInTx } from "@/lib/entries/service";
import { entryInputSchema } from "@/lib/entries/schemas";
import { DomainError } from "@/lib/errors";
import { toChinaDate } from "@/lib/requests/dates";
import { checkAnnualReport } from "./annual";
import { figuresFromForm, type AnnualReportForm } from "./figures";
import { annualReportBodyHtml, annualReportTitle, REPORT_GENRE_NAME, REPORT_TOPIC_NAME } from "./publication";
import { loadUnitAnnualReport } from "./queries";

/**
 * Saves what staff entered for a unit's annual report: the figures the catalogue does not hold and
 * the narrative sections. `version` is the one the form was filled from (0 for a report not saved
 * yet); a save in between is a CONFLICT and the form keeps what was typed.
 */
export async function saveAnnualReport({
  actor,
  unitId,
  year,
  version,
  input,
}: {
  actor: Actor;
  unitId: number;
  year: number;
  version: number;
  input: AnnualReportForm;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true } });
    if (!unit || !can(actor, "reports.compile", { unitPath: unit.path })) throw new DomainError("FORBIDDEN", { message: "您无权编制该单位的年度报告。" });
    const before = await tx.annualReport.findUnique({ where: { unitId_year: { unitId, year } } });
    if ((before?.version ?? 0) !== version) throw new DomainError("CONFLICT", { message: "该年度报告刚刚已被他人修改，请复制您填写的内容后刷新页面。" });
    const data = {
      figures: figuresFromForm(input) as object,
      overview: input.overview,
      problems: input.problems,
      otherMatters: input.otherMatters,
      updatedById: actor.id,
    };
    const saved = before
      ? await tx.annualReport.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.annualReport.create({ data: { ...data, unitId, year } });
    await recordAudit(tx, {
      actor,
      action: "annual_report.save",
      entityType: "AnnualReport",
      entityId: saved.id,
      unitId,
      summary: `保存${unit.name} ${year} 年政府信息公开工作年度报告的填报内容`,
      details: { before: before?.figures ?? null, after: data.figures },
    });
  });
}

/**
 * Files the report as a catalogue entry of the 政府信息公开年报 column, for the two-step review like any other
 * entry (先审查、后公开): a new draft the first time, the entry's open revision (or a new revision of the
 * published report) afterwards. Refused while the tables have gaps or failing 勾稽关系, or 总体情况 is empty;
 * `version` is the saved report the clerk looked at, so the draft is exactly what they checked.
 */
export async function draftAnnualReportEntry({ actor, unitId, year, version }: { actor: Actor; unitId: number; year: number; version: number }) {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true } });
  if (!unit || !can(actor, "entries.draft", { unitPath: unit.path })) throw new DomainError("FORBIDDEN", { message: "公开稿须由本单位的经办人生成并送审。" });
  const { record, report } = await loadUnitAnnualReport(unit, year);
  if (record.version !== version) throw new DomainError("CONFLICT", { message: "年度报告刚刚已被他人修改，请刷新页面核对后再生成公开稿。" });
  const problems = checkAnnualReport(report);
  if (problems.length) throw new DomainError("INVALID_INPUT", { message: `年度报告还有 ${problems.length} 个问题未处理，处理完毕后才能生成公开稿。` });
  if (!record.overview.trim()) throw new DomainError("INVALID_INPUT", { message: "请先填写并保存“一、总体情况”。" });
  return db.$transaction(async (tx) => {
    const [topic, genre] = await Promise.all([
      tx.category.findFirst({ where: { kind: "TOPIC", name: REPORT_TOPIC_NAME, unitId: null }, select: { id: true } }),
      tx.category.findFirst({ where: { kind: "GENRE", name: REPORT_GENRE_NAME, unitId: null }, select: { id: true } }),
    ]);
    if (!topic || !genre)
      throw new DomainError("INVALID_INPUT", { message: `未找到“${REPORT_TOPIC_NAME}”栏目或“${REPORT_GENRE_NAME}”体裁，请系统管理员在分类管理中恢复。` });
    const stored = await tx.annualReport.findUnique({ where: { unitId_year: { unitId, year } }, select: { id: true, version: true, entryId: true } });
    if (!stored || stored.version !== version) throw new DomainError("CONFLICT", { message: "年度报告刚刚已被他人修改，请刷新页面核对后再生成公开稿。" });
    const title = annualReportTitle(unit.name, year);
    const input = entryInputSchema.parse({
      title,
      summary: `${title}，包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。`,
      generatedOn: toChinaDate(new Date()),
      topicId: topic.id,
      genreId: genre.id,
      keywords: `政府信息公开 年度报告 ${year}年`,
      methods: ["政府网站"],
      // 条例第四十九条 requires it: 第二十条第（十五）项, other information the law requires to be published.
      article20Item: "A20_15",
      bodyHtml: annualReportBodyHtml(report, record),
    });
    const { entryId } = stored.entryId
      ? { entryId: stored.entryId, ...(await reviseEntryInTx(tx, actor, stored.entryId, input, "按年度报告更新公开稿")) }
      : await createDraftInTx(tx, actor, unit.id, input);
    await tx.annualReport.update({ where: { id: stored.id }, data: { entryId } });
    await recordAudit(tx, {
      actor,
      action: "annual_report.draft_entry",
      entityType: "AnnualReport",
      entityId: stored.id,
      unitId,
      summary: `生成${title}公开稿（填报第 ${version} 版），待送审`,
      details: { entryId, version },
    });
    return { entryId };
  });
}
