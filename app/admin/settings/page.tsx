import Link from "next/link";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { requireCapability } from "@/lib/auth/guards";
import { getSiteSettings } from "@/lib/site/queries";
import { updateSiteSettingsAction } from "./actions";

export const metadata = { title: "网站设置" };

export default async function SiteSettingsPage() {
  await requireCapability("site.manage");
  const settings = await getSiteSettings();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">网站设置</h1>
      <p className="text-slate-700">以下信息显示在公开网站每个页面的页脚。网站标识码、ICP备案号和公安机关备案号须与备案登记一致。</p>
      <p>
        通知邮件的发送服务器：<Link href="/admin/settings/mail">邮件设置</Link>
      </p>
      <section className="rounded-lg bg-white p-5 shadow-sm">
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
    </div>
  );
}
