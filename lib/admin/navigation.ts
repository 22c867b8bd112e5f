import { can, type Actor, type Capability } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  /** Items waiting for the user there. */
  badge?: number;
}

const ITEMS: { href: string; label: string; capability: Capability | Capability[] }[] = [
  { href: "/admin", label: "工作台", capability: "admin.access" },
  { href: "/admin/notifications", label: "消息通知", capability: "admin.access" },
  { href: "/admin/entries", label: "信息发布", capability: ["entries.draft", "entries.review", "entries.approve"] },
  { href: "/admin/requests", label: "依申请公开", capability: ["requests.handle", "requests.approve"] },
  { href: "/admin/units", label: "单位管理", capability: "units.manage" },
  { href: "/admin/users", label: "用户管理", capability: "users.manage" },
  { href: "/admin/categories", label: "分类管理", capability: "units.manage" },
  { href: "/admin/word-lists", label: "预检词表", capability: "units.manage" },
  { href: "/admin/reports/annual", label: "年度报告", capability: "reports.compile" },
  { href: "/admin/reports/monthly", label: "月度通报", capability: "units.manage" },
  { href: "/admin/links", label: "链接检查", capability: "units.manage" },
  { href: "/admin/import", label: "目录导入", capability: "entries.import" },
  { href: "/admin/audit", label: "审计日志", capability: "audit.read" },
  { href: "/admin/integrity", label: "完整性校验", capability: "audit.read" },
  { href: "/admin/calendar", label: "节假日安排", capability: "site.manage" },
  { href: "/admin/settings", label: "网站设置", capability: "site.manage" },
  { href: "/admin/jobs", label: "定时作业", capability: "site.manage" },
];

/** The admin menu for an actor: only what their roles allow (the pages check again on the server). */
export function adminNavigation(actor: Actor): NavItem[] {
  return ITEMS.filter((item) => [item.capability].flat().some((capability) => can(actor, capability))).map(({ href, label }) => ({ href, label }));
}
