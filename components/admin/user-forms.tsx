"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass, type FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import type { UnitOption } from "./unit-form";
import { resultKey } from "@/components/ui/result-key";

type Action<R = ActionResult> = (state: R | null, formData: FormData) => Promise<R>;

function failed(result: ActionResult<unknown> | null): { errors: FieldErrors; values: Record<string, unknown> } {
  return result && !result.ok ? { errors: result.fieldErrors, values: result.values ?? {} } : { errors: undefined, values: {} };
}

/** A refilled form value as text (values come back from the server as unknown). */
function text(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

function UnitSelect({ units, defaultValue, ...props }: { units: UnitOption[]; defaultValue: string } & Record<string, unknown>) {
  return (
    <select {...props} defaultValue={defaultValue} className={inputClass}>
      <option value="">请选择</option>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {"　".repeat(unit.depth)}
          {unit.name}
        </option>
      ))}
    </select>
  );
}

export function CreateUserForm({ action, units, roles }: { action: Action<ActionResult<{ userId?: number }>>; units: UnitOption[]; roles: Role[] }) {
  const [result, formAction] = useActionState(action, null);
  const { errors, values } = failed(result);
  const checked = new Set([values.roles].flat().map(String));
  if (result?.ok) {
    return (
      <div className="space-y-3">
        <FormMessage result={result} />
        {result.userId && <Link href={`/admin/users/${result.userId}`}>查看该用户</Link>}
      </div>
    );
  }
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="max-w-2xl space-y-4">
      <FormMessage result={result} />
      <Field name="username" label="用户名" errors={errors} required hint="登录时使用，创建后不能修改">
        {(p) => <input {...p} defaultValue={text(values.username, "")} autoComplete="off" spellCheck={false} className={`${inputClass} font-mono`} />}
      </Field>
      <Field name="displayName" label="姓名" errors={errors} required>
        {(p) => <input {...p} defaultValue={text(values.displayName, "")} className={inputClass} />}
      </Field>
      <Field name="unitId" label="所属单位" errors={errors} required>
        {(p) => <UnitSelect {...p} units={units} defaultValue={text(values.unitId, "")} />}
      </Field>
      <Field name="password" label="初始密码" errors={errors} hint="至少 10 位，须含字母和数字；留空则自动生成并只显示一次。用户首次登录后须修改。">
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="font-medium">在所属单位担任的角色</legend>
        <div className="flex flex-wrap gap-4">
          {roles.map((role) => (
            <label key={role} className="flex items-center gap-2">
              <input type="checkbox" name="roles" value={role} defaultChecked={checked.has(role)} className="size-5" />
              {ROLE_LABELS[role]}
            </label>
          ))}
        </div>
        <p className="text-sm font-medium text-red-700" aria-live="polite">
          {errors?.roles?.join("；")}
        </p>
      </fieldset>
      <SubmitButton>创建用户</SubmitButton>
    </form>
  );
}

export function EditUserForm({
  action,
  units,
  initial,
}: {
  action: Action;
  units: UnitOption[];
  initial: { displayName: string; unitId: string; email: string; emailNotifications: string };
}) {
  const [result, formAction] = useActionState(action, null);
  const { errors, values } = failed(result);
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="max-w-2xl space-y-4">
      <FormMessage result={result} />
      <Field name="displayName" label="姓名" errors={errors} required>
        {(p) => <input {...p} defaultValue={text(values.displayName, initial.displayName)} className={inputClass} />}
      </Field>
      <Field name="unitId" label="所属单位" errors={errors} required>
        {(p) => <UnitSelect {...p} units={units} defaultValue={text(values.unitId, initial.unitId)} />}
      </Field>
      <Field name="email" label="电子邮箱" errors={errors} hint="接收待办提醒邮件；留空则只在站内提醒">
        {(p) => <input {...p} type="email" defaultValue={text(values.email, initial.email)} className={inputClass} />}
      </Field>
      <Field name="emailNotifications" label="邮件提醒" errors={errors}>
        {(p) => (
          <select {...p} defaultValue={text(values.emailNotifications, initial.emailNotifications)} className={inputClass}>
            <option value="true">接收邮件提醒</option>
            <option value="false">不接收邮件提醒</option>
          </select>
        )}
      </Field>
      <SubmitButton>保存修改</SubmitButton>
    </form>
  );
}

export function GrantRoleForm({ action, units, roles }: { action: Action; units: UnitOption[]; roles: Role[] }) {
  const [result, formAction] = useActionState(action, null);
  const { errors, values } = failed(result);
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-4">
      <FormMessage result={result} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="role" label="角色" errors={errors} required>
          {(p) => (
            <select {...p} defaultValue={text(values.role, "")} className={inputClass}>
              <option value="">请选择</option>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="unitId" label="在哪个单位" errors={errors} required hint="角色对该单位及其全部下级单位生效">
          {(p) => <UnitSelect {...p} units={units} defaultValue={text(values.unitId, "")} />}
        </Field>
      </div>
      <SubmitButton>授予角色</SubmitButton>
    </form>
  );
}
