import Link from "next/link";
import { ApplicationForm } from "@/components/requests/application-form";
import { APPLICATION_FORM_OPTIONS } from "@/components/requests/application-form-options";
import { requireCapability } from "@/lib/auth/guards";
import { toChinaDate } from "@/lib/requests/dates";
import { listUnitTree } from "@/lib/units/queries";
import { intakeApplicationAction } from "../actions";

export const metadata = { title: "登记书面申请" };

/** Staff type in an application that came by letter, in person, fax, e-mail or at the service window. */
export default async function IntakePage() {
  const actor = await requireCapability("requests.handle");
  const units = (await listUnitTree(actor, "requests.handle")).filter(({ item }) => !item.disabled);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/requests">← 依申请公开</Link>
      </p>
      <h1 className="text-2xl font-bold">登记书面申请</h1>
      <p className="text-slate-700">当面、信函、传真、电子邮件或政务服务中心窗口收到的申请，在此登记。收到日期决定答复期限，请按各渠道的规则填写。</p>
      <ApplicationForm
        action={intakeApplicationAction}
        units={units.map(({ item, depth }) => ({ id: item.id, label: `${"　".repeat(depth)}${item.name}` }))}
        options={APPLICATION_FORM_OPTIONS}
        staff={{ today: toChinaDate(new Date()) }}
        submitLabel="登记申请"
      />
    </div>
  );
}
