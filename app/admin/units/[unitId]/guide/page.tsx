import Link from "next/link";
import { notFound } from "next/navigation";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { requireCapability } from "@/lib/auth/guards";
import { findGuideForEdit } from "@/lib/site/queries";
import { idSchema } from "@/lib/units/schemas";
import { saveGuideAction } from "../../actions";

export const metadata = { title: "政府信息公开指南" };

export default async function EditGuidePage({ params }: { params: Promise<{ unitId: string }> }) {
  const actor = await requireCapability("units.manage");
  const id = idSchema.safeParse((await params).unitId);
  const unit = id.success ? await findGuideForEdit(actor, id.data) : null;
  if (!unit) notFound();
  const { bodyHtml, ...contact } = unit.guide ?? { bodyHtml: "" };
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/admin/units/${unit.id}`}>← {unit.name}</Link>
      </p>
      <h1 className="text-2xl font-bold">{unit.name} 政府信息公开指南</h1>
      <p className="text-slate-700">
        按《政府信息公开条例》第十二条，指南应写明政府信息的分类、编排体系、获取方式，以及政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码和互联网联系方式。
        {unit.guide ? (
          <>
            {" "}
            <Link href={`/units/${unit.id}`}>查看公开页面</Link>
          </>
        ) : (
          " 本单位尚未发布指南，公开页面暂显示上级单位的指南。"
        )}
      </p>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <TextFieldsForm
          action={saveGuideAction.bind(null, unit.id)}
          initial={{ body: bodyHtml, ...stringsOf(contact) }}
          submitLabel={unit.guide ? "保存修改" : "发布指南"}
          fields={[
            { name: "body", label: "指南正文", required: true, rows: 16, hint: "可直接输入文字（每段一行），也可粘贴 HTML；保存时会清理不安全的内容" },
            { name: "officeName", label: "工作机构名称", hint: "如：区政府办公室政务公开科" },
            { name: "officeAddress", label: "办公地址" },
            { name: "officeHours", label: "办公时间", hint: "如：工作日 9:00—12:00，13:30—17:00" },
            { name: "phone", label: "联系电话", type: "tel" },
            { name: "fax", label: "传真", type: "tel" },
            { name: "email", label: "电子邮箱", type: "email" },
            { name: "postalCode", label: "邮政编码" },
          ]}
        />
      </section>
    </div>
  );
}

function stringsOf(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => typeof e[1] === "string"));
}
