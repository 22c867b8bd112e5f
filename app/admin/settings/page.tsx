import Link from "next/link";
import { isMailEnabled } from "@/lib/notifications/mail";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { requireCapability } from "@/lib/auth/guards";
import { toChinaDate } from "@/lib/requests/dates";
import { loadCalendar } from "@/lib/requests/queries";
import { listWatchWords } from "@/lib/safeguards/watch-words";
import { countExpiredRecords } from "@/lib/site/purge";
import { getRetentionSettings, getSiteSettings } from "@/lib/site/queries";
import { describePurgeCounts, MAX_RETENTION_DAYS, RETENTION_KINDS, RETENTION_RULES } from "@/lib/site/retention";
import { purgeExpiredRecordsAction, updateRetentionSettingsAction, updateSiteSettingsAction } from "./actions";

export const metadata = { title: "网站设置" };

const sectionClass = "space-y-3 rounded-lg bg-white p-5 shadow-sm";

/** The system administrator's settings: site details, the holiday calendar and word lists (summaries), retention. */
export default async function SiteSettingsPage() {
  const actor = await requireCapability("site.manage");
  const today = toChinaDate(new Date());
  const [settings, retention, due, calendar, words, mailOn] = await Promise.all([
    getSiteSettings(),
    getRetentionSettings(),
    countExpiredRecords(),
    loadCalendar(),
    listWatchWords(actor, 1),
    isMailEnabled(),
  ]);
  const covered = calendar.coveredYears();
  const missing = calendar.missingYears(today);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">网站设置</h1>
      <section aria-labelledby="site-heading" className={sectionClass}>
        <h2 id="site-heading" className="text-lg font-semibold">
          网站信息
        </h2>
        <p className="text-slate-700">以下信息显示在公开网站每个页面的页脚。网站标识码、ICP备案号和公安机关备案号须与备案登记一致。</p>
        <TextFieldsForm
          action={updateSiteSettingsAction}
          initial={settings}
          submitLabel="保存设置"
          fields={[
            { name: "siteName", label: "网站名称", required: true },
            { name: "hostName", label: "主办单位", hint: "如：示范区人民政府办公室" },
            { name: "siteCode", label: "网站标识码", hint: "10 位数字，见政府网站信息报送系统" },
            { name: "icpNo", label: "ICP备案号", hint: "如：京ICP备05070602号" },
            { name: "psbNo", label: "公安机关备案号", hint: "如：京公网安备11010502030143号" },
            { name: "contactPhone", label: "联系电话", type: "tel" },
            { name: "contactEmail", label: "电子邮箱", type: "email" },
            { name: "contactAddress", label: "联系地址" },
          ]}
        />
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="calendar-heading" className={sectionClass}>
          <h2 id="calendar-heading" className="text-lg font-semibold">
            节假日安排
          </h2>
          <p>{covered.length ? `已录入 ${covered.map((y) => `${y} 年`).join("、")}的节假日安排。` : "尚未录入节假日安排。"}</p>
          {missing.length > 0 && (
            <p className="text-amber-800">{missing.map((y) => `${y} 年`).join("、")}的安排尚未录入：跨入该年的答复期限只按周末计算，可能偏早。</p>
          )}
          <Link href="/admin/calendar">管理节假日安排</Link>
        </section>
        <section aria-labelledby="words-heading" className={sectionClass}>
          <h2 id="words-heading" className="text-lg font-semibold">
            预检词表
          </h2>
          <p>保密预检查找的敏感词和错误表述：共 {words.total} 个（全系统及各单位）。</p>
          <Link href="/admin/word-lists">管理预检词表</Link>
        </section>
        <section aria-labelledby="mail-heading" className={sectionClass}>
          <h2 id="mail-heading" className="text-lg font-semibold">
            邮件通知
          </h2>
          <p>{mailOn ? "已开启：待办事项除站内通知外也发送邮件。" : "未开启：待办事项只有站内通知。"}</p>
          <Link href="/admin/settings/mail">邮件设置</Link>
        </section>
        <section aria-labelledby="jobs-heading" className={sectionClass}>
          <h2 id="jobs-heading" className="text-lg font-semibold">
            定时作业
          </h2>
          <p>定时发布、链接检查、答复期限提醒和数据清理由系统按时执行。</p>
          <Link href="/admin/jobs">查看定时作业</Link>
        </section>
      </div>
      <section aria-labelledby="retention-heading" className={sectionClass}>
        <h2 id="retention-heading" className="text-lg font-semibold">
          数据保存期限
        </h2>
        <p className="text-slate-700">
          超过保存期限的运行记录每天自动清理一次。审计日志和已公开的政府信息（含其各版本和附件）依法永久保存，不在清理范围内，也不能在此设置。
        </p>
        <TextFieldsForm
          action={updateRetentionSettingsAction}
          initial={Object.fromEntries(Object.entries(retention).map(([k, v]) => [k, String(v)]))}
          submitLabel="保存保存期限"
          fields={RETENTION_KINDS.map((kind) => {
            const rule = RETENTION_RULES[kind];
            return {
              name: rule.field,
              label: `${rule.label}（天）`,
              type: "number",
              required: true,
              hint: `${rule.hint}；${rule.minDays}–${MAX_RETENTION_DAYS} 天`,
            };
          })}
        />
        <p>目前已到期：{describePurgeCounts(due)}。</p>
        <ConfirmForm
          action={purgeExpiredRecordsAction}
          label="立即清理"
          question={`确定现在删除已超过保存期限的记录吗？将删除${describePurgeCounts(due)}，删除后不能恢复。`}
          confirmLabel="清理"
        />
      </section>
    </div>
  );
}
