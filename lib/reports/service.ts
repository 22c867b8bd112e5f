import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { figuresFromForm, type AnnualReportForm } from "./figures";

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
    if (!unit || !can(actor, "units.manage", { unitPath: unit.path })) throw new DomainError("FORBIDDEN", { message: "您无权编制该单位的年度报告。" });
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
