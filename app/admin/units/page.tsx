import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { requireCapability } from "@/lib/auth/guards";
import { listUnitTree } from "@/lib/units/queries";
import { UNIT_KIND_LABELS } from "@/lib/units/model";
import { DataTable } from "@/components/ui/data-table";

export const metadata = { title: "单位管理" };

export default async function UnitsPage() {
  const actor = await requireCapability("units.manage");
  const tree = await listUnitTree(actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">单位管理</h1>
        <Link href="/admin/units/new" className={buttonClass()}>
          新增单位
        </Link>
      </div>
      {tree.length === 0 ? (
        <p>暂无可管理的单位。</p>
      ) : (
        <DataTable caption={"单位列表（按上下级排列）"} columns={["单位名称", "类型", "单位代码", "用户数", "状态"]}>
          {tree.map(({ item, depth }) => (
            <tr key={item.id} className="border-t border-slate-200">
              <td className="px-3 py-2" style={{ paddingInlineStart: `${0.75 + depth * 1.5}rem` }}>
                <Link href={`/admin/units/${item.id}`}>{item.name}</Link>
              </td>
              <td className="px-3 py-2">{UNIT_KIND_LABELS[item.kind]}</td>
              <td className="px-3 py-2 font-mono text-sm">{item.code}</td>
              <td className="px-3 py-2">{item._count.users}</td>
              <td className="px-3 py-2">{item.disabled ? <span className="text-red-700">已停用</span> : "正常"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
