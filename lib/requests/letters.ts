/**
 * First drafts of the letters of a disclosure application: 接收回执, 补正告知书, 延期答复告知书, 收费通知书 and the
 * 答复告知书 for every outcome (domain.md §3 "Usual letters"). The handler edits the text before it is sent, so
 * these are plain templates: a title and paragraphs of official Chinese, citing the 条例 provision of each step.
 * Facts the handler has not given yet appear as 【请填写：…】 placeholders (`findPlaceholders` lists them), so a
 * draft is never silently incomplete. 【】 is used because 〔〕 belongs to document numbers.
 *
 * Appeal rights (行政复议 60 days, 行政诉讼 6 months; domain.md §1) close every answer letter except a full
 * grant: a grant does not go against the applicant, while every other outcome refuses, limits or ends the
 * application and must tell the applicant how to challenge it. Notices (receipt, 补正, extension, fee) are steps
 * within the procedure and carry no appeal paragraph.
 *
 * Pure: no I/O, no clock; the letter date is an input.
 */
import { type IsoDate } from "./dates";
import { FEE_METHOD_LABELS, FEE_PAYMENT_WORKING_DAYS, type FeeQuote } from "./fees";
import {
  DELIVERY_METHOD_LABELS,
  FEE_REGULATION,
  INFO_FORM_LABELS,
  isOrganisation,
  OUTCOME_INFO,
  REGULATION,
  REQUEST_CHANNEL_LABELS,
  type ApplicantType,
  type DeliveryMethod,
  type DeniedOutcome,
  type InfoForm,
  type RequestChannel,
  type RequestOutcome,
} from "./model";

export const LETTER_KINDS = ["RECEIPT", "CORRECTION", "EXTENSION", "FEE_NOTICE", "ANSWER"] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_TITLES: Record<LetterKind, string> = {
  RECEIPT: "政府信息公开申请接收回执",
  CORRECTION: "政府信息公开申请补正告知书",
  EXTENSION: "政府信息公开申请延期答复告知书",
  FEE_NOTICE: "政府信息公开信息处理费收费通知书",
  ANSWER: "政府信息公开申请答复告知书",
};

export interface Letter {
  title: string;
  paragraphs: string[];
}

/** What every letter needs. */
export interface LetterBase {
  agencyName: string;
  applicantName: string;
  applicantType: ApplicantType;
  trackingCode: string;
  receivedOn: IsoDate;
  /** The information asked for, in the applicant's words. */
  requestDescription: string;
  /** The date printed on the letter. */
  date: IsoDate;
  /** "联系人：王芳，联系电话：0551-12345678" */
  contact?: string;
}

export interface ReceiptFacts extends LetterBase {
  channel: RequestChannel;
  /** The reply deadline, when already known (deadlines.ts). */
  dueOn?: IsoDate | null;
}

export interface CorrectionFacts extends LetterBase {
  /** Each point to correct; one notice lists them all (条例 art. 30). */
  items: readonly string[];
  /** The reasonable deadline set for the correction. */
  dueOn: IsoDate;
  /** Guidance on how to describe the information (指导和释明, art. 30). */
  guidance?: string;
}

export interface ExtensionFacts extends LetterBase {
  reason: string;
  workingDays: number;
  originalDueOn?: IsoDate | null;
  newDueOn: IsoDate;
}

export interface FeeNoticeFacts extends LetterBase {
  quote: FeeQuote;
  /** How to pay: account, payment code, place. */
  payment?: string;
}

export interface AnswerFacts extends LetterBase {
  outcome: RequestOutcome;
  /** The reasons (required for every outcome but GRANTED) or, for GRANTED, an optional note. */
  explanation: string;
  /** GRANTED or PARTIAL: the form and route in which the information is provided (art. 36(2), 40). */
  provision?: { form: InfoForm; delivery: DeliveryMethod };
  /** GRANTED: the information is already proactively disclosed, and where (art. 36(1)). */
  alreadyPublic?: { where: string };
  /** PARTIAL: the part withheld and its ground (art. 37). */
  withheld?: { part: string; ground: DeniedOutcome };
  /** UNAVAILABLE_NOT_HELD: another agency is responsible (art. 36(5)); without it, art. 36(4) "does not exist". */
  notResponsible?: { agencyName?: string; agencyContact?: string };
  /** UNAVAILABLE_STILL_UNCLEAR and OTHER_NO_CORRECTION: the 补正 notice. */
  correction?: { requestedOn: IsoDate; dueOn?: IsoDate };
  /** NOT_PROCESSED_DUPLICATE: the earlier answer to the same request. */
  previousAnswer?: { on: IsoDate; trackingCode?: string };
  /** OTHER_FEE_UNPAID: when the fee notice was sent. */
  feeNoticeOn?: IsoDate;
  /** NOT_PROCESSED_PUBLICATION, NOT_PROCESSED_PETITION, DENIED_ADMIN_QUERY: where to turn instead. */
  accessRoute?: string;
  /** The 行政复议 body and the court named in the appeal paragraph. */
  reviewBody?: string;
  court?: string;
}

export interface LetterFacts {
  RECEIPT: ReceiptFacts;
  CORRECTION: CorrectionFacts;
  EXTENSION: ExtensionFacts;
  FEE_NOTICE: FeeNoticeFacts;
  ANSWER: AnswerFacts;
}

/** The first draft of a letter of `kind`. */
export function draftLetter<K extends LetterKind>(kind: K, facts: LetterFacts[K]): Letter {
  return DRAFTERS[kind](facts);
}

/** The 【请填写：…】 placeholders still in a letter, for a warning before it is sent. */
export function findPlaceholders(letter: Letter): string[] {
  return [letter.title, ...letter.paragraphs].flatMap((text) => text.match(/【[^】]*】/g) ?? []);
}

/** Whether an answer letter with this outcome ends with the appeal-rights paragraph (all but GRANTED). */
export function answerIncludesAppealRights(outcome: RequestOutcome): boolean {
  return outcome !== "GRANTED";
}

const DRAFTERS: { [K in LetterKind]: (facts: LetterFacts[K]) => Letter } = {
  RECEIPT: draftReceipt,
  CORRECTION: draftCorrection,
  EXTENSION: draftExtension,
  FEE_NOTICE: draftFeeNotice,
  ANSWER: draftAnswer,
};

// ---------------------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------------------

const blank = (what: string) => `【请填写：${what}】`;
const orBlank = (value: string | null | undefined, what: string) => (value && value.trim() !== "" ? value.trim() : blank(what));

/** "2026-03-05" → "2026年3月5日" */
export function formatLetterDate(date: IsoDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
const cn = formatLetterDate;
const cnOrBlank = (date: IsoDate | null | undefined, what: string) => (date ? cn(date) : blank(what));

/** 您 for a person, 你单位 for an organisation. */
const you = (facts: LetterBase) => (isOrganisation(facts.applicantType) ? "你单位" : "您");

/** The description without closing punctuation, so it sits inside quotes. */
const described = (facts: LetterBase) => orBlank(facts.requestDescription.replace(/[。；;.\s]+$/u, ""), "申请内容");

const salutation = (facts: LetterBase) => `${orBlank(facts.applicantName, "申请人姓名或名称")}：`;

const opening = (facts: LetterBase) =>
  `本机关于${cn(facts.receivedOn)}收到${you(facts)}提出的政府信息公开申请（申请编号：${facts.trackingCode}），申请获取“${described(facts)}”。`;

/** Contact line, closing formula, agency and date. */
function closing(facts: LetterBase, formula: string): string[] {
  return [...(facts.contact?.trim() ? [facts.contact.trim()] : []), formula, orBlank(facts.agencyName, "机关名称"), cn(facts.date)];
}

const CHINESE_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for numbered items). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? "" : `${tens === 1 ? "" : CHINESE_DIGITS[tens]}十`;
  return `${tensPart}${CHINESE_DIGITS[ones]}`;
}

// ---------------------------------------------------------------------------------------------------------
// Notices
// ---------------------------------------------------------------------------------------------------------

function draftReceipt(facts: ReceiptFacts): Letter {
  const due = facts.dueOn ? `，答复期限届满日为${cn(facts.dueOn)}` : "";
  return {
    title: LETTER_TITLES.RECEIPT,
    paragraphs: [
      salutation(facts),
      `本机关已收到${you(facts)}提出的政府信息公开申请，申请获取“${described(facts)}”。申请编号为${facts.trackingCode}，请妥善保存，以便查询办理进度。`,
      `提交方式：${REQUEST_CHANNEL_LABELS[facts.channel]}；收到申请日期：${cn(facts.receivedOn)}（依照${REGULATION}第三十一条确定）。`,
      `本机关将依照${REGULATION}第三十三条的规定，自收到申请之日起20个工作日内予以答复${due}。需要延长答复期限的，本机关将另行告知；申请内容需要补正的，答复期限自收到补正后的申请之日起计算；征求第三方或者其他机关意见所需时间不计算在答复期限内。`,
      ...closing(facts, "特此回执。"),
    ],
  };
}

function draftCorrection(facts: CorrectionFacts): Letter {
  const items = facts.items.map((item) => item.trim()).filter((item) => item !== "");
  const listed = items.length > 0 ? items.map((item, i) => `（${chineseNumeral(i + 1)}）${item.replace(/[。；;]+$/u, "")}。`) : [blank("需要补正的事项")];
  const y = you(facts);
  return {
    title: LETTER_TITLES.CORRECTION,
    paragraphs: [
      salutation(facts),
      `${opening(facts)}经审查，${y}的申请内容不明确，本机关无法确定${y}所需的政府信息。根据${REGULATION}第三十条的规定，请${y}对以下事项作出补正：`,
      ...listed,
      ...(facts.guidance?.trim() ? [facts.guidance.trim()] : []),
      `请${y}于${cn(facts.dueOn)}前将补正后的申请提交本机关。答复期限自本机关收到补正后的申请之日起计算。${y}无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。`,
      ...closing(facts, "特此告知。"),
    ],
  };
}

function draftExtension(facts: ExtensionFacts): Letter {
  const original = facts.originalDueOn ? `（原答复期限届满日为${cn(facts.originalDueOn)}）` : "";
  return {
    title: LETTER_TITLES.EXTENSION,
    paragraphs: [
      salutation(facts),
      `${opening(facts)}因${orBlank(facts.reason.replace(/[。；;]+$/u, ""), "延期理由")}，本机关不能在法定期限内作出答复。`,
      `根据${REGULATION}第三十三条第一款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长${facts.workingDays}个工作日${original}，本机关将于${cn(facts.newDueOn)}前作出答复。`,
      ...closing(facts, "特此告知。"),
    ],
  };
}

function draftFeeNotice(facts: FeeNoticeFacts): Letter {
  const y = you(facts);
  const { quote } = facts;
  return {
    title: LETTER_TITLES.FEE_NOTICE,
    paragraphs: [
      salutation(facts),
      `${opening(facts)}${y}申请公开政府信息的数量、频次明显超过合理范围。根据${REGULATION}第四十二条和${FEE_REGULATION}的规定，本机关收取信息处理费。`,
      `计费方式：${FEE_METHOD_LABELS[quote.method]}。计算如下：`,
      ...quote.lines,
      `应缴金额：${quote.amountYuan}元。`,
      `缴费方式：${orBlank(facts.payment, "缴费方式、收款账户或缴款码")}。`,
      `请${y}自收到本通知之日起${FEE_PAYMENT_WORKING_DAYS}个工作日内缴纳。本机关收到费用后继续办理；${y}逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。`,
      ...closing(facts, "特此通知。"),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------------------

/** The article behind each withholding ground and how the letter states the finding (条例 art. 14–16, 36(7)). */
const DENIAL_GROUNDS: Record<DeniedOutcome, { article: string; finding: string }> = {
  DENIED_STATE_SECRET: { article: "第十四条", finding: "属于依法确定为国家秘密的政府信息" },
  DENIED_LAW_PROHIBITED: { article: "第十四条", finding: "属于法律、行政法规禁止公开的政府信息" },
  DENIED_SECURITY_STABILITY: { article: "第十四条", finding: "公开后可能危及国家安全、公共安全、经济安全、社会稳定" },
  DENIED_THIRD_PARTY: { article: "第十五条", finding: "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害" },
  DENIED_INTERNAL_AFFAIRS: { article: "第十六条第一款", finding: "属于人事管理、后勤管理、内部工作流程等方面的内部事务信息" },
  DENIED_PROCESS_INFO: { article: "第十六条第二款", finding: "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息" },
  DENIED_ENFORCEMENT_FILE: { article: "第十六条第二款", finding: "属于行政执法案卷信息" },
  // Basis unconfirmed (domain.md §3, §10): art. 36(7), information with its own access rules in laws.
  DENIED_ADMIN_QUERY: { article: "第三十六条第（七）项", finding: "属于行政查询事项，有关法律、行政法规对该类信息的获取有特别规定" },
};

const basisOf = (outcome: RequestOutcome) => OUTCOME_INFO[outcome].basis ?? blank("法律依据");

function provided(facts: AnswerFacts, what: string): string {
  const y = you(facts);
  if (!facts.provision) return `现将${what}以${blank("提供形式")}形式，通过${blank("提供方式")}方式向${y}提供。`;
  if (facts.provision.form === "INSPECTION") {
    return `请${y}携带身份证明，于${blank("查阅时间")}到${blank("查阅地点")}当场查阅、抄录${what}。`;
  }
  return `现将${what}以${INFO_FORM_LABELS[facts.provision.form]}形式，通过${DELIVERY_METHOD_LABELS[facts.provision.delivery]}方式向${y}提供，请查收。`;
}

/** The paragraphs stating the decision and its basis. */
function decision(facts: AnswerFacts): string[] {
  const y = you(facts);
  const basis = basisOf(facts.outcome);
  switch (facts.outcome) {
    case "GRANTED":
      if (facts.alreadyPublic) {
        return [
          `经审查，${y}申请获取的政府信息本机关已经主动公开，${y}可以通过${orBlank(facts.alreadyPublic.where, "获取途径")}查阅、获取。根据${REGULATION}第三十六条第（一）项的规定，特此告知获取该政府信息的方式和途径。`,
        ];
      }
      return [`经审查，${y}申请获取的政府信息属于公开范围。根据${REGULATION}第三十六条第（二）项的规定，本机关予以公开。`, provided(facts, "该政府信息")];
    case "PARTIAL": {
      const ground = facts.withheld ? DENIAL_GROUNDS[facts.withheld.ground] : null;
      const part = orBlank(facts.withheld?.part, "不予公开的部分");
      const finding = ground?.finding ?? blank("不予公开的理由");
      const article = ground ? `、${ground.article}` : `、${blank("不予公开部分的依据")}`;
      return [
        `经审查，${y}申请获取的政府信息中，${part}${finding}，其余内容可以公开。根据${REGULATION}第三十七条${article}的规定，本机关作区分处理：对上述部分不予公开，对其余内容予以公开。`,
        provided(facts, "可以公开的内容"),
      ];
    }
    case "DENIED_ADMIN_QUERY": {
      const route = facts.accessRoute?.trim() ? `，通过${facts.accessRoute.trim()}` : "";
      return [
        `经审查，${y}申请获取的信息${DENIAL_GROUNDS.DENIED_ADMIN_QUERY.finding}。根据${basis}的规定，请${y}依照有关法律、行政法规的规定${route}办理查询。`,
      ];
    }
    case "DENIED_STATE_SECRET":
    case "DENIED_LAW_PROHIBITED":
    case "DENIED_SECURITY_STABILITY":
    case "DENIED_THIRD_PARTY":
    case "DENIED_INTERNAL_AFFAIRS":
    case "DENIED_PROCESS_INFO":
    case "DENIED_ENFORCEMENT_FILE":
      return [`经审查，${y}申请获取的政府信息${DENIAL_GROUNDS[facts.outcome].finding}。根据${basis}的规定，本机关决定不予公开。`];
    case "UNAVAILABLE_NOT_HELD": {
      if (!facts.notResponsible) {
        return [`经检索，本机关没有${y}申请公开的政府信息。根据${REGULATION}第三十六条第（四）项的规定，告知${y}该政府信息不存在。`];
      }
      const { agencyName, agencyContact } = facts.notResponsible;
      const contact = agencyContact?.trim() ? `，联系方式：${agencyContact.trim()}` : "";
      const referral = agencyName?.trim() ? `负责公开该政府信息的行政机关为${agencyName.trim()}${contact}，${y}可以向其提出申请。` : "";
      return [`经审查，${y}申请获取的政府信息不属于本机关负责公开。根据${REGULATION}第三十六条第（五）项的规定，特此告知。${referral}`];
    }
    case "UNAVAILABLE_NEEDS_CREATION":
      return [`经审查，本机关没有${y}申请获取的现成信息，提供该信息需要本机关对现有政府信息进行加工、分析。根据${basis}的规定，本机关不予提供。`];
    case "UNAVAILABLE_STILL_UNCLEAR":
      return [
        `本机关已于${cnOrBlank(facts.correction?.requestedOn, "补正告知日期")}向${y}发出补正告知书。${y}补正后的申请内容仍不明确，本机关无法确定${y}所需的政府信息。根据${basis}的规定，本机关无法提供。${y}可以在明确所需信息的名称、文号或者其他特征性描述后重新提出申请。`,
      ];
    case "NOT_PROCESSED_PETITION": {
      const route = facts.accessRoute?.trim() ? `（${facts.accessRoute.trim()}）` : "";
      return [
        `经审查，${y}提出的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动。根据${basis}的规定，本机关不作为政府信息公开申请处理，${y}可以通过信访、投诉、举报等相应渠道${route}提出。`,
      ];
    }
    case "NOT_PROCESSED_DUPLICATE": {
      const code = facts.previousAnswer?.trackingCode?.trim() ? `（申请编号：${facts.previousAnswer.trackingCode.trim()}）` : "";
      return [
        `本机关已于${cnOrBlank(facts.previousAnswer?.on, "此前答复日期")}就${y}提出的政府信息公开申请${code}作出答复，${y}本次申请公开的是相同的政府信息。根据${basis}的规定，本机关不予重复处理。`,
      ];
    }
    case "NOT_PROCESSED_PUBLICATION":
      return [`经审查，${y}申请获取的是政府公报、报刊、书籍等公开出版物。根据${basis}的规定，告知${y}可以通过${orBlank(facts.accessRoute, "获取途径")}获取。`];
    case "NOT_PROCESSED_EXCESSIVE":
      return [`${y}申请公开政府信息的数量、频次明显超过合理范围。本机关已要求${y}说明理由，经审查，${y}的申请理由不合理。根据${basis}的规定，本机关不予处理。`];
    case "NOT_PROCESSED_CONFIRM_REISSUE":
      return [`经审查，${y}的申请内容是要求本机关确认或者重新出具${y}已经获取的政府信息，不属于申请获取政府信息的情形。根据${basis}的规定，本机关不予处理。`];
    case "OTHER_NO_CORRECTION":
      return [
        `本机关已于${cnOrBlank(facts.correction?.requestedOn, "补正告知日期")}向${y}发出补正告知书，请${y}于${cnOrBlank(facts.correction?.dueOn, "补正期限")}前作出补正。${y}无正当理由逾期未补正。根据${basis}的规定，视为${y}放弃申请，本机关不再处理该政府信息公开申请。`,
      ];
    case "OTHER_FEE_UNPAID":
      return [
        `本机关已于${cnOrBlank(facts.feeNoticeOn, "收费通知日期")}向${y}发出收费通知书。${y}逾期未按收费通知要求缴纳信息处理费。根据${basis}的规定，视为${y}放弃申请，本机关不再处理该政府信息公开申请。`,
      ];
    case "OTHER":
      return [`${orBlank(facts.explanation, "处理情况")}根据${basis}的规定，特此告知。`];
  }
}

function explanationParagraph(facts: AnswerFacts): string[] {
  if (facts.outcome === "OTHER") return []; // the explanation is the body
  const text = facts.explanation.trim();
  if (facts.outcome === "GRANTED") return text === "" ? [] : [`说明：${text}`];
  return [`具体理由：${orBlank(text, "理由")}`];
}

/** 行政复议法 (2023) art. 20: 60 days; 行政诉讼法 art. 46: 6 months (domain.md §1). */
function appealParagraph(facts: AnswerFacts): string {
  const y = you(facts);
  return `${y}如对本答复不服，可以依照《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》的规定，自收到本答复之日起六十日内向${orBlank(facts.reviewBody, "行政复议机关")}申请行政复议，或者自收到本答复之日起六个月内向${orBlank(facts.court, "有管辖权的人民法院")}提起行政诉讼。`;
}

function draftAnswer(facts: AnswerFacts): Letter {
  const closes = facts.outcome === "OTHER_NO_CORRECTION" || facts.outcome === "OTHER_FEE_UNPAID" || facts.outcome === "OTHER";
  return {
    title: LETTER_TITLES.ANSWER,
    paragraphs: [
      salutation(facts),
      `${opening(facts)}${closes ? "现告知如下：" : "现答复如下："}`,
      ...decision(facts),
      ...explanationParagraph(facts),
      ...(answerIncludesAppealRights(facts.outcome) ? [appealParagraph(facts)] : []),
      ...closing(facts, "特此告知。"),
    ],
  };
}
