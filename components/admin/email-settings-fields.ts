import type { TextField } from "./text-fields-form";

/** A user's e-mail address and opt-out, on 我的账号 and the administrator's user page. */
export const EMAIL_SETTINGS_FIELDS: TextField[] = [
  { name: "email", label: "电子邮箱", type: "email", hint: "接收待办提醒邮件；留空则只在站内提醒" },
  { name: "emailNotifications", label: "邮件提醒", options: { true: "接收邮件提醒", false: "不接收邮件提醒" } },
];
