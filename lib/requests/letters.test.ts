import { describe, expect, it } from "vitest";
import { quoteFee } from "./fees";
import {
  answerIncludesAppealRights,
  chineseNumeral,
  draftLetter,
  findPlaceholders,
  formatLetterDate,
  LETTER_KINDS,
  LETTER_TITLES,
  type AnswerFacts,
  type Letter,
  type LetterBase,
} from "./letters";
import { REQUEST_OUTCOMES, type RequestOutcome } from "./model";

const BASE: LetterBase = {
  agencyName: "某市生态环境局",
  applicantName: "张三",
  applicantType: "NATURAL_PERSON",
  trackingCode: "YSQ-2026-0042",
  receivedOn: "2026-03-05",
  requestDescription: "2025年某化工园区环境影响评价报告全文。",
  date: "2026-03-25",
  contact: "联系人：王芳，联系电话：0551-12345678",
};

const text = (letter: Letter) => letter.paragraphs.join("\n");

/** Facts an experienced clerk would fill in for each outcome, so the draft has no placeholders left. */
const COMPLETE: Record<RequestOutcome, Partial<AnswerFacts>> = {
  GRANTED: { provision: { form: "ELECTRONIC", delivery: "EMAIL" } },
  PARTIAL: { provision: { form: "PAPER", delivery: "POST" }, withheld: { part: "报告附件三所列企业工艺参数", ground: "DENIED_THIRD_PARTY" } },
  DENIED_STATE_SECRET: {},
  DENIED_LAW_PROHIBITED: {},
  DENIED_SECURITY_STABILITY: {},
  DENIED_THIRD_PARTY: {},
  DENIED_INTERNAL_AFFAIRS: {},
  DENIED_PROCESS_INFO: {},
  DENIED_ENFORCEMENT_FILE: {},
  DENIED_ADMIN_QUERY: { accessRoute: "不动产登记中心窗口" },
  UNAVAILABLE_NOT_HELD: {},
  UNAVAILABLE_NEEDS_CREATION: {},
  UNAVAILABLE_STILL_UNCLEAR: { correction: { requestedOn: "2026-03-10" } },
  NOT_PROCESSED_PETITION: {},
  NOT_PROCESSED_DUPLICATE: { previousAnswer: { on: "2026-01-15", trackingCode: "YSQ-2026-0003" } },
  NOT_PROCESSED_PUBLICATION: { accessRoute: "本市政府公报2025年第6期" },
  NOT_PROCESSED_EXCESSIVE: {},
  NOT_PROCESSED_CONFIRM_REISSUE: {},
  OTHER_NO_CORRECTION: { correction: { requestedOn: "2026-03-10", dueOn: "2026-03-20" } },
  OTHER_FEE_UNPAID: { feeNoticeOn: "2026-02-02" },
  OTHER: {},
};

function answer(outcome: RequestOutcome, overrides: Partial<AnswerFacts> = {}): Letter {
  return draftLetter("ANSWER", {
    ...BASE,
    outcome,
    explanation: outcome === "GRANTED" ? "" : "具体理由说明。",
    reviewBody: "某市人民政府",
    court: "某市某区人民法院",
    ...COMPLETE[outcome],
    ...overrides,
  });
}

// The provision each answer letter must cite, written out from domain.md §3 and the 条例.
const CITES: Record<RequestOutcome, string[]> = {
  GRANTED: ["第三十六条第（二）项"],
  PARTIAL: ["第三十七条", "第十五条"],
  DENIED_STATE_SECRET: ["第十四条", "第三十六条第（三）项"],
  DENIED_LAW_PROHIBITED: ["第十四条", "第三十六条第（三）项"],
  DENIED_SECURITY_STABILITY: ["第十四条", "第三十六条第（三）项"],
  DENIED_THIRD_PARTY: ["第十五条", "第三十六条第（三）项"],
  DENIED_INTERNAL_AFFAIRS: ["第十六条第一款", "第三十六条第（三）项"],
  DENIED_PROCESS_INFO: ["第十六条第二款", "第三十六条第（三）项"],
  DENIED_ENFORCEMENT_FILE: ["第十六条第二款", "第三十六条第（三）项"],
  DENIED_ADMIN_QUERY: ["第三十六条第（七）项"],
  UNAVAILABLE_NOT_HELD: ["第三十六条第（四）项"],
  UNAVAILABLE_NEEDS_CREATION: ["第三十八条"],
  UNAVAILABLE_STILL_UNCLEAR: ["第三十条"],
  NOT_PROCESSED_PETITION: ["第三十九条第一款"],
  NOT_PROCESSED_DUPLICATE: ["第三十六条第（六）项"],
  NOT_PROCESSED_PUBLICATION: ["第三十九条第二款"],
  NOT_PROCESSED_EXCESSIVE: ["第三十五条"],
  NOT_PROCESSED_CONFIRM_REISSUE: [],
  OTHER_NO_CORRECTION: ["第三十条"],
  OTHER_FEE_UNPAID: ["第四十二条", "国办函〔2020〕109号"],
  OTHER: [],
};
/** Rows without a basis in domain.md §3: the draft asks the clerk for one. */
const NO_BASIS: RequestOutcome[] = ["NOT_PROCESSED_CONFIRM_REISSUE", "OTHER"];

describe("answer letters: legal basis", () => {
  it.each(REQUEST_OUTCOMES)("%s cites its provision of the 条例", (outcome) => {
    const letter = answer(outcome);
    expect(letter.title).toBe("政府信息公开申请答复告知书");
    for (const cite of CITES[outcome]) expect(text(letter)).toContain(cite);
    if (NO_BASIS.includes(outcome)) {
      expect(findPlaceholders(letter)).toContain("【请填写：法律依据】");
    } else {
      expect(text(letter)).toMatch(/根据《中华人民共和国政府信息公开条例》第/);
      expect(findPlaceholders(letter)).toEqual([]);
    }
  });

  it("GRANTED cites 36(1) instead when the information is already public", () => {
    const letter = answer("GRANTED", { alreadyPublic: { where: "本局门户网站“政府信息公开”栏目" } });
    expect(text(letter)).toContain("第三十六条第（一）项");
    expect(text(letter)).not.toContain("第三十六条第（二）项");
    expect(text(letter)).toContain("本局门户网站“政府信息公开”栏目");
  });

  it("UNAVAILABLE_NOT_HELD cites 36(5) and names the responsible agency when it is another agency's", () => {
    const letter = answer("UNAVAILABLE_NOT_HELD", { notResponsible: { agencyName: "某市自然资源和规划局", agencyContact: "0551-87654321" } });
    expect(text(letter)).toContain("第三十六条第（五）项");
    expect(text(letter)).not.toContain("第三十六条第（四）项");
    expect(text(letter)).toContain("负责公开该政府信息的行政机关为某市自然资源和规划局，联系方式：0551-87654321");
  });

  it.each(["DENIED_STATE_SECRET", "DENIED_PROCESS_INFO", "DENIED_ENFORCEMENT_FILE", "DENIED_INTERNAL_AFFAIRS"] as const)(
    "PARTIAL with ground %s cites art. 37 and that ground's article",
    (ground) => {
      const letter = answer("PARTIAL", { withheld: { part: "第二部分", ground } });
      expect(text(letter)).toContain("第三十七条");
      expect(text(letter)).toContain(CITES[ground][0]);
      expect(text(letter)).toContain("第二部分");
    },
  );

  it("PARTIAL without the withheld part asks for it", () => {
    const placeholders = findPlaceholders(answer("PARTIAL", { withheld: undefined }));
    expect(placeholders).toEqual(expect.arrayContaining(["【请填写：不予公开的部分】", "【请填写：不予公开的理由】", "【请填写：不予公开部分的依据】"]));
  });
});

describe("answer letters: appeal rights", () => {
  it("every outcome but GRANTED includes them (a full grant does not go against the applicant)", () => {
    expect(REQUEST_OUTCOMES.filter((outcome) => !answerIncludesAppealRights(outcome))).toEqual(["GRANTED"]);
  });

  it.each(REQUEST_OUTCOMES)("%s", (outcome) => {
    const body = text(answer(outcome));
    const appeal = /六十日内向某市人民政府申请行政复议，或者自收到本答复之日起六个月内向某市某区人民法院提起行政诉讼/;
    if (outcome === "GRANTED") expect(body).not.toMatch(/行政复议|行政诉讼/);
    else expect(body).toMatch(appeal);
  });

  it("without the review body and court, the paragraph asks for them", () => {
    const letter = answer("DENIED_STATE_SECRET", { reviewBody: undefined, court: undefined });
    expect(findPlaceholders(letter)).toEqual(["【请填写：行政复议机关】", "【请填写：有管辖权的人民法院】"]);
  });
});

describe("answer letters: structure and wording", () => {
  it("a denial reads as a complete official letter", () => {
    const letter = answer("DENIED_THIRD_PARTY");
    expect(letter.paragraphs[0]).toBe("张三：");
    expect(letter.paragraphs[1]).toBe(
      "本机关于2026年3月5日收到您提出的政府信息公开申请（申请编号：YSQ-2026-0042），申请获取“2025年某化工园区环境影响评价报告全文”。现答复如下：",
    );
    expect(letter.paragraphs).toContain("具体理由：具体理由说明。");
    expect(letter.paragraphs.slice(-4)).toEqual(["联系人：王芳，联系电话：0551-12345678", "特此告知。", "某市生态环境局", "2026年3月25日"]);
  });

  it("addresses an organisation as 你单位", () => {
    const body = text(answer("DENIED_STATE_SECRET", { applicantType: "LEGAL_SERVICE_ORG", applicantName: "某律师事务所" }));
    expect(body).toContain("某律师事务所：");
    expect(body).toContain("收到你单位提出的");
    expect(body).not.toContain("您");
  });

  it.each(REQUEST_OUTCOMES.filter((outcome) => outcome !== "GRANTED" && outcome !== "OTHER"))("%s without reasons asks for them", (outcome) => {
    expect(findPlaceholders(answer(outcome, { explanation: " " }))).toContain("【请填写：理由】");
  });

  it("GRANTED shows a note only when one is written", () => {
    expect(text(answer("GRANTED"))).not.toContain("说明：");
    expect(answer("GRANTED", { explanation: "共3份文件。" }).paragraphs).toContain("说明：共3份文件。");
  });

  it("GRANTED states the form and route, or asks for them", () => {
    expect(text(answer("GRANTED"))).toContain("以电子形式，通过电子邮件方式向您提供");
    expect(findPlaceholders(answer("GRANTED", { provision: undefined }))).toEqual(["【请填写：提供形式】", "【请填写：提供方式】"]);
    const inspection = answer("GRANTED", { provision: { form: "INSPECTION", delivery: "PICKUP" } });
    expect(text(inspection)).toContain("当场查阅、抄录");
    expect(findPlaceholders(inspection)).toEqual(["【请填写：查阅时间】", "【请填写：查阅地点】"]);
  });

  it("closing outcomes state the earlier notice and the abandonment", () => {
    const noCorrection = text(answer("OTHER_NO_CORRECTION"));
    expect(noCorrection).toContain("2026年3月10日向您发出补正告知书");
    expect(noCorrection).toContain("2026年3月20日前");
    expect(noCorrection).toContain("视为您放弃申请");
    expect(text(answer("OTHER_FEE_UNPAID"))).toContain("2026年2月2日向您发出收费通知书");
  });

  it("OTHER uses the explanation as its body", () => {
    const letter = answer("OTHER", { explanation: "您已于2026年3月12日书面撤回申请，本机关终止办理。" });
    expect(text(letter)).toContain("您已于2026年3月12日书面撤回申请，本机关终止办理。");
    expect(letter.paragraphs.some((p) => p.startsWith("具体理由"))).toBe(false);
  });

  it("drops the contact line when none is given and asks for a missing agency name", () => {
    const letter = answer("DENIED_STATE_SECRET", { contact: undefined, agencyName: "" });
    expect(letter.paragraphs.some((p) => p.startsWith("联系人"))).toBe(false);
    expect(findPlaceholders(letter)).toContain("【请填写：机关名称】");
  });
});

describe("notices", () => {
  it("has a title per kind", () => {
    expect(LETTER_KINDS.map((kind) => LETTER_TITLES[kind])).toEqual([
      "政府信息公开申请接收回执",
      "政府信息公开申请补正告知书",
      "政府信息公开申请延期答复告知书",
      "政府信息公开信息处理费收费通知书",
      "政府信息公开申请答复告知书",
    ]);
  });

  it("接收回执 gives the code, channel, receipt date, art. 31/33 and the due date when known", () => {
    const letter = draftLetter("RECEIPT", { ...BASE, channel: "POST_SIGNED", dueOn: "2026-04-02" });
    const body = text(letter);
    expect(letter.title).toBe("政府信息公开申请接收回执");
    for (const part of ["YSQ-2026-0042", "邮寄（挂号/快递，签收）", "2026年3月5日", "第三十一条", "第三十三条", "20个工作日", "答复期限届满日为2026年4月2日"]) {
      expect(body).toContain(part);
    }
    expect(body).not.toMatch(/行政复议/);
    expect(text(draftLetter("RECEIPT", { ...BASE, channel: "ONLINE" }))).not.toContain("届满日为");
  });

  it("补正告知书 lists every item once, cites art. 30, the deadline and the consequence", () => {
    const letter = draftLetter("CORRECTION", {
      ...BASE,
      items: ["所需信息的名称或文号", "信息形成的大致时间。"],
      dueOn: "2026-03-20",
      guidance: "可参考本机关政府信息公开指南。",
    });
    expect(letter.paragraphs).toContain("（一）所需信息的名称或文号。");
    expect(letter.paragraphs).toContain("（二）信息形成的大致时间。");
    expect(letter.paragraphs).toContain("可参考本机关政府信息公开指南。");
    const body = text(letter);
    expect(body).toContain("第三十条");
    expect(body).toContain("请您于2026年3月20日前");
    expect(body).toContain("视为放弃申请");
    expect(findPlaceholders(letter)).toEqual([]);
    expect(findPlaceholders(draftLetter("CORRECTION", { ...BASE, items: [" "], dueOn: "2026-03-20" }))).toEqual(["【请填写：需要补正的事项】"]);
  });

  it("延期答复告知书 cites art. 33 ¶1, the leader's consent and both dates", () => {
    const letter = draftLetter("EXTENSION", {
      ...BASE,
      reason: "所申请信息需调取历史档案。",
      workingDays: 20,
      originalDueOn: "2026-04-02",
      newDueOn: "2026-05-06",
    });
    const body = text(letter);
    expect(body).toContain("因所申请信息需调取历史档案，本机关不能在法定期限内作出答复");
    expect(body).toContain("第三十三条第一款");
    expect(body).toContain("政府信息公开工作机构负责人同意");
    expect(body).toContain("延长20个工作日（原答复期限届满日为2026年4月2日）");
    expect(body).toContain("2026年5月6日前作出答复");
    expect(findPlaceholders(draftLetter("EXTENSION", { ...BASE, reason: "", workingDays: 10, newDueOn: "2026-04-16" }))).toEqual(["【请填写：延期理由】"]);
  });

  it("收费通知书 shows the method, the computation, the amount, the 20 working days and the consequence", () => {
    const quote = quoteFee({ method: "PER_ITEM", items: 35, priorItemsThisMonth: 0 });
    const letter = draftLetter("FEE_NOTICE", { ...BASE, quote, payment: "扫描缴款码缴纳（非税收入缴款码见附件）" });
    const body = text(letter);
    expect(body).toContain("按件计收");
    expect(letter.paragraphs).toEqual(expect.arrayContaining(quote.lines));
    expect(body).toContain("应缴金额：3000元。");
    expect(body).toContain("第四十二条");
    expect(body).toContain("国办函〔2020〕109号");
    expect(body).toContain("自收到本通知之日起20个工作日内缴纳");
    expect(body).toContain("视为放弃申请");
    expect(findPlaceholders(letter)).toEqual([]);
    expect(findPlaceholders(draftLetter("FEE_NOTICE", { ...BASE, quote }))).toEqual(["【请填写：缴费方式、收款账户或缴款码】"]);
  });
});

describe("helpers", () => {
  it.each([
    ["2026-03-05", "2026年3月5日"],
    ["2026-12-31", "2026年12月31日"],
    ["2026-10-01", "2026年10月1日"],
  ])("formatLetterDate(%s) = %s", (date, expected) => {
    expect(formatLetterDate(date)).toBe(expected);
  });

  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [35, "三十五"],
    [99, "九十九"],
    [100, "100"],
  ])("chineseNumeral(%i) = %s", (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it("findPlaceholders does not mistake document-number brackets for placeholders", () => {
    expect(findPlaceholders({ title: "国办函〔2020〕109号", paragraphs: ["【请填写：理由】"] })).toEqual(["【请填写：理由】"]);
  });
});
