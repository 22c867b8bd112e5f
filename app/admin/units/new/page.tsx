import Link from "next/link";
import { UnitForm } from "@/components/admin/unit-form";
import { requireCapability } from "@/lib/auth/guards";
import { hasRole } from "@/lib/auth/permissions";
import { listUnitTree } from "@/lib/units/queries";
import { createUnitAction } from "../actions";

export const metadata = { title: "新增单位" };

export default async function NewUnitPage({ searchParams }: { searchParams: Promise<{ parentId?: string }> }) {
  const actor = await requireCapability("units.manage");
  const { parentId } = await searchParams;
  const tree = await listUnitTree(actor);
  const parents = tree.filter(({ item }) => !item.disabled).map(({ item, depth }) => ({ id: item.id, name: item.name, depth }));
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/units">← 单位管理</Link>
      </p>
      <h1 className="text-2xl font-bold">新增单位</h1>
      <UnitForm
        action={createUnitAction}
        parents={parents}
        allowRoot={hasRole(actor, "SYSTEM_ADMIN")}
        submitLabel="保存"
        initial={{ name: "", shortName: "", code: "", kind: "DEPARTMENT", parentId: parentId ?? String(parents[0]?.id ?? ""), sortOrder: "0" }}
      />
    </div>
  );
}
