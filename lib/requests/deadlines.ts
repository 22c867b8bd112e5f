/**
 * Reply deadlines of disclosure applications (依申请公开), in working days, with an explanation a clerk can check.
 *
 * Rules (《政府信息公开条例》 2019; domain.md §1):
 * - art. 33 ¶1: reply within 20 working days of receipt; one extension of at most 20 working days, approved by the
 *   head of the 政府信息公开工作机构 and notified to the applicant.
 * - art. 33 ¶2, 32, 34: time spent consulting a third party or another agency is not counted.
 * - art. 30: a 补正 (correction) notice is sent once, within 7 working days of receipt; the reply period is then
 *   counted from the day the corrected application is received — a restart from zero, not a resumption.
 * - Day counting: the receipt day is excluded, day 1 is the next working day (domain.md §1, common practice).
 *   The same convention applies to every date that starts or resumes the count: the clock resumes the day after
 *   a consultation ends, and the day a consultation starts still counts (it is a day the office worked on it).
 *
 * Pure: no I/O and no clock. `today` is an argument; the calendar comes from calendar.ts.
 */
import type { DayInfo, WorkingCalendar } from "./calendar";
import { addDays, formatDateWithWeekday, isIsoDate, yearOf, type IsoDate } from "./dates";

/** 条例 art. 33 ¶1. */
export const REPLY_WORKING_DAYS = 20;
/** 条例 art. 33 ¶1. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** 条例 art. 30. */
export const CORRECTION_WINDOW_WORKING_DAYS = 7;
/** Working days the applicant is given to send the corrected application (a "reasonable period", 条例 art. 30). */
export const CORRECTION_REPLY_WORKING_DAYS = 15;
/** A deadline this many working days away or fewer is shown as "due soon" on the dashboard. */
export const DUE_SOON_WORKING_DAYS = 5;

/**
 * Why the clock is stopped. FEE_NOTICE (信息处理费 notice until payment) is modelled as a pause following
 * domain.md §4, which marks that rule "(unconfirmed)"; the service should offer it only once confirmed.
 */
export const PAUSE_REASONS = ["THIRD_PARTY", "AGENCY_CONSULTATION", "FEE_NOTICE"] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const PAUSE_REASON_LABELS: Record<PauseReason, string> = {
  THIRD_PARTY: "征求第三方意见",
  AGENCY_CONSULTATION: "征求其他行政机关意见",
  FEE_NOTICE: "等待申请人缴纳信息处理费",
};

const PAUSE_REASON_BASIS: Record<PauseReason, string> = {
  THIRD_PARTY: "条例第三十二条、第三十三条第二款",
  AGENCY_CONSULTATION: "条例第三十四条、第三十三条第二款",
  FEE_NOTICE: "《政府信息公开信息处理费管理办法》",
};

/** Events that move the clock. Order does not matter; each event keeps its index for error messages. */
export type ClockEvent =
  | { kind: "CORRECTION"; requestedOn: IsoDate; respondedOn: IsoDate | null }
  | { kind: "PAUSE"; reason: PauseReason; startedOn: IsoDate; endedOn: IsoDate | null }
  | { kind: "EXTENSION"; approvedOn: IsoDate; workingDays: number; reason: string };

type CorrectionEvent = Extract<ClockEvent, { kind: "CORRECTION" }>;
type PauseEvent = Extract<ClockEvent, { kind: "PAUSE" }>;
type ExtensionEvent = Extract<ClockEvent, { kind: "EXTENSION" }>;

export interface DeadlineInput {
  /** The legally relevant receipt date (条例 art. 31; domain.md §1 "Receipt date"). */
  receivedOn: IsoDate;
  events: readonly ClockEvent[];
}

export type DeadlineIssueCode =
  | "INVALID_DATE"
  | "SECOND_CORRECTION"
  | "CORRECTION_BEFORE_RECEIPT"
  | "CORRECTION_TOO_LATE"
  | "RESPONSE_BEFORE_REQUEST"
  | "CLOCK_NOT_STARTED"
  | "PAUSE_ENDS_BEFORE_START"
  | "SECOND_EXTENSION"
  | "EXTENSION_DAYS_INVALID"
  | "EXTENSION_TOO_LONG"
  | "EXTENSION_REASON_MISSING"
  | "EXTENSION_AFTER_DEADLINE";

export interface DeadlineIssue {
  code: DeadlineIssueCode;
  /** Index in `input.events`, or null for `receivedOn`. */
  eventIndex: number | null;
  message: string;
}

export interface HolidaySpan {
  name: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
}

export interface PauseSummary {
  reason: PauseReason;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  /** Working days in (startedOn, endedOn]; null while the pause is open. */
  workingDays: number | null;
  /** False when the pause began on or after the due date, so it changed nothing. */
  affectsDeadline: boolean;
}

export interface ClockStop {
  cause: "CORRECTION" | PauseReason;
  since: IsoDate;
  usedWorkingDays: number;
  remainingWorkingDays: number;
}

export type ExplanationStepKind =
  "RECEIVED" | "CORRECTION" | "CLOCK_START" | "HOLIDAY" | "WEEKENDS" | "MAKEUP_WORKDAY" | "PAUSE" | "EXTENSION" | "STOPPED" | "DUE" | "WARNING";

export interface ExplanationStep {
  kind: ExplanationStepKind;
  /** The date the step is about, for sorting or linking; null for summaries. */
  on: IsoDate | null;
  /** One sentence in Chinese, ready to show. */
  text: string;
}

export interface Deadline {
  receivedOn: IsoDate;
  /** Last day a 补正 notice may be sent (条例 art. 30). */
  correctionDueOn: IsoDate;
  /** The day after which counting starts: receipt, or receipt of the corrected application; null while awaiting it. */
  clockStartsOn: IsoDate | null;
  firstCountedOn: IsoDate | null;
  /** 20, plus the extension if any. */
  totalWorkingDays: number;
  /** The due date without the extension; null while the clock is stopped. */
  baseDueOn: IsoDate | null;
  /** The due date; null while the clock is stopped (see `stoppedBy`). */
  dueOn: IsoDate | null;
  stoppedBy: ClockStop | null;
  skippedHolidays: HolidaySpan[];
  makeupWorkdays: DayInfo[];
  weekendDaysSkipped: number;
  pauses: PauseSummary[];
  /** Working days not counted because of pauses (overlapping pauses count once). */
  pausedWorkingDays: number;
  extension: { approvedOn: IsoDate; workingDays: number; reason: string } | null;
  /** Years the computation ran through for which no holiday arrangement is entered: the result may be too early. */
  uncoveredYears: number[];
  explanation: ExplanationStep[];
}

export type DeadlineResult = { ok: true; deadline: Deadline } | { ok: false; issues: DeadlineIssue[] };

/** The last day to send the single 补正 notice: 7 working days after receipt (条例 art. 30). */
export function correctionDeadline(receivedOn: IsoDate, calendar: WorkingCalendar): IsoDate {
  return calendar.addWorkingDays(receivedOn, CORRECTION_WINDOW_WORKING_DAYS);
}

/** The dates of an event, for format checks. */
function datesOf(event: ClockEvent): (IsoDate | null)[] {
  switch (event.kind) {
    case "CORRECTION":
      return [event.requestedOn, event.respondedOn];
    case "PAUSE":
      return [event.startedOn, event.endedOn];
    case "EXTENSION":
      return [event.approvedOn];
  }
}

const issue = (code: DeadlineIssueCode, eventIndex: number | null, message: string): DeadlineIssue => ({ code, eventIndex, message });

interface Indexed<T> {
  event: T;
  index: number;
}

function pick<K extends ClockEvent["kind"]>(events: readonly ClockEvent[], kind: K): Indexed<Extract<ClockEvent, { kind: K }>>[] {
  return events.flatMap((event, index) => (event.kind === kind ? [{ event: event as Extract<ClockEvent, { kind: K }>, index }] : []));
}

/**
 * Checks the events against the rules of 条例 art. 30 and 33. Returns every problem, with Chinese messages for
 * the form; an empty list means `computeDeadline` will succeed.
 */
export function validateClockEvents(input: DeadlineInput, calendar: WorkingCalendar): DeadlineIssue[] {
  if (!isIsoDate(input.receivedOn)) return [issue("INVALID_DATE", null, `收到申请日期“${input.receivedOn}”格式不正确。`)];
  const malformed = input.events.flatMap((event, index) =>
    datesOf(event)
      .filter((date): date is IsoDate => date !== null && !isIsoDate(date))
      .map((date) => issue("INVALID_DATE", index, `日期“${date}”格式不正确，应为“年-月-日”。`)),
  );
  if (malformed.length > 0) return malformed;

  const issues: DeadlineIssue[] = [];
  const corrections = pick(input.events, "CORRECTION");
  const [correction] = corrections;
  for (const extra of corrections.slice(1)) {
    issues.push(issue("SECOND_CORRECTION", extra.index, "补正应一次性告知（条例第三十条），不能再次要求补正。"));
  }
  if (correction) issues.push(...checkCorrection(correction, input.receivedOn, calendar));

  // Counting starts from the receipt, or from the corrected application; pauses and extensions belong after it.
  const clockStartsOn = correction ? correction.event.respondedOn : input.receivedOn;
  const notStarted = (index: number, what: string) =>
    clockStartsOn === null
      ? issue("CLOCK_NOT_STARTED", index, `申请人尚未补正，答复期限尚未开始计算，不能${what}。`)
      : issue("CLOCK_NOT_STARTED", index, `${what}的日期不能早于${correction ? "收到补正申请" : "收到申请"}的日期（${clockStartsOn}）。`);

  for (const { event, index } of pick(input.events, "PAUSE")) {
    if (clockStartsOn === null || event.startedOn < clockStartsOn) issues.push(notStarted(index, PAUSE_REASON_LABELS[event.reason]));
    if (event.endedOn !== null && event.endedOn < event.startedOn) {
      issues.push(
        issue("PAUSE_ENDS_BEFORE_START", index, `${PAUSE_REASON_LABELS[event.reason]}的结束日期（${event.endedOn}）早于开始日期（${event.startedOn}）。`),
      );
    }
  }

  const extensions = pick(input.events, "EXTENSION");
  for (const extra of extensions.slice(1)) issues.push(issue("SECOND_EXTENSION", extra.index, "答复期限只能延长一次（条例第三十三条）。"));
  const [extension] = extensions;
  if (extension) {
    const { event, index } = extension;
    if (!Number.isInteger(event.workingDays) || event.workingDays < 1) {
      issues.push(issue("EXTENSION_DAYS_INVALID", index, `延长的期限应为 1 至 ${MAX_EXTENSION_WORKING_DAYS} 个工作日的整数。`));
    } else if (event.workingDays > MAX_EXTENSION_WORKING_DAYS) {
      issues.push(issue("EXTENSION_TOO_LONG", index, `延长的期限最长不得超过 ${MAX_EXTENSION_WORKING_DAYS} 个工作日（条例第三十三条）。`));
    }
    if (event.reason.trim() === "") issues.push(issue("EXTENSION_REASON_MISSING", index, "延长答复期限须说明理由。"));
    if (clockStartsOn === null || event.approvedOn < clockStartsOn) issues.push(notStarted(index, "延长答复期限"));
  }
  if (issues.length > 0 || !extension || clockStartsOn === null) return issues;

  // The extension must be approved while the original period runs: it is notified before the period ends.
  const base = walk(
    clockStartsOn,
    REPLY_WORKING_DAYS,
    pick(input.events, "PAUSE").map(({ event }) => event),
    calendar,
  );
  if (base.dueOn !== null && extension.event.approvedOn > base.dueOn) {
    issues.push(issue("EXTENSION_AFTER_DEADLINE", extension.index, `延期须在原答复期限届满前批准；原答复期限为 ${base.dueOn}，已经届满。`));
  }
  return issues;
}

function checkCorrection({ event, index }: Indexed<CorrectionEvent>, receivedOn: IsoDate, calendar: WorkingCalendar): DeadlineIssue[] {
  const issues: DeadlineIssue[] = [];
  const latest = correctionDeadline(receivedOn, calendar);
  if (event.requestedOn < receivedOn) {
    issues.push(issue("CORRECTION_BEFORE_RECEIPT", index, `补正告知日期（${event.requestedOn}）早于收到申请的日期（${receivedOn}）。`));
  } else if (event.requestedOn > latest) {
    issues.push(
      issue("CORRECTION_TOO_LATE", index, `补正告知须在收到申请之日起 ${CORRECTION_WINDOW_WORKING_DAYS} 个工作日内发出（条例第三十条），最晚为 ${latest}。`),
    );
  }
  if (event.respondedOn !== null && event.respondedOn < event.requestedOn) {
    issues.push(issue("RESPONSE_BEFORE_REQUEST", index, `收到补正申请的日期（${event.respondedOn}）早于发出补正告知的日期（${event.requestedOn}）。`));
  }
  return issues;
}

interface Walk {
  dueOn: IsoDate | null;
  stop: { pause: PauseEvent; usedWorkingDays: number } | null;
  firstCountedOn: IsoDate | null;
  lastDay: IsoDate;
  holidays: DayInfo[];
  makeupWorkdays: DayInfo[];
  weekendDays: number;
  pausedWorkingDays: number;
}

/**
 * Counts `target` working days after `start`, day by day. A day inside any pause (startedOn, endedOn] is not
 * counted; reaching an open pause stops the walk with the days used so far.
 */
function walk(start: IsoDate, target: number, pauses: readonly PauseEvent[], calendar: WorkingCalendar): Walk {
  const result: Walk = {
    dueOn: null,
    stop: null,
    firstCountedOn: null,
    lastDay: start,
    holidays: [],
    makeupWorkdays: [],
    weekendDays: 0,
    pausedWorkingDays: 0,
  };
  let counted = 0;
  let day = start;
  while (counted < target) {
    day = addDays(day, 1);
    result.lastDay = day;
    const covering = pauses.filter((pause) => pause.startedOn < day && (pause.endedOn === null || day <= pause.endedOn));
    const open = covering.find((pause) => pause.endedOn === null);
    if (open) {
      result.stop = { pause: open, usedWorkingDays: counted };
      return result;
    }
    const info = calendar.describeDay(day);
    if (covering.length > 0) {
      if (info.isWorkingDay) result.pausedWorkingDays++;
      continue;
    }
    if (info.isWorkingDay) {
      counted++;
      result.firstCountedOn ??= day;
      if (info.kind === "MAKEUP_WORKDAY") result.makeupWorkdays.push(info);
    } else if (info.kind === "HOLIDAY") {
      result.holidays.push(info);
    } else {
      result.weekendDays++;
    }
  }
  result.dueOn = day;
  return result;
}

/** Consecutive holiday days of the same name, as one span. */
function groupHolidays(days: readonly DayInfo[]): HolidaySpan[] {
  const spans: HolidaySpan[] = [];
  for (const day of days) {
    const last = spans.at(-1);
    const name = day.name ?? "节假日";
    if (last && last.name === name && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.days++;
    } else {
      spans.push({ name, from: day.date, to: day.date, days: 1 });
    }
  }
  return spans;
}

function uncoveredYearsBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) if (!calendar.isYearCovered(year)) years.push(year);
  return years;
}

/**
 * The reply deadline of an application and how it was computed. Returns the rule violations instead when
 * `validateClockEvents` finds any. While the clock is stopped (补正 awaited, or a consultation not yet ended)
 * `dueOn` is null and `stoppedBy` says why and how many working days remain.
 *
 * Recomputing after a calendar change is calling this again with the new calendar: the result depends only
 * on the input and the calendar.
 */
export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar): DeadlineResult {
  const issues = validateClockEvents(input, calendar);
  if (issues.length > 0) return { ok: false, issues };

  const { receivedOn } = input;
  const correction = pick(input.events, "CORRECTION")[0]?.event ?? null;
  const pauses = pick(input.events, "PAUSE").map(({ event }) => event);
  const extension: ExtensionEvent | null = pick(input.events, "EXTENSION")[0]?.event ?? null;
  const correctionDueOn = correctionDeadline(receivedOn, calendar);
  const clockStartsOn = correction ? correction.respondedOn : receivedOn;
  const totalWorkingDays = REPLY_WORKING_DAYS + (extension?.workingDays ?? 0);

  const deadline: Deadline = {
    receivedOn,
    correctionDueOn,
    clockStartsOn,
    firstCountedOn: null,
    totalWorkingDays,
    baseDueOn: null,
    dueOn: null,
    stoppedBy: null,
    skippedHolidays: [],
    makeupWorkdays: [],
    weekendDaysSkipped: 0,
    pauses: [],
    pausedWorkingDays: 0,
    extension: extension ? { approvedOn: extension.approvedOn, workingDays: extension.workingDays, reason: extension.reason.trim() } : null,
    uncoveredYears: [],
    explanation: [],
  };

  if (clockStartsOn === null || correction?.respondedOn === null) {
    // 补正 awaited: nothing is counted yet; the full period starts over once the corrected application arrives.
    const since = correction?.requestedOn ?? receivedOn;
    deadline.stoppedBy = { cause: "CORRECTION", since, usedWorkingDays: 0, remainingWorkingDays: REPLY_WORKING_DAYS };
    deadline.uncoveredYears = uncoveredYearsBetween(addDays(receivedOn, 1), correctionDueOn > since ? correctionDueOn : since, calendar);
    deadline.explanation = explain(deadline, correction);
    return { ok: true, deadline };
  }

  const base = walk(clockStartsOn, REPLY_WORKING_DAYS, pauses, calendar);
  const full = extension ? walk(clockStartsOn, totalWorkingDays, pauses, calendar) : base;
  deadline.baseDueOn = base.dueOn;
  deadline.dueOn = full.dueOn;
  deadline.firstCountedOn = full.firstCountedOn;
  deadline.skippedHolidays = groupHolidays(full.holidays);
  deadline.makeupWorkdays = full.makeupWorkdays;
  deadline.weekendDaysSkipped = full.weekendDays;
  deadline.pausedWorkingDays = full.pausedWorkingDays;
  if (full.stop) {
    deadline.stoppedBy = {
      cause: full.stop.pause.reason,
      since: full.stop.pause.startedOn,
      usedWorkingDays: full.stop.usedWorkingDays,
      remainingWorkingDays: totalWorkingDays - full.stop.usedWorkingDays,
    };
  }
  deadline.pauses = [...pauses]
    .sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0))
    .map((pause) => ({
      reason: pause.reason,
      startedOn: pause.startedOn,
      endedOn: pause.endedOn,
      workingDays: pause.endedOn === null ? null : calendar.workingDaysBetween(pause.startedOn, pause.endedOn),
      affectsDeadline: full.dueOn === null || pause.startedOn < full.dueOn,
    }));
  const lastDay = full.lastDay > correctionDueOn ? full.lastDay : correctionDueOn;
  deadline.uncoveredYears = uncoveredYearsBetween(addDays(receivedOn, 1), lastDay, calendar);
  deadline.explanation = explain(deadline, correction);
  return { ok: true, deadline };
}

/** "2026-10-08（星期四）" */
const f = formatDateWithWeekday;

function explain(deadline: Deadline, correction: CorrectionEvent | null): ExplanationStep[] {
  const steps: ExplanationStep[] = [
    {
      kind: "RECEIVED",
      on: deadline.receivedOn,
      text: `${f(deadline.receivedOn)}收到申请。答复期限为 ${REPLY_WORKING_DAYS} 个工作日（条例第三十三条），收到申请当日不计入，自次日起算。`,
    },
  ];

  if (correction) {
    const notice = `${f(correction.requestedOn)}发出补正告知（须在收到申请后 ${CORRECTION_WINDOW_WORKING_DAYS} 个工作日内，即不晚于 ${deadline.correctionDueOn}；条例第三十条）`;
    steps.push({
      kind: "CORRECTION",
      on: correction.requestedOn,
      text:
        correction.respondedOn === null
          ? `${notice}，申请人尚未补正。收到补正后的申请后，答复期限重新计算 ${REPLY_WORKING_DAYS} 个工作日。`
          : `${notice}；${f(correction.respondedOn)}收到补正后的申请，答复期限自该日起重新计算，此前经过的时间不计入。`,
    });
  }

  if (deadline.firstCountedOn) steps.push({ kind: "CLOCK_START", on: deadline.firstCountedOn, text: `第 1 个工作日为 ${f(deadline.firstCountedOn)}。` });

  for (const span of deadline.skippedHolidays) {
    const when = span.days === 1 ? span.from : `${span.from} 至 ${span.to}，共 ${span.days} 天`;
    steps.push({ kind: "HOLIDAY", on: span.from, text: `${span.name}放假（${when}），不计入。` });
  }
  if (deadline.weekendDaysSkipped > 0) steps.push({ kind: "WEEKENDS", on: null, text: `跳过周末 ${deadline.weekendDaysSkipped} 天。` });
  for (const day of deadline.makeupWorkdays) {
    steps.push({ kind: "MAKEUP_WORKDAY", on: day.date, text: `${f(day.date)}为${day.name ?? ""}调休上班日，计为工作日。` });
  }

  for (const pause of deadline.pauses) steps.push({ kind: "PAUSE", on: pause.startedOn, text: describePause(pause, deadline) });
  const pauseTotal = deadline.pauses.reduce((sum, pause) => sum + (pause.affectsDeadline ? (pause.workingDays ?? 0) : 0), 0);
  if (deadline.stoppedBy === null && pauseTotal > deadline.pausedWorkingDays) {
    steps.push({ kind: "PAUSE", on: null, text: `以上期间有重叠，重叠的工作日只扣除一次，共 ${deadline.pausedWorkingDays} 个工作日不计入。` });
  }

  if (deadline.extension) {
    const { approvedOn, workingDays, reason } = deadline.extension;
    const original = deadline.baseDueOn ? `原答复期限为 ${deadline.baseDueOn}。` : "";
    steps.push({
      kind: "EXTENSION",
      on: approvedOn,
      text: `${f(approvedOn)}经政府信息公开工作机构负责人同意，答复期限延长 ${workingDays} 个工作日（条例第三十三条第一款），理由：${reason}。${original}`,
    });
  }

  if (deadline.dueOn) {
    const parts = deadline.extension ? `（${REPLY_WORKING_DAYS} + 延长 ${deadline.extension.workingDays}）` : "";
    steps.push({ kind: "DUE", on: deadline.dueOn, text: `答复期限届满日：${f(deadline.dueOn)}，共计 ${deadline.totalWorkingDays} 个工作日${parts}。` });
  } else if (deadline.stoppedBy) {
    const { cause, since } = deadline.stoppedBy;
    const text =
      cause === "CORRECTION"
        ? "答复期限尚未开始计算，收到补正后的申请后再确定届满日。"
        : `答复期限目前暂停计算，届满日待${PAUSE_REASON_LABELS[cause]}结束后确定。`;
    steps.push({ kind: "STOPPED", on: since, text });
  }

  for (const year of deadline.uncoveredYears) {
    steps.push({
      kind: "WARNING",
      on: null,
      text: `${year} 年的节假日安排尚未录入，该年的法定节假日被当作工作日计算，届满日可能偏早。请管理员按国务院办公厅通知录入后再核对。`,
    });
  }
  return steps;
}

function describePause(pause: PauseSummary, deadline: Deadline): string {
  const label = PAUSE_REASON_LABELS[pause.reason];
  const basis = PAUSE_REASON_BASIS[pause.reason];
  if (!pause.affectsDeadline) {
    const when = pause.endedOn ? `${pause.startedOn} 至 ${pause.endedOn}` : `${pause.startedOn} 起`;
    return `${label}（${when}）开始时已到答复期限届满日，不影响期限。`;
  }
  if (pause.endedOn === null) {
    const stop = deadline.stoppedBy;
    const counts = stop ? `已用 ${stop.usedWorkingDays} 个工作日，剩余 ${stop.remainingWorkingDays} 个工作日，` : "";
    return `${f(pause.startedOn)}起${label}（${basis}），尚未结束，答复期限暂停计算；${counts}自结束次日起继续计算。`;
  }
  return `${label}（${pause.startedOn} 至 ${pause.endedOn}，${basis}），其间 ${pause.workingDays ?? 0} 个工作日不计入答复期限。`;
}

function stopCauseLabel(cause: ClockStop["cause"]): string {
  return cause === "CORRECTION" ? "等待申请人补正" : PAUSE_REASON_LABELS[cause];
}

export type DeadlineStatus = "ok" | "dueSoon" | "overdue" | "paused";

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  ok: "正常",
  dueSoon: "即将到期",
  overdue: "已逾期",
  paused: "暂停计时",
};

/**
 * Working days left until `dueOn`, seen from `today`: 0 = due today; negative = overdue by that many working
 * days, and at least -1 once the due date has passed (a weekend right after the due date is already overdue).
 */
export function countDaysLeft(dueOn: IsoDate, today: IsoDate, calendar: WorkingCalendar): number {
  if (today <= dueOn) return calendar.workingDaysBetween(today, dueOn);
  return -Math.max(1, calendar.workingDaysBetween(dueOn, today));
}

export interface DeadlineAssessment {
  status: DeadlineStatus;
  /** Working days left; null while the clock is stopped. */
  daysLeft: number | null;
  /** "剩余 3 个工作日", "今天到期", "已逾期 2 个工作日", "暂停计时（征求第三方意见）". */
  label: string;
}

/** Dashboard view of a deadline on `today`. */
export function assessDeadline(
  deadline: Pick<Deadline, "dueOn" | "stoppedBy">,
  today: IsoDate,
  calendar: WorkingCalendar,
  dueSoonWithin: number = DUE_SOON_WORKING_DAYS,
): DeadlineAssessment {
  if (deadline.dueOn === null) {
    const cause = deadline.stoppedBy ? `（${stopCauseLabel(deadline.stoppedBy.cause)}）` : "";
    return { status: "paused", daysLeft: null, label: `${DEADLINE_STATUS_LABELS.paused}${cause}` };
  }
  const daysLeft = countDaysLeft(deadline.dueOn, today, calendar);
  if (daysLeft < 0) return { status: "overdue", daysLeft, label: `已逾期 ${-daysLeft} 个工作日` };
  const label = daysLeft === 0 ? "今天到期" : `剩余 ${daysLeft} 个工作日`;
  return { status: daysLeft <= dueSoonWithin ? "dueSoon" : "ok", daysLeft, label };
}
