import Link from "next/link";
import { CreateUserForm } from "@/components/admin/user-forms";
import { requireCapability } from "@/lib/auth/guards";
import { grantableRoles } from "@/lib/auth/permissions";
import { listUnitTree } from "@/lib/units/queries";
import { createUserAction } from "../actions";

export const metadata = { title: "新增用户" };

export default async function NewUserPage() {
  const actor = await requireCapability("users.manage");
  const units = (await listUnitTree(actor, "users.manage"))
    .filter(({ item }) => !item.disabled)
    .map(({ item, depth }) => ({ id: item.id, name: item.name, depth }));
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/users">← 用户管理</Link>
      </p>
      <h1 className="text-2xl font-bold">新增用户</h1>
      <CreateUserForm action={createUserAction} units={units} roles={grantableRoles(actor)} />
    </div>
  );
}
