import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { can, canGrantRole, grantableRoles, isWithin, scopesFor, type Actor } from "./permissions";

const actor = (grants: [Role, string][]): Actor => ({
  id: 1,
  username: "t",
  displayName: "T",
  unitId: 1,
  roles: grants.map(([role, unitPath], i) => ({ role, unitId: i + 1, unitPath, unitName: `U${i}` })),
});

describe("isWithin", () => {
  it.each([
    ["/1/", "/1/", true],
    ["/1/4/", "/1/", true],
    ["/1/4/9/", "/1/4/", true],
    ["/1/", "/1/4/", false],
    ["/14/", "/1/", false], // a sibling whose id starts with the same digit is not inside
    ["/2/4/", "/1/", false],
  ])("%s within %s is %s", (path, ancestor, expected) => {
    expect(isWithin(path, ancestor)).toBe(expected);
  });
});

describe("can", () => {
  const capabilities = [
    "admin.access",
    "units.manage",
    "reports.compile",
    "users.manage",
    "audit.read",
    "site.manage",
    "entries.draft",
    "entries.review",
    "entries.approve",
    "entries.import",
    "requests.handle",
    "requests.approve",
  ] as const;
  const expected: Record<Role, (typeof capabilities)[number][]> = {
    CLERK: ["admin.access", "entries.draft", "requests.handle", "reports.compile"],
    REVIEWER: ["admin.access", "entries.review"],
    LEADER: ["admin.access", "entries.approve", "requests.approve"],
    UNIT_ADMIN: ["admin.access", "units.manage", "users.manage", "audit.read", "reports.compile", "entries.import"],
    SYSTEM_ADMIN: ["admin.access", "units.manage", "users.manage", "audit.read", "site.manage", "reports.compile", "entries.import"],
  };
  for (const role of Object.keys(expected) as Role[]) {
    for (const capability of capabilities) {
      const allowed = expected[role].includes(capability);
      it(`${role} ${allowed ? "has" : "lacks"} ${capability}`, () => {
        expect(can(actor([[role, "/1/4/"]]), capability)).toBe(allowed);
        expect(can(actor([[role, "/1/4/"]]), capability, { unitPath: "/1/4/7/" })).toBe(allowed);
        // Never outside the subtree the role was granted in.
        expect(can(actor([[role, "/1/4/"]]), capability, { unitPath: "/1/5/" })).toBe(false);
        expect(can(actor([[role, "/1/4/"]]), capability, { unitPath: "/1/" })).toBe(false);
      });
    }
  }

  it("no admin role can review or approve entries", () => {
    const boss = actor([
      ["SYSTEM_ADMIN", "/1/"],
      ["UNIT_ADMIN", "/1/"],
    ]);
    expect(can(boss, "entries.review")).toBe(false);
    expect(can(boss, "entries.approve")).toBe(false);
  });

  it("an actor without roles can do nothing, not even open the admin area", () => {
    expect(can(actor([]), "admin.access")).toBe(false);
  });
});

describe("scopesFor", () => {
  it("keeps the outermost subtree of nested grants and drops other capabilities", () => {
    const a = actor([
      ["UNIT_ADMIN", "/1/4/"],
      ["UNIT_ADMIN", "/1/4/9/"],
      ["UNIT_ADMIN", "/1/5/"],
      ["CLERK", "/1/"],
    ]);
    expect(scopesFor(a, "users.manage")).toEqual(["/1/4/", "/1/5/"]);
    expect(scopesFor(a, "entries.draft")).toEqual(["/1/"]);
    expect(scopesFor(a, "entries.review")).toEqual([]);
  });
});

describe("role granting", () => {
  it("only a system administrator grants the system administrator role", () => {
    expect(canGrantRole(actor([["UNIT_ADMIN", "/1/"]]), "SYSTEM_ADMIN", "/1/")).toBe(false);
    expect(canGrantRole(actor([["SYSTEM_ADMIN", "/1/"]]), "SYSTEM_ADMIN", "/1/")).toBe(true);
  });

  it("a unit administrator grants other roles only inside their subtree", () => {
    const unitAdmin = actor([["UNIT_ADMIN", "/1/4/"]]);
    expect(canGrantRole(unitAdmin, "CLERK", "/1/4/8/")).toBe(true);
    expect(canGrantRole(unitAdmin, "UNIT_ADMIN", "/1/4/")).toBe(true);
    expect(canGrantRole(unitAdmin, "CLERK", "/1/5/")).toBe(false);
    expect(grantableRoles(unitAdmin)).toEqual(["CLERK", "REVIEWER", "LEADER", "UNIT_ADMIN"]);
  });

  it("staff without users.manage can grant nothing", () => {
    expect(grantableRoles(actor([["LEADER", "/1/"]]))).toEqual([]);
    expect(canGrantRole(actor([["LEADER", "/1/"]]), "CLERK", "/1/")).toBe(false);
  });
});
