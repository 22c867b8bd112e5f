import type { Role } from "@/lib/db/generated/enums";

export const ROLES = ["CLERK", "REVIEWER", "LEADER", "UNIT_ADMIN", "SYSTEM_ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  CLERK: "经办人",
  REVIEWER: "保密审查员",
  LEADER: "分管领导",
  UNIT_ADMIN: "单位管理员",
  SYSTEM_ADMIN: "系统管理员",
};

export type Capability =
  | "admin.access"
  | "units.manage"
  | "reports.compile"
  | "users.manage"
  | "audit.read"
  | "site.manage"
  | "entries.draft"
  | "entries.review"
  | "entries.approve"
  /** Legacy catalogue import (lib/import): administrators only, never clerks. */
  | "entries.import"
  | "requests.handle"
  | "requests.approve";

/**
 * What each role may do. A role held in a unit applies to that unit and all units below it.
 * Reviewing and approving are deliberately absent from the admin roles: 谁公开谁审查谁负责 means
 * an administrator account does not become a reviewer by being powerful.
 */
const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  CLERK: ["admin.access", "entries.draft", "requests.handle", "reports.compile"],
  REVIEWER: ["admin.access", "entries.review"],
  LEADER: ["admin.access", "entries.approve", "requests.approve"],
  UNIT_ADMIN: ["admin.access", "units.manage", "users.manage", "audit.read", "reports.compile", "entries.import"],
  SYSTEM_ADMIN: ["admin.access", "units.manage", "users.manage", "audit.read", "site.manage", "reports.compile", "entries.import"],
};

/** The roles that carry `capability`, for finding who may act on something (e.g. whom to notify). */
export function rolesWith(capability: Capability): Role[] {
  return ROLES.filter((role) => ROLE_CAPABILITIES[role].includes(capability));
}

export interface RoleGrant {
  role: Role;
  unitId: number;
  /** Materialised path of the unit, e.g. "/1/4/". */
  unitPath: string;
  unitName: string;
}

/** The signed-in staff member as the permission rules see them. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  roles: RoleGrant[];
}

/** True when `path` is `ancestorPath` itself or lies below it in the unit tree. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((grant) => grant.role === role);
}

/**
 * Whether the actor holds `capability`, anywhere (no target) or over the unit at `target.unitPath`.
 * The same function hides controls in the UI and authorizes on the server.
 */
export function can(actor: Actor, capability: Capability, target?: { unitPath: string }): boolean {
  return actor.roles.some((grant) => ROLE_CAPABILITIES[grant.role].includes(capability) && (!target || isWithin(target.unitPath, grant.unitPath)));
}

/**
 * Whether the actor may read the applicant's personal data (ID, phone, address…) of an application in the
 * unit at `target.unitPath`, or anywhere without a target: those who handle it and the leaders who approve
 * its answers, nobody else (个人信息保护法 art. 6: no more than the purpose needs). The staff page of an
 * application and the applications export both ask this.
 */
export function canReadApplicantData(actor: Actor, target?: { unitPath: string }): boolean {
  return can(actor, "requests.handle", target) || can(actor, "requests.approve", target);
}

/** The unit subtrees (as path prefixes) where the actor holds `capability`, without nested duplicates. */
export function scopesFor(actor: Actor, capability: Capability): string[] {
  const paths = actor.roles.filter((g) => ROLE_CAPABILITIES[g.role].includes(capability)).map((g) => g.unitPath);
  return [...new Set(paths)].filter((p, _i, all) => !all.some((other) => other !== p && isWithin(p, other))).sort();
}

/**
 * Whether the actor may grant or revoke `role` in the unit at `unitPath`. Only a system administrator
 * may hand out the system administrator role; unit administrators manage the other roles in their subtree.
 */
export function canGrantRole(actor: Actor, role: Role, unitPath: string): boolean {
  if (role === "SYSTEM_ADMIN") return hasRole(actor, "SYSTEM_ADMIN");
  return can(actor, "users.manage", { unitPath });
}

/** Roles the actor may grant somewhere, for building forms. */
export function grantableRoles(actor: Actor): Role[] {
  if (!can(actor, "users.manage")) return [];
  return ROLES.filter((role) => role !== "SYSTEM_ADMIN" || hasRole(actor, "SYSTEM_ADMIN"));
}
