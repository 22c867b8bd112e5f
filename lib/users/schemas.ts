import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const PASSWORD_MIN_LENGTH = 10;

export const passwordSchema = z
  .string({ error: "请填写密码" })
  .min(PASSWORD_MIN_LENGTH, `密码至少 ${PASSWORD_MIN_LENGTH} 位`)
  .max(128, "密码不能超过 128 位")
  .refine((v) => /[a-zA-Z]/.test(v) && /\d/.test(v), "密码须同时包含字母和数字");

const username = z
  .string({ error: "请填写用户名" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/, "用户名为 3–32 位字母、数字、点、下划线或连字符，以字母或数字开头");

const displayName = z.string({ error: "请填写姓名" }).trim().min(1, "请填写姓名").max(50, "姓名不能超过 50 个字");
const unitId = z.coerce.number({ error: "请选择所属单位" }).int().positive("请选择所属单位");

/** Checkbox groups arrive as zero, one or many form values. */
const roleList = z.preprocess(
  (v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(z.enum(ROLES, { error: "角色无效" })),
);

export const createUserSchema = z.object({
  username,
  displayName,
  unitId,
  /** Empty: a password is generated and shown once. */
  password: z.preprocess((v) => (v === "" ? undefined : v), passwordSchema.optional()),
  roles: roleList,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Where notification e-mail goes; empty: none. */
const email = z
  .string()
  .trim()
  .max(254, "电子邮箱不能超过 254 个字符")
  .refine((v) => v === "" || z.email().safeParse(v).success, "电子邮箱格式不正确")
  .transform((v) => (v === "" ? null : v));
/** A yes/no select: "true" receives notification e-mail, "false" opts out. */
const emailNotifications = z.enum(["true", "false"], { error: "请选择是否接收邮件提醒" }).transform((v) => v === "true");

/** A user's own e-mail settings (我的账号), also part of the administrator's edit form. */
export const emailSettingsSchema = z.object({ email: email.default(null), emailNotifications });
export type EmailSettingsInput = z.infer<typeof emailSettingsSchema>;

/** Without the e-mail fields (an older form), they stay as they are. */
export const updateUserSchema = z.object({ displayName, unitId, email: email.optional(), emailNotifications: emailNotifications.optional() });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const roleGrantSchema = z.object({
  role: z.enum(ROLES, { error: "请选择角色" }),
  unitId,
});
export type RoleGrantInput = z.infer<typeof roleGrantSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "请输入当前密码" }).min(1, "请输入当前密码"),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "请再次输入新密码" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "两次输入的新密码不一致" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "新密码不能与当前密码相同" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, "请输入用户名").max(64),
  password: z.string().min(1, "请输入密码").max(128),
});

export const userListQuerySchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
