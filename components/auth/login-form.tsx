"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { throttledMessage } from "@/lib/auth/throttle";
import { loginSchema } from "@/lib/users/schemas";
import { buttonClass } from "@/components/ui/button-class";
import { Field, inputClass, type FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [username, setUsername] = useState("");
  const [errors, setErrors] = useState<FieldErrors>();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = loginSchema.safeParse({ username: form.get("username"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setFailure(null);
      return;
    }
    setErrors(undefined);
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      const error = result?.error ?? "CredentialsSignin";
      setFailure(error === "CredentialsSignin" ? "用户名或密码不正确，或账号已被停用。" : (throttledMessage(error) ?? "登录服务暂时不可用，请稍后再试。"));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage result={failure ? { ok: false, message: failure } : null} />
      <Field name="username" label="用户名" errors={errors} required>
        {(props) => <input {...props} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} className={inputClass} />}
      </Field>
      <Field name="password" label="密码" errors={errors} required>
        {(props) => <input {...props} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass()} w-full`}>
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
