import { z } from "zod";
import { isIsoDate } from "./dates";
import { checkIdNumber, ID_TYPES } from "./identity";
import { REQUEST_OUTCOMES, REQUEST_STATES } from "./model";

const APPLICANT_TYPES = ["NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORG", "LEGAL_SERVICE_ORG", "OTHER_ORG"] as const;
const STAFF_CHANNELS = ["IN_PERSON", "SERVICE_WINDOW", "POST_SIGNED", "POST_UNSIGNED", "FAX", "EMAIL"] as const;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .transform((v) => v || null);

/** The application as the public (or a clerk, for paper applications) fills it in; 条例 art. 29. */
export const applicationSchema = z
  .object({
    unitId: z.coerce.number({ error: "请选择受理机关" }).int("请选择受理机关").positive("请选择受理机关"),
    applicantType: z.enum(APPLICANT_TYPES, { error: "请选择申请人类型" }),
    applicantName: z.string({ error: "请填写申请人姓名或名称" }).trim().min(2, "请填写申请人姓名或名称").max(100, "姓名或名称不能超过 100 个字"),
    contactPerson: optionalText(40, "联系人"),
    idType: z.enum(ID_TYPES, { error: "请选择证件类型" }),
    idNumber: z.string({ error: "请填写证件号码" }).trim().toUpperCase().min(1, "请填写证件号码"),
    phone: z
      .string({ error: "请填写联系电话" })
      .trim()
      .regex(/^[0-9+\-() ]{7,20}$/, "请填写正确的联系电话（手机或座机）"),
    email: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || z.email().safeParse(v).success, "电子邮箱格式不正确"),
    address: optionalText(200, "通信地址"),
    postalCode: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || /^\d{6}$/.test(v), "邮政编码为 6 位数字"),
    description: z
      .string({ error: "请描述所需的政府信息" })
      .trim()
      .min(10, "请描述所需的政府信息（至少 10 个字），如名称、内容、时间范围")
      .max(5000, "描述不能超过 5000 个字"),
    documentNo: optionalText(100, "文号"),
    purpose: optionalText(500, "用途"),
    infoForm: z.enum(["PAPER", "ELECTRONIC", "INSPECTION"], { error: "请选择获取信息的形式" }),
    delivery: z.enum(["POST", "EMAIL", "PICKUP", "ONLINE"], { error: "请选择获取信息的途径" }),
  })
  .superRefine((input, ctx) => {
    const problem = checkIdNumber(input.idType, input.idNumber);
    if (problem) ctx.addIssue({ code: "custom", path: ["idNumber"], message: problem });
    const organisation = input.applicantType !== "NATURAL_PERSON";
    if (organisation && input.idType !== "USCC" && input.idType !== "OTHER")
      ctx.addIssue({ code: "custom", path: ["idType"], message: "法人或其他组织请选择统一社会信用代码（或其他证件）" });
    if (organisation && !input.contactPerson) ctx.addIssue({ code: "custom", path: ["contactPerson"], message: "法人或其他组织请填写联系人" });
    if (input.delivery === "EMAIL" && !input.email) ctx.addIssue({ code: "custom", path: ["email"], message: "选择电子邮件获取时请填写电子邮箱" });
    if (input.delivery === "POST" && (!input.address || !input.postalCode))
      ctx.addIssue({ code: "custom", path: ["address"], message: "选择邮寄时请填写通信地址和邮政编码" });
  });
export type ApplicationInput = z.infer<typeof applicationSchema>;

const isoDate = (message: string) => z.string({ error: message }).refine(isIsoDate, message);

/** A paper, fax, e-mail or window application typed in by staff, with its channel and legal receipt date. */
export const intakeSchema = applicationSchema.and(
  z.object({
    channel: z.enum(STAFF_CHANNELS, { error: "请选择收到申请的渠道" }),
    receivedOn: isoDate("请填写收到申请的日期"),
  }),
);
export type IntakeInput = z.infer<typeof intakeSchema>;

/** Staff confirm an online application and fix its receipt date (the day both sides confirmed it). */
export const registerSchema = z.object({ receivedOn: isoDate("请填写确认收到申请的日期") });

/** The applicant's status look-up: the tracking code and either the secret or the phone's last 4 digits. */
export const lookupSchema = z.object({
  trackingCode: z
    .string({ error: "请填写查询码" })
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/, "查询码为 12 位字母和数字，如 2026-7QK3-M2XD")
    .transform((v) => v.replace(/-/g, "").replace(/^(.{4})(.{4})(.{4})$/, "$1-$2-$3")),
  secret: z.string({ error: "请填写查询密码或手机号后 4 位" }).trim().min(4, "请填写查询密码或手机号后 4 位").max(40),
});

/** Outcomes an answer may carry: the two closing ones come only from their own steps. */
const ANSWER_OUTCOMES = REQUEST_OUTCOMES.filter((o) => o !== "OTHER_NO_CORRECTION" && o !== "OTHER_FEE_UNPAID");

const on = isoDate("请填写日期");
const reason = (message: string) => z.string({ error: message }).trim().min(2, message).max(1000, "理由不能超过 1000 个字");

/** What a handler or leader submits to move a request on; the action name comes from the button's form. */
export const requestActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.enum(["startWork", "abandonCorrection", "withdrawByApplicant", "submitAnswer", "approveAnswer"]) }),
  z.object({ action: z.literal("requestCorrection"), on, items: z.string({ error: "请写明需要补正的内容" }).trim().min(4, "请写明需要补正的内容").max(2000) }),
  z.object({ action: z.literal("receiveCorrection"), on }),
  z.object({ action: z.literal("startConsultation"), on, pauseReason: z.enum(["THIRD_PARTY", "AGENCY_CONSULTATION"], { error: "请选择征求意见的对象" }) }),
  z.object({ action: z.literal("endConsultation"), on }),
  z.object({
    action: z.literal("extend"),
    on,
    workingDays: z.coerce.number({ error: "请填写延长的工作日数" }).int("请填写整数").min(1, "至少延长 1 个工作日").max(20, "最长延长 20 个工作日"),
    reason: reason("请填写延期理由"),
  }),
  z.object({ action: z.literal("returnAnswer"), reason: reason("请填写退回理由") }),
  z.object({ action: z.literal("discard"), reason: reason("请填写不予登记的理由") }),
  z.object({
    action: z.literal("sendFeeNotice"),
    method: z.enum(["PER_ITEM", "PER_PAGE"], { error: "请选择计费方式" }),
    quantity: z.coerce.number({ error: "请填写件数或页数" }).int("请填写整数").min(1, "至少为 1").max(100_000, "数量过大，请核对"),
    waiverReason: z
      .string()
      .trim()
      .max(500, "减免理由不能超过 500 个字")
      .optional()
      .transform((v) => v || null),
  }),
  z.object({ action: z.literal("recordPayment"), on }),
  z.object({ action: z.literal("feeUnpaid") }),
  z.object({ action: z.literal("reopen"), reason: reason("请填写重新办理的理由") }),
]);
export type RequestActionInput = z.infer<typeof requestActionSchema>;

/** The answer being prepared: outcome, reasons, and (after the first draft) the edited letter. */
export const answerDraftSchema = z.object({
  outcome: z.enum(ANSWER_OUTCOMES, { error: "请选择办理结果" }),
  explanation: z.string().trim().max(5000, "理由不能超过 5000 个字").default(""),
  body: z.string().trim().max(20_000, "答复书正文不能超过 20000 个字").default(""),
});
export type AnswerDraftInput = z.infer<typeof answerDraftSchema>;

/** One day of the holiday calendar, as an administrator enters it from the State Council's notice. */
export const calendarOverrideSchema = z.object({
  date: isoDate("请填写日期"),
  kind: z.enum(["HOLIDAY", "MAKEUP_WORKDAY"], { error: "请选择放假或调休上班" }),
  name: z.string({ error: "请填写节日名称" }).trim().min(2, "请填写节日名称，如：春节").max(20, "节日名称不能超过 20 个字"),
  source: z
    .string()
    .trim()
    .max(200, "依据不能超过 200 个字")
    .optional()
    .transform((v) => v || null),
});
export type CalendarOverrideInput = z.infer<typeof calendarOverrideSchema>;

/** The corrected application, sent online by the applicant from the status page. */
export const correctionReplySchema = z.object({
  reply: z
    .string({ error: "请填写补正内容" })
    .trim()
    .min(5, "请按补正告知书的要求填写补正内容（至少 5 个字）")
    .max(5000, "补正内容不能超过 5000 字；材料较多的，请按告知书上的方式邮寄或送达"),
});
export type CorrectionReplyInput = z.infer<typeof correctionReplySchema>;

const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().positive().nullable());

/** Hands an application to a unit of the district and, optionally, one of its handlers. */
export const assignSchema = z.object({
  unitId: z.coerce.number({ error: "请选择承办单位" }).int("请选择承办单位").positive("请选择承办单位"),
  handlerId: optionalId,
});
export type AssignInput = z.infer<typeof assignSchema>;

/** An internal note on an application. */
export const requestNoteSchema = z.object({
  body: z.string({ error: "请填写备注" }).trim().min(2, "请填写备注").max(2000, "备注不能超过 2000 字"),
});

/** The applications list's filters in the URL (/admin/requests and its export); a bad value is ignored. */
export const requestListQuerySchema = z.object({
  state: z.enum(REQUEST_STATES).optional().catch(undefined),
  /** "1": also answered and closed ones. */
  all: z.literal("1").optional().catch(undefined),
  q: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;
export type RequestListFilters = Omit<RequestListQuery, "page">;
