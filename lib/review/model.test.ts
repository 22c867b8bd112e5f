import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import {
  availableActions,
  decide,
  REVISION_STATE_LABELS,
  REVISION_STATES,
  stateAfterEdit,
  type Decision,
  type RefusalCode,
  type ReviewAction,
  type RevisionFacts,
  type RevisionState,
} from "./model";

// ---------------------------------------------------------------------------------------------------------
// The design, written out here from the module's doc comment and domain.md §7 (not read from the module):
//   DRAFT → SUBMITTED → CLEARED (step 1) → APPROVED (step 2) → PUBLISHED; returns to the drafter from either
//   step; the drafter withdraws a submission that is still in review; step 1 may conclude WITHHELD;
//   a leader takes a published revision offline (WITHDRAWN). SUPERSEDED is set by the service, never by
//   an action, and WITHHELD / SUPERSEDED / WITHDRAWN are final.
// ---------------------------------------------------------------------------------------------------------
const EXPECTED_FROM: Record<ReviewAction, readonly RevisionState[]> = {
  submit: ["DRAFT"],
  withdrawSubmission: ["SUBMITTED", "CLEARED", "APPROVED"],
  clear: ["SUBMITTED"],
  withhold: ["SUBMITTED"],
  returnToDrafter: ["SUBMITTED", "CLEARED"],
  approve: ["CLEARED"],
  publish: ["APPROVED"],
  unpublish: ["PUBLISHED"],
};
const EXPECTED_TO: Record<ReviewAction, RevisionState> = {
  submit: "SUBMITTED",
  withdrawSubmission: "DRAFT",
  clear: "CLEARED",
  withhold: "WITHHELD",
  returnToDrafter: "DRAFT",
  approve: "APPROVED",
  publish: "PUBLISHED",
  unpublish: "WITHDRAWN",
};
const ACTIONS = Object.keys(EXPECTED_FROM) as ReviewAction[];
const ROLES: readonly Role[] = ["CLERK", "REVIEWER", "LEADER", "UNIT_ADMIN", "SYSTEM_ADMIN"];

// ---------------------------------------------------------------------------------------------------------
// Fixtures. The entry lives in unit /1/4/ (child /1/4/7/, sibling /1/5/, ancestor /1/).
// ---------------------------------------------------------------------------------------------------------
const UNIT = "/1/4/";
const HASH = "sha256:current";
const OLD_HASH = "sha256:earlier";
const DRAFTER = 1;
const EDITOR = 2; // changed the content after the drafter
const STEP1 = 3; // recorded step-1 reviewer
const STEP2 = 4; // recorded step-2 approver
const OTHER = 50; // a colleague who has not touched the revision

/** Realistic facts for a revision in `state`: step records exist from the state in which they are made. */
function facts(state: RevisionState, overrides: Partial<RevisionFacts> = {}): RevisionFacts {
  const cleared = ["CLEARED", "APPROVED", "PUBLISHED", "SUPERSEDED", "WITHDRAWN"].includes(state);
  const approved = ["APPROVED", "PUBLISHED", "SUPERSEDED", "WITHDRAWN"].includes(state);
  return {
    state,
    unitPath: UNIT,
    drafterId: DRAFTER,
    lastEditorId: EDITOR,
    contentHash: HASH,
    clearance: cleared ? { reviewerId: STEP1, contentHash: HASH } : null,
    approval: approved ? { approverId: STEP2, contentHash: HASH } : null,
    unacknowledgedFindings: 0,
    ...overrides,
  };
}

function actor(id: number, grants: [Role, string][]): Actor {
  return {
    id,
    username: `u${id}`,
    displayName: `用户${id}`,
    unitId: 4,
    roles: grants.map(([role, unitPath], i) => ({ role, unitId: i + 1, unitPath, unitName: `单位${i}` })),
  };
}
const allRoles = (id: number, unitPath = UNIT) =>
  actor(
    id,
    ROLES.map((role) => [role, unitPath] as [Role, string]),
  );

type RoleCase = Role | "ALL" | "NONE";
const ROLE_CASES: readonly RoleCase[] = [...ROLES, "ALL", "NONE"];
const withRoleCase = (roleCase: RoleCase, id = OTHER, unitPath = UNIT): Actor =>
  roleCase === "ALL" ? allRoles(id, unitPath) : roleCase === "NONE" ? actor(id, []) : actor(id, [[roleCase, unitPath]]);

function expectAllowed(decision: Decision, to: RevisionState) {
  expect(decision).toEqual({ ok: true, to });
}
function expectRefused(decision: Decision, reason: RefusalCode) {
  expect(decision.ok).toBe(false);
  if (decision.ok) return;
  expect(decision.reason).toBe(reason);
  expect(decision.message.trim()).not.toBe("");
}

// ---------------------------------------------------------------------------------------------------------
// 1. Every action × every state
// ---------------------------------------------------------------------------------------------------------
describe("decide: every action × every state", () => {
  it("the state list is the eight states of the design", () => {
    expect([...REVISION_STATES].sort()).toEqual(["APPROVED", "CLEARED", "DRAFT", "PUBLISHED", "SUBMITTED", "SUPERSEDED", "WITHDRAWN", "WITHHELD"]);
  });

  // The most capable legitimate actor for each action: the drafter for withdrawal, otherwise a colleague
  // holding every role who has not touched the revision and is neither recorded reviewer nor approver.
  const capable = (action: ReviewAction) => (action === "withdrawSubmission" ? actor(DRAFTER, [["CLERK", UNIT]]) : allRoles(OTHER));

  const rows = ACTIONS.flatMap((action) => REVISION_STATES.map((state) => ({ action, state, allowed: EXPECTED_FROM[action].includes(state) })));

  it.each(rows)("$action from $state: allowed=$allowed", ({ action, state, allowed }) => {
    const decision = decide(capable(action), action, facts(state));
    if (allowed) {
      expectAllowed(decision, EXPECTED_TO[action]);
    } else {
      expectRefused(decision, "WRONG_STATE");
      if (!decision.ok) expect(decision.message).toContain(REVISION_STATE_LABELS[state]);
      // The state is checked before anything else, for the scheduler too.
      expectRefused(decide("system", action, facts(state)), "WRONG_STATE");
    }
  });

  it("no action leads into SUPERSEDED and nothing leaves WITHHELD, SUPERSEDED or WITHDRAWN", () => {
    expect(Object.values(EXPECTED_TO)).not.toContain("SUPERSEDED");
    for (const state of ["WITHHELD", "SUPERSEDED", "WITHDRAWN"] as const) {
      for (const a of [allRoles(OTHER), allRoles(DRAFTER), allRoles(STEP2)]) expect(availableActions(a, facts(state))).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// 2. Every action × every role, in a state where the action is possible
// ---------------------------------------------------------------------------------------------------------
describe("decide: who may act", () => {
  const WHO: { action: ReviewAction; state: RevisionState; allowed: readonly RoleCase[] }[] = [
    { action: "submit", state: "DRAFT", allowed: ["CLERK", "ALL"] },
    { action: "withdrawSubmission", state: "SUBMITTED", allowed: [] }, // not by role at all: see section 6
    { action: "clear", state: "SUBMITTED", allowed: ["REVIEWER", "ALL"] },
    { action: "withhold", state: "SUBMITTED", allowed: ["REVIEWER", "ALL"] },
    { action: "returnToDrafter", state: "SUBMITTED", allowed: ["REVIEWER", "ALL"] },
    { action: "returnToDrafter", state: "CLEARED", allowed: ["LEADER", "ALL"] },
    { action: "approve", state: "CLEARED", allowed: ["LEADER", "ALL"] },
    { action: "publish", state: "APPROVED", allowed: ["LEADER", "ALL"] },
    { action: "unpublish", state: "PUBLISHED", allowed: ["LEADER", "ALL"] },
  ];
  const rows = WHO.flatMap(({ action, state, allowed }) => ROLE_CASES.map((role) => ({ action, state, role, allowed: allowed.includes(role) })));

  it.each(rows)("$role: $action from $state allowed=$allowed", ({ action, state, role, allowed }) => {
    const decision = decide(withRoleCase(role), action, facts(state));
    if (allowed) expectAllowed(decision, EXPECTED_TO[action]);
    else expectRefused(decision, "NO_ROLE");
  });

  const guarded: ReviewAction[] = ["clear", "withhold", "approve", "returnToDrafter", "publish", "unpublish"];
  it.each([UNIT, "/1/", "/"])("administrators (both admin roles at %s) never clear, withhold, approve, return, publish or unpublish", (unitPath) => {
    const admin = actor(OTHER, [
      ["SYSTEM_ADMIN", unitPath],
      ["UNIT_ADMIN", unitPath],
    ]);
    for (const state of REVISION_STATES) {
      for (const action of guarded) expect(decide(admin, action, facts(state)).ok, `${action} from ${state}`).toBe(false);
      expect(availableActions(admin, facts(state)).filter((a) => guarded.includes(a))).toEqual([]);
    }
  });

  it("an administrator who is also a clerk can submit, but nothing more", () => {
    const adminClerk = actor(OTHER, [
      ["SYSTEM_ADMIN", "/1/"],
      ["CLERK", UNIT],
    ]);
    const offered = REVISION_STATES.flatMap((state) => availableActions(adminClerk, facts(state)));
    expect(offered).toEqual(["submit"]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 3. Unit scope
// ---------------------------------------------------------------------------------------------------------
describe("decide: unit scope", () => {
  const RIGHTS: { action: ReviewAction; state: RevisionState; role: Role }[] = [
    { action: "submit", state: "DRAFT", role: "CLERK" },
    { action: "clear", state: "SUBMITTED", role: "REVIEWER" },
    { action: "withhold", state: "SUBMITTED", role: "REVIEWER" },
    { action: "returnToDrafter", state: "SUBMITTED", role: "REVIEWER" },
    { action: "returnToDrafter", state: "CLEARED", role: "LEADER" },
    { action: "approve", state: "CLEARED", role: "LEADER" },
    { action: "publish", state: "APPROVED", role: "LEADER" },
    { action: "unpublish", state: "PUBLISHED", role: "LEADER" },
  ];
  const SCOPES = [
    { where: "the entry's unit", grantPath: UNIT, ok: true },
    { where: "the parent unit", grantPath: "/1/", ok: true },
    { where: "a sibling unit", grantPath: "/1/5/", ok: false },
    { where: "a child unit", grantPath: "/1/4/7/", ok: false },
    { where: "another tree", grantPath: "/2/", ok: false },
  ];
  const rows = RIGHTS.flatMap((r) => SCOPES.map((s) => ({ ...r, ...s })));

  it.each(rows)("$role in $where ($grantPath): $action from $state ok=$ok", ({ action, state, role, grantPath, ok }) => {
    const decision = decide(actor(OTHER, [[role, grantPath]]), action, facts(state));
    if (ok) expectAllowed(decision, EXPECTED_TO[action]);
    else expectRefused(decision, "NO_ROLE");
  });

  it("a sibling unit whose id starts with the same digits is not an ancestor", () => {
    const reviewer = actor(OTHER, [["REVIEWER", "/1/"]]);
    expectRefused(decide(reviewer, "clear", facts("SUBMITTED", { unitPath: "/14/" })), "NO_ROLE");
    expectAllowed(decide(reviewer, "clear", facts("SUBMITTED", { unitPath: "/1/4/" })), "CLEARED");
  });

  it("each role counts only in its own subtree: reviewer here and leader elsewhere may clear but not approve", () => {
    const mixed = actor(OTHER, [
      ["REVIEWER", UNIT],
      ["LEADER", "/1/5/"],
    ]);
    expectAllowed(decide(mixed, "clear", facts("SUBMITTED")), "CLEARED");
    expectRefused(decide(mixed, "approve", facts("CLEARED")), "NO_ROLE");
    expectRefused(decide(mixed, "returnToDrafter", facts("CLEARED")), "NO_ROLE");
  });

  it("every role held only in a sibling unit gives nothing", () => {
    const elsewhere = allRoles(OTHER, "/1/5/");
    for (const state of REVISION_STATES) expect(availableActions(elsewhere, facts(state))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 4. Separation of duties
// ---------------------------------------------------------------------------------------------------------
describe("decide: separation of duties", () => {
  const REVIEW_STEPS: { action: ReviewAction; state: RevisionState }[] = [
    { action: "clear", state: "SUBMITTED" },
    { action: "withhold", state: "SUBMITTED" },
    { action: "returnToDrafter", state: "SUBMITTED" },
    { action: "returnToDrafter", state: "CLEARED" },
    { action: "approve", state: "CLEARED" },
  ];
  const WHO = [
    { who: "drafter", id: DRAFTER },
    { who: "last editor", id: EDITOR },
  ];
  const rows = WHO.flatMap((w) => REVIEW_STEPS.map((s) => ({ ...w, ...s })));

  it.each(rows)("the $who, holding every role, cannot $action from $state (OWN_WORK)", ({ id, action, state }) => {
    expectRefused(decide(allRoles(id, "/1/"), action, facts(state)), "OWN_WORK");
    // Only REVIEWER and LEADER, to rule out anything depending on the other roles.
    const reviewerLeader = actor(id, [
      ["REVIEWER", UNIT],
      ["LEADER", UNIT],
    ]);
    expectRefused(decide(reviewerLeader, action, facts(state)), "OWN_WORK");
  });

  it.each(REVIEW_STEPS)("a fresh draft (drafter is last editor) cannot be reviewed by its author: $action from $state", ({ action, state }) => {
    expectRefused(decide(allRoles(DRAFTER), action, facts(state, { lastEditorId: DRAFTER })), "OWN_WORK");
    expect(decide(allRoles(EDITOR), action, facts(state, { lastEditorId: DRAFTER })).ok).toBe(true);
  });

  it("the drafter holding every role can still submit and withdraw their own revision", () => {
    expectAllowed(decide(allRoles(DRAFTER), "submit", facts("DRAFT")), "SUBMITTED");
    expect(availableActions(allRoles(DRAFTER), facts("SUBMITTED"))).toEqual(["withdrawSubmission"]);
    expect(availableActions(allRoles(EDITOR), facts("CLEARED"))).toEqual(["withdrawSubmission"]);
  });

  it("the step-1 reviewer cannot also approve (SAME_REVIEWER)", () => {
    expectRefused(decide(actor(STEP1, [["LEADER", UNIT]]), "approve", facts("CLEARED")), "SAME_REVIEWER");
    expectRefused(decide(allRoles(STEP1), "approve", facts("CLEARED")), "SAME_REVIEWER");
    expectAllowed(decide(actor(STEP2, [["LEADER", UNIT]]), "approve", facts("CLEARED")), "APPROVED");
  });

  it("an actor with all roles who did not draft clears, then cannot approve the same revision", () => {
    const everything = allRoles(OTHER);
    const submitted = facts("SUBMITTED");
    const cleared = decide(everything, "clear", submitted);
    expectAllowed(cleared, "CLEARED");

    const afterClear: RevisionFacts = { ...submitted, state: "CLEARED", clearance: { reviewerId: everything.id, contentHash: submitted.contentHash } };
    expectRefused(decide(everything, "approve", afterClear), "SAME_REVIEWER");
    expect(availableActions(everything, afterClear)).not.toContain("approve");
    // Someone else can.
    expectAllowed(decide(actor(OTHER + 1, [["LEADER", "/1/"]]), "approve", afterClear), "APPROVED");
  });

  it("own-work is checked before the step-1 identity and the content hash", () => {
    const selfCleared = facts("CLEARED", { clearance: { reviewerId: DRAFTER, contentHash: OLD_HASH } });
    expectRefused(decide(allRoles(DRAFTER), "approve", selfCleared), "OWN_WORK");
  });
});

// ---------------------------------------------------------------------------------------------------------
// 5. Hash binding, and the scheduler
// ---------------------------------------------------------------------------------------------------------
describe("decide: reviews are bound to the content they saw", () => {
  const leader = actor(OTHER, [["LEADER", UNIT]]);

  it.each([
    { what: "clearance saw other content", clearance: { reviewerId: STEP1, contentHash: OLD_HASH } },
    { what: "no clearance recorded", clearance: null },
  ])("approve is refused when $what (STALE_REVIEW)", ({ clearance }) => {
    expectRefused(decide(leader, "approve", facts("CLEARED", { clearance })), "STALE_REVIEW");
  });

  const PUBLISH_CASES: { what: string; overrides: Partial<RevisionFacts>; ok: boolean }[] = [
    { what: "both steps saw the current content", overrides: {}, ok: true },
    { what: "the clearance saw other content", overrides: { clearance: { reviewerId: STEP1, contentHash: OLD_HASH } }, ok: false },
    { what: "the approval saw other content", overrides: { approval: { approverId: STEP2, contentHash: OLD_HASH } }, ok: false },
    {
      what: "both saw other content",
      overrides: { clearance: { reviewerId: STEP1, contentHash: OLD_HASH }, approval: { approverId: STEP2, contentHash: OLD_HASH } },
      ok: false,
    },
    { what: "the content changed after both", overrides: { contentHash: "sha256:edited" }, ok: false },
    { what: "no approval is recorded", overrides: { approval: null }, ok: false },
    { what: "no clearance is recorded", overrides: { clearance: null }, ok: false },
  ];
  const publishers: { by: string; who: Actor | "system" }[] = [
    { by: "leader", who: leader },
    { by: "system", who: "system" },
  ];
  const rows = publishers.flatMap((p) => PUBLISH_CASES.map((c) => ({ ...p, ...c })));

  it.each(rows)("publish by $by when $what: ok=$ok", ({ who, overrides, ok }) => {
    const decision = decide(who, "publish", facts("APPROVED", overrides));
    if (ok) expectAllowed(decision, "PUBLISHED");
    else expectRefused(decision, "STALE_REVIEW");
  });

  it.each(publishers)("publish by $by is refused when the records show one person did both steps", ({ who }) => {
    const sameHands = facts("APPROVED", { approval: { approverId: STEP1, contentHash: HASH } });
    expect(decide(who, "publish", sameHands).ok).toBe(false);
  });

  const SYSTEM_ROWS = Object.entries(EXPECTED_FROM).flatMap(([action, states]) =>
    action === "publish" ? [] : states.map((state) => ({ action: action as ReviewAction, state })),
  );
  it.each(SYSTEM_ROWS)("the system may not $action from $state (NO_ROLE)", ({ action, state }) => {
    expectRefused(decide("system", action, facts(state)), "NO_ROLE");
  });
});

// ---------------------------------------------------------------------------------------------------------
// 6. Withdrawal of a submission
// ---------------------------------------------------------------------------------------------------------
describe("decide: withdrawSubmission", () => {
  const IN_REVIEW = EXPECTED_FROM.withdrawSubmission;
  const MAY: { who: string; a: Actor }[] = [
    { who: "drafter without roles", a: actor(DRAFTER, []) },
    { who: "drafter as clerk", a: actor(DRAFTER, [["CLERK", UNIT]]) },
    { who: "last editor without roles", a: actor(EDITOR, []) },
    { who: "drafter whose role is in another unit", a: actor(DRAFTER, [["CLERK", "/1/5/"]]) },
  ];
  const MAY_NOT: { who: string; a: Actor }[] = [
    { who: "colleague clerk in the same unit", a: actor(OTHER, [["CLERK", UNIT]]) },
    { who: "colleague with every role", a: allRoles(OTHER, "/1/") },
    { who: "step-1 reviewer", a: actor(STEP1, [["REVIEWER", UNIT]]) },
    { who: "step-2 approver", a: actor(STEP2, [["LEADER", UNIT]]) },
    { who: "system administrator", a: actor(OTHER, [["SYSTEM_ADMIN", "/"]]) },
  ];

  it.each(IN_REVIEW.flatMap((state) => MAY.map((m) => ({ state, ...m }))))("$who may withdraw from $state", ({ a, state }) => {
    expectAllowed(decide(a, "withdrawSubmission", facts(state)), "DRAFT");
  });

  it.each(IN_REVIEW.flatMap((state) => MAY_NOT.map((m) => ({ state, ...m }))))("$who may not withdraw from $state (NO_ROLE)", ({ a, state }) => {
    expectRefused(decide(a, "withdrawSubmission", facts(state)), "NO_ROLE");
  });

  it.each(IN_REVIEW)("the system may not withdraw from %s", (state) => {
    expectRefused(decide("system", "withdrawSubmission", facts(state)), "NO_ROLE");
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7. stateAfterEdit and availableActions
// ---------------------------------------------------------------------------------------------------------
describe("stateAfterEdit", () => {
  const EXPECTED: Record<RevisionState, RevisionState | null> = {
    DRAFT: "DRAFT",
    SUBMITTED: "SUBMITTED",
    CLEARED: "SUBMITTED",
    APPROVED: "SUBMITTED",
    PUBLISHED: null,
    WITHHELD: null,
    SUPERSEDED: null,
    WITHDRAWN: null,
  };
  it.each(REVISION_STATES)("%s", (state) => {
    expect(stateAfterEdit(state)).toBe(EXPECTED[state]);
  });
});

describe("availableActions", () => {
  const PEOPLE: { who: string; a: Actor }[] = [
    ...ROLE_CASES.map((role) => ({ who: `${role} colleague`, a: withRoleCase(role) })),
    ...ROLE_CASES.map((role) => ({ who: `${role} drafter`, a: withRoleCase(role, DRAFTER) })),
    ...ROLE_CASES.map((role) => ({ who: `${role} last editor`, a: withRoleCase(role, EDITOR) })),
    ...ROLE_CASES.map((role) => ({ who: `${role} step-1 reviewer`, a: withRoleCase(role, STEP1) })),
    ...ROLE_CASES.map((role) => ({ who: `${role} step-2 approver`, a: withRoleCase(role, STEP2) })),
    { who: "every role in the parent unit", a: allRoles(OTHER, "/1/") },
    { who: "every role in a sibling unit", a: allRoles(OTHER, "/1/5/") },
    { who: "every role in a child unit", a: allRoles(OTHER, "/1/4/7/") },
  ];
  const VARIANTS: { what: string; overrides: Partial<RevisionFacts> }[] = [
    { what: "current reviews", overrides: {} },
    { what: "content edited after review", overrides: { contentHash: "sha256:edited" } },
    { what: "drafter is last editor", overrides: { lastEditorId: DRAFTER } },
  ];

  it.each(PEOPLE)("equals the actions decide allows, for $who", ({ a }) => {
    for (const state of REVISION_STATES) {
      for (const { overrides } of VARIANTS) {
        const revision = facts(state, overrides);
        const allowed = ACTIONS.filter((action) => decide(a, action, revision).ok);
        expect([...availableActions(a, revision)].sort(), `${state} ${JSON.stringify(overrides)}`).toEqual([...allowed].sort());
      }
    }
  });

  const sorted = (xs: readonly ReviewAction[]) => [...xs].sort();
  it.each<{ who: string; a: Actor; state: RevisionState; expected: ReviewAction[] }>([
    {
      who: "reviewer (someone else's revision)",
      a: actor(OTHER, [["REVIEWER", UNIT]]),
      state: "SUBMITTED",
      expected: ["clear", "withhold", "returnToDrafter"],
    },
    { who: "reviewer", a: actor(OTHER, [["REVIEWER", UNIT]]), state: "CLEARED", expected: [] },
    { who: "leader", a: actor(OTHER, [["LEADER", "/1/"]]), state: "SUBMITTED", expected: [] },
    { who: "leader", a: actor(OTHER, [["LEADER", "/1/"]]), state: "CLEARED", expected: ["approve", "returnToDrafter"] },
    { who: "leader", a: actor(OTHER, [["LEADER", UNIT]]), state: "APPROVED", expected: ["publish"] },
    { who: "leader", a: actor(OTHER, [["LEADER", UNIT]]), state: "PUBLISHED", expected: ["unpublish"] },
    { who: "clerk colleague", a: actor(OTHER, [["CLERK", UNIT]]), state: "DRAFT", expected: ["submit"] },
    { who: "clerk colleague", a: actor(OTHER, [["CLERK", UNIT]]), state: "SUBMITTED", expected: [] },
    { who: "drafter clerk", a: actor(DRAFTER, [["CLERK", UNIT]]), state: "SUBMITTED", expected: ["withdrawSubmission"] },
    { who: "drafter clerk", a: actor(DRAFTER, [["CLERK", UNIT]]), state: "APPROVED", expected: ["withdrawSubmission"] },
    { who: "drafter with every role", a: allRoles(DRAFTER), state: "CLEARED", expected: ["withdrawSubmission"] },
    { who: "colleague with every role", a: allRoles(OTHER), state: "SUBMITTED", expected: ["clear", "withhold", "returnToDrafter"] },
    { who: "colleague with every role", a: allRoles(OTHER), state: "CLEARED", expected: ["approve", "returnToDrafter"] },
    { who: "colleague with every role", a: allRoles(OTHER), state: "WITHHELD", expected: [] },
    { who: "system administrator", a: actor(OTHER, [["SYSTEM_ADMIN", "/"]]), state: "SUBMITTED", expected: [] },
  ])("$who on a $state revision: $expected", ({ a, state, expected }) => {
    expect(sorted(availableActions(a, facts(state)))).toEqual(sorted(expected));
  });
});

// ---------------------------------------------------------------------------------------------------------
// 8. Refusal messages
// ---------------------------------------------------------------------------------------------------------
describe("refusal messages", () => {
  it("every refusal, for every actor, action, state and record variant, has a non-empty Chinese message", () => {
    const actors: (Actor | "system")[] = [
      "system",
      ...ROLE_CASES.flatMap((role) => [OTHER, DRAFTER, EDITOR, STEP1, STEP2].map((id) => withRoleCase(role, id))),
      allRoles(OTHER, "/1/5/"),
    ];
    const variants: Partial<RevisionFacts>[] = [{}, { contentHash: "sha256:edited" }, { clearance: { reviewerId: STEP1, contentHash: OLD_HASH } }];
    const seen = new Set<RefusalCode>();
    let refusals = 0;
    for (const a of actors) {
      for (const action of ACTIONS) {
        for (const state of REVISION_STATES) {
          for (const overrides of variants) {
            const decision = decide(a, action, facts(state, overrides));
            if (decision.ok) continue;
            refusals++;
            seen.add(decision.reason);
            const where = `${typeof a === "string" ? a : a.id} ${action} ${state} → ${decision.reason}`;
            expect(decision.message.trim().length, where).toBeGreaterThan(0);
            expect(decision.message, where).toMatch(/\p{Script=Han}/u);
            expect(decision.message, where).not.toMatch(/[A-Za-z]/); // no codes or identifiers leak into the text
          }
        }
      }
    }
    expect(refusals).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual(["NO_ROLE", "OWN_WORK", "SAME_REVIEWER", "STALE_REVIEW", "WRONG_STATE"]);
  });
});

describe("step 2 return by the step-1 reviewer", () => {
  it("is refused: step 1 and step 2 are different people, also when sending back", () => {
    const both: Actor = {
      id: 50,
      username: "b",
      displayName: "B",
      unitId: 1,
      roles: [
        { role: "REVIEWER", unitId: 1, unitPath: "/1/", unitName: "U" },
        { role: "LEADER", unitId: 1, unitPath: "/1/", unitName: "U" },
      ],
    };
    const revision: RevisionFacts = {
      state: "CLEARED",
      unitPath: "/1/",
      drafterId: 1,
      lastEditorId: 1,
      contentHash: "h",
      clearance: { reviewerId: 50, contentHash: "h" },
      approval: null,
      unacknowledgedFindings: 0,
    };
    expect(decide(both, "returnToDrafter", revision)).toMatchObject({ ok: false, reason: "SAME_REVIEWER" });
    expect(decide(both, "returnToDrafter", { ...revision, clearance: { reviewerId: 51, contentHash: "h" } })).toEqual({ ok: true, to: "DRAFT" });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Pre-check findings (P6 item 1): step 1 clears only when every finding on the content is acknowledged.
// ---------------------------------------------------------------------------------------------------------
describe("decide: unacknowledged pre-check findings", () => {
  const reviewer = actor(OTHER, [["REVIEWER", UNIT]]);
  it.each([1, 2, 17])("%i open finding(s) refuse clearance with the count in the message", (count) => {
    const decision = decide(reviewer, "clear", facts("SUBMITTED", { unacknowledgedFindings: count }));
    expectRefused(decision, "OPEN_FINDINGS");
    expect(decision.ok || decision.message).toBe(`还有 ${count} 项保密预检提示未确认，请逐项确认或退回修改。`);
  });
  it("with none open, clearance is allowed", () => {
    expectAllowed(decide(reviewer, "clear", facts("SUBMITTED", { unacknowledgedFindings: 0 })), "CLEARED");
  });
  it("withholding and returning stay allowed, and the UI offers them but not clearance", () => {
    const revision = facts("SUBMITTED", { unacknowledgedFindings: 3 });
    expectAllowed(decide(reviewer, "withhold", revision), "WITHHELD");
    expectAllowed(decide(reviewer, "returnToDrafter", revision), "DRAFT");
    expect(availableActions(reviewer, revision)).toEqual(["withhold", "returnToDrafter"]);
  });
  it("role and own-work refusals come first", () => {
    const revision = facts("SUBMITTED", { unacknowledgedFindings: 1 });
    expectRefused(decide(actor(OTHER, [["CLERK", UNIT]]), "clear", revision), "NO_ROLE");
    expectRefused(decide(actor(DRAFTER, [["REVIEWER", UNIT]]), "clear", revision), "OWN_WORK");
  });
  it("findings do not concern the later steps (they are acknowledged before step 1 can be recorded)", () => {
    const reviewerOfStep2 = actor(OTHER, [["LEADER", UNIT]]);
    expectAllowed(decide(reviewerOfStep2, "approve", facts("CLEARED", { unacknowledgedFindings: 2 })), "APPROVED");
  });
});
