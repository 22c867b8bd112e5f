import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { requireUser } from "@/lib/auth/guards";
import { changePasswordAction } from "./actions";

export const metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const actor = await requireUser({ allowTemporaryPassword: true });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">修改密码</h1>
      {actor.mustChangePassword && (
        <p role="status" className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          您正在使用管理员设置的临时密码，请先设置自己的新密码再继续使用。
        </p>
      )}
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
