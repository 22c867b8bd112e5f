import type { ReactNode } from "react";
import { TextFieldsForm, type TextField } from "@/components/admin/text-fields-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { AnnualTables } from "@/components/reports/annual-tables";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { requireCapability } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import {
  APPEAL_GROUP_LABELS,
  APPEAL_GROUPS,
  APPEAL_RESULT_LABELS,
  APPEAL_RESULTS,
  checkAnnualReport,
  DECISION_KINDS,
  TABLE_TWO_ROW_LABELS,
  type AnnualTableId,
  type DrillFilter,
} from "@/lib/reports/annual";
import { annualReportParamsSchema } from "@/lib/reports/annual-params";
import { drillParam } from "@/lib/reports/drill";
import { appealField, decisionField, FEE_FIELD, formFromFigures } from "@/lib/reports/figures";
import { draftOverview } from "@/lib/reports/narrative";
import { annualReportTitle } from "@/lib/reports/publication";
import { countPublishedInYear, findReportEntryStatus, loadUnitAnnualReport, reportUnits } from "@/lib/reports/queries";
import { REVISION_STATE_LABELS } from "@/lib/review/model";
import { draftAnnualReportEntryAction, saveAnnualReportAction } from "./actions";

/** The fields staff fill in: what the catalogue does not hold, and the narrative sections. */
const FIELDS: TextField[] = [
  ...DECISION_KINDS.map((kind): TextField => ({ name: decisionField(kind), label: `表二 ${TABLE_TWO_ROW_LABELS[kind]}：本年处理决定数量`, type: "number" })),
  { name: FEE_FIELD, label: "表二 行政事业性收费：本年收费金额（万元）", hint: "最多保留四位小数" },
  ...APPEAL_GROUPS.flatMap((group) =>
    APPEAL_RESULTS.map((result): TextField => ({
      name: appealField(group, result),
      label: `表四 ${APPEAL_GROUP_LABELS[group]}：${APPEAL_RESULT_LABELS[result]}`,
      type: "number",
    })),
  ),
  { name: "overview", label: "一、总体情况", rows: 12, hint: "须写明主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五方面情况" },
  { name: "problems", label: "五、存在的主要问题及改进情况", rows: 6 },
  { name: "otherMatters", label: "六、其他需要报告的事项", rows: 4, hint: "包括收取信息处理费的情况" },
];

export const metadata = { title: "年度报告" };

/**
 * The statutory tables of a unit's annual report (its whole subtree) computed from live data, with
 * what still has to be entered and every failing 勾稽关系, the form for what staff enter, and the step that
 * files the checked report as a catalogue entry for review.
 */
export default async function AnnualReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("reports.compile");
  const params = annualReportParamsSchema.parse(await searchParams);
  const { units, unit } = await reportUnits(actor, params.unitId);
  if (!unit) return <p>您管理的单位中没有可编制年度报告的单位。</p>;
  const { record, report, incomplete } = await loadUnitAnnualReport(unit, params.year, params.scope);
  const problems = checkAnnualReport(report);
  const own = params.scope === "unit";
  const query = `unitId=${unit.id}&year=${params.year}&scope=${params.scope}`;
  const drillHref = (drill: DrillFilter) => `/admin/reports/annual/records?${query}&drill=${drillParam(drill)}`;
  const csvHref = (table: AnnualTableId) => `/admin/reports/annual/csv?${query}&table=${table}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {unit.name}
        {own ? "" : "（含下级单位汇总）"} {params.year} 年政府信息公开工作年度报告
      </h1>
      <form className="flex flex-wrap items-end gap-3 print:hidden">
        <label className="space-y-1">
          <span className="block font-medium">单位</span>
          <select name="unitId" defaultValue={unit.id} className={inputClass}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">范围</span>
          <select name="scope" defaultValue={params.scope} className={inputClass}>
            <option value="unit">本单位</option>
            <option value="subtree">本单位及下级单位汇总</option>
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">年度</span>
          <input name="year" type="number" defaultValue={params.year} className={`${inputClass} w-28`} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          生成
        </button>
      </form>
      <p className="text-slate-700">
        表二中“第二十条第（一）项”和表三由系统按公开目录和依申请公开记录实时统计，点击数字可查看计入的记录；行政许可、处罚、强制的决定数量，收费金额和表四的复议、诉讼数字由工作机构填报。
        {!own && "汇总表是各单位年度报告逐格相加之和，仅供核对；各单位分别填报和公开本单位的年度报告。"}
      </p>
      {incomplete.length > 0 && (
        <Notice id="incomplete-heading" title={`尚未填报完整的单位（${incomplete.length}）`}>
          <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
            {incomplete.map((u) => (
              <li key={u.id}>
                <a href={`/admin/reports/annual?unitId=${u.id}&year=${params.year}`}>{u.name}</a>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {problems.length > 0 && (
        <Notice id="problems-heading" title={`提交前须处理的问题（${problems.length}）`}>
          <ul className="mt-1 list-inside list-disc text-sm">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      <AnnualTables report={report} problems={problems} csvHref={csvHref} drillHref={drillHref} />
      {own && (
        <>
          <section aria-labelledby="entry-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm print:hidden">
            <h2 id="entry-heading" className="text-lg font-semibold">
              填报
            </h2>
            <p className="text-sm text-slate-700">空着的数字在表中显示为“待填报”；确实为零的请填 0。总体情况已按本年数据拟好初稿，请补充完善。</p>
            <TextFieldsForm
              action={saveAnnualReportAction.bind(null, unit.id, params.year, record.version)}
              fields={FIELDS}
              initial={{
                ...formFromFigures(record.figures),
                overview: record.overview || draftOverview({ unitName: unit.name, published: await countPublishedInYear(unit.id, params.year), report }),
                problems: record.problems,
                otherMatters: record.otherMatters,
              }}
              submitLabel="保存"
            />
          </section>
          <PublishSection
            unit={unit}
            year={params.year}
            version={record.version}
            problemCount={problems.length}
            entry={record.entryId ? await findReportEntryStatus(record.entryId) : null}
            mayFile={can(actor, "entries.draft", { unitPath: unit.path })}
          />
        </>
      )}
    </div>
  );
}

/** An amber box of things to attend to, named by its heading. */
function Notice({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Where the report's public version stands, and the step that files the checked report for review. */
function PublishSection({
  unit,
  year,
  version,
  problemCount,
  entry,
  mayFile,
}: {
  unit: { id: number; name: string };
  year: number;
  version: number;
  problemCount: number;
  entry: Awaited<ReturnType<typeof findReportEntryStatus>>;
  mayFile: boolean;
}) {
  return (
    <section aria-labelledby="publish-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm print:hidden">
      <h2 id="publish-heading" className="text-lg font-semibold">
        公开
      </h2>
      <p className="text-sm text-slate-700">
        年度报告作为“政府信息公开年报”栏目的一条信息公开：按已保存的表格和填报内容生成公开稿，经保密审查和分管领导审批后发布。
      </p>
      {entry && (
        <p>
          公开稿：
          <a href={`/admin/entries/${entry.entryId}`}>
            第 {entry.number} 版，{REVISION_STATE_LABELS[entry.state]}
          </a>
          {entry.public && (
            <>
              ；<a href={`/entries/${entry.entryId}`}>查看公开页面</a>
            </>
          )}
        </p>
      )}
      {problemCount > 0 || version === 0 ? (
        <p className="font-medium text-amber-900">
          {problemCount > 0 ? `还有 ${problemCount} 个问题未处理，处理完毕后才能生成公开稿。` : "请先保存填报内容。"}
        </p>
      ) : mayFile ? (
        <ConfirmForm
          action={draftAnnualReportEntryAction.bind(null, unit.id, year, version)}
          label={entry ? "按当前内容更新公开稿" : "生成公开稿"}
          question={`将按当前表格和已保存的填报内容${entry ? "更新" : "生成"}《${annualReportTitle(unit.name, year)}》公开稿。生成后请核对正文并提交保密审查。`}
          confirmLabel={entry ? "更新" : "生成"}
          variant="primary"
        />
      ) : (
        <p className="text-slate-700">公开稿由本单位的经办人生成并提交审查。</p>
      )}
    </section>
  );
}
