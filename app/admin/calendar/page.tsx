import Link from "next/link";
import { z } from "zod";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { DataTable } from "@/components/ui/data-table";
import { requireCapability } from "@/lib/auth/guards";
import { OVERRIDE_KIND_LABELS } from "@/lib/requests/calendar";
import { formatDateWithWeekday, toChinaDate } from "@/lib/requests/dates";
import { loadCalendar } from "@/lib/requests/queries";
import { removeCalendarDayAction, saveCalendarDayAction } from "./actions";

export const metadata = { title: "节假日安排" };

const querySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

/**
 * The working-day calendar behind every reply deadline: statutory holidays and 调休 make-up workdays per
 * year, from the State Council's notice. Every change recomputes the due dates of open requests.
 */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCapability("site.manage");
  const today = toChinaDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  const { year = thisYear } = querySchema.parse(await searchParams);
  const calendar = await loadCalendar();
  const days = calendar.overrides.filter((o) => o.date.startsWith(`${year}-`));
  const years = [...new Set([...calendar.coveredYears(), thisYear, thisYear + 1])].sort();
  const missing = calendar.missingYears(today);
  const nextMissing = !calendar.isYearCovered(thisYear + 1);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">节假日安排</h1>
      <p className="text-slate-700">
        答复期限按工作日计算：周一至周五，除去法定节假日，加上调休上班的周末。请在国务院办公厅每年发布部分节假日安排的通知后录入下一年的安排；修改后，在办申请的答复期限自动重新计算。
      </p>
      {(missing.length > 0 || nextMissing) && (
        <p role="alert" className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-amber-900">
          {[...new Set([...missing, ...(nextMissing ? [thisYear + 1] : [])])].map((y) => `${y} 年`).join("、")}
          的节假日安排尚未录入：跨入该年的答复期限只按周末计算，可能偏早。
        </p>
      )}
      <nav aria-label="年份" className="flex flex-wrap gap-3">
        {years.map((y) => (
          <Link key={y} href={`?year=${y}`} aria-current={y === year ? "page" : undefined} className={y === year ? "font-bold" : undefined}>
            {y} 年
          </Link>
        ))}
      </nav>
      <section aria-labelledby="add-heading" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="add-heading" className="text-lg font-semibold">
          新增或修改一天
        </h2>
        <TextFieldsForm
          action={saveCalendarDayAction}
          initial={{ date: `${year}-01-01`, kind: "HOLIDAY", source: `国务院办公厅关于${year}年部分节假日安排的通知` }}
          submitLabel="保存"
          fields={[
            { name: "date", label: "日期", type: "date", required: true },
            { name: "kind", label: "类型", required: true, options: OVERRIDE_KIND_LABELS },
            { name: "name", label: "节日", required: true, hint: "调休上班日填它所调的节日" },
            { name: "source", label: "依据" },
          ]}
        />
      </section>
      {days.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow-sm">{year} 年尚未录入节假日安排。</p>
      ) : (
        <DataTable caption={`${year} 年节假日安排`} columns={["日期", "类型", "节日", "依据", ""]}>
          {days.map((day) => (
            <tr key={day.date} className="border-t border-slate-200">
              <td className="px-3 py-2 whitespace-nowrap">{formatDateWithWeekday(day.date)}</td>
              <td className="px-3 py-2">{OVERRIDE_KIND_LABELS[day.kind]}</td>
              <td className="px-3 py-2">{day.name}</td>
              <td className="px-3 py-2 text-sm text-slate-600">{day.source}</td>
              <td className="px-3 py-2">
                <ConfirmForm
                  action={removeCalendarDayAction.bind(null, day.date)}
                  label="删除"
                  question={`确定删除 ${day.date}（${day.name}${OVERRIDE_KIND_LABELS[day.kind]}）吗？在办申请的答复期限将重新计算。`}
                  confirmLabel="删除"
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
