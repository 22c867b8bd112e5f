import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { createWorkingCalendar } from "@/lib/requests/calendar";
import { OFFICIAL_OVERRIDES } from "@/lib/requests/holidays";
import type { ReviewAction } from "@/lib/review/model";
import { composeEmail, reminderFor, reminderKey, reviewNotice, selectRecipients, type Audience } from "./model";

const calendar = createWorkingCalendar(OFFICIAL_OVERRIDES);

/** A district /1/ with the department /1/4/ and its sub-unit /1/4/9/, and another department /1/5/. */
const person = (id: number, ...grants: [Role, string][]): Actor => ({
  id,
  username: `u${id}`,
  displayName: `U${id}`,
  unitId: 4,
  roles: grants.map(([role, unitPath]) => ({ role, unitPath, unitId: Number(unitPath.split("/").at(-2)), unitName: unitPath })),
});

const people = [
  person(1, ["CLERK", "/1/4/"]),
  person(2, ["REVIEWER", "/1/4/"]),
  person(3, ["REVIEWER", "/1/"]), // district-wide reviewer: covers every unit below
  person(4, ["REVIEWER", "/1/5/"]), // neighbouring department
  person(5, ["REVIEWER", "/1/4/9/"]), // sub-unit only: not the department itself
  person(6, ["LEADER", "/1/4/"]),
  person(7, ["CLERK", "/1/4/"], ["REVIEWER", "/1/4/"]), // drafts and reviews
  person(8, ["UNIT_ADMIN", "/1/4/"]),
  person(9, ["SYSTEM_ADMIN", "/1/"]),
  person(10, ["LEADER", "/1/"], ["LEADER", "/1/4/"]), // two grants covering the unit: one notification
];

const ids = (audience: Audience, exclude: number[] = [], unitPath = "/1/4/") => selectRecipients(people, audience, unitPath, exclude).map((a) => a.id);

describe("selectRecipients", () => {
  it("takes holders of the capability over the unit, from the unit itself or above it", () => {
    expect(ids({ capability: "entries.review" })).toEqual([2, 3, 7]);
    expect(ids({ capability: "entries.review" }, [], "/1/4/9/")).toEqual([2, 3, 5, 7]);
    expect(ids({ capability: "entries.review" }, [], "/1/5/")).toEqual([3, 4]);
  });

  it("leaves out the excluded (e.g. the drafter) and lists each person once", () => {
    expect(ids({ capability: "entries.review" }, [7])).toEqual([2, 3]);
    expect(ids({ capability: "entries.approve" })).toEqual([6, 10]);
  });

  it("takes one role exactly: unit administrators, not the system administrator", () => {
    expect(ids({ role: "UNIT_ADMIN" })).toEqual([8]);
    expect(ids({ role: "UNIT_ADMIN" }, [], "/1/5/")).toEqual([]);
  });

  it("takes one user when named, unless excluded", () => {
    expect(ids({ userId: 1 })).toEqual([1]);
    expect(ids({ userId: 1 }, [1])).toEqual([]);
  });
});

describe("reviewNotice", () => {
  const revision = { drafterId: 1, lastEditorId: 7 };
  const cases: [ReviewAction, ReturnType<typeof reviewNotice>][] = [
    ["submit", { kind: "REVIEW_REQUESTED", audience: { capability: "entries.review" }, exclude: [1, 7] }],
    ["clear", { kind: "APPROVAL_REQUESTED", audience: { capability: "entries.approve" }, exclude: [1, 7, 2] }],
    ["returnToDrafter", { kind: "REVISION_RETURNED", audience: { userId: 1 }, exclude: [2] }],
    ["withhold", null],
    ["withdrawSubmission", null],
    ["approve", null],
    ["publish", null],
    ["unpublish", null],
  ];
  it.each(cases)("%s", (action, expected) => {
    expect(reviewNotice(action, revision, 2)).toEqual(expected);
  });

  it("a submission reaches the reviewers but not the drafter who is a reviewer too, nor the last editor", () => {
    const notice = reviewNotice("submit", { drafterId: 7, lastEditorId: 7 }, 7)!;
    expect(ids(notice.audience, notice.exclude)).toEqual([2, 3]);
    const cleared = reviewNotice("clear", { drafterId: 1, lastEditorId: 1 }, 10)!;
    expect(ids(cleared.audience, cleared.exclude)).toEqual([6]);
  });
});

describe("reminderFor (working days on the 2026 calendar)", () => {
  const cases: [string, string, string, ReturnType<typeof reminderFor>][] = [
    // 国庆 2026: off 10-01…10-07, make-up Saturday 10-10.
    ["over 国庆, 9 calendar days but 2 working days", "2026-10-09", "2026-09-30", { kind: "REQUEST_DUE_SOON", label: "剩余 2 个工作日" }],
    ["4 working days incl. the make-up Saturday: not yet", "2026-10-12", "2026-09-30", null],
    ["seen on a holiday: still 4 working days", "2026-10-12", "2026-10-01", null],
    ["exactly 3 working days (Sat 10-10 counts)", "2026-10-12", "2026-10-08", { kind: "REQUEST_DUE_SOON", label: "剩余 3 个工作日" }],
    ["3 working days over a weekend", "2026-11-09", "2026-11-04", { kind: "REQUEST_DUE_SOON", label: "剩余 3 个工作日" }],
    ["4 working days over a weekend: not yet", "2026-11-09", "2026-11-03", null],
    ["due today", "2026-11-09", "2026-11-09", { kind: "REQUEST_DUE_SOON", label: "今天到期" }],
    ["the Saturday after a Friday deadline is overdue", "2026-11-06", "2026-11-07", { kind: "REQUEST_OVERDUE", label: "已逾期 1 个工作日" }],
    ["overdue during a holiday", "2026-09-30", "2026-10-05", { kind: "REQUEST_OVERDUE", label: "已逾期 1 个工作日" }],
    ["overdue by two working days", "2026-11-06", "2026-11-10", { kind: "REQUEST_OVERDUE", label: "已逾期 2 个工作日" }],
  ];
  it.each(cases)("%s", (_name, dueOn, today, expected) => {
    expect(reminderFor(dueOn, today, calendar)).toEqual(expected);
  });

  it("keys a reminder by kind, application and day", () => {
    expect(reminderKey("REQUEST_DUE_SOON", 12, "2026-11-04")).toBe("REQUEST_DUE_SOON:12:2026-11-04");
  });
});

describe("composeEmail", () => {
  it("names the site and the item, and links to it", () => {
    const mail = composeEmail({
      recipientName: "刘芳",
      title: "待保密审查：「预算公开」",
      url: "https://gk.example.gov.cn/admin/entries/3",
      siteName: "示范区政府信息公开",
    });
    expect(mail.subject).toBe("【示范区政府信息公开】待保密审查：「预算公开」");
    expect(mail.text).toContain("刘芳，您好");
    expect(mail.text).toContain("https://gk.example.gov.cn/admin/entries/3");
  });
});
