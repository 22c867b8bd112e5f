"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { domainFailure, formValues, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { idSchema } from "@/lib/units/schemas";
import { createUserSchema, roleGrantSchema, updateUserSchema } from "@/lib/users/schemas";
import { createUser, grantRole, resetUserPassword, revokeRole, setUserDisabled, updateUser } from "@/lib/users/service";

export async function createUserAction(_state: ActionResult<{ userId?: number }> | null, formData: FormData): Promise<ActionResult<{ userId?: number }>> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  let created: Awaited<ReturnType<typeof createUser>>;
  try {
    created = await createUser({ actor, input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath("/admin/users");
  // A generated password is shown once on the next page and never stored in clear.
  if (created.generatedPassword)
    return { ok: true, message: `用户已创建。初始密码：${created.generatedPassword}（仅显示这一次，首次登录后须修改）`, userId: created.id };
  redirect(`/admin/users/${created.id}?created=1`);
}

export async function updateUserAction(userId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = updateUserSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await updateUser({ actor, userId: idSchema.parse(userId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: "已保存。" };
}

export async function setUserDisabledAction(userId: number, disabled: boolean): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await setUserDisabled({ actor, userId: idSchema.parse(userId), disabled: disabled === true });
  } catch (error) {
    return domainFailure(error);
  }
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: disabled ? "账号已停用，该用户的登录会话立即失效。" : "账号已启用。" };
}

export async function resetPasswordAction(userId: number): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    const { password } = await resetUserPassword({ actor, userId: idSchema.parse(userId) });
    return { ok: true, message: `密码已重置。新的临时密码：${password}（仅显示这一次，用户登录后须修改）` };
  } catch (error) {
    return domainFailure(error);
  }
}

export async function grantRoleAction(userId: number, _state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const values = formValues(formData);
  const parsed = roleGrantSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, values);
  try {
    await grantRole({ actor, userId: idSchema.parse(userId), input: parsed.data });
  } catch (error) {
    return domainFailure(error, values);
  }
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: "角色已授予。" };
}

export async function revokeRoleAction(userId: number, assignmentId: number): Promise<ActionResult> {
  const actor = await requireUser();
  try {
    await revokeRole({ actor, assignmentId: idSchema.parse(assignmentId) });
  } catch (error) {
    return domainFailure(error);
  }
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: "角色已撤销。" };
}
