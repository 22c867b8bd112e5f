import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requireCapability } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/queries";
import { userListQuerySchema } from "@/lib/users/schemas";
import { DataTable } from "@/components/ui/data-table";

export const metadata = { title: "用户管理" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCapability("users.manage");
  const query = userListQuerySchema.parse(await searchParams);
  const { users, total, page, pageCount } = await listUsers(actor, query);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">用户管理</h1>
        <Link href="/admin/users/new" className={buttonClass()}>
          新增用户
        </Link>
      </div>
      <SearchForm id="user-q" label="按用户名或姓名查找" placeholder="用户名或姓名" defaultValue={query.q} />
      {users.length === 0 ? (
        <p>{query.q ? `没有找到与“${query.q}”匹配的用户。` : "暂无用户。"}</p>
      ) : (
        <DataTable caption={"用户列表"} columns={["用户名", "姓名", "所属单位", "角色", "状态"]}>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-200">
              <td className="px-3 py-2 font-mono">
                <Link href={`/admin/users/${user.id}`}>{user.username}</Link>
              </td>
              <td className="px-3 py-2">{user.displayName}</td>
              <td className="px-3 py-2">{user.unit.name}</td>
              <td className="px-3 py-2 text-sm">{user.roles.map((r) => `${ROLE_LABELS[r.role]}（${r.unit.name}）`).join("、") || "—"}</td>
              <td className="px-3 py-2">{user.disabled ? <span className="text-red-700">已停用</span> : "正常"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} params={{ q: query.q }} />
    </div>
  );
}
