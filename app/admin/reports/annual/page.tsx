import { AnnualTables } from "@/components/reports/annual-tables";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { requireCapability } from "@/lib/auth/guards";
import { checkAnnualReport, type AnnualTableId } from "@/lib/reports/annual";
import { annualReportParamsSchema } from "@/lib/reports/annual-params";
import { loadAnnualReport, reportUnits } from "@/lib/reports/queries";

export const metadata = { title: "年度报告" };

/**
 * The statutory tables of a unit's annual report (its whole subtree) computed from live data, with
 * what still has to be entered and every failing 勾稽关系. Entering figures and publishing come next.
 */
export default async function AnnualReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("units.manage");
  const params = annualReportParamsSchema.parse(await searchParams);
  const { units, unit } = await reportUnits(actor, params.unitId);
  if (!unit) return <p>您管理的单位中没有可编制年度报告的单位。</p>;
  const report = await loadAnnualReport(unit.path, params.year);
  const problems = checkAnnualReport(report);
  const csvHref = (table: AnnualTableId) => `/admin/reports/annual/csv?unitId=${unit.id}&year=${params.year}&table=${table}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {unit.name} {params.year} 年政府信息公开工作年度报告
      </h1>
      <form className="flex flex-wrap items-end gap-3 print:hidden">
        <label className="space-y-1">
          <span className="block font-medium">单位（含下级单位）</span>
          <select name="unitId" defaultValue={unit.id} className={inputClass}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
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
        表二中“第二十条第（一）项”和表三由系统按公开目录和依申请公开记录实时统计；行政许可、处罚、强制的决定数量，收费金额和表四的复议、诉讼数字由工作机构填报。
      </p>
      {problems.length > 0 && (
        <section aria-labelledby="problems-heading" className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          <h2 id="problems-heading" className="font-semibold">
            提交前须处理的问题（{problems.length}）
          </h2>
          <ul className="mt-1 list-inside list-disc text-sm">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </section>
      )}
      <AnnualTables report={report} problems={problems} csvHref={csvHref} />
    </div>
  );
}
