import { formatDateTime } from "@/lib/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditUserForm, GrantRoleForm } from "@/components/admin/user-forms";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { requireCapability } from "@/lib/auth/guards";
import { canGrantRole, grantableRoles, ROLE_LABELS } from "@/lib/auth/permissions";
import { listUnitTree } from "@/lib/units/queries";
import { idSchema } from "@/lib/units/schemas";
import { findUserForEdit } from "@/lib/users/queries";
import { grantRoleAction, resetPasswordAction, revokeRoleAction, setUserDisabledAction, updateUserAction } from "../actions";

export const metadata = { title: "用户详情" };

export default async function UserPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requireCapability("users.manage");
  const id = idSchema.safeParse((await params).userId);
  const user = id.success ? await findUserForEdit(actor, id.data) : null;
  if (!user) notFound();
  const { created } = await searchParams;
  const units = (await listUnitTree(actor, "users.manage"))
    .filter(({ item }) => !item.disabled)
    .map(({ item, depth }) => ({ id: item.id, name: item.name, depth }));
  const isSelf = user.id === actor.id;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/users">← 用户管理</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">
          {user.displayName} <span className="font-mono text-lg text-slate-600">{user.username}</span>
        </h1>
        <p className="text-sm text-slate-600">
          {user.disabled ? <strong className="text-red-700">已停用</strong> : "正常"} · 上次登录：
          {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "从未登录"}
          {user.mustChangePassword && " · 待修改初始密码"}
        </p>
      </div>
      {created && <FormMessage result={{ ok: true, message: "用户已创建。" }} />}

      <section aria-labelledby="profile" className="space-y-3">
        <h2 id="profile" className="text-lg font-semibold">
          基本信息
        </h2>
        <EditUserForm
          action={updateUserAction.bind(null, user.id)}
          units={units}
          initial={{ displayName: user.displayName, unitId: String(user.unitId), email: user.email ?? "", emailNotifications: String(user.emailNotifications) }}
        />
      </section>

      <section aria-labelledby="roles" className="space-y-3">
        <h2 id="roles" className="text-lg font-semibold">
          角色
        </h2>
        {user.roles.length === 0 ? (
          <p>尚未分配角色：该用户登录后只能看到工作台。</p>
        ) : (
          <ul className="space-y-2">
            {user.roles.map((grant) => (
              <li key={grant.id} className="flex flex-wrap items-center justify-between gap-3 rounded bg-white px-4 py-2 shadow-sm">
                <span>
                  {ROLE_LABELS[grant.role]} · {grant.unit.name}
                </span>
                {canGrantRole(actor, grant.role, grant.unit.path) && (
                  <ConfirmForm
                    action={revokeRoleAction.bind(null, user.id, grant.id)}
                    label="撤销"
                    variant="secondary"
                    question={`确定撤销 ${user.displayName} 在「${grant.unit.name}」的「${ROLE_LABELS[grant.role]}」角色吗？`}
                    confirmLabel="撤销角色"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        <GrantRoleForm action={grantRoleAction.bind(null, user.id)} units={units} roles={grantableRoles(actor)} />
      </section>

      {!isSelf && (
        <section aria-labelledby="account" className="space-y-4 border-t border-slate-300 pt-4">
          <h2 id="account" className="text-lg font-semibold">
            账号
          </h2>
          <ConfirmForm
            action={resetPasswordAction.bind(null, user.id)}
            label="重置密码"
            variant="secondary"
            question={`确定重置 ${user.displayName} 的密码吗？系统将生成一个临时密码，只显示一次；用户登录后须修改。`}
            confirmLabel="重置密码"
          />
          {user.disabled ? (
            <ConfirmForm
              action={setUserDisabledAction.bind(null, user.id, false)}
              label="启用账号"
              variant="secondary"
              question={`确定重新启用 ${user.displayName} 的账号吗？`}
              confirmLabel="启用"
            />
          ) : (
            <ConfirmForm
              action={setUserDisabledAction.bind(null, user.id, true)}
              label="停用账号"
              question={`确定停用 ${user.displayName} 的账号吗？停用后其登录会话立即失效，历史记录保留。`}
              confirmLabel="停用"
            />
          )}
        </section>
      )}
    </div>
  );
}
