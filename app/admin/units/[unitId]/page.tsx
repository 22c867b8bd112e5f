import Link from "next/link";
import { notFound } from "next/navigation";
import { UnitForm } from "@/components/admin/unit-form";
import { FormMessage } from "@/components/ui/form-message";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { requireCapability } from "@/lib/auth/guards";
import { isWithin } from "@/lib/auth/permissions";
import { listUnitTree, findUnitForEdit } from "@/lib/units/queries";
import { idSchema } from "@/lib/units/schemas";
import { setUnitDisabledAction, updateUnitAction } from "../actions";

export const metadata = { title: "编辑单位" };

export default async function EditUnitPage({ params, searchParams }: { params: Promise<{ unitId: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requireCapability("units.manage");
  const id = idSchema.safeParse((await params).unitId);
  const unit = id.success ? await findUnitForEdit(actor, id.data) : null;
  if (!unit) notFound();
  const { created } = await searchParams;
  // A unit cannot move below itself: offer only parents outside its own subtree.
  const parents = (await listUnitTree(actor))
    .filter(({ item }) => !isWithin(item.path, unit.path) && !item.disabled)
    .map(({ item, depth }) => ({ id: item.id, name: item.name, depth }));
  if (unit.parent && !parents.some((p) => p.id === unit.parent?.id)) parents.unshift({ id: unit.parent.id, name: unit.parent.name, depth: 0 });
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/units">← 单位管理</Link>
      </p>
      <h1 className="text-2xl font-bold">{unit.name}</h1>
      {created && <FormMessage result={{ ok: true, message: "单位已创建。" }} />}
      <UnitForm
        action={updateUnitAction.bind(null, unit.id)}
        parents={parents}
        allowRoot={unit.parentId === null}
        submitLabel="保存修改"
        initial={{
          name: unit.name,
          shortName: unit.shortName ?? "",
          code: unit.code,
          kind: unit.kind,
          parentId: String(unit.parentId ?? ""),
          sortOrder: String(unit.sortOrder),
        }}
      />
      <section className="space-y-2 border-t border-slate-300 pt-4">
        <h2 className="text-lg font-semibold">下级与状态</h2>
        <p>
          下级单位 {unit._count.children} 个，用户 {unit._count.users} 个。<Link href={`/admin/units/new?parentId=${unit.id}`}>在此单位下新增单位</Link>
        </p>
        <p>
          <Link href={`/admin/units/${unit.id}/guide`}>编辑政府信息公开指南</Link>（<Link href={`/units/${unit.id}`}>查看公开页面</Link>）
        </p>
        {unit.parentId !== null &&
          (unit.disabled ? (
            <ConfirmForm
              action={setUnitDisabledAction.bind(null, unit.id, false)}
              label="启用单位"
              variant="secondary"
              question={`确定重新启用「${unit.name}」吗？`}
            />
          ) : (
            <ConfirmForm
              action={setUnitDisabledAction.bind(null, unit.id, true)}
              label="停用单位"
              question={`确定停用「${unit.name}」吗？停用后该单位不能再发布信息，其角色授权暂停生效，历史记录保留。`}
              confirmLabel="停用"
            />
          ))}
      </section>
    </div>
  );
}
