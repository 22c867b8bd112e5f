import { describe, expect, it } from "vitest";
import { ROLES, type Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { adminNavigation } from "./navigation";

const actor = (...roles: Role[]): Actor => ({
  id: 1,
  username: "t",
  displayName: "T",
  unitId: 1,
  roles: roles.map((role, i) => ({
    role,
    unitId: 1,
    unitPath: "/1/",
    unitName: `U${i}`,
  })),
});

const WORKBENCH = { href: "/admin", label: "工作台" };
const NOTIFICATIONS = { href: "/admin/notifications", label: "消息通知" };
const ENTRIES = { href: "/admin/entries", label: "信息发布" };
const REQUESTS = { href: "/admin/requests", label: "依申请公开" };
const ANNUAL_REPORT = { href: "/admin/reports/annual", label: "年度报告" };
const ADMIN = [
  { href: "/admin/units", label: "单位管理" },
  { href: "/admin/users", label: "用户管理" },
  { href: "/admin/categories", label: "分类管理" },
  { href: "/admin/word-lists", label: "预检词表" },
  ANNUAL_REPORT,
  { href: "/admin/reports/monthly", label: "月度通报" },
  { href: "/admin/links", label: "链接检查" },
  { href: "/admin/import", label: "目录导入" },
  { href: "/admin/audit", label: "审计日志" },
  { href: "/admin/integrity", label: "完整性校验" },
];
const FULL = [WORKBENCH, NOTIFICATIONS, ...ADMIN];
const SETTINGS = [
  { href: "/admin/calendar", label: "节假日安排" },
  { href: "/admin/settings", label: "网站设置" },
  { href: "/admin/jobs", label: "定时作业" },
];

describe("adminNavigation", () => {
  const expected: Record<Role, { href: string; label: string }[]> = {
    CLERK: [WORKBENCH, NOTIFICATIONS, ENTRIES, REQUESTS, ANNUAL_REPORT],
    REVIEWER: [WORKBENCH, NOTIFICATIONS, ENTRIES],
    LEADER: [WORKBENCH, NOTIFICATIONS, ENTRIES, REQUESTS],
    UNIT_ADMIN: FULL,
    SYSTEM_ADMIN: [...FULL, ...SETTINGS],
  };

  it("covers every role", () => {
    expect(Object.keys(expected).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)("%s sees only what the role allows", (role) => {
    expect(adminNavigation(actor(role))).toEqual(expected[role]);
  });

  it("staff with several roles see each item once, in menu order", () => {
    expect(adminNavigation(actor("CLERK", "UNIT_ADMIN", "LEADER"))).toEqual([WORKBENCH, NOTIFICATIONS, ENTRIES, REQUESTS, ...ADMIN]);
    expect(adminNavigation(actor("CLERK", "REVIEWER", "LEADER"))).toEqual([WORKBENCH, NOTIFICATIONS, ENTRIES, REQUESTS, ANNUAL_REPORT]);
  });

  it("an account without roles gets no menu at all", () => {
    expect(adminNavigation(actor())).toEqual([]);
  });
});
