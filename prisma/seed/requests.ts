/**
 * Demo disclosure applications (依申请公开): last calendar year in full and this year up to today (China time)
 * for 区发改局, where the demo accounts work, and three other units, so that the handlers' queue, the deadlines
 * and table 三 of last year's annual report look like a real county-level agency's. Also what 区发改局 entered
 * for last year's report (the figures the catalogue does not hold, and the narrative), so that report is
 * complete and passes its checks.
 *
 * Three layers, like entries.ts, the first two pure and unit-tested:
 * 1. `planSeedRequests` writes each application (applicant, request, channel) and its story — receipt, 补正,
 *    consultation, extension, answer — from a seeded PRNG, with dates counted on the working calendar. Stories
 *    are relative to today: the same day and calendar always give the same district.
 * 2. The replay (`replayStory`) runs each story as lib/requests/processing.ts would: every step is checked with
 *    the real rules (`decideRequest`), the due date comes from `computeDeadline`, and every step leaves its clock
 *    event, letter (from the real templates) and audit row, dated when it happened. Steps after now are not
 *    taken, so applications received lately are still open, some close to their due date and one overdue.
 * 3. `seedRequests` writes the rows in one transaction, then the annual-report record.
 */
import { createHash, randomBytes } from "node:crypto";
import { type AuditRow, appendAuditRows, recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { EnteredFigures } from "@/lib/reports/figures";
import { annualReportTitle } from "@/lib/reports/publication";
import { createWorkingCalendar, type WorkingCalendar } from "@/lib/requests/calendar";
import { addDays, toChinaDate, yearOf, type IsoDate } from "@/lib/requests/dates";
import {
  computeDeadline,
  CORRECTION_REPLY_WORKING_DAYS,
  CORRECTION_WINDOW_WORKING_DAYS,
  MAX_EXTENSION_WORKING_DAYS,
  REPLY_WORKING_DAYS,
  type ClockEvent,
  type PauseReason,
} from "@/lib/requests/deadlines";
import { residentIdCheckChar, type IdType } from "@/lib/requests/identity";
import { draftLetter, type AnswerFacts, type LetterBase } from "@/lib/requests/letters";
import {
  APPLICANT_TYPES,
  decideRequest,
  REQUEST_ACTION_LABELS,
  REQUEST_OUTCOME_LABELS,
  type ApplicantType,
  type DeliveryMethod,
  type DeniedOutcome,
  type InfoForm,
  type RequestAction,
  type RequestActor,
  type RequestChannel,
  type RequestOutcome,
  type RequestState,
} from "@/lib/requests/model";
import { tabulateRequests, type RequestRow, type TableThree } from "@/lib/requests/statistics";
import { orgCodeCheckChar, usccCheckChar } from "@/lib/units/model";
import { Rng } from "./entries";
import type { SeedContext } from "./index";
import { SEED_UNITS } from "./units";

/** The seed of the demo applications; change it and every applicant, date and outcome changes with it. */
export const SEED_REQUESTS_SEED = 20_250_115;

/** The audit action that marks the demo applications as seeded (the step runs once per database). */
export const REQUEST_SEED_ACTION = "request.seed";

/** The unit whose annual report for last year the seed completes: the demo accounts' 区发改局. */
export const REPORT_UNIT_KEY = "drc";

// ---------------------------------------------------------------------------------------------------
// Units: how many applications, with which results, about what
// ---------------------------------------------------------------------------------------------------

/** An application kept open this year, by its age in working days (today counted) and where it stands. */
type OpenShape = "SUBMITTED" | "RECEIVED" | "IN_PROGRESS" | "CORRECTION" | "CONSULTING" | "AWAITING_APPROVAL" | "OVERDUE" | "EXTENDED";

interface Topic {
  text: string;
  documentNo?: string;
  /** The reasons the answer gives (the letter's 具体理由); a generic one per outcome otherwise. */
  explanation?: string;
  /** PARTIAL: what was withheld, and why. */
  withheld?: { part: string; ground: DeniedOutcome };
  /** UNAVAILABLE_NOT_HELD: the agency that holds the information (条例 art. 36(5)). */
  referral?: { agencyName: string; agencyContact: string };
  /** What the 补正 notice asks for (one item a line). */
  correction?: string;
}

interface UnitSpec {
  key: string;
  /** Last year: the results of the applications concluded in it, and how many came over / went forward. */
  lastYear: { outcomes: Partial<Record<RequestOutcome, number>>; carriedOver: number; carriedForward: number; late: number };
  /** Applications a year, for the ones concluded so far this year. */
  perYear: number;
  /** This year's open applications: [working days since receipt, where it stands]. */
  open: [number, OpenShape][];
  /** Relative weights of the applicant types. */
  applicants: Partial<Record<ApplicantType, number>>;
  /** What applicants ask for, by the result it gets; results without topics take a 予以公开 topic. */
  topics: Partial<Record<RequestOutcome, Topic[]>>;
}

const RESULT_WEIGHTS: [RequestOutcome, number][] = [
  ["GRANTED", 42],
  ["PARTIAL", 10],
  ["UNAVAILABLE_NOT_HELD", 18],
  ["UNAVAILABLE_NEEDS_CREATION", 6],
  ["DENIED_PROCESS_INFO", 4],
  ["DENIED_THIRD_PARTY", 4],
  ["NOT_PROCESSED_PETITION", 5],
  ["OTHER", 4],
  ["OTHER_NO_CORRECTION", 3],
];

const DRC_TOPICS: UnitSpec["topics"] = {
  GRANTED: [
    { text: "示范区城北污水处理厂提标改造工程项目可行性研究报告的批复文件" },
    { text: "示范区{Y}年政府投资项目年度计划（含项目名称、建设单位、总投资和年度投资额）" },
    { text: "示范区东湖片区棚户区改造项目的立项批复和项目建议书批复", documentNo: "示发改投资〔{Y}〕" },
    { text: "示范区中心医院新院区建设项目初步设计及概算的批复" },
    { text: "示范区{Y}年重大项目建设计划及各项目责任单位名单" },
    { text: "示范区粮食储备库扩建项目中央预算内投资计划下达文件" },
    { text: "示范区城区集中供热价格调整的批复文件及执行时间" },
    { text: "示范区城关镇至东湖街道连接线道路工程的项目核准文件" },
    { text: "示范区新能源汽车充电基础设施建设专项规划（{Y}—2030年）" },
    { text: "示范区120兆瓦农光互补光伏发电项目的备案证明及备案信息" },
    { text: "示范区{Y}年以工代赈项目的资金下达文件和项目实施方案" },
    { text: "示范区机动车停放服务收费标准的制定文件及收费依据" },
  ],
  PARTIAL: [
    {
      text: "示范区{Y}年以工代赈项目劳务报酬发放明细",
      withheld: { part: "劳务人员的身份证号码、银行账号和联系电话", ground: "DENIED_THIRD_PARTY" },
      explanation: "劳务报酬发放明细中的身份证号码、银行账号和联系电话属于个人隐私，公开会对第三方合法权益造成损害，已作遮盖处理，其余内容予以公开。",
    },
    {
      text: "示范区城区管道天然气配气价格成本监审报告",
      withheld: { part: "燃气企业的采购合同价格和财务明细", ground: "DENIED_THIRD_PARTY" },
      explanation: "成本监审报告中燃气企业的采购合同价格和财务明细属于商业秘密，经征求该企业意见，其不同意公开，对该部分不予公开。",
    },
    {
      text: "示范区工业园区热电联产项目核准文件及项目申请报告",
      withheld: { part: "项目申请报告中的设备选型报价和企业财务数据", ground: "DENIED_THIRD_PARTY" },
      explanation: "项目申请报告中的设备选型报价和企业财务数据涉及项目单位商业秘密，公开可能损害其合法权益。",
    },
  ],
  DENIED_PROCESS_INFO: [
    {
      text: "示范区国民经济和社会发展第十五个五年规划纲要编制过程中各部门的意见汇总和修改稿",
      explanation: "所申请的意见汇总材料和修改稿属于规划编制过程中形成的讨论记录、过程稿，不属于应当公开的政府信息。",
    },
    {
      text: "示范区发展和改革局向区政府报送的关于重点项目用地问题的请示",
      explanation: "所申请信息属于行政机关内部的请示报告，系过程性信息。",
    },
  ],
  DENIED_THIRD_PARTY: [
    {
      text: "示范区招商引资项目与示范区华瑞新材料有限公司签订的投资协议",
      explanation: "投资协议含有企业的投资规模、优惠条件等商业秘密，经征求第三方意见，第三方不同意公开，不公开不会对公共利益造成重大影响。",
    },
  ],
  UNAVAILABLE_NOT_HELD: [
    {
      text: "示范区工业园区化工项目的环境影响评价批复文件",
      explanation: "建设项目环境影响评价文件的审批不属于本机关职责。",
      referral: { agencyName: "示范市生态环境局示范区分局", agencyContact: "0999-5212345" },
    },
    {
      text: "申请人所在王庄村集体土地征收涉及的建设用地批复及征地补偿标准",
      explanation: "土地征收批复和征地补偿标准不属于本机关负责公开的政府信息。",
      referral: { agencyName: "示范区自然资源局", agencyContact: "0999-5216789" },
    },
    { text: "示范区2018年城北片区道路改造项目的竣工决算审计报告", explanation: "经检索本机关档案和项目管理系统，本机关未制作、也未获取该信息。" },
    { text: "示范区东湖湿地公园二期工程的施工合同及工程变更签证", explanation: "经检索，本机关未保存该项目的施工合同和工程变更签证。" },
  ],
  UNAVAILABLE_NEEDS_CREATION: [
    {
      text: "示范区近十年全部政府投资项目的投资额、审计结果和效益分析统计表",
      explanation: "本机关没有现成的统计表，提供该信息需要对多个年度的项目资料进行汇总、加工和分析。",
    },
    { text: "示范区各乡镇（街道）{Y}年争取上级资金情况的对比分析", explanation: "所申请的对比分析需本机关另行汇总、加工制作。" },
  ],
  UNAVAILABLE_STILL_UNCLEAR: [
    {
      text: "发改局关于我们村那个项目的所有文件",
      correction: "请写明所需文件对应的项目名称或所在位置\n请写明所需信息的大致形成时间",
      explanation: "补正后的申请仍未写明项目名称和文件名称，本机关无法确定所需信息。",
    },
  ],
  NOT_PROCESSED_PETITION: [
    {
      text: "要求查处示范区某房地产开发企业违规收费行为并退还多收的物业费用",
      explanation: "申请内容系投诉举报，已告知申请人可通过12345政务服务便民热线或信访渠道反映。",
    },
  ],
};

const HOUSING_TOPICS: UnitSpec["topics"] = {
  GRANTED: [
    { text: "示范区城北片区旧城改造项目国有土地上房屋征收决定及征收补偿方案" },
    { text: "示范区幸福小区老旧小区改造项目的改造内容、资金来源和施工单位" },
    { text: "示范区{Y}年城镇老旧小区改造计划" },
    { text: "示范区东湖安置小区的安置房分配方案及分配结果" },
    { text: "示范区锦绣华庭项目的商品房预售许可证" },
    { text: "示范区{Y}年保障性租赁住房筹集计划及配租办法" },
    { text: "示范区建设路拓宽工程房屋征收范围内的房屋调查登记结果" },
  ],
  PARTIAL: [
    {
      text: "示范区城北片区房屋征收项目的分户补偿结果",
      withheld: { part: "被征收人的身份证号码和银行账号", ground: "DENIED_THIRD_PARTY" },
      explanation: "分户补偿结果中被征收人的身份证号码和银行账号属于个人隐私，已作遮盖处理。",
    },
    {
      text: "示范区幸福小区住宅专项维修资金使用明细",
      withheld: { part: "维修施工企业的银行账户信息", ground: "DENIED_THIRD_PARTY" },
      explanation: "施工企业的银行账户信息涉及商业秘密，已作遮盖处理。",
    },
  ],
  DENIED_THIRD_PARTY: [
    {
      text: "示范区某小区房屋征收中其他被征收人签订的补偿协议",
      explanation: "其他被征收人的补偿协议涉及个人隐私，经征求意见，相关被征收人不同意公开。",
    },
  ],
  DENIED_ADMIN_QUERY: [
    {
      text: "示范区建设路18号房屋的产权登记信息和抵押情况",
      explanation: "不动产登记资料的查询，应依照《不动产登记资料查询暂行办法》向不动产登记机构申请。",
    },
  ],
  UNAVAILABLE_NOT_HELD: [
    { text: "示范区2016年城西片区拆迁项目的拆迁许可证及拆迁公告", explanation: "经检索本机关档案，未保存该信息。" },
    {
      text: "示范区王庄村集体土地征收的征地补偿安置方案",
      explanation: "集体土地征收补偿安置方案不属于本机关负责公开的信息。",
      referral: { agencyName: "示范区自然资源局", agencyContact: "0999-5216789" },
    },
  ],
  UNAVAILABLE_NEEDS_CREATION: [{ text: "示范区近五年每个房屋征收项目的平均补偿单价对比表", explanation: "本机关没有现成的对比表，需另行汇总、加工制作。" }],
  NOT_PROCESSED_PETITION: [
    { text: "举报示范区某小区物业公司违规占用公共区域停车收费，要求住建局处理", explanation: "申请内容系投诉举报，已告知通过物业投诉渠道或12345热线反映。" },
    { text: "反映示范区某楼盘延期交房问题，要求责令开发商赔偿", explanation: "申请内容系投诉，已转交相关业务科室按投诉程序办理。" },
  ],
};

const FINANCE_TOPICS: UnitSpec["topics"] = {
  GRANTED: [
    { text: "示范区{Y}年一般公共预算支出明细（按功能分类到项级科目）" },
    { text: "示范区{Y}年部门预算中“三公”经费的预算安排情况" },
    { text: "示范区{Y}年农业产业发展专项资金的分配结果" },
    { text: "示范区{Y}年新增政府专项债券资金的使用项目清单" },
    { text: "示范区城北污水处理厂提标改造工程的财政投资评审报告" },
  ],
  PARTIAL: [
    {
      text: "示范区{Y}年困难群众救助资金的分配明细",
      withheld: { part: "救助对象的身份证号码和银行账号", ground: "DENIED_THIRD_PARTY" },
      explanation: "救助对象的身份证号码和银行账号属于个人隐私，已作遮盖处理。",
    },
  ],
  DENIED_INTERNAL_AFFAIRS: [
    {
      text: "示范区财政局内部的考勤管理和公务用车使用登记记录",
      explanation: "所申请信息属于本机关人事管理、后勤管理等内部事务信息。",
    },
  ],
  UNAVAILABLE_NOT_HELD: [{ text: "示范区某街道2019年购买办公设备的发票原件", explanation: "经检索，本机关未保存该信息，相关财务凭证由使用单位保管。" }],
  NOT_PROCESSED_PUBLICATION: [
    { text: "《示范区{Y}年财政预算执行情况和次年财政预算草案的报告》印刷本", explanation: "所申请的报告已在示范区人民政府门户网站和《示范区政报》刊载。" },
  ],
};

const TOWN_TOPICS: UnitSpec["topics"] = {
  GRANTED: [
    { text: "城关镇王庄村{Y}年高标准农田建设项目的实施方案和资金安排" },
    { text: "城关镇{Y}年耕地地力保护补贴发放标准和发放结果" },
    { text: "城关镇李庄村集体土地流转合同的签订情况" },
    { text: "城关镇农村人居环境整治项目的招标公告和中标结果" },
    { text: "城关镇宅基地审批的条件、程序和{Y}年审批结果" },
  ],
  PARTIAL: [
    {
      text: "城关镇{Y}年城乡最低生活保障对象名单",
      withheld: { part: "低保对象的身份证号码、家庭住址和收入情况", ground: "DENIED_THIRD_PARTY" },
      explanation: "低保对象的身份证号码、家庭住址和收入情况属于个人隐私，已作遮盖处理，姓名、所在村和保障金额予以公开。",
    },
  ],
  DENIED_THIRD_PARTY: [
    {
      text: "城关镇王庄村其他村民签订的房屋拆迁安置补偿协议",
      explanation: "其他村民的安置补偿协议涉及个人隐私，经征求意见，相关村民不同意公开。",
    },
  ],
  UNAVAILABLE_NOT_HELD: [
    {
      text: "城关镇王庄村集体土地征收的省政府建设用地批复",
      explanation: "建设用地批复不属于本机关负责公开的信息。",
      referral: { agencyName: "示范区自然资源局", agencyContact: "0999-5216789" },
    },
    { text: "城关镇2015年王庄村村委会换届选举的选票原件", explanation: "经检索，本机关未保存该信息。" },
  ],
  NOT_PROCESSED_PETITION: [
    { text: "反映王庄村村干部优亲厚友、违规确定低保对象，要求镇政府调查处理", explanation: "申请内容系举报，已告知通过信访或纪检监察渠道反映。" },
  ],
};

const UNIT_SPECS: UnitSpec[] = [
  {
    key: "drc",
    lastYear: {
      outcomes: {
        GRANTED: 12,
        PARTIAL: 3,
        DENIED_THIRD_PARTY: 1,
        DENIED_PROCESS_INFO: 2,
        UNAVAILABLE_NOT_HELD: 5,
        UNAVAILABLE_NEEDS_CREATION: 2,
        UNAVAILABLE_STILL_UNCLEAR: 1,
        NOT_PROCESSED_PETITION: 1,
        NOT_PROCESSED_DUPLICATE: 1,
        OTHER_NO_CORRECTION: 1,
        OTHER: 1,
      },
      carriedOver: 2,
      carriedForward: 3,
      late: 2,
    },
    perYear: 32,
    open: [
      [0, "SUBMITTED"],
      [1, "RECEIVED"],
      [5, "CORRECTION"],
      [8, "IN_PROGRESS"],
      [12, "CONSULTING"],
      [16, "AWAITING_APPROVAL"],
      [17, "IN_PROGRESS"],
      [19, "IN_PROGRESS"],
      [23, "OVERDUE"],
      [25, "EXTENDED"],
    ],
    applicants: { NATURAL_PERSON: 60, COMMERCIAL_ENTERPRISE: 16, RESEARCH_INSTITUTION: 5, SOCIAL_WELFARE_ORG: 4, LEGAL_SERVICE_ORG: 10, OTHER_ORG: 5 },
    topics: DRC_TOPICS,
  },
  {
    key: "housing",
    lastYear: {
      outcomes: {
        GRANTED: 8,
        PARTIAL: 3,
        DENIED_THIRD_PARTY: 1,
        DENIED_ADMIN_QUERY: 1,
        UNAVAILABLE_NOT_HELD: 4,
        UNAVAILABLE_NEEDS_CREATION: 1,
        NOT_PROCESSED_PETITION: 2,
        OTHER_NO_CORRECTION: 1,
      },
      carriedOver: 1,
      carriedForward: 2,
      late: 1,
    },
    perYear: 24,
    open: [
      [4, "CORRECTION"],
      [10, "IN_PROGRESS"],
      [18, "IN_PROGRESS"],
    ],
    applicants: { NATURAL_PERSON: 75, COMMERCIAL_ENTERPRISE: 5, LEGAL_SERVICE_ORG: 12, OTHER_ORG: 8 },
    topics: HOUSING_TOPICS,
  },
  {
    key: "finance",
    lastYear: {
      outcomes: { GRANTED: 4, PARTIAL: 1, DENIED_INTERNAL_AFFAIRS: 1, UNAVAILABLE_NOT_HELD: 1, NOT_PROCESSED_PUBLICATION: 1 },
      carriedOver: 0,
      carriedForward: 1,
      late: 0,
    },
    perYear: 9,
    open: [[6, "IN_PROGRESS"]],
    applicants: { NATURAL_PERSON: 55, COMMERCIAL_ENTERPRISE: 15, RESEARCH_INSTITUTION: 20, SOCIAL_WELFARE_ORG: 10 },
    topics: FINANCE_TOPICS,
  },
  {
    key: "town",
    lastYear: {
      outcomes: { GRANTED: 4, PARTIAL: 2, DENIED_THIRD_PARTY: 1, UNAVAILABLE_NOT_HELD: 3, NOT_PROCESSED_PETITION: 1, OTHER: 1 },
      carriedOver: 1,
      carriedForward: 1,
      late: 0,
    },
    perYear: 12,
    open: [
      [9, "CONSULTING"],
      [14, "IN_PROGRESS"],
    ],
    applicants: { NATURAL_PERSON: 85, LEGAL_SERVICE_ORG: 7, OTHER_ORG: 8 },
    topics: TOWN_TOPICS,
  },
];

/** The units with demo applications. */
export const REQUEST_SEED_UNIT_KEYS: readonly string[] = UNIT_SPECS.map((spec) => spec.key);

/** The reasons of an answer when its topic gives none. */
const GENERIC_EXPLANATIONS: Record<RequestOutcome, string> = {
  GRANTED: "",
  PARTIAL: "所申请信息中涉及第三方个人信息的部分已作遮盖处理，其余内容予以公开。",
  DENIED_STATE_SECRET: "所申请信息已依法确定为国家秘密。",
  DENIED_LAW_PROHIBITED: "所申请信息属于法律、行政法规禁止公开的信息。",
  DENIED_SECURITY_STABILITY: "所申请信息公开后可能危及社会稳定。",
  DENIED_THIRD_PARTY: "所申请信息涉及第三方商业秘密，经征求意见，第三方不同意公开。",
  DENIED_INTERNAL_AFFAIRS: "所申请信息属于内部事务信息。",
  DENIED_PROCESS_INFO: "所申请信息属于过程性信息。",
  DENIED_ENFORCEMENT_FILE: "所申请信息属于行政执法案卷信息。",
  DENIED_ADMIN_QUERY: "所申请信息属于行政查询事项，应按有关规定办理查询。",
  UNAVAILABLE_NOT_HELD: "经检索本机关档案和业务系统，未制作、也未获取该信息。",
  UNAVAILABLE_NEEDS_CREATION: "本机关没有现成信息，提供该信息需要另行汇总、加工制作。",
  UNAVAILABLE_STILL_UNCLEAR: "补正后的申请内容仍不明确，本机关无法确定所需信息。",
  NOT_PROCESSED_PETITION: "申请内容系投诉举报，已告知通过相应渠道反映。",
  NOT_PROCESSED_DUPLICATE: "申请人此前已提出相同申请，本机关已作出答复。",
  NOT_PROCESSED_PUBLICATION: "所申请的是公开出版物。",
  NOT_PROCESSED_EXCESSIVE: "申请人无正当理由大量、反复申请。",
  NOT_PROCESSED_CONFIRM_REISSUE: "申请人要求确认或重新出具已获取的信息。",
  OTHER_NO_CORRECTION: "",
  OTHER_FEE_UNPAID: "",
  OTHER: "",
};

/** The unclear request behind a 补正 that never came back (no topic of its own). */
const VAGUE_TOPICS: Topic[] = [
  { text: "你单位关于我家附近那个工程的相关材料", correction: "请写明所需信息对应的工程名称或具体位置\n请写明所需文件的名称或大致形成时间" },
  { text: "近几年有关项目的全部资料", correction: "请写明所需信息的项目名称\n请写明所需信息的时间范围" },
];

const EXTENSION_REASONS = [
  "申请公开的信息数量较大，需调取多个年度的项目档案进行检索、核对",
  "所申请信息涉及多个业务科室和项目单位，需进一步检索、审查",
  "所申请信息形成时间较早，需从档案室调阅纸质档案",
];

// ---------------------------------------------------------------------------------------------------
// Applicants
// ---------------------------------------------------------------------------------------------------

const SURNAMES =
  "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN_NAMES =
  "建华 秀兰 志强 桂英 国庆 丽娟 海涛 玉梅 永刚 淑珍 红霞 立新 春生 金凤 德明 晓燕 振华 美玲 文博 雨晴 子轩 梓涵 浩然 思远 佳怡 宏伟 凤英 新民 学军 素芬 长青 玉兰 志刚 燕 磊 静 勇 敏 军 霞 鹏 婷 斌 洁".split(
    " ",
  );
const STREETS = "建设路 人民路 解放街 东湖路 滨河大道 文化路 朝阳街 光明路 新华路 迎宾大道".split(" ");
const ESTATES = "幸福小区 锦绣华庭 东湖花园 和平里 阳光新城 翠苑小区 金桂园 城北安置小区".split(" ");
const COMPANIES =
  "示范区宏远建设工程有限公司 示范区华瑞新材料有限公司 示范区恒通物流有限公司 示范区绿源环保科技有限公司 示范区金穗农业发展有限公司 示范区东方热力有限公司 示范区鼎盛置业有限公司 示范区新源光伏科技有限公司 示范区博远工程咨询有限公司 示范区顺达交通建设有限公司".split(
    " ",
  );
const RESEARCH = "示范市城乡规划设计研究院 示范大学公共管理学院 示范省社会科学院经济研究所 示范市发展战略研究中心".split(" ");
const WELFARE = "示范区绿水青山环保公益服务中心 示范省自然之友环境保护促进会 示范区阳光助残公益服务中心 示范省青少年发展基金会".split(" ");
const LAW_FIRMS = "示范律师事务所 示范市正义律师事务所 示范市明理律师事务所 示范区法律援助中心".split(" ");
const OTHER_ORGS = "东湖街道幸福小区业主委员会 东湖街道锦绣华庭业主委员会 城关镇王庄村民委员会 示范区个体劳动者协会".split(" ");

/** USCC 登记管理部门 + 机构类别 of each organisation kind. */
const USCC_PREFIX: Partial<Record<ApplicantType, string[]>> = {
  COMMERCIAL_ENTERPRISE: ["91"],
  RESEARCH_INSTITUTION: ["12"],
  SOCIAL_WELFARE_ORG: ["52", "53"],
  LEGAL_SERVICE_ORG: ["31"],
};

const PURPOSES: Record<ApplicantType, string[]> = {
  NATURAL_PERSON: ["了解与本人相关的项目情况", "维护自身合法权益", "了解所在小区周边规划建设情况", "个人学习研究"],
  COMMERCIAL_ENTERPRISE: ["企业投资决策参考", "参与项目投标前了解项目情况", "核实本企业相关项目的审批情况"],
  RESEARCH_INSTITUTION: ["课题研究", "编写区域发展研究报告"],
  SOCIAL_WELFARE_ORG: ["开展环境公益监督", "公益项目调研"],
  LEGAL_SERVICE_ORG: ["代理当事人诉讼案件所需", "为委托人提供法律咨询"],
  OTHER_ORG: ["维护全体业主合法权益", "村务公开和集体决策参考"],
};

export interface PlannedApplicant {
  applicantType: ApplicantType;
  applicantName: string;
  contactPerson: string | null;
  idType: IdType;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string | null;
  postalCode: string | null;
}

/** The applicant of an earlier application (who applies again for the same information). */
const applicantOf = (source: PlannedApplicant): PlannedApplicant => ({
  applicantType: source.applicantType,
  applicantName: source.applicantName,
  contactPerson: source.contactPerson,
  idType: source.idType,
  idNumber: source.idNumber,
  phone: source.phone,
  email: source.email,
  address: source.address,
  postalCode: source.postalCode,
});

const personName = (rng: Rng) => `${rng.pick([...SURNAMES])}${rng.pick(GIVEN_NAMES)}`;
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join("");

/** A checksum-valid 居民身份证号码 of the demo region 9901xx (which does not exist). */
function residentId(rng: Rng): string {
  const birth = `${rng.int(1952, 1998)}${String(rng.int(1, 12)).padStart(2, "0")}${String(rng.int(1, 28)).padStart(2, "0")}`;
  const first17 = `9901${String(rng.int(1, 5)).padStart(2, "0")}${birth}${digits(rng, 3)}`;
  return first17 + (residentIdCheckChar(first17) ?? "0");
}

/** A checksum-valid 统一社会信用代码 in the demo region. */
function uscc(rng: Rng, prefix: string): string {
  const orgBody = digits(rng, 8);
  const first17 = `${prefix}990101${orgBody}${orgCodeCheckChar(orgBody) ?? "0"}`;
  return first17 + (usccCheckChar(first17) ?? "0");
}

function planApplicant(rng: Rng, type: ApplicantType): PlannedApplicant {
  const phone = `1${rng.pick(["38", "39", "58", "59", "86", "87", "35", "52"])}${digits(rng, 8)}`;
  const address = `示范区${rng.pick(STREETS)}${rng.int(1, 199)}号${rng.pick(ESTATES)}${rng.int(1, 18)}栋${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
  const mail = (name: string) => `${name}${digits(rng, 3)}@${rng.pick(["163.com", "qq.com", "126.com", "sina.com"])}`;
  if (type === "NATURAL_PERSON") {
    const name = personName(rng);
    return {
      applicantType: type,
      applicantName: name,
      contactPerson: null,
      idType: "RESIDENT_ID",
      idNumber: residentId(rng),
      phone,
      email: rng.chance(0.5) ? mail(rng.pick(["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang"])) : null,
      address,
      postalCode: "999100",
    };
  }
  const names: Record<Exclude<ApplicantType, "NATURAL_PERSON">, string[]> = {
    COMMERCIAL_ENTERPRISE: COMPANIES,
    RESEARCH_INSTITUTION: RESEARCH,
    SOCIAL_WELFARE_ORG: WELFARE,
    LEGAL_SERVICE_ORG: LAW_FIRMS,
    OTHER_ORG: OTHER_ORGS,
  };
  const prefixes = USCC_PREFIX[type];
  return {
    applicantType: type,
    applicantName: rng.pick(names[type]),
    contactPerson: personName(rng),
    // 业主委员会 and 村民委员会 show their 备案 or registration certificate instead.
    idType: prefixes ? "USCC" : "OTHER",
    idNumber: prefixes ? uscc(rng, rng.pick(prefixes)) : `BA${rng.int(2018, 2024)}${digits(rng, 4)}`,
    phone: rng.chance(0.4) ? `0999-52${digits(rng, 5)}` : phone,
    email: mail(rng.pick(["office", "service", "contact", "info"])),
    address: `示范区${rng.pick(STREETS)}${rng.int(1, 199)}号`,
    postalCode: "999100",
  };
}

const CHANNEL_WEIGHTS: [RequestChannel, number][] = [
  ["ONLINE", 45],
  ["POST_SIGNED", 25],
  ["IN_PERSON", 14],
  ["SERVICE_WINDOW", 5],
  ["EMAIL", 6],
  ["POST_UNSIGNED", 3],
  ["FAX", 2],
];

function weighted<T>(rng: Rng, weights: readonly [T, number][]): T {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.float() * total;
  for (const [item, w] of weights) {
    if (roll < w) return item;
    roll -= w;
  }
  const last = weights.at(-1);
  if (!last) throw new RangeError("weighted() needs at least one item");
  return last[0];
}

/** How the applicant wants the information: by post or pick-up on paper, or electronically. */
function planProvision(rng: Rng, channel: RequestChannel, applicant: PlannedApplicant): { infoForm: InfoForm; delivery: DeliveryMethod } {
  if ((channel === "ONLINE" || channel === "EMAIL") && applicant.email)
    return rng.chance(0.6) ? { infoForm: "ELECTRONIC", delivery: "EMAIL" } : { infoForm: "ELECTRONIC", delivery: "ONLINE" };
  if (channel === "ONLINE") return { infoForm: "ELECTRONIC", delivery: "ONLINE" };
  return { infoForm: "PAPER", delivery: channel === "IN_PERSON" || channel === "SERVICE_WINDOW" ? rng.pick(["PICKUP", "POST"] as const) : "POST" };
}

// ---------------------------------------------------------------------------------------------------
// Stories
// ---------------------------------------------------------------------------------------------------

/** An application's story, in working days from the event before; turned into dated steps by `storySteps`. */
export interface Story {
  channel: RequestChannel;
  /** ONLINE: the day the applicant submitted it (the receipt date is the day both sides confirmed it). */
  submittedOn: IsoDate;
  receivedOn: IsoDate;
  outcome: RequestOutcome;
  /** Working days after receipt the handler starts (0: the same day). */
  startAfter: number;
  correction?: { after: number; replyAfter: number | null; items: string };
  consultation?: { reason: "THIRD_PARTY" | "AGENCY_CONSULTATION"; after: number; days: number };
  extension?: { daysBeforeDue: number; workingDays: number; reason: string };
  /** How it ends: answered n working days after the clock (re)started or a consultation ended, at the latest on the due date; answered late; withdrawn. */
  end: { kind: "answer"; after: number } | { kind: "late"; by: number } | { kind: "withdraw"; after: number };
  /** Working days between drafting the answer (and submitting it for approval) and the approval. */
  draftLead: number;
}

export type StepKind = "submit" | "register" | "intake" | "draftAnswer" | "correctionReply" | Exclude<RequestAction, "register" | "discard" | "reopen">;

export interface Step {
  kind: StepKind;
  on: IsoDate;
}

const deadlineOf = (receivedOn: IsoDate, events: readonly ClockEvent[], calendar: WorkingCalendar): IsoDate | null => {
  const result = computeDeadline({ receivedOn, events }, calendar);
  if (!result.ok) throw new Error(`Seed request story breaks a deadline rule: ${result.issues.map((i) => i.message).join(" ")}`);
  return result.deadline.dueOn;
};

/** The dated steps of a story, with the clock events they bring, so the due dates come from deadlines.ts. */
export function storySteps(story: Story, calendar: WorkingCalendar): Step[] {
  const add = (day: IsoDate, n: number) => calendar.addWorkingDays(day, n);
  const steps: Step[] =
    story.channel === "ONLINE"
      ? [
          { kind: "submit", on: story.submittedOn },
          { kind: "register", on: story.receivedOn },
        ]
      : [{ kind: "intake", on: story.receivedOn }];
  steps.push({ kind: "startWork", on: add(story.receivedOn, story.startAfter) });
  const events: ClockEvent[] = [];
  let anchor = story.receivedOn;
  if (story.correction) {
    const requestedOn = add(story.receivedOn, story.correction.after);
    steps.push({ kind: "requestCorrection", on: requestedOn });
    if (story.correction.replyAfter === null) {
      // No correction within the period the notice gave: the application is abandoned (条例 art. 30).
      steps.push({ kind: "abandonCorrection", on: add(requestedOn, CORRECTION_REPLY_WORKING_DAYS + 1) });
      return steps;
    }
    anchor = add(requestedOn, story.correction.replyAfter);
    events.push({ kind: "CORRECTION", requestedOn, respondedOn: anchor });
    steps.push({ kind: story.channel === "ONLINE" ? "correctionReply" : "receiveCorrection", on: anchor });
  }
  if (story.consultation) {
    const startedOn = add(anchor, story.consultation.after);
    const endedOn = add(startedOn, story.consultation.days);
    events.push({ kind: "PAUSE", reason: story.consultation.reason, startedOn, endedOn });
    steps.push({ kind: "startConsultation", on: startedOn }, { kind: "endConsultation", on: endedOn });
    anchor = endedOn;
  }
  let dueOn = deadlineOf(story.receivedOn, events, calendar) ?? anchor;
  let earliest = anchor;
  if (story.extension) {
    const approvedOn = add(anchor, Math.max(0, calendar.workingDaysBetween(anchor, dueOn) - story.extension.daysBeforeDue));
    events.push({ kind: "EXTENSION", approvedOn, workingDays: story.extension.workingDays, reason: story.extension.reason });
    steps.push({ kind: "extend", on: approvedOn });
    dueOn = deadlineOf(story.receivedOn, events, calendar) ?? dueOn;
    earliest = approvedOn;
  }
  const { end } = story;
  if (end.kind === "withdraw") {
    steps.push({ kind: "withdrawByApplicant", on: add(anchor, Math.max(end.after, calendar.workingDaysBetween(anchor, earliest))) });
    return steps;
  }
  const answeredOn =
    end.kind === "late"
      ? add(dueOn, end.by)
      : add(anchor, Math.max(Math.min(end.after, calendar.workingDaysBetween(anchor, dueOn)), calendar.workingDaysBetween(anchor, earliest)));
  const draftedOn = add(anchor, Math.max(0, calendar.workingDaysBetween(anchor, answeredOn) - story.draftLead, calendar.workingDaysBetween(anchor, earliest)));
  steps.push({ kind: "draftAnswer", on: draftedOn }, { kind: "submitAnswer", on: draftedOn }, { kind: "approveAnswer", on: answeredOn });
  return steps;
}

// ---------------------------------------------------------------------------------------------------
// Replay: a story as the services would have recorded it
// ---------------------------------------------------------------------------------------------------

/** Who acts: the unit's 经办人 (handles) and its 分管领导 (approves answers and extensions). */
export type Persona = "clerk" | "leader";

export interface PlannedClockEvent {
  kind: "CORRECTION" | "PAUSE" | "EXTENSION";
  startOn: IsoDate;
  endOn: IsoDate | null;
  pauseReason: string | null;
  workingDays: number | null;
  reason: string | null;
  reply: string | null;
  actor: Persona;
  at: Date;
}

export interface PlannedLetter {
  kind: "CORRECTION" | "EXTENSION" | "ANSWER";
  title: string;
  body: string;
  outcome: RequestOutcome | null;
  explanation: string | null;
  draftedBy: Persona;
  approvedBy: Persona | null;
  approvedAt: Date | null;
  at: Date;
}

export interface PlannedAudit {
  at: Date;
  actor: Persona | null;
  action: string;
  fromState: RequestState | null;
  toState: RequestState | null;
  reason: string | null;
  summary: string;
}

export interface PlannedRequest extends PlannedApplicant {
  unitKey: string;
  unitName: string;
  trackingCode: string;
  channel: RequestChannel;
  description: string;
  documentNo: string | null;
  purpose: string | null;
  infoForm: InfoForm;
  delivery: DeliveryMethod;
  submittedAt: Date;
  receivedOn: IsoDate | null;
  state: RequestState;
  version: number;
  handler: Persona | null;
  createdBy: Persona | null;
  answerSubmittedBy: Persona | null;
  dueOn: IsoDate | null;
  outcome: RequestOutcome | null;
  outcomeReason: string | null;
  answeredOn: IsoDate | null;
  closedAt: Date | null;
  updatedAt: Date;
  clockEvents: PlannedClockEvent[];
  letters: PlannedLetter[];
  notes: { author: Persona; body: string; at: Date }[];
  audits: PlannedAudit[];
}

/** What an application is about and how it is answered. */
interface Matter {
  topic: Topic;
  explanation: string;
  /** NOT_PROCESSED_DUPLICATE: the earlier answer to the same request. */
  previousAnswer?: { on: IsoDate; trackingCode: string };
}

/** The instant of `minutes` after midnight on `day` in China (UTC+8). */
const chinaTime = (day: IsoDate, minutes: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000);

/** Increasing instants for the steps: office hours, an online submission in the evening before. */
function stepTimes(rng: Rng, steps: readonly Step[]): Date[] {
  const times: Date[] = [];
  for (const [i, step] of steps.entries()) {
    const previous = times.at(-1);
    const proposed =
      step.kind === "submit" && steps[i + 1] && steps[i + 1]!.on > step.on
        ? chinaTime(step.on, rng.int(19 * 60, 22 * 60 + 50))
        : chinaTime(step.on, rng.int(8 * 60 + 40, 16 * 60 + 50));
    times.push(previous && proposed <= previous ? new Date(previous.getTime() + rng.int(3, 40) * 60_000) : proposed);
  }
  return times;
}

const ACTORS: Record<Persona, RequestActor> = {
  clerk: { id: 1, capabilities: ["requests.handle"] },
  leader: { id: 2, capabilities: ["requests.approve"] },
};

function answerFacts(request: PlannedRequest, outcome: RequestOutcome, matter: Matter, base: LetterBase): AnswerFacts {
  const { topic } = matter;
  const correction = request.clockEvents.find((e) => e.kind === "CORRECTION");
  return {
    ...base,
    outcome,
    explanation: matter.explanation,
    provision: { form: request.infoForm, delivery: request.delivery },
    withheld: topic.withheld,
    notResponsible: topic.referral,
    correction: correction ? { requestedOn: correction.startOn } : undefined,
    previousAnswer: matter.previousAnswer,
    accessRoute:
      outcome === "NOT_PROCESSED_PUBLICATION"
        ? "示范区人民政府门户网站“政府信息公开”专栏或区图书馆"
        : outcome === "NOT_PROCESSED_PETITION"
          ? "12345政务服务便民热线"
          : undefined,
    reviewBody: "示范区人民政府",
    court: "有管辖权的人民法院",
  };
}

/**
 * Takes the story's steps up to `now` as lib/requests/intake.ts and processing.ts would: each checked with
 * `decideRequest`, with the clock events, letters and audit rows they write. Returns the application as it
 * stands now, or null when it had not even been submitted by then.
 */
export function replayStory(
  request: Omit<PlannedRequest, keyof ReplayResult>,
  story: Story,
  matter: Matter,
  { rng, calendar, now }: { rng: Rng; calendar: WorkingCalendar; now: Date },
): PlannedRequest | null {
  const steps = storySteps(story, calendar);
  const times = stepTimes(rng, steps);
  const r: PlannedRequest = {
    ...request,
    submittedAt: times[0] ?? now,
    receivedOn: null,
    state: "SUBMITTED",
    version: 0,
    handler: null,
    createdBy: null,
    answerSubmittedBy: null,
    dueOn: null,
    outcome: null,
    outcomeReason: null,
    answeredOn: null,
    closedAt: null,
    updatedAt: times[0] ?? now,
    clockEvents: [],
    letters: [],
    notes: [],
    audits: [],
  };
  if (!times[0] || times[0] > now) return null;
  const code = r.trackingCode;
  const audit = (
    at: Date,
    actor: Persona | null,
    action: string,
    summary: string,
    from: RequestState | null,
    to: RequestState | null,
    reason: string | null = null,
  ) => r.audits.push({ at, actor, action, fromState: from, toState: to, reason, summary });
  const base = (date: IsoDate): LetterBase => ({
    agencyName: r.unitName,
    applicantName: r.applicantName,
    applicantType: r.applicantType,
    trackingCode: code,
    receivedOn: r.receivedOn ?? date,
    requestDescription: r.description,
    date,
  });
  const body = (paragraphs: string[]) => paragraphs.join("\n\n");
  const clockOf = (): ClockEvent[] =>
    r.clockEvents.map((e): ClockEvent => {
      if (e.kind === "CORRECTION") return { kind: "CORRECTION", requestedOn: e.startOn, respondedOn: e.endOn };
      if (e.kind === "PAUSE") return { kind: "PAUSE", reason: e.pauseReason as PauseReason, startedOn: e.startOn, endedOn: e.endOn };
      return { kind: "EXTENSION", approvedOn: e.startOn, workingDays: e.workingDays ?? 0, reason: e.reason ?? "" };
    });
  const pending = () => r.letters.findLast((l) => l.kind === "ANSWER" && !l.approvedAt) ?? null;

  for (const [i, step] of steps.entries()) {
    const at = times[i]!;
    if (at > now) break;
    const from = r.state;
    switch (step.kind) {
      case "submit":
        audit(at, null, "request.submit", `收到网上申请 ${code}（${r.unitName}）`, null, "SUBMITTED");
        continue;
      case "intake":
        Object.assign(r, { state: "RECEIVED", receivedOn: step.on, handler: "clerk", createdBy: "clerk" });
        audit(at, "clerk", "request.intake", `登记申请 ${code}（${r.unitName}，收到日期 ${step.on}）`, null, "RECEIVED");
        break;
      case "correctionReply": {
        const open = r.clockEvents.find((e) => e.kind === "CORRECTION" && e.endOn === null);
        if (r.state !== "NEEDS_CORRECTION" || !open) throw new Error(`Seed request ${code}: no 补正 to reply to`);
        Object.assign(open, { endOn: step.on, reply: `补正说明：${r.description}。` });
        r.state = "IN_PROGRESS";
        r.version++;
        audit(at, null, "request.correction_reply", `申请人在线提交补正（${code}）`, from, r.state);
        break;
      }
      case "draftAnswer": {
        if (r.state !== "IN_PROGRESS") throw new Error(`Seed request ${code}: answer drafted in state ${r.state}`);
        const outcome = story.outcome;
        const letter = draftLetter("ANSWER", answerFacts(r, outcome, matter, base(step.on)));
        r.letters.push({
          kind: "ANSWER",
          title: letter.title,
          body: body(letter.paragraphs),
          outcome,
          explanation: matter.explanation,
          draftedBy: "clerk",
          approvedBy: null,
          approvedAt: null,
          at,
        });
        audit(at, "clerk", "request.draft_answer", `起草答复：${REQUEST_OUTCOME_LABELS[outcome]}（${code}）`, null, null);
        break;
      }
      default: {
        const action = step.kind === "register" ? "register" : step.kind;
        const actor: Persona = action === "extend" || action === "approveAnswer" ? "leader" : "clerk";
        const draft = pending();
        const reason = action === "extend" ? (story.extension?.reason ?? null) : null;
        const decision = decideRequest(
          {
            state: r.state,
            handlerId: r.handler ? ACTORS[r.handler].id : null,
            correctionRequested: r.clockEvents.some((e) => e.kind === "CORRECTION"),
            extended: r.clockEvents.some((e) => e.kind === "EXTENSION"),
            draft: draft ? { outcome: draft.outcome, explanation: draft.explanation ?? "" } : null,
            answerSubmittedBy: r.answerSubmittedBy ? ACTORS[r.answerSubmittedBy].id : null,
          },
          action,
          ACTORS[actor],
          { reason: reason ?? undefined },
        );
        if (!decision.ok) throw new Error(`Seed request ${code}: ${action} refused: ${decision.message}`);
        if (decision.outcome !== undefined) r.outcome = decision.outcome;
        apply(action, step.on, at, actor, draft);
        r.state = decision.to;
        r.version++;
        r.handler ??= "clerk";
        if (action === "register") {
          audit(at, actor, "request.register", `确认收到网上申请 ${code}，收到日期 ${step.on}`, from, r.state);
        } else {
          const outcome = decision.outcome ? `：${REQUEST_OUTCOME_LABELS[decision.outcome]}` : "";
          audit(at, actor, `request.${action}`, `${REQUEST_ACTION_LABELS[action]}（${code}）${outcome}`, from, r.state, reason);
        }
      }
    }
    r.updatedAt = at;
    if (r.receivedOn) r.dueOn = deadlineOf(r.receivedOn, clockOf(), calendar);
  }
  return r;

  function apply(action: RequestAction, on: IsoDate, at: Date, actor: Persona, draft: PlannedLetter | null): void {
    switch (action) {
      case "register":
        r.receivedOn = on;
        break;
      case "requestCorrection": {
        const items = (matter.topic.correction ?? "请写明所需政府信息的名称、文号或者便于查询的其他特征性描述").split("\n");
        r.clockEvents.push({
          kind: "CORRECTION",
          startOn: on,
          endOn: null,
          pauseReason: null,
          workingDays: null,
          reason: items.join("\n"),
          reply: null,
          actor,
          at,
        });
        const letter = draftLetter("CORRECTION", { ...base(on), items, dueOn: calendar.addWorkingDays(on, CORRECTION_REPLY_WORKING_DAYS) });
        r.letters.push({
          kind: "CORRECTION",
          title: letter.title,
          body: body(letter.paragraphs),
          outcome: null,
          explanation: null,
          draftedBy: actor,
          approvedBy: null,
          approvedAt: null,
          at,
        });
        break;
      }
      case "receiveCorrection":
      case "endConsultation": {
        const open = r.clockEvents.find((e) => e.kind === (action === "receiveCorrection" ? "CORRECTION" : "PAUSE") && e.endOn === null);
        if (!open) throw new Error(`Seed request ${r.trackingCode}: nothing open to end`);
        open.endOn = on;
        break;
      }
      case "startConsultation":
        r.clockEvents.push({
          kind: "PAUSE",
          startOn: on,
          endOn: null,
          pauseReason: story.consultation?.reason ?? "THIRD_PARTY",
          workingDays: null,
          reason: null,
          reply: null,
          actor,
          at,
        });
        r.notes.push({
          author: "clerk",
          body:
            story.consultation?.reason === "AGENCY_CONSULTATION"
              ? "已向相关行政机关发出征求意见函，请其在15个工作日内回复。"
              : "申请公开的信息涉及第三方，已书面征求第三方意见，请其在15个工作日内回复。",
          at,
        });
        break;
      case "extend": {
        const before = r.dueOn;
        const extension = story.extension!;
        r.clockEvents.push({
          kind: "EXTENSION",
          startOn: on,
          endOn: null,
          pauseReason: null,
          workingDays: extension.workingDays,
          reason: extension.reason,
          reply: null,
          actor,
          at,
        });
        const after = deadlineOf(r.receivedOn!, clockOf(), calendar);
        const letter = draftLetter("EXTENSION", {
          ...base(on),
          reason: extension.reason,
          workingDays: extension.workingDays,
          originalDueOn: before,
          newDueOn: after ?? before ?? on,
        });
        r.letters.push({
          kind: "EXTENSION",
          title: letter.title,
          body: body(letter.paragraphs),
          outcome: null,
          explanation: null,
          draftedBy: actor,
          approvedBy: actor,
          approvedAt: at,
          at,
        });
        break;
      }
      case "submitAnswer":
        r.answerSubmittedBy = actor;
        break;
      case "approveAnswer": {
        if (!draft) throw new Error(`Seed request ${r.trackingCode}: no answer to approve`);
        // The letter goes out dated the day it is signed.
        const letter = draftLetter("ANSWER", answerFacts(r, draft.outcome ?? story.outcome, matter, base(on)));
        Object.assign(draft, { body: body(letter.paragraphs), approvedBy: actor, approvedAt: at });
        r.answeredOn = on;
        r.outcomeReason = draft.explanation || null;
        break;
      }
      case "abandonCorrection":
        r.closedAt = at;
        break;
      case "withdrawByApplicant":
        r.closedAt = at;
        r.notes.push({ author: "clerk", body: "申请人来电表示已通过其他途径获取所需信息，申请撤回本次申请，已请其提交书面撤回申请。", at });
        break;
      default:
        break;
    }
  }
}

type ReplayResult = Pick<
  PlannedRequest,
  | "submittedAt"
  | "receivedOn"
  | "state"
  | "version"
  | "handler"
  | "createdBy"
  | "answerSubmittedBy"
  | "dueOn"
  | "outcome"
  | "outcomeReason"
  | "answeredOn"
  | "closedAt"
  | "updatedAt"
  | "clockEvents"
  | "letters"
  | "notes"
  | "audits"
>;

// ---------------------------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------------------------

/** Crockford base32, as lib/requests/intake.ts writes tracking codes. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** When an application was concluded (answered or closed), as a China date; null while open. */
const concludedOn = (r: PlannedRequest): IsoDate | null => r.answeredOn ?? (r.closedAt ? toChinaDate(r.closedAt) : null);

/** The rows table 三 counts (as lib/requests/queries.ts `loadRequestRows` loads them). */
export function toRequestRows(requests: readonly PlannedRequest[]): RequestRow[] {
  return requests.map((r) => ({
    applicantType: r.applicantType,
    channel: r.channel,
    receivedOn: r.receivedOn,
    concludedOn: concludedOn(r),
    outcome: r.outcome,
    dueOn: r.dueOn,
  }));
}

export interface SeedRequestPlan {
  today: IsoDate;
  /** Last calendar year: the year of the report the seed completes. */
  reportYear: number;
  requests: PlannedRequest[];
}

/**
 * The demo applications as they stand at `now`: last year's (with some carried over from the year before and
 * some carried forward), this year's so far, and this year's open ones, for the units of UNIT_SPECS.
 */
export function planSeedRequests({ now, calendar, seed = SEED_REQUESTS_SEED }: { now: Date; calendar: WorkingCalendar; seed?: number }): SeedRequestPlan {
  const rng = new Rng(seed);
  const today = toChinaDate(now);
  const year = yearOf(today) - 1;
  const codes = new Set<string>();
  const requests: PlannedRequest[] = [];
  const add = (day: IsoDate, n: number) => calendar.addWorkingDays(day, n);
  /** The working day `n` working days before today (today counted when it is one). */
  const workingDaysAgo = (n: number) => {
    let day = today;
    while (!calendar.isWorkingDay(day) || calendar.workingDaysBetween(day, today) < n) day = addDays(day, -1);
    return day;
  };
  /** A working day between `from` and `to`, or null when there is none. */
  const dayBetween = (from: IsoDate, to: IsoDate): IsoDate | null => {
    const span = calendar.workingDaysBetween(from, to);
    if (span < 1) return null;
    return add(from, rng.int(1, span));
  };
  const trackingCode = (submittedOn: IsoDate) => {
    for (;;) {
      const part = () => Array.from({ length: 4 }, () => ALPHABET[rng.int(0, ALPHABET.length - 1)]).join("");
      const code = `${submittedOn.slice(0, 4)}-${part()}-${part()}`;
      if (!codes.has(code)) {
        codes.add(code);
        return code;
      }
    }
  };

  for (const spec of UNIT_SPECS) {
    const unit = SEED_UNITS.find((u) => u.key === spec.key);
    if (!unit) continue;
    const typeWeights = APPLICANT_TYPES.flatMap((t): [ApplicantType, number][] => (spec.applicants[t] ? [[t, spec.applicants[t]]] : []));
    // Results drawn at random are those the unit has topics for, and the closings any unit has.
    const resultWeights = RESULT_WEIGHTS.filter(([o]) => spec.topics[o] || o === "OTHER" || o === "OTHER_NO_CORRECTION");
    const topicFor = (outcome: RequestOutcome): Topic =>
      rng.pick(spec.topics[outcome] ?? (outcome === "OTHER_NO_CORRECTION" ? VAGUE_TOPICS : (spec.topics.GRANTED ?? VAGUE_TOPICS)));

    /** A story for `outcome` received on `receivedOn`, shaped as the outcome usually comes about. */
    const randomStory = (outcome: RequestOutcome, receivedOn: IsoDate, channel: RequestChannel, topic: Topic, late: boolean): Story => {
      const startAfter = rng.int(0, 1);
      const story: Story = {
        channel,
        submittedOn: channel === "ONLINE" ? addDays(receivedOn, -rng.int(0, 2)) : receivedOn,
        receivedOn,
        outcome,
        startAfter,
        end: late ? { kind: "late", by: rng.int(1, 6) } : { kind: "answer", after: rng.int(6, 19) },
        draftLead: rng.int(1, 3),
      };
      const items = topic.correction ?? "请写明所需政府信息的名称、文号或者便于查询的其他特征性描述";
      if (outcome === "UNAVAILABLE_STILL_UNCLEAR" || (!late && outcome !== "OTHER_NO_CORRECTION" && rng.chance(0.1)))
        story.correction = { after: rng.int(Math.max(1, startAfter), CORRECTION_WINDOW_WORKING_DAYS - 2), replyAfter: rng.int(2, 10), items };
      if (outcome === "OTHER_NO_CORRECTION") story.correction = { after: rng.int(Math.max(1, startAfter), 5), replyAfter: null, items };
      if (outcome === "OTHER") story.end = { kind: "withdraw", after: rng.int(3, 10) };
      if (!late && (outcome === "DENIED_THIRD_PARTY" || (outcome === "PARTIAL" && rng.chance(0.5))))
        story.consultation = { reason: "THIRD_PARTY", after: rng.int(2, 6), days: rng.int(6, 15) };
      if (!late && (outcome === "UNAVAILABLE_NEEDS_CREATION" || rng.chance(0.08)))
        story.extension = { daysBeforeDue: rng.int(1, 3), workingDays: rng.pick([10, 15, 20, 20]), reason: rng.pick(EXTENSION_REASONS) };
      return story;
    };

    interface PlanOptions {
      type?: ApplicantType;
      late?: boolean;
      shape?: (story: Story) => void;
      duplicateOf?: PlannedRequest;
    }
    /** Plans one application and replays it; null when its story does not fit `accept`. */
    const attempt = (outcome: RequestOutcome, receivedOn: IsoDate, accept: (r: PlannedRequest) => boolean, options: PlanOptions): PlannedRequest | null => {
      const source = options.duplicateOf;
      // Complaints come from people; a duplicate repeats its first request.
      const type = outcome === "NOT_PROCESSED_PETITION" ? "NATURAL_PERSON" : (options.type ?? weighted(rng, typeWeights));
      const applicant = source ? applicantOf(source) : planApplicant(rng, type);
      const topic = source ? { text: source.description } : topicFor(outcome);
      const story = randomStory(outcome, receivedOn, weighted(rng, CHANNEL_WEIGHTS), topic, options.late ?? false);
      options.shape?.(story);
      const topicYear = String(rng.pick([yearOf(receivedOn) - 1, yearOf(receivedOn)]));
      const matter: Matter = source?.answeredOn
        ? {
            topic,
            explanation: `申请人于${source.answeredOn}已就相同内容提出申请（申请编号：${source.trackingCode}），本机关已作出答复。`,
            previousAnswer: { on: source.answeredOn, trackingCode: source.trackingCode },
          }
        : { topic, explanation: topic.explanation ?? GENERIC_EXPLANATIONS[outcome] };
      const planned = replayStory(
        {
          ...applicant,
          unitKey: spec.key,
          unitName: unit.name,
          trackingCode: trackingCode(story.submittedOn),
          channel: story.channel,
          description: source ? source.description : topic.text.replaceAll("{Y}", topicYear),
          documentNo: source ? source.documentNo : topic.documentNo ? `${topic.documentNo.replace("{Y}", topicYear)}${rng.int(3, 96)}号` : null,
          purpose: rng.chance(0.7) ? rng.pick(PURPOSES[applicant.applicantType]) : null,
          ...planProvision(rng, story.channel, applicant),
        },
        story,
        matter,
        { rng, calendar, now },
      );
      if (planned && accept(planned)) return planned;
      if (planned) codes.delete(planned.trackingCode);
      return null;
    };
    /** Tries receipt days until a story fits `accept`; null when none did. */
    const plan = (outcome: RequestOutcome, days: () => IsoDate | null, accept: (r: PlannedRequest) => boolean, options: PlanOptions = {}) => {
      for (let i = 0; i < 40; i++) {
        const day = days();
        if (!day) return null;
        const planned = attempt(outcome, day, accept, options);
        if (planned) {
          requests.push(planned);
          return planned;
        }
      }
      return null;
    };
    const concludedIn = (from: IsoDate, to: IsoDate) => (r: PlannedRequest) => {
      const on = concludedOn(r);
      return on !== null && on >= from && on <= to;
    };

    // Last year: the results as specified, a few received the year before, a few still open on 31 December.
    const results = rng.sample(
      Object.entries(spec.lastYear.outcomes).flatMap(([outcome, n]) => Array<RequestOutcome>(n).fill(outcome as RequestOutcome)),
      Object.values(spec.lastYear.outcomes).reduce((a, b) => a + b, 0),
    );
    const simple = (o: RequestOutcome) => o === "GRANTED" || o === "PARTIAL" || o === "UNAVAILABLE_NOT_HELD";
    const carriedOver = results.filter(simple).slice(0, spec.lastYear.carriedOver);
    const duplicates = results.filter((o) => o === "NOT_PROCESSED_DUPLICATE");
    const inYear = [...results];
    for (const o of [...carriedOver, ...duplicates]) inYear.splice(inYear.indexOf(o), 1);
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    for (const outcome of carriedOver)
      plan(outcome, () => dayBetween(`${year - 1}-12-05`, `${year - 1}-12-24`), concludedIn(start, `${year}-02-28`), {
        shape: (s) => (s.end = { kind: "answer", after: REPLY_WORKING_DAYS }),
      });
    let late = spec.lastYear.late;
    // The report unit's new applications cover every applicant column of table 三.
    const cover = spec.key === REPORT_UNIT_KEY ? [...APPLICANT_TYPES] : [];
    for (const outcome of inYear) {
      const isLate = late > 0 && (outcome === "GRANTED" || outcome === "UNAVAILABLE_NOT_HELD");
      if (isLate) late--;
      const type = simple(outcome) ? cover.shift() : undefined;
      plan(outcome, () => dayBetween(start, `${year}-11-20`), concludedIn(start, end), { late: isLate, type });
    }
    for (const outcome of duplicates) {
      const earlier = requests.find(
        (r) => r.unitKey === spec.key && r.outcome === "GRANTED" && r.answeredOn !== null && r.answeredOn < `${year}-09-30` && r.answeredOn >= start,
      );
      if (earlier?.answeredOn) plan(outcome, () => dayBetween(earlier.answeredOn!, `${year}-11-10`), concludedIn(start, end), { duplicateOf: earlier });
    }
    for (let i = 0; i < spec.lastYear.carriedForward; i++)
      plan(
        weighted(rng, RESULT_WEIGHTS.slice(0, 3)),
        () => dayBetween(`${year}-12-10`, `${year}-12-29`),
        (r) => r.receivedOn !== null && (concludedOn(r) ?? `${year + 1}-01-01`) > end,
        {
          shape: (s) => (s.end = { kind: "answer", after: REPLY_WORKING_DAYS }),
        },
      );

    // This year so far: concluded ones, received a while ago, then the open queue.
    const thisYear = `${year + 1}-01-01`;
    const lastConcludable = workingDaysAgo(30);
    const elapsed = Math.max(0, calendar.workingDaysBetween(thisYear, today)) / 250;
    const concludedSoFar = Math.max(0, Math.round(spec.perYear * elapsed) - spec.open.length);
    for (let i = 0; i < concludedSoFar; i++)
      plan(
        weighted(rng, resultWeights),
        () => dayBetween(thisYear, lastConcludable),
        (r) => concludedOn(r) !== null,
      );
    for (const [ago, shape] of spec.open) planOpen(ago, shape);

    function planOpen(ago: number, shape: OpenShape): void {
      const receivedOn = shape === "SUBMITTED" ? add(today, 1) : workingDaysAgo(ago);
      const outcome: RequestOutcome = shape === "CONSULTING" ? "PARTIAL" : "GRANTED";
      const open = (r: PlannedRequest) => concludedOn(r) === null && (shape !== "SUBMITTED" || r.state === "SUBMITTED");
      plan(outcome, () => receivedOn, open, {
        shape: (s) => {
          delete s.correction;
          delete s.consultation;
          delete s.extension;
          s.startAfter = shape === "RECEIVED" ? 2 : 0;
          // Answered on the due date, drafted that day: still to come.
          s.end = { kind: "answer", after: REPLY_WORKING_DAYS + MAX_EXTENSION_WORKING_DAYS };
          s.draftLead = 0;
          if (shape === "SUBMITTED") {
            s.channel = "ONLINE";
            s.submittedOn = addDays(today, -1);
          }
          if (shape === "CORRECTION") s.correction = { after: 2, replyAfter: 10, items: "请写明所需信息对应的项目名称\n请写明所需信息的时间范围" };
          if (shape === "CONSULTING") s.consultation = { reason: "THIRD_PARTY", after: Math.max(1, ago - 6), days: 12 };
          // Drafted and submitted for approval the working day before today.
          if (shape === "AWAITING_APPROVAL") s.draftLead = REPLY_WORKING_DAYS - ago + 1;
          if (shape === "OVERDUE") s.end = { kind: "late", by: 10 };
          if (shape === "EXTENDED") s.extension = { daysBeforeDue: 2, workingDays: 20, reason: EXTENSION_REASONS[0]! };
        },
      });
    }
  }
  return { today, reportYear: year, requests };
}

/** Table 三 of `year` for the planned applications of one unit. */
export function tabulatePlanned(plan: SeedRequestPlan, unitKey: string, year = plan.reportYear): TableThree {
  return tabulateRequests(toRequestRows(plan.requests.filter((r) => r.unitKey === unitKey)), year);
}

// ---------------------------------------------------------------------------------------------------
// The annual report of 区发改局 for last year: what staff entered
// ---------------------------------------------------------------------------------------------------

/** Table 二's 行政许可/处罚/强制 counts and fees, and table 四 (one 行政复议, upheld), as a 发改局 would report them. */
export const REPORT_FIGURES = {
  two: { decisions: { LICENSING: 46, PENALTY: 3, COERCION: 0 }, feeAmount: 0 },
  four: {
    REVIEW: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    SUIT_DIRECT: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    SUIT_AFTER_REVIEW: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  },
} satisfies EnteredFigures;

/** The narrative sections of the report, with the year's figures. */
export function reportNarrative({ unitName, year, published, three }: { unitName: string; year: number; published: number; three: TableThree }) {
  const granted = three.outcomes.GRANTED.total + three.outcomes.PARTIAL.total;
  const overview = [
    `${year}年，${unitName}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和区委、区政府关于政务公开工作的部署，围绕发展改革中心工作，以公开为常态、不公开为例外，持续提升政府信息公开质量和实效。现将本年度政府信息公开工作情况报告如下。`,
    `（一）主动公开。全年通过示范区人民政府门户网站“政府信息公开”专栏主动公开政府信息${published}条，重点公开了国民经济和社会发展计划执行情况、政府投资项目年度计划、重大项目建设进展、价格收费政策、以工代赈项目实施等信息，及时发布政策文件解读。`,
    `（二）依申请公开。全年新收政府信息公开申请${three.newThisYear.total}件，上年结转${three.carriedOver.total}件；本年办结${three.concluded.total}件，其中予以公开和部分公开${granted}件，其他依法作出答复${three.concluded.total - granted}件；结转下年度继续办理${three.carriedForward.total}件。申请内容主要集中在政府投资项目审批、价格收费和以工代赈等方面。`,
    "（三）政府信息管理。严格执行信息发布“先审查、后公开”和保密审查制度，全年信息发布均经经办人起草、保密审查、分管领导审批。对本机关制发的行政规范性文件开展清理，及时标注有效性。",
    "（四）政府信息公开平台建设。依托区政府门户网站政府信息公开专栏，按照公开目录分类发布信息，定期检查栏目更新情况，及时处理空白栏目和长期未更新栏目。",
    "（五）监督保障。将政府信息公开工作纳入年度工作要点，明确一名分管领导和专职人员负责；组织业务培训2次，对照年度考核指标开展自查，未发生因信息公开工作被责任追究的情况。",
  ].join("\n\n");
  const problems = [
    "一是部分政策解读形式较为单一，图解、视频等解读形式运用不多；二是个别栏目更新不够及时；三是依申请公开答复中有个别申请未在法定期限内答复。",
    "下一步，我局将丰富政策解读形式，落实栏目更新责任到人；加强依申请公开办理的时限管理，对临近答复期限的申请实行提前提醒，确保依法按期答复。",
  ].join("\n\n");
  const otherMatters = [
    "（一）本年度未收取政府信息公开信息处理费。",
    "（二）本年度承办区人大代表建议5件、区政协委员提案3件，均已按期办结并公开办理结果。",
    `（三）${year}年度政务公开工作要点所列任务均已落实。`,
  ].join("\n\n");
  return { overview, problems, otherMatters };
}

// ---------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------

/** The calendar as administrators maintain it (the migration fills in the official years). */
async function loadSeedCalendar(db: PrismaClient): Promise<WorkingCalendar> {
  const rows = await db.calendarOverride.findMany({ orderBy: { date: "asc" } });
  return createWorkingCalendar(rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), kind: r.kind, name: r.name, source: r.source })));
}

/** The first active 经办人 and 分管领导 of a unit (for 区发改局 the demo accounts clerk and leader). */
async function findUnitStaff(db: PrismaClient, unitId: number): Promise<Record<Persona, { id: number; displayName: string }> | null> {
  const find = (role: "CLERK" | "LEADER") =>
    db.user.findFirst({ where: { disabled: false, roles: { some: { role, unitId } } }, orderBy: { id: "asc" }, select: { id: true, displayName: true } });
  const [clerk, leader] = await Promise.all([find("CLERK"), find("LEADER")]);
  return clerk && leader ? { clerk, leader } : null;
}

const dateValue = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Seeds the demo applications once (an audit row marks them), and the annual-report record of 区发改局 for last
 * year when there is none. Units or staff an administrator has removed are skipped.
 */
export async function seedRequests(ctx: SeedContext, now = new Date()): Promise<void> {
  const { db } = ctx;
  if (!(await db.auditEvent.findFirst({ where: { action: REQUEST_SEED_ACTION }, select: { id: true } }))) await seedApplications(ctx, now);
  await seedAnnualReport(ctx, now);
}

async function seedApplications({ db, unitIds }: SeedContext, now: Date): Promise<void> {
  const plan = planSeedRequests({ now, calendar: await loadSeedCalendar(db) });
  const units = new Map<string, { id: number; staff: Record<Persona, { id: number; displayName: string }> }>();
  for (const key of REQUEST_SEED_UNIT_KEYS) {
    const id = unitIds.get(key);
    const unit = id === undefined ? null : await db.unit.findFirst({ where: { id, disabled: false }, select: { id: true } });
    const staff = unit ? await findUnitStaff(db, unit.id) : null;
    if (unit && staff) units.set(key, { id: unit.id, staff });
  }
  const requests = plan.requests.filter((r) => units.has(r.unitKey));
  await db.$transaction(
    async (tx) => {
      const audits: AuditRow[] = [];
      for (const r of requests) {
        const { id: unitId, staff } = units.get(r.unitKey)!;
        const idOf = (persona: Persona | null) => (persona ? staff[persona].id : null);
        const created = await tx.disclosureRequest.create({
          data: {
            trackingCode: r.trackingCode,
            // Nobody knows the secret: the demo applicant looks up with the phone's last 4 digits.
            secretHash: sha256(randomBytes(16).toString("hex")),
            unitId,
            handlerId: idOf(r.handler),
            channel: r.channel,
            state: r.state,
            version: r.version,
            submittedAt: r.submittedAt,
            receivedOn: r.receivedOn ? dateValue(r.receivedOn) : null,
            applicantType: r.applicantType,
            applicantName: r.applicantName,
            contactPerson: r.contactPerson,
            idType: r.idType,
            idNumber: r.idNumber,
            phone: r.phone,
            email: r.email,
            address: r.address,
            postalCode: r.postalCode,
            description: r.description,
            documentNo: r.documentNo,
            purpose: r.purpose,
            infoForm: r.infoForm,
            delivery: r.delivery,
            dueOn: r.dueOn ? dateValue(r.dueOn) : null,
            outcome: r.outcome,
            outcomeReason: r.outcomeReason,
            answeredOn: r.answeredOn ? dateValue(r.answeredOn) : null,
            closedAt: r.closedAt,
            createdById: idOf(r.createdBy),
            answerSubmittedById: idOf(r.answerSubmittedBy),
            createdAt: r.submittedAt,
            updatedAt: r.updatedAt,
            clockEvents: {
              create: r.clockEvents.map((e) => ({
                kind: e.kind,
                startOn: dateValue(e.startOn),
                endOn: e.endOn ? dateValue(e.endOn) : null,
                pauseReason: e.pauseReason,
                workingDays: e.workingDays,
                reason: e.reason,
                reply: e.reply,
                actorId: idOf(e.actor),
                createdAt: e.at,
              })),
            },
            letters: {
              create: r.letters.map((l) => ({
                kind: l.kind,
                title: l.title,
                body: l.body,
                outcome: l.outcome,
                explanation: l.explanation,
                draftedById: staff[l.draftedBy].id,
                approvedById: idOf(l.approvedBy),
                approvedAt: l.approvedAt,
                createdAt: l.at,
              })),
            },
            notes: { create: r.notes.map((n) => ({ authorId: staff[n.author].id, body: n.body, createdAt: n.at })) },
          },
          select: { id: true },
        });
        for (const a of r.audits)
          audits.push({
            createdAt: a.at,
            actorId: idOf(a.actor),
            actorName: a.actor ? staff[a.actor].displayName : "系统",
            action: a.action,
            entityType: "DisclosureRequest",
            entityId: String(created.id),
            unitId,
            fromState: a.fromState,
            toState: a.toState,
            reason: a.reason,
            summary: a.summary,
          });
      }
      await appendAuditRows(tx, audits);
      await recordAudit(tx, {
        actor: null,
        action: REQUEST_SEED_ACTION,
        entityType: "DisclosureRequest",
        entityId: "demo",
        summary: `演示数据：新增政府信息公开申请 ${requests.length} 件`,
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function seedAnnualReport({ db, unitIds }: SeedContext, now: Date): Promise<void> {
  const unitId = unitIds.get(REPORT_UNIT_KEY);
  if (unitId === undefined) return;
  const year = yearOf(toChinaDate(now)) - 1;
  if (await db.annualReport.findUnique({ where: { unitId_year: { unitId, year } }, select: { id: true } })) return;
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { name: true } });
  if (!unit) return;
  // The figures as the report page counts them: this unit's applications and entries of the year (China time).
  const rows = await db.disclosureRequest.findMany({
    where: { unitId },
    select: { applicantType: true, channel: true, receivedOn: true, answeredOn: true, closedAt: true, outcome: true, dueOn: true },
  });
  const three = tabulateRequests(
    rows.map((r) => ({
      applicantType: r.applicantType,
      channel: r.channel,
      receivedOn: r.receivedOn ? r.receivedOn.toISOString().slice(0, 10) : null,
      concludedOn: r.answeredOn ? r.answeredOn.toISOString().slice(0, 10) : r.closedAt ? toChinaDate(r.closedAt) : null,
      outcome: r.outcome,
      dueOn: r.dueOn ? r.dueOn.toISOString().slice(0, 10) : null,
    })),
    year,
  );
  const published = await db.entry.count({
    where: { unitId, withdrawnAt: null, firstPublishedAt: { gte: new Date(`${year}-01-01T00:00:00+08:00`), lt: new Date(`${year + 1}-01-01T00:00:00+08:00`) } },
  });
  const compiler = await db.user.findFirst({
    where: { disabled: false, roles: { some: { role: "UNIT_ADMIN", unitId } } },
    orderBy: { id: "asc" },
    select: { id: true, displayName: true, username: true },
  });
  // Departments report by 31 January (条例 art. 49): saved mid-January, or today if that is still to come.
  const savedOn = `${year + 1}-01-15` < toChinaDate(now) ? `${year + 1}-01-15` : toChinaDate(now);
  const savedAt = new Date(Math.min(chinaTime(savedOn, 10 * 60 + 20).getTime(), now.getTime()));
  // The demo catalogue already holds this report as published text; linking it makes a new filing a revision of it.
  const publishedReport = await db.entry.findFirst({
    where: { unitId, annualReport: null, revisions: { some: { state: "PUBLISHED", title: annualReportTitle(unit.name, year) } } },
    select: { id: true },
  });
  await db.$transaction(async (tx) => {
    const saved = await tx.annualReport.create({
      data: {
        unitId,
        year,
        figures: REPORT_FIGURES,
        ...reportNarrative({ unitName: unit.name, year, published, three }),
        updatedById: compiler?.id ?? null,
        entryId: publishedReport?.id ?? null,
        createdAt: savedAt,
        updatedAt: savedAt,
      },
      select: { id: true },
    });
    await appendAuditRows(tx, [
      {
        createdAt: savedAt,
        actorId: compiler?.id ?? null,
        actorName: compiler?.displayName ?? "系统",
        action: "annual_report.save",
        entityType: "AnnualReport",
        entityId: String(saved.id),
        unitId,
        fromState: null,
        toState: null,
        reason: null,
        summary: `保存${unit.name} ${year} 年政府信息公开工作年度报告的填报内容`,
        details: { before: null, after: REPORT_FIGURES },
      },
    ]);
  });
}
