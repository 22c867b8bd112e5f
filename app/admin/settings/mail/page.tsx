import Link from "next/link";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { requireCapability } from "@/lib/auth/guards";
import { getMailSettingsView } from "@/lib/notifications/mail";
import { findEmailSettings } from "@/lib/users/queries";
import { saveMailSettingsAction, sendTestMailAction } from "./actions";

export const metadata = { title: "邮件设置" };

export default async function MailSettingsPage() {
  const actor = await requireCapability("site.manage");
  const [{ hasPassword, ...settings }, own] = await Promise.all([getMailSettingsView(), findEmailSettings(actor.id)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/settings">← 网站设置</Link>
      </p>
      <h1 className="text-2xl font-bold">邮件设置</h1>
      <p className="text-slate-700">
        启用后，待办通知（待审查、待审批、退回修改、答复待审批、申请即将到期或逾期）也会发送到用户填写的电子邮箱。发送失败不影响业务操作，系统每天自动重试。邮件中的链接使用环境变量
        GONGKAI_PUBLIC_URL 的网站地址。
      </p>
      <section aria-labelledby="smtp" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="smtp" className="text-lg font-semibold">
          SMTP 服务器
        </h2>
        <TextFieldsForm
          action={saveMailSettingsAction}
          initial={{ ...settings, enabled: String(settings.enabled), port: String(settings.port), secure: String(settings.secure) }}
          submitLabel="保存邮件设置"
          fields={[
            { name: "enabled", label: "邮件提醒", options: { true: "启用", false: "停用" }, required: true },
            { name: "host", label: "服务器地址", hint: "如：smtp.example.gov.cn" },
            { name: "port", label: "端口", type: "number", hint: "465（SSL/TLS）、587 或 25", required: true },
            { name: "secure", label: "加密方式", options: { true: "SSL/TLS（端口 465）", false: "STARTTLS 或不加密（端口 587、25）" }, required: true },
            { name: "username", label: "用户名", hint: "留空则不登录（不需要认证的内网服务器）" },
            {
              name: "password",
              label: "密码",
              type: "password",
              hint: hasPassword ? "已保存密码（不显示）；留空则保持不变" : "尚未保存密码",
            },
            { name: "fromAddress", label: "发件地址", type: "email", hint: "如：noreply@example.gov.cn" },
          ]}
        />
      </section>
      <section aria-labelledby="test-mail" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="test-mail" className="text-lg font-semibold">
          测试
        </h2>
        <p className="text-slate-700">用已保存的设置发送一封测试邮件。</p>
        <TextFieldsForm
          action={sendTestMailAction}
          initial={{ to: own.email }}
          submitLabel="发送测试邮件"
          fields={[{ name: "to", label: "收件地址", type: "email", required: true }]}
        />
      </section>
    </div>
  );
}
