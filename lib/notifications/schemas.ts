import { z } from "zod";

const yesNo = z.enum(["true", "false"], { error: "请选择" }).transform((v) => v === "true");
const emailAddress = z.email("电子邮箱格式不正确").max(254, "电子邮箱不能超过 254 个字符");

/**
 * The SMTP settings form. The password is write-only: empty keeps the stored one; without a user
 * name the server is used without authentication and no password is kept.
 */
export const mailSettingsSchema = z
  .object({
    enabled: yesNo,
    host: z.string().trim().max(253, "服务器地址过长").default(""),
    port: z.coerce.number({ error: "端口为 1–65535 的整数" }).int("端口为 1–65535 的整数").min(1, "端口为 1–65535 的整数").max(65535, "端口为 1–65535 的整数"),
    secure: yesNo,
    username: z.string().trim().max(254, "用户名过长").default(""),
    password: z.string().max(512, "密码过长").default(""),
    fromAddress: z.union([z.literal(""), z.string().trim().pipe(emailAddress)]).default(""),
  })
  .superRefine((v, ctx) => {
    if (!v.enabled) return;
    if (!/^[A-Za-z0-9.-]+$/.test(v.host)) ctx.addIssue({ code: "custom", path: ["host"], message: "启用邮件时须填写服务器地址（域名或 IP）" });
    if (v.fromAddress === "") ctx.addIssue({ code: "custom", path: ["fromAddress"], message: "启用邮件时须填写发件地址" });
  });
export type MailSettingsInput = z.infer<typeof mailSettingsSchema>;

export const testMailSchema = z.object({ to: z.string({ error: "请填写收件地址" }).trim().pipe(emailAddress) });

export const notificationListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
