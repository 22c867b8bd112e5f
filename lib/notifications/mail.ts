import "server-only";
import nodemailer from "nodemailer";
import { recordAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import { getAuthSecret, readEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import type { MailSettingsInput } from "./schemas";
import { decryptSecret, encryptSecret } from "./secret";

/**
 * SMTP settings and sending. The settings live in the database (table MailSettings), edited by system
 * administrators at /admin/settings/mail, so a change needs no restart and reaches every instance; the
 * password is stored encrypted (secret.ts) and never shown back or audited.
 */

type Reader = Pick<Prisma.TransactionClient, "mailSettings">;

/** What the settings page shows: everything but the password, which is only reported as set or not. */
export async function getMailSettingsView() {
  const row = await db.mailSettings.findUnique({ where: { id: 1 } });
  return {
    enabled: row?.enabled ?? false,
    host: row?.host ?? "",
    port: row?.port ?? 587,
    secure: row?.secure ?? false,
    username: row?.username ?? "",
    fromAddress: row?.fromAddress ?? "",
    hasPassword: Boolean(row?.passwordCipher),
  };
}

/** Whether notification e-mail is switched on (decides, when a notification is written, whether it is to be sent). */
export async function isMailEnabled(tx: Reader = db): Promise<boolean> {
  return (await tx.mailSettings.findUnique({ where: { id: 1 }, select: { enabled: true } }))?.enabled ?? false;
}

/** Saves the SMTP settings (system administrators). An empty password keeps the stored one. */
export async function saveMailSettings({ actor, input }: { actor: Actor; input: MailSettingsInput }): Promise<void> {
  if (!can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以修改邮件设置。" });
  const { password, ...settings } = input;
  await db.$transaction(async (tx) => {
    const before = await tx.mailSettings.findUnique({ where: { id: 1 } });
    // No user name: no authentication, so no password is kept either.
    const passwordCipher = !settings.username ? null : password ? encryptSecret(password, getAuthSecret()) : (before?.passwordCipher ?? null);
    const data = { ...settings, passwordCipher };
    await tx.mailSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    const passwordChange = passwordCipher === (before?.passwordCipher ?? null) ? null : passwordCipher ? "已更新" : "已清除";
    await recordAudit(tx, {
      actor,
      action: "mail.update_settings",
      entityType: "MailSettings",
      entityId: 1,
      summary: `修改邮件设置：${settings.enabled ? `启用，${settings.host}:${settings.port}，发件地址 ${settings.fromAddress}` : "停用邮件提醒"}${passwordChange ? `；SMTP 密码${passwordChange}` : ""}`,
      // Never the password, not even encrypted.
      details: { ...settings, passwordChanged: passwordChange !== null },
    });
  });
}

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** A connection to the configured SMTP server, or null when e-mail is switched off. Throws when the settings cannot be used. */
export async function openMailer(tx: Reader = db): Promise<Mailer | null> {
  const row = await tx.mailSettings.findUnique({ where: { id: 1 } });
  if (!row?.enabled) return null;
  const pass = row.passwordCipher ? decryptSecret(row.passwordCipher, getAuthSecret()) : null;
  if (row.passwordCipher && pass === null) throw new Error("SMTP 密码无法解密（会话密钥已更换），请在邮件设置中重新填写密码");
  const transport = nodemailer.createTransport({
    host: row.host,
    port: row.port,
    secure: row.secure,
    auth: row.username ? { user: row.username, pass: pass ?? "" } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from: row.fromAddress, ...message });
    },
    close: () => transport.close(),
  };
}

/** One line for the record and the administrator: the SMTP reply or the connection error, never a stack. */
export function describeMailError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const { code, responseCode, response } = error as Error & { code?: string; responseCode?: number; response?: string };
  return [code, responseCode, response ?? error.message].filter(Boolean).join(" ").slice(0, 300);
}

/** The address of the site for links in e-mail: GONGKAI_PUBLIC_URL, else NEXTAUTH_URL, else this server. */
export function siteOrigin(): string {
  const env = readEnv();
  return (env.GONGKAI_PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** Sends a test message with the saved settings (the button 发送测试邮件); audited, the failure explained. */
export async function sendTestMail({ actor, to }: { actor: Actor; to: string }): Promise<void> {
  if (!can(actor, "site.manage")) throw new DomainError("FORBIDDEN", { message: "只有系统管理员可以发送测试邮件。" });
  let mailer: Mailer | null = null;
  let failure: string | null = null;
  try {
    mailer = await openMailer();
    if (!mailer) throw new DomainError("INVALID_TRANSITION", { message: "邮件提醒尚未启用：请先启用并保存设置。" });
    await mailer.send({ to, subject: "政府信息公开管理后台测试邮件", text: `这是一封测试邮件，说明邮件设置可以正常发送。\n\n${siteOrigin()}/admin` });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    failure = describeMailError(error);
  } finally {
    mailer?.close();
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: "mail.test",
      entityType: "MailSettings",
      entityId: 1,
      summary: `发送测试邮件至 ${to}：${failure ? "失败" : "成功"}`,
      reason: failure,
    }),
  );
  if (failure) throw new DomainError("DELIVERY_FAILED", { message: `测试邮件发送失败：${failure}` });
}
