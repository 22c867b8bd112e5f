import Link from "next/link";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { PASSWORD_PAGE, requireUser } from "@/lib/auth/guards";
import { findEmailSettings } from "@/lib/users/queries";
import { EMAIL_SETTINGS_FIELDS } from "@/components/admin/email-settings-fields";
import { updateEmailSettingsAction } from "./actions";

export const metadata = { title: "我的账号" };

export default async function AccountPage() {
  const actor = await requireUser();
  const settings = await findEmailSettings(actor.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">我的账号</h1>
      <p>
        {actor.displayName}（{actor.username}） · <Link href={PASSWORD_PAGE}>修改密码</Link>
      </p>
      <section aria-labelledby="email-settings" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="email-settings" className="text-lg font-semibold">
          邮件提醒
        </h2>
        <p className="text-slate-700">待您审查、审批或办理的事项除在“消息通知”中显示外，还可以发送到您的电子邮箱（须系统管理员启用邮件发送）。</p>
        <TextFieldsForm action={updateEmailSettingsAction} initial={settings} submitLabel="保存" fields={EMAIL_SETTINGS_FIELDS} />
      </section>
    </div>
  );
}
