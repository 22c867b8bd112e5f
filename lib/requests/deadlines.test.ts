import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "./calendar";
import {
  assessDeadline,
  computeDeadline,
  correctionDeadline,
  countDaysLeft,
  validateClockEvents,
  type ClockEvent,
  type Deadline,
  type DeadlineInput,
  type DeadlineIssueCode,
} from "./deadlines";
import { OFFICIAL_OVERRIDES } from "./holidays";

const calendar = createWorkingCalendar(OFFICIAL_OVERRIDES);

function deadlineOf(input: DeadlineInput, cal = calendar): Deadline {
  const result = computeDeadline(input, cal);
  if (!result.ok) throw new Error(`unexpected issues: ${result.issues.map((issue) => issue.message).join(" ")}`);
  return result.deadline;
}

function issueCodes(input: DeadlineInput): DeadlineIssueCode[] {
  const result = computeDeadline(input, calendar);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

const texts = (deadline: Deadline) => deadline.explanation.map((step) => step.text);

const correction = (requestedOn: string, respondedOn: string | null): ClockEvent => ({ kind: "CORRECTION", requestedOn, respondedOn });
const thirdParty = (startedOn: string, endedOn: string | null): ClockEvent => ({ kind: "PAUSE", reason: "THIRD_PARTY", startedOn, endedOn });
const extension = (approvedOn: string, workingDays = 20, reason = "需调取历史档案"): ClockEvent => ({ kind: "EXTENSION", approvedOn, workingDays, reason });

describe("computeDeadline: domain.md §8 cases", () => {
  it.each([
    ["2026-09-30", "2026-11-03"],
    ["2026-02-13", "2026-03-19"],
    ["2026-04-30", "2026-06-01"],
  ])("received %s → due %s", (receivedOn, dueOn) => {
    const deadline = deadlineOf({ receivedOn, events: [] });
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.baseDueOn).toBe(dueOn);
    expect(deadline.totalWorkingDays).toBe(20);
    expect(deadline.stoppedBy).toBeNull();
  });

  it("gives the 补正 window: received 09-30 → 7 working days → 10-15", () => {
    expect(correctionDeadline("2026-09-30", calendar)).toBe("2026-10-15");
    expect(deadlineOf({ receivedOn: "2026-09-30", events: [] }).correctionDueOn).toBe("2026-10-15");
  });

  it("extends by 20 working days: received 09-30 → due 12-01", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [extension("2026-10-20")] });
    expect(deadline.dueOn).toBe("2026-12-01");
    expect(deadline.baseDueOn).toBe("2026-11-03");
    expect(deadline.totalWorkingDays).toBe(40);
  });
});

describe("computeDeadline: calendar edges", () => {
  it.each([
    ["2025-12-15", "2026-01-13"], // year boundary with 元旦 and the Sunday make-up day 2026-01-04
    ["2026-09-15", "2026-10-19"], // 中秋节 and 国庆节 in one period
    ["2026-11-21", "2026-12-18"], // received on a Saturday: day 1 is Monday 11-23
    ["2025-01-20", "2025-02-21"], // 2025 春节 with make-up days 01-26 and 02-08
  ])("received %s → due %s", (receivedOn, dueOn) => {
    expect(deadlineOf({ receivedOn, events: [] }).dueOn).toBe(dueOn);
  });

  it("warns when the period runs into a year without holiday data", () => {
    const deadline = deadlineOf({ receivedOn: "2026-12-10", events: [] });
    // 2027-01-01 is counted as a working day because 2027 is not entered.
    expect(deadline.dueOn).toBe("2027-01-07");
    expect(deadline.uncoveredYears).toEqual([2027]);
    const warning = deadline.explanation.find((step) => step.kind === "WARNING");
    expect(warning?.text).toContain("2027 年的节假日安排尚未录入");
  });

  it("recomputes when the calendar gains the missing year", () => {
    // Hypothetical test data, not the official 2027 arrangement.
    const with2027 = createWorkingCalendar([...OFFICIAL_OVERRIDES, { date: "2027-01-01", kind: "HOLIDAY", name: "元旦" }]);
    const deadline = deadlineOf({ receivedOn: "2026-12-10", events: [] }, with2027);
    expect(deadline.dueOn).toBe("2027-01-08");
    expect(deadline.uncoveredYears).toEqual([]);
    expect(deadline.explanation.some((step) => step.kind === "WARNING")).toBe(false);
  });

  it("does not warn inside covered years", () => {
    expect(deadlineOf({ receivedOn: "2026-09-30", events: [] }).uncoveredYears).toEqual([]);
  });
});

describe("computeDeadline: 补正 (条例 art. 30)", () => {
  it("restarts the full 20 working days from the day the corrected application arrives", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [correction("2026-10-09", "2026-10-20")] });
    expect(deadline.clockStartsOn).toBe("2026-10-20");
    expect(deadline.firstCountedOn).toBe("2026-10-21");
    expect(deadline.dueOn).toBe("2026-11-17");
    expect(texts(deadline).join("\n")).toContain("2026-10-20（星期二）收到补正后的申请，答复期限自该日起重新计算");
  });

  it("starts the next working day when the correction arrives on a Sunday", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [correction("2026-10-08", "2026-10-11")] });
    expect(deadline.firstCountedOn).toBe("2026-10-12");
    expect(deadline.dueOn).toBe("2026-11-06");
  });

  it("stops the clock while the applicant has not responded", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [correction("2026-10-09", null)] });
    expect(deadline.dueOn).toBeNull();
    expect(deadline.clockStartsOn).toBeNull();
    expect(deadline.stoppedBy).toEqual({ cause: "CORRECTION", since: "2026-10-09", usedWorkingDays: 0, remainingWorkingDays: 20 });
    expect(texts(deadline).join("\n")).toContain("申请人尚未补正");
    expect(deadline.explanation.at(-1)?.kind).toBe("STOPPED");
  });

  it("accepts a notice on the 7th working day and refuses one on the 8th", () => {
    expect(issueCodes({ receivedOn: "2026-09-30", events: [correction("2026-10-15", "2026-10-20")] })).toEqual([]);
    const result = computeDeadline({ receivedOn: "2026-09-30", events: [correction("2026-10-16", "2026-10-20")] }, calendar);
    expect(result).toEqual({
      ok: false,
      issues: [{ code: "CORRECTION_TOO_LATE", eventIndex: 0, message: "补正告知须在收到申请之日起 7 个工作日内发出（条例第三十条），最晚为 2026-10-15。" }],
    });
  });

  it.each([
    [[correction("2026-09-29", "2026-10-12")], ["CORRECTION_BEFORE_RECEIPT"]],
    [[correction("2026-10-09", "2026-10-08")], ["RESPONSE_BEFORE_REQUEST"]],
    [[correction("2026-10-08", "2026-10-12"), correction("2026-10-13", "2026-10-14")], ["SECOND_CORRECTION"]],
  ] as const)("refuses %j", (events, codes) => {
    expect(issueCodes({ receivedOn: "2026-09-30", events })).toEqual(codes);
  });

  it("points a second correction at its own event", () => {
    const result = computeDeadline({ receivedOn: "2026-09-30", events: [correction("2026-10-08", "2026-10-12"), correction("2026-10-13", null)] }, calendar);
    expect(result.ok ? null : result.issues[0]?.eventIndex).toBe(1);
  });
});

describe("computeDeadline: consultations (条例 art. 32–34)", () => {
  it("does not count the working days from the day after the start to the day of the reply", () => {
    // (10-12, 10-20] holds 6 working days; 11-03 + 6 working days = 11-11.
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [thirdParty("2026-10-12", "2026-10-20")] });
    expect(deadline.dueOn).toBe("2026-11-11");
    expect(deadline.pausedWorkingDays).toBe(6);
    expect(deadline.pauses).toEqual([{ reason: "THIRD_PARTY", startedOn: "2026-10-12", endedOn: "2026-10-20", workingDays: 6, affectsDeadline: true }]);
    expect(texts(deadline)).toContain("征求第三方意见（2026-10-12 至 2026-10-20，条例第三十二条、第三十三条第二款），其间 6 个工作日不计入答复期限。");
  });

  it("absorbs the holidays inside a pause that spans 中秋节 and 国庆节", () => {
    // 8 working days used by 09-24; (09-24, 10-09] holds 5 working days; 12 remain after 10-09.
    const deadline = deadlineOf({ receivedOn: "2026-09-15", events: [thirdParty("2026-09-24", "2026-10-09")] });
    expect(deadline.dueOn).toBe("2026-10-26");
    expect(deadline.pausedWorkingDays).toBe(5);
    expect(deadline.skippedHolidays).toEqual([]);
    expect(deadline.makeupWorkdays.map((day) => day.date)).toEqual(["2026-09-20", "2026-10-10"]);
  });

  it("stops the clock while a consultation is open, then resumes with the remaining days", () => {
    const open = deadlineOf({ receivedOn: "2026-09-30", events: [thirdParty("2026-10-15", null)] });
    expect(open.dueOn).toBeNull();
    expect(open.stoppedBy).toEqual({ cause: "THIRD_PARTY", since: "2026-10-15", usedWorkingDays: 7, remainingWorkingDays: 13 });
    expect(texts(open).join("\n")).toContain("已用 7 个工作日，剩余 13 个工作日");

    const closed = deadlineOf({ receivedOn: "2026-09-30", events: [thirdParty("2026-10-15", "2026-10-23")] });
    expect(closed.dueOn).toBe("2026-11-11");
  });

  it("counts a pause that starts on the receipt day", () => {
    const deadline = deadlineOf({
      receivedOn: "2026-11-02",
      events: [{ kind: "PAUSE", reason: "AGENCY_CONSULTATION", startedOn: "2026-11-02", endedOn: "2026-11-06" }],
    });
    expect(deadline.firstCountedOn).toBe("2026-11-09");
    expect(deadline.dueOn).toBe("2026-12-04");
  });

  it("ignores a pause that starts on the due date", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [thirdParty("2026-11-03", "2026-11-10")] });
    expect(deadline.dueOn).toBe("2026-11-03");
    expect(deadline.pauses[0]?.affectsDeadline).toBe(false);
    expect(texts(deadline).join("\n")).toContain("不影响期限");
  });

  it("counts overlapping pauses once", () => {
    // (10-12, 10-22] holds 8 working days; 11-03 + 8 = 11-13.
    const deadline = deadlineOf({
      receivedOn: "2026-09-30",
      events: [thirdParty("2026-10-12", "2026-10-20"), { kind: "PAUSE", reason: "AGENCY_CONSULTATION", startedOn: "2026-10-15", endedOn: "2026-10-22" }],
    });
    expect(deadline.dueOn).toBe("2026-11-13");
    expect(deadline.pausedWorkingDays).toBe(8);
    expect(texts(deadline).join("\n")).toContain("重叠的工作日只扣除一次，共 8 个工作日不计入");
  });

  it.each([
    [[thirdParty("2026-10-20", "2026-10-12")], ["PAUSE_ENDS_BEFORE_START"]],
    [[thirdParty("2026-09-29", "2026-10-12")], ["CLOCK_NOT_STARTED"]],
    [[correction("2026-10-09", null), thirdParty("2026-10-12", null)], ["CLOCK_NOT_STARTED"]],
    [[correction("2026-10-09", "2026-10-20"), thirdParty("2026-10-12", "2026-10-21")], ["CLOCK_NOT_STARTED"]],
  ] as const)("refuses %j", (events, codes) => {
    expect(issueCodes({ receivedOn: "2026-09-30", events })).toEqual(codes);
  });

  it("explains why a pause before the corrected application is refused", () => {
    const issues = validateClockEvents(
      { receivedOn: "2026-09-30", events: [correction("2026-10-09", "2026-10-20"), thirdParty("2026-10-12", "2026-10-21")] },
      calendar,
    );
    expect(issues).toEqual([{ code: "CLOCK_NOT_STARTED", eventIndex: 1, message: "征求第三方意见的日期不能早于收到补正申请的日期（2026-10-20）。" }]);
  });
});

describe("computeDeadline: extension (条例 art. 33)", () => {
  it("adds the approved working days after the original period", () => {
    expect(deadlineOf({ receivedOn: "2026-09-30", events: [extension("2026-10-20", 5)] }).dueOn).toBe("2026-11-10");
  });

  it("may be approved on the last day of the original period, not after", () => {
    expect(deadlineOf({ receivedOn: "2026-09-30", events: [extension("2026-11-03")] }).dueOn).toBe("2026-12-01");
    const issues = validateClockEvents({ receivedOn: "2026-09-30", events: [extension("2026-11-04")] }, calendar);
    expect(issues).toEqual([{ code: "EXTENSION_AFTER_DEADLINE", eventIndex: 0, message: "延期须在原答复期限届满前批准；原答复期限为 2026-11-03，已经届满。" }]);
  });

  it("measures the original period with pauses", () => {
    // The pause moves the original due date to 11-11, so approval on 11-05 is in time.
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [thirdParty("2026-10-12", "2026-10-20"), extension("2026-11-05")] });
    expect(deadline.baseDueOn).toBe("2026-11-11");
    expect(deadline.dueOn).toBe("2026-12-09");
  });

  it.each([
    [[extension("2026-10-20", 21)], ["EXTENSION_TOO_LONG"]],
    [[extension("2026-10-20", 0)], ["EXTENSION_DAYS_INVALID"]],
    [[extension("2026-10-20", 2.5)], ["EXTENSION_DAYS_INVALID"]],
    [[extension("2026-10-20", 10, "  ")], ["EXTENSION_REASON_MISSING"]],
    [[extension("2026-10-20", 10), extension("2026-10-22", 10)], ["SECOND_EXTENSION"]],
    [[extension("2026-09-29", 10)], ["CLOCK_NOT_STARTED"]],
    [[correction("2026-10-09", null), extension("2026-10-12", 10)], ["CLOCK_NOT_STARTED"]],
    [[extension("2026-10-20", 25, "")], ["EXTENSION_TOO_LONG", "EXTENSION_REASON_MISSING"]],
  ] as const)("refuses %j", (events, codes) => {
    expect(issueCodes({ receivedOn: "2026-09-30", events })).toEqual(codes);
  });

  it("explains approval, reason and the original due date", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [extension("2026-10-20", 20, "涉及多个年度的档案")] });
    const step = deadline.explanation.find((candidate) => candidate.kind === "EXTENSION");
    expect(step).toEqual({
      kind: "EXTENSION",
      on: "2026-10-20",
      text: "2026-10-20（星期二）经政府信息公开工作机构负责人同意，答复期限延长 20 个工作日（条例第三十三条第一款），理由：涉及多个年度的档案。原答复期限为 2026-11-03。",
    });
    expect(deadline.explanation.at(-1)?.text).toBe("答复期限届满日：2026-12-01（星期二），共计 40 个工作日（20 + 延长 20）。");
  });
});

describe("computeDeadline: explanation", () => {
  it("walks a clerk through 国庆节: start, holidays by name, weekends, make-up day, due date", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [] });
    expect(deadline.skippedHolidays).toEqual([{ name: "国庆节", from: "2026-10-01", to: "2026-10-07", days: 7 }]);
    // 10-11, 10-17/18, 10-24/25, 10-31/11-01; 10-03/04 are inside the holiday block.
    expect(deadline.weekendDaysSkipped).toBe(7);
    expect(deadline.explanation).toEqual([
      { kind: "RECEIVED", on: "2026-09-30", text: "2026-09-30（星期三）收到申请。答复期限为 20 个工作日（条例第三十三条），收到申请当日不计入，自次日起算。" },
      { kind: "CLOCK_START", on: "2026-10-08", text: "第 1 个工作日为 2026-10-08（星期四）。" },
      { kind: "HOLIDAY", on: "2026-10-01", text: "国庆节放假（2026-10-01 至 2026-10-07，共 7 天），不计入。" },
      { kind: "WEEKENDS", on: null, text: "跳过周末 7 天。" },
      { kind: "MAKEUP_WORKDAY", on: "2026-10-10", text: "2026-10-10（星期六）为国庆节调休上班日，计为工作日。" },
      { kind: "DUE", on: "2026-11-03", text: "答复期限届满日：2026-11-03（星期二），共计 20 个工作日。" },
    ]);
  });

  it("names 春节 and both of its make-up days", () => {
    const deadline = deadlineOf({ receivedOn: "2026-02-13", events: [] });
    expect(deadline.skippedHolidays).toEqual([{ name: "春节", from: "2026-02-15", to: "2026-02-23", days: 9 }]);
    expect(deadline.makeupWorkdays.map((day) => day.date)).toEqual(["2026-02-14", "2026-02-28"]);
    expect(deadline.weekendDaysSkipped).toBe(5);
    expect(texts(deadline)).toContain("春节放假（2026-02-15 至 2026-02-23，共 9 天），不计入。");
  });

  it("writes a one-day holiday without a range", () => {
    const deadline = deadlineOf({ receivedOn: "2024-12-20", events: [] });
    expect(texts(deadline)).toContain("元旦放假（2025-01-01），不计入。");
  });
});

describe("computeDeadline: input checks", () => {
  it("refuses a malformed receipt date", () => {
    expect(issueCodes({ receivedOn: "2026-02-30", events: [] })).toEqual(["INVALID_DATE"]);
  });

  it("refuses a malformed event date and names it", () => {
    const issues = validateClockEvents({ receivedOn: "2026-09-30", events: [thirdParty("2026-10-12", "2026/10/20")] }, calendar);
    expect(issues).toEqual([{ code: "INVALID_DATE", eventIndex: 0, message: "日期“2026/10/20”格式不正确，应为“年-月-日”。" }]);
  });

  it("does not depend on the order of the events", () => {
    const events = [extension("2026-11-05"), thirdParty("2026-10-12", "2026-10-20")];
    expect(deadlineOf({ receivedOn: "2026-09-30", events }).dueOn).toBe(deadlineOf({ receivedOn: "2026-09-30", events: [...events].reverse() }).dueOn);
  });
});

describe("countDaysLeft and assessDeadline", () => {
  it.each([
    ["2026-11-03", "2026-10-26", 6, "ok", "剩余 6 个工作日"],
    ["2026-11-03", "2026-10-27", 5, "dueSoon", "剩余 5 个工作日"],
    ["2026-11-03", "2026-11-03", 0, "dueSoon", "今天到期"],
    ["2026-11-03", "2026-11-04", -1, "overdue", "已逾期 1 个工作日"],
    ["2026-11-06", "2026-11-07", -1, "overdue", "已逾期 1 个工作日"], // Saturday after a Friday deadline
    ["2026-11-06", "2026-11-09", -1, "overdue", "已逾期 1 个工作日"],
    ["2026-11-06", "2026-11-10", -2, "overdue", "已逾期 2 个工作日"],
    ["2026-11-09", "2026-11-07", 1, "dueSoon", "剩余 1 个工作日"], // Saturday before a Monday deadline
    ["2026-10-08", "2026-09-30", 1, "dueSoon", "剩余 1 个工作日"], // across 国庆节
  ] as const)("due %s, today %s → %i (%s)", (dueOn, today, daysLeft, status, label) => {
    expect(countDaysLeft(dueOn, today, calendar)).toBe(daysLeft);
    expect(assessDeadline({ dueOn, stoppedBy: null }, today, calendar)).toEqual({ status, daysLeft, label });
  });

  it("takes a custom due-soon threshold", () => {
    expect(assessDeadline({ dueOn: "2026-11-03", stoppedBy: null }, "2026-10-27", calendar, 3).status).toBe("ok");
  });

  it("reports a stopped clock as paused with its cause", () => {
    const deadline = deadlineOf({ receivedOn: "2026-09-30", events: [thirdParty("2026-10-15", null)] });
    expect(assessDeadline(deadline, "2026-12-20", calendar)).toEqual({ status: "paused", daysLeft: null, label: "暂停计时（征求第三方意见）" });
    const awaiting = deadlineOf({ receivedOn: "2026-09-30", events: [correction("2026-10-09", null)] });
    expect(assessDeadline(awaiting, "2026-12-20", calendar).label).toBe("暂停计时（等待申请人补正）");
  });
});
