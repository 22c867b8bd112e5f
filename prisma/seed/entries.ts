/**
 * Demo catalogue entries (公开目录条目): about 300 items of the seeded district from 2025-01 to 2026-11, in
 * every review state, so that a new installation looks like a living system.
 *
 * Three layers, the first two pure and unit-tested:
 * 1. `planSeedEntries` writes the content and the story of each entry (who did what, when) from a seeded
 *    PRNG: the same seed always gives the same district.
 * 2. `buildSeedRows` replays each story exactly as lib/entries/service.ts would run it: every transition
 *    is checked with the real review rules (`decide`), revisions carry the service's content hash, reviews
 *    bind to it, 索引号 are allocated per unit and year in publication order, and every step leaves the
 *    audit row the service writes, dated when it happened.
 * 3. `seedEntries` adds review staff for the other units and bulk-inserts the rows in one transaction.
 */
import { type AuditRow, appendAuditRows, recordAudit } from "@/lib/audit/record";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { can, ROLE_LABELS, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import type { DisclosureAttribute, RevisionState, Role, Validity } from "@/lib/db/generated/enums";
import { chinaYear, contentHash, formatIndexNo, isoDate, type EntryContent } from "@/lib/entries/model";
import { sanitizeBody } from "@/lib/entries/sanitize";
import {
  decide,
  RETURN_REASONS,
  REVISION_STATE_LABELS,
  WITHDRAWAL_REASONS,
  type ReturnReason,
  type ReviewAction,
  type RevisionFacts,
  type WithdrawalReason,
  type WithholdingGround,
} from "@/lib/review/model";
import type { SeedContext } from "./index";
import { SEED_UNITS, type SeedUnit } from "./units";

/** The seed of the demo district; change it and every title, date and number changes with it. */
export const SEED_ENTRIES_SEED = 20_260_101;

// ---------------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------------

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for demo data, and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Deterministic choices from a seed (shared with the benchmark's text generator). */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }
  /** `n` distinct items in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [at(copy, j), at(copy, i)];
    }
    return copy.slice(0, n);
  }
  /** A money amount with two decimals in [min, max]. */
  money(min: number, max: number): number {
    return Math.round((min + this.next() * (max - min)) * 100) / 100;
  }
  /** A percentage with one decimal in [min, max]. */
  rate(min: number, max: number): number {
    return Math.round((min + this.next() * (max - min)) * 10) / 10;
  }
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} outside a list of ${items.length}`);
  return item;
}

// ---------------------------------------------------------------------------------------------------
// Calendar (China time, working days of domain.md §8)
// ---------------------------------------------------------------------------------------------------

const HOLIDAYS: [string, string][] = [
  ["2025-01-01", "2025-01-01"],
  ["2025-01-28", "2025-02-04"],
  ["2025-04-04", "2025-04-06"],
  ["2025-05-01", "2025-05-05"],
  ["2025-05-31", "2025-06-02"],
  ["2025-10-01", "2025-10-08"],
  ["2026-01-01", "2026-01-03"],
  ["2026-02-15", "2026-02-23"],
  ["2026-04-04", "2026-04-06"],
  ["2026-05-01", "2026-05-05"],
  ["2026-06-19", "2026-06-21"],
  ["2026-09-25", "2026-09-27"],
  ["2026-10-01", "2026-10-07"],
];
const MAKEUP_WORKDAYS = new Set([
  "2025-01-26",
  "2025-02-08",
  "2025-04-27",
  "2025-09-28",
  "2025-10-11",
  "2026-01-04",
  "2026-02-14",
  "2026-02-28",
  "2026-05-09",
  "2026-09-20",
  "2026-10-10",
]);

/** The story ends on this day (a Friday): later than this, entries are still in review. */
export const SEED_LAST_DAY = "2026-11-20";
const SEED_FIRST_DAY = "2025-01-02";
/** Items formed from this day on are (mostly) still somewhere in the review chain. */
const PENDING_FROM = "2026-10-22";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function addDays(day: string, days: number): string {
  return isoDate(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY));
}

function isWorkday(day: string): boolean {
  if (MAKEUP_WORKDAYS.has(day)) return true;
  if (HOLIDAYS.some(([from, to]) => day >= from && day <= to)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextWorkday(day: string): string {
  let d = day;
  while (!isWorkday(d)) d = addDays(d, 1);
  return d;
}

function previousWorkday(day: string): string {
  let d = day;
  while (!isWorkday(d)) d = addDays(d, -1);
  return d;
}

/** The instant of `minutes` after midnight on `day` in China (UTC+8). */
function chinaTime(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + (minutes - 8 * 60) * 60_000);
}

/** The calendar day in China of an instant. */
function chinaDay(instant: Date): string {
  return isoDate(new Date(instant.getTime() + 8 * HOUR));
}

/** yyyy-mm-ddThh:mm in China time: the format of a scheduled publication time in the approval form. */
function chinaMinute(instant: Date): string {
  return new Date(instant.getTime() + 8 * HOUR).toISOString().slice(0, 16);
}

/** A working day in `month` (1–12) of `year`, near day `from`…`to` of the month. */
function workdayIn(rng: Rng, year: number, month: number, from = 1, to = 28): string {
  const day = `${year}-${String(month).padStart(2, "0")}-${String(rng.int(from, to)).padStart(2, "0")}`;
  const next = nextWorkday(day);
  return next.slice(0, 7) === day.slice(0, 7) ? next : previousWorkday(day);
}

const OFFICE_HOURS: [number, number][] = [
  [8 * 60 + 30, 12 * 60],
  [13 * 60 + 30, 17 * 60 + 30],
];

/** `count` increasing instants strictly between `from` and `to`, inside office hours whenever there are any. */
function spreadTimes(rng: Rng, from: Date, to: Date, count: number): Date[] {
  if (count === 0) return [];
  const intervals: [number, number][] = [];
  for (let day = chinaDay(from); day <= chinaDay(to); day = addDays(day, 1)) {
    if (!isWorkday(day)) continue;
    for (const [a, b] of OFFICE_HOURS) {
      const start = Math.max(chinaTime(day, a).getTime(), from.getTime() + 1000);
      const end = Math.min(chinaTime(day, b).getTime(), to.getTime() - 1000);
      if (end > start) intervals.push([start, end]);
    }
  }
  const total = intervals.reduce((sum, [a, b]) => sum + b - a, 0);
  let times: number[];
  if (total < count * 120_000) {
    const span = to.getTime() - from.getTime();
    times = Array.from({ length: count }, (_, i) => from.getTime() + Math.floor((span * (i + 1)) / (count + 1)));
  } else {
    const offsets = Array.from({ length: count }, () => Math.floor(rng.float() * total)).sort((a, b) => a - b);
    times = offsets.map((offset) => {
      let rest = offset;
      for (const [a, b] of intervals) {
        if (rest < b - a) return a + rest;
        rest -= b - a;
      }
      return to.getTime() - 1000;
    });
  }
  for (let i = 1; i < times.length; i++) if (at(times, i) <= at(times, i - 1)) times[i] = at(times, i - 1) + 1000;
  return times.map((t) => new Date(t));
}

/** When an item formed on `generatedOn` goes online: 1…`maxDelay` (≤ 15) days later, on a working day in office hours. */
function publicationTime(rng: Rng, generatedOn: string, maxDelay = 15): Date {
  const latest = addDays(generatedOn, 15);
  let day = nextWorkday(addDays(generatedOn, rng.int(1, Math.max(1, Math.min(15, maxDelay)))));
  if (day > latest) day = previousWorkday(latest);
  if (day <= generatedOn) day = addDays(generatedOn, 1);
  const minutes = rng.chance(0.45) ? rng.int(9 * 60, 11 * 60 + 50) : rng.int(14 * 60, 17 * 60 + 15);
  return new Date(chinaTime(day, minutes).getTime() + rng.int(0, 59) * 1000);
}

// ---------------------------------------------------------------------------------------------------
// Units and people
// ---------------------------------------------------------------------------------------------------

interface UnitProfile extends SeedUnit {
  /** 发文机关代字 of the unit's 文号, e.g. 示发改 in 示发改〔2026〕12号. */
  docPrefix: string;
  /** Stem of the review staff usernames, e.g. caizheng → caizheng.clerk. */
  login: string;
  headTitle: string;
  headShort: string;
  deputyTitle: string;
  deputyShort: string;
  duties: string;
  sections: string[];
  address: string;
  phone: string;
}

type ProfileData = Omit<UnitProfile, keyof SeedUnit>;

const DEPARTMENT_TITLES = { headTitle: "党组书记、局长", headShort: "局长", deputyTitle: "党组成员、副局长", deputyShort: "副局长" };
const OFFICE_TITLES = { headTitle: "党组书记、主任", headShort: "主任", deputyTitle: "党组成员、副主任", deputyShort: "副主任" };

const PROFILE_DATA: Record<string, ProfileData> = {
  gov: {
    docPrefix: "示政发",
    login: "quzhengfu",
    headTitle: "区委副书记、区长",
    headShort: "区长",
    deputyTitle: "副区长",
    deputyShort: "副区长",
    duties:
      "执行区人民代表大会及其常务委员会的决议和上级国家行政机关的决定、命令，规定行政措施，发布决定和命令；领导所属各工作部门和下级人民政府的工作；管理本行政区域内的经济、教育、科学、文化、卫生、城乡建设和财政、民政、司法行政等行政工作。",
    sections: [
      "区人民政府办公室",
      "区发展和改革局",
      "区教育局",
      "区民政局",
      "区财政局",
      "区人力资源和社会保障局",
      "区住房和城乡建设局",
      "区卫生健康局",
      "区市场监督管理局",
      "区统计局",
    ],
    address: "示范区人民大道1号行政中心1号楼",
    phone: "82301001",
  },
  office: {
    docPrefix: "示政办发",
    login: "zhengfuban",
    ...OFFICE_TITLES,
    duties: "负责区政府日常运转，协助区政府领导处理政府日常工作；负责区政府文电、会务、督查、政务公开、政务信息和12345政务服务便民热线等工作。",
    sections: ["秘书科", "综合科", "督查科", "政务公开科", "12345热线管理科"],
    address: "示范区人民大道1号行政中心1号楼",
    phone: "82301012",
  },
  drc: {
    docPrefix: "示发改",
    login: "fagai",
    ...DEPARTMENT_TITLES,
    duties:
      "贯彻落实国家和省、市关于发展改革工作的方针政策，拟订并组织实施全区国民经济和社会发展中长期规划和年度计划；统筹协调经济社会发展，承担投资综合管理、重大项目推进、价格监测、粮食和物资储备、社会信用体系建设等工作。",
    sections: ["办公室", "综合规划科", "投资管理科", "重点项目科", "价格监督科", "粮食和物资储备科", "社会信用科"],
    address: "示范区人民大道1号行政中心3号楼",
    phone: "82302101",
  },
  edu: {
    docPrefix: "示教",
    login: "jiaoyu",
    ...DEPARTMENT_TITLES,
    duties: "贯彻执行国家教育方针政策，统筹规划和管理全区学前教育、义务教育、普通高中教育和职业教育，负责教师队伍建设、学校招生、教育经费管理和学校安全工作。",
    sections: ["办公室", "基础教育科", "教师发展科", "计划财务科", "学校安全科", "招生考试中心"],
    address: "示范区文华路18号",
    phone: "82303201",
  },
  civil: {
    docPrefix: "示民",
    login: "minzheng",
    ...DEPARTMENT_TITLES,
    duties: "拟订并组织实施全区社会救助、养老服务、儿童福利、社会组织管理、社会事务和区划地名管理等政策措施。",
    sections: ["办公室", "社会救助科", "养老服务科", "社会组织管理科", "社会事务科"],
    address: "示范区人民大道1号行政中心4号楼",
    phone: "82304101",
  },
  finance: {
    docPrefix: "示财",
    login: "caizheng",
    ...DEPARTMENT_TITLES,
    duties: "拟订全区财政发展规划和政策，编制年度区级预决算草案并组织执行，负责政府采购监督管理、国库集中收付、政府债务管理和财政监督工作。",
    sections: ["办公室", "预算科", "国库科", "政府采购监督管理科", "行政政法科", "经济建设科", "财政监督科"],
    address: "示范区人民大道1号行政中心2号楼",
    phone: "82305101",
  },
  hrss: {
    docPrefix: "示人社",
    login: "renshe",
    ...DEPARTMENT_TITLES,
    duties: "统筹拟订全区人力资源和社会保障政策，负责促进就业创业、社会保险、事业单位人事管理、职业技能培训、劳动关系协调和劳动保障监察工作。",
    sections: ["办公室", "就业促进科", "社会保险科", "事业单位人事管理科", "职业能力建设科", "劳动关系科"],
    address: "示范区民生路66号",
    phone: "82306101",
  },
  housing: {
    docPrefix: "示建",
    login: "zhujian",
    ...DEPARTMENT_TITLES,
    duties: "负责全区住房保障、房地产市场监管、建筑市场和工程质量安全监管、城市更新和老旧小区改造、建筑节能等工作。",
    sections: ["办公室", "住房保障科", "房地产市场监管科", "建筑管理科", "质量安全监督站", "城市更新科"],
    address: "示范区建设路9号",
    phone: "82307101",
  },
  health: {
    docPrefix: "示卫健",
    login: "weijian",
    ...DEPARTMENT_TITLES,
    duties: "组织实施全区卫生健康政策，统筹医疗卫生资源配置，负责疾病预防控制、基层卫生、妇幼健康、医政医管、老龄健康和卫生应急工作。",
    sections: ["办公室", "医政医管科", "疾病预防控制科", "基层卫生科", "妇幼健康科", "综合监督科"],
    address: "示范区健康路25号",
    phone: "82308101",
  },
  market: {
    docPrefix: "示市监",
    login: "shichang",
    ...DEPARTMENT_TITLES,
    duties: "负责全区市场综合监督管理，承担市场主体登记注册、食品安全监督管理、药品医疗器械监督、特种设备安全监察、产品质量监督和价格收费监督检查等工作。",
    sections: ["办公室", "登记注册科", "食品安全监督管理科", "药品医疗器械监督管理科", "特种设备安全监察科", "质量与标准化科"],
    address: "示范区商贸大道108号",
    phone: "82309101",
  },
  stats: {
    docPrefix: "示统",
    login: "tongji",
    ...DEPARTMENT_TITLES,
    duties: "负责全区统计调查和国民经济核算，组织实施人口、经济、农业等重大国情国力普查，依法发布全区统计信息，开展统计执法检查。",
    sections: ["办公室", "综合核算科", "工业和能源统计科", "贸易统计科", "社会科技统计科", "统计执法监督科"],
    address: "示范区人民大道1号行政中心4号楼",
    phone: "82310101",
  },
  town: {
    docPrefix: "城政发",
    login: "chengguan",
    headTitle: "镇党委副书记、镇长",
    headShort: "镇长",
    deputyTitle: "镇党委委员、副镇长",
    deputyShort: "副镇长",
    duties: "执行本级人民代表大会的决议和上级国家行政机关的决定、命令，管理本行政区域内的经济、农业农村、社会事务、公共服务、平安建设和生态环境等工作。",
    sections: ["党政综合办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室", "农业农村综合服务中心", "便民服务中心"],
    address: "城关镇人民路18号",
    phone: "82311101",
  },
  street: {
    docPrefix: "东办发",
    login: "donghu",
    headTitle: "街道党工委副书记、办事处主任",
    headShort: "主任",
    deputyTitle: "街道党工委委员、办事处副主任",
    deputyShort: "副主任",
    duties: "贯彻落实党和国家路线方针政策，组织实施辖区公共服务、城市管理、社会治理、社区建设和平安建设工作，指导社区居民委员会工作。",
    sections: ["党政综合办公室", "社区建设办公室", "城市管理办公室", "平安建设办公室", "便民服务中心", "网格化服务管理中心"],
    address: "东湖街道东湖路66号",
    phone: "82312101",
  },
  annals: {
    docPrefix: "示志",
    login: "shizhi",
    headTitle: "主任",
    headShort: "主任",
    deputyTitle: "副主任",
    deputyShort: "副主任",
    duties: "负责全区地方志工作的组织、指导、督促和检查，组织编纂区志、年鉴和部门志，收集、整理和保存地方文献资料，开展地情研究和方志资源开发利用。",
    sections: ["综合科", "志书编纂科", "年鉴编辑科", "资料信息科"],
    address: "示范区文华路6号",
    phone: "82313101",
  },
};

const UNIT_PROFILES: UnitProfile[] = SEED_UNITS.map((unit) => {
  const data = PROFILE_DATA[unit.key];
  if (!data) throw new Error(`No demo profile for seed unit ${unit.key}`);
  return { ...unit, ...data };
});

function profile(key: string): UnitProfile {
  const found = UNIT_PROFILES.find((u) => u.key === key);
  if (!found) throw new Error(`Unknown seed unit ${key}`);
  return found;
}

/** The demo accounts of 区发改局 (prisma/seed/index.ts); its 分管领导 appears in the unit's 领导信息. */
const DRC_LEADER_NAME = "陈明";

// Fictional names, none of them the demo accounts' (王建国, 李秀英, 张伟, 刘芳, 陈明).
const PEOPLE = [
  "王磊 李娜 张静 刘洋 陈杰 杨帆 赵丽 黄涛 周敏 吴强 徐婷 孙鹏 马超 朱琳 胡斌 郭亮",
  "何平 高峰 林晓 罗军 郑华 梁雪 谢飞 宋佳 唐颖 韩冰 冯刚 邓丽 曹阳 彭辉 曾敏 肖勇",
  "田甜 董浩 袁媛 潘伟 于洁 蒋涛 蔡琴 余波 杜鹏 叶青 程亮 魏东 苏雯 吕强 任静 沈洁",
  "姚远 卢平 姜涛 崔颖 钟鸣 谭军 陆峰 汪洋 范文 金鑫 石磊 廖芳 贾明 夏雨 韦华 付强",
  "方圆 白雪 邹平 孟飞 熊伟 秦岭 邱实 江涛 尹航 薛刚 闫丽 段超 雷鸣 侯勇 龙飞 史琳",
].flatMap((line) => line.split(" "));

interface Leader {
  name: string;
  title: string;
  duties: string;
}

/** Who works where in the story: the unit's leadership and its three review accounts. */
export interface StaffPlan {
  unitKey: string;
  leaders: Leader[];
  /** Display names of the clerk (经办人), reviewer (保密审查员) and leader (分管领导) accounts. */
  clerk: string;
  reviewer: string;
  leader: string;
}

function planStaff(rng: Rng): Map<string, StaffPlan> {
  const pool = rng.sample(PEOPLE, PEOPLE.length);
  let next = 0;
  const person = () => at(pool, next++ % pool.length);
  const staff = new Map<string, StaffPlan>();
  for (const unit of UNIT_PROFILES) {
    const deputies = unit.kind === "GOVERNMENT" ? 4 : unit.kind === "INSTITUTION" ? 1 : rng.int(2, 3);
    const head = person();
    const deputyNames = Array.from({ length: deputies }, (_, i) => (unit.key === "drc" && i === 0 ? DRC_LEADER_NAME : person()));
    const areas = rng.sample(unit.sections, unit.sections.length);
    const leaders: Leader[] = [
      { name: head, title: unit.headTitle, duties: `主持${unit.name}全面工作。` },
      ...deputyNames.map((name, i) => {
        const mine = areas.filter((_, j) => j % deputies === i);
        return { name, title: unit.deputyTitle, duties: `负责${mine.length ? mine.join("、") : "综合"}方面工作。` };
      }),
    ];
    const clerk = unit.key === "drc" ? "张伟" : person();
    const reviewer = unit.key === "drc" ? "刘芳" : person();
    staff.set(unit.key, { unitKey: unit.key, leaders, clerk, reviewer, leader: at(deputyNames, 0) });
  }
  return staff;
}

const COMPANY_WORDS = [
  "宏远",
  "恒信",
  "中联",
  "华创",
  "瑞丰",
  "鑫源",
  "博远",
  "泰和",
  "安达",
  "明辉",
  "正阳",
  "嘉禾",
  "天成",
  "汇通",
  "永盛",
  "金桥",
  "东方",
  "润泽",
];
const COMPANY_TRADES = ["建设工程", "科技", "物流", "新材料", "实业", "能源", "农业发展", "环保科技", "电子", "物业服务", "信息技术", "食品"];

function company(rng: Rng, trade?: string): string {
  return `示范区${rng.pick(COMPANY_WORDS)}${trade ?? rng.pick(COMPANY_TRADES)}有限公司`;
}

// ---------------------------------------------------------------------------------------------------
// The plan: content plus the story of each entry
// ---------------------------------------------------------------------------------------------------

type TopicPath = readonly [string] | readonly [string, string];

/** The content of a revision, with categories by name (the DB step resolves them to ids). */
export interface PlannedContent {
  title: string;
  summary: string;
  documentNo: string | null;
  generatedOn: string;
  writtenOn: string | null;
  topic: TopicPath;
  genre: string;
  keywords: string[];
  validity: Validity;
  attribute: DisclosureAttribute;
  methods: string[];
  scope: string;
  article20Item: string | null;
  bodyHtml: string;
}

/** One step of the story; who takes it follows from the step (clerk drafts, reviewer clears, leader approves). */
export type PlannedEvent =
  | { type: "create"; at: Date }
  | { type: "newRevision"; at: Date }
  | { type: "edit"; at: Date; content: PlannedContent }
  | { type: "submit"; at: Date }
  | { type: "return"; at: Date; reason: ReturnReason; note: string }
  | { type: "clear"; at: Date; conclusion: "PUBLIC" | "PUBLIC_AFTER_MASKING"; note: string }
  | { type: "withhold"; at: Date; legalGround: WithholdingGround; note: string }
  | { type: "approve"; at: Date; note: string; publishAt: string | null }
  | { type: "publish"; at: Date; bySystem: boolean }
  | { type: "unpublish"; at: Date; reason: WithdrawalReason; note: string };

export interface PlannedRevision {
  /** The content the revision starts with; a later revision starts as a copy of the one before. */
  initial: PlannedContent;
  events: PlannedEvent[];
}

export interface EntryPlan {
  unitKey: string;
  revisions: PlannedRevision[];
}

export interface SeedPlan {
  entries: EntryPlan[];
  staff: StaffPlan[];
}

type PendingState = "DRAFT" | "RETURNED" | "SUBMITTED" | "CLEARED" | "APPROVED";
type Step = DistributiveOmit<PlannedEvent, "at">;

interface Spec {
  unit: UnitProfile;
  generatedOn: string;
  /** Wants a 文号 with this 代字; numbered per 代字 and year in date order. */
  docPrefix?: string;
  docNo: string | null;
  writtenOn: string | null;
  /** Days from forming to publication at most (the statutory limit is 20 working days). */
  maxDelay: number;
  render: (spec: Spec) => PlannedContent;
  /** 保密审查 note when the item is published after masking personal data. */
  masking?: string;
  withhold?: { ground: WithholdingGround; note: string };
  withdraw?: { reason: WithdrawalReason; note: string; on?: string };
  /** A later change of the information on `on`: a new revision with the changed content (`stopAt`: still in progress). */
  revise?: { on: string; change: (content: PlannedContent, on: string) => PlannedContent; stopAt?: "DRAFT" | "SUBMITTED" };
  pending?: PendingState;
  /** News: published within days, never on a timer. */
  quick?: boolean;
  /** A 政策解读 goes online just after the document it explains. */
  after?: Spec;
  /** Set while planning: when the first revision went online. */
  publishedAt?: Date;
}

type SpecInput = Omit<Spec, "docNo" | "writtenOn" | "maxDelay"> & { maxDelay?: number };

/** Completes a spec in place, so that links to it (a 解读 to its document) stay valid. */
function makeSpec(input: SpecInput): Spec {
  return Object.assign(input, { maxDelay: input.maxDelay ?? 15, docNo: null, writtenOn: null });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// --- HTML helpers --------------------------------------------------------------------------------

const p = (text: string) => `<p>${text}</p>`;
const h3 = (text: string) => `<h3>${text}</h3>`;
function table(headers: string[], rows: (string | number)[][]): string {
  const head = `<thead><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("")}</tbody>`;
  return `<table>${head}${body}</table>`;
}

function cnDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
function cnMonthDay(day: string): string {
  const [, m, d] = day.split("-").map(Number);
  return `${m}月${d}日`;
}
const CN_QUARTER = ["一", "二", "三", "四"];
const quarterName = (q: number) => `第${at(CN_QUARTER, q - 1)}季度`;

/** Fills the defaults every entry shares; `fields` override them. */
function content(
  spec: Spec,
  fields: Pick<PlannedContent, "title" | "summary" | "topic" | "genre" | "keywords" | "bodyHtml"> & Partial<PlannedContent>,
): PlannedContent {
  return {
    documentNo: spec.docNo,
    generatedOn: spec.generatedOn,
    writtenOn: spec.writtenOn,
    validity: "VALID",
    attribute: "PROACTIVE",
    methods: ["政府网站"],
    scope: "面向社会",
    article20Item: null,
    ...fields,
    bodyHtml: sanitizeBody(fields.bodyHtml),
  };
}

// --- Content kinds -------------------------------------------------------------------------------

function orgBody(unit: UnitProfile, sections: string[], address: string): string {
  return [
    h3("主要职责"),
    p(unit.duties),
    h3(unit.kind === "GOVERNMENT" ? "工作部门" : "内设机构"),
    p(`${unit.name}${unit.kind === "GOVERNMENT" ? "设工作部门" : "设内设机构"}${sections.length}个：${sections.join("、")}。`),
    h3("办公地址和时间"),
    p(`办公地址：${address}`),
    p("办公时间：工作日上午8:30—12:00，下午13:30—17:30（法定节假日除外）"),
    p(`联系电话：${unit.phone}`),
  ].join("");
}

function orgSpec(rng: Rng, unit: UnitProfile, extra: Partial<SpecInput> = {}): SpecInput {
  return {
    unit,
    generatedOn: workdayIn(rng, 2025, rng.int(1, 3), 6, 28),
    render: (spec) =>
      content(spec, {
        title: `${unit.name}机构职能`,
        summary: `${unit.name}的主要职责、${unit.kind === "GOVERNMENT" ? "工作部门" : "内设机构"}、办公地址、办公时间和联系方式。`,
        topic: ["机构职能", "机构设置"],
        genre: "其他",
        keywords: ["机构职能", "内设机构", "联系方式"],
        article20Item: "A20_02",
        bodyHtml: orgBody(unit, unit.sections, unit.address),
      }),
    ...extra,
  };
}

function leadersBody(leaders: Leader[]): string {
  return leaders.map((l) => `${p(`<strong>${l.name}</strong>　${l.title}`)}${p(l.duties)}`).join("");
}

function leadersSpec(rng: Rng, unit: UnitProfile, leaders: Leader[], extra: Partial<SpecInput> = {}): SpecInput {
  return {
    unit,
    generatedOn: workdayIn(rng, 2025, rng.int(1, 3), 6, 28),
    render: (spec) =>
      content(spec, {
        title: `${unit.name}领导信息`,
        summary: `${unit.name}领导班子成员的姓名、职务和工作分工。`,
        topic: ["机构职能", "领导信息"],
        genre: "其他",
        keywords: ["领导信息", "领导分工"],
        article20Item: "A20_02",
        bodyHtml: leadersBody(leaders),
      }),
    ...extra,
  };
}

function annualReportSpec(rng: Rng, unit: UnitProfile, year: number): SpecInput {
  const isGov = unit.kind === "GOVERNMENT";
  // Departments publish by 31 January, the district government's overall report by 31 March (条例 art. 49).
  const generatedOn = isGov ? workdayIn(rng, year + 1, 3, 9, 16) : workdayIn(rng, year + 1, 1, 8, 16);
  const deadline = isGov ? `${year + 1}-03-31` : `${year + 1}-01-31`;
  const proactive = isGov ? rng.int(1800, 3200) : rng.int(60, 420);
  const received = isGov ? rng.int(20, 60) : rng.int(0, 14);
  const carried = rng.int(0, 2);
  const pending = Math.min(received + carried, rng.int(0, 2));
  const done = received + carried - pending;
  const granted = Math.max(0, done - rng.int(0, Math.min(done, 4)));
  const name = isGov ? "示范区" : unit.name;
  return {
    unit,
    generatedOn,
    maxDelay: Math.max(1, Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${generatedOn}T00:00:00Z`)) / DAY)),
    render: (spec) =>
      content(spec, {
        title: `${name}${year}年政府信息公开工作年度报告`,
        summary: `${name}${year}年主动公开、依申请公开、政府信息管理、平台建设和监督保障等政府信息公开工作情况。`,
        topic: ["政府信息公开", "政府信息公开年报"],
        genre: "报告",
        keywords: ["年度报告", "政府信息公开", `${year}年`],
        article20Item: "A20_15",
        bodyHtml: [
          p(
            `本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
          ),
          h3("一、总体情况"),
          p(
            `${year}年，${name}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，从主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面扎实推进政府信息公开工作。`,
          ),
          h3("二、主动公开政府信息情况"),
          p(`全年通过政府信息公开专栏主动公开政府信息${proactive}条，涵盖机构职能、政策文件、规划计划、财政资金、人事信息等内容。`),
          h3("三、收到和处理政府信息公开申请情况"),
          p(
            `全年新收政府信息公开申请${received}件，上年结转${carried}件；本年度办结${done}件，其中予以公开${granted}件，其他依法作出答复${done - granted}件；结转下年度继续办理${pending}件。`,
          ),
          h3("四、政府信息公开行政复议、行政诉讼情况"),
          p(`${year}年，${isGov ? "全区" : "本机关"}未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。`),
          h3("五、存在的主要问题及改进情况"),
          p("政策解读形式还不够丰富，部分栏目更新不够及时。下一步将加强信息发布审查和栏目日常维护，提升政策解读质量。"),
          h3("六、其他需要报告的事项"),
          p("本年度未收取信息处理费。"),
        ].join(""),
      }),
  };
}

function budgetSpec(rng: Rng, unit: UnitProfile, year: number): SpecInput {
  const total = rng.money(380, 4200);
  const general = Math.round(total * rng.rate(82, 97)) / 100;
  const basic = Math.round(total * rng.rate(35, 70)) / 100;
  const car = rng.money(2, 18);
  const reception = rng.money(0.5, 4.5);
  const change = rng.rate(-8, 9);
  const procurement = rng.money(10, total / 5);
  return {
    unit,
    generatedOn: workdayIn(rng, year, 2, year === 2026 ? 24 : 10, 28),
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${year}年部门预算`,
        summary: `${unit.name}${year}年部门收支预算、一般公共预算支出、“三公”经费预算和政府采购预算情况。`,
        topic: ["财政资金", "预算"],
        genre: "报告",
        keywords: ["部门预算", `${year}年`, "三公经费"],
        article20Item: "A20_07",
        bodyHtml: [
          p(`根据《中华人民共和国预算法》和有关规定，现将${unit.name}${year}年部门预算公开如下。`),
          h3("一、收支预算总体情况"),
          p(
            `${year}年收入预算${total.toFixed(2)}万元，其中一般公共预算拨款收入${general.toFixed(2)}万元；支出预算${total.toFixed(2)}万元，其中基本支出${basic.toFixed(2)}万元，项目支出${(total - basic).toFixed(2)}万元。收支总预算比上年${change >= 0 ? "增加" : "减少"}${Math.abs(change)}%，主要原因是${change >= 0 ? "重点项目经费增加" : "压减一般性支出"}。`,
          ),
          h3("二、“三公”经费预算情况"),
          p(
            `${year}年“三公”经费预算${(car + reception).toFixed(2)}万元，其中因公出国（境）费0万元，公务用车购置及运行维护费${car.toFixed(2)}万元，公务接待费${reception.toFixed(2)}万元。`,
          ),
          h3("三、政府采购预算情况"),
          p(`${year}年政府采购预算${procurement.toFixed(2)}万元。`),
        ].join(""),
      }),
  };
}

function finalAccountsSpec(rng: Rng, unit: UnitProfile, year: number): SpecInput {
  const total = rng.money(400, 4500);
  const rate = rng.rate(91, 99.6);
  const threeFees = rng.money(2, 16);
  return {
    unit,
    generatedOn: workdayIn(rng, year + 1, 8, 3, 25),
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${year}年度部门决算`,
        summary: `${unit.name}${year}年度收入支出决算、财政拨款支出决算和“三公”经费支出情况。`,
        topic: ["财政资金", "决算"],
        genre: "报告",
        keywords: ["部门决算", `${year}年度`],
        article20Item: "A20_07",
        bodyHtml: [
          p(`根据《中华人民共和国预算法》和有关规定，现将${unit.name}${year}年度部门决算公开如下。`),
          h3("一、收入支出决算总体情况"),
          p(
            `${year}年度收入总计${total.toFixed(2)}万元，支出总计${((total * rate) / 100).toFixed(2)}万元，年末结转和结余${((total * (100 - rate)) / 100).toFixed(2)}万元，预算执行率${rate}%。`,
          ),
          h3("二、“三公”经费支出决算情况"),
          p(`${year}年度“三公”经费支出${threeFees.toFixed(2)}万元，较年初预算有所减少，主要原因是严格执行中央八项规定精神，厉行节约。`),
        ].join(""),
      }),
  };
}

function threeFeesSpec(rng: Rng, unit: UnitProfile, year: number): SpecInput {
  const car = rng.money(3, 15);
  const reception = rng.money(0.4, 3);
  const batches = rng.int(4, 30);
  return {
    unit,
    generatedOn: workdayIn(rng, year + 1, 8, 10, 28),
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${year}年度“三公”经费支出情况说明`,
        summary: `${unit.name}${year}年度因公出国（境）费、公务用车购置及运行维护费、公务接待费支出情况。`,
        topic: ["财政资金", "三公经费"],
        genre: "其他",
        keywords: ["三公经费", `${year}年度`],
        article20Item: "A20_07",
        bodyHtml: [
          p(`${unit.name}${year}年度“三公”经费支出${(car + reception).toFixed(2)}万元。`),
          p("（一）因公出国（境）费：0万元，未安排因公出国（境）团组。"),
          p(
            `（二）公务用车购置及运行维护费：${car.toFixed(2)}万元，其中公务用车购置费0万元，公务用车运行维护费${car.toFixed(2)}万元，主要用于保障执法检查、项目调度等公务用车的燃料、维修和保险等支出。`,
          ),
          p(`（三）公务接待费：${reception.toFixed(2)}万元，共接待${batches}批次，主要用于上级部门检查指导工作的接待。`),
        ].join(""),
      }),
  };
}

type NewsKind = "meeting" | "activity" | "inspection" | "research" | "training";
interface NewsTemplate {
  /** After the unit's short name; {Y} is the year. */
  title: string;
  lead: string;
  kind: NewsKind;
  months?: number[];
  /** Years it can happen in; both by default. */
  years?: number[];
}

const NEWS_DETAIL: Record<NewsKind, string[]> = {
  meeting: [
    "会议传达学习了上级有关会议和文件精神，通报了前一阶段工作进展情况，分析了当前面临的形势和存在的问题，对下一阶段重点工作进行了研究部署。",
    "会议指出，要坚持问题导向和目标导向，压紧压实工作责任，细化任务清单和时间节点，确保各项任务按时保质完成。",
  ],
  activity: ["活动现场，工作人员通过发放宣传资料、现场讲解、答疑解惑等方式，向群众和企业宣传相关政策法规，共发放宣传资料{a}余份，接受咨询{b}人次。"],
  inspection: ["检查组深入{a}家企业（单位）现场查看，对发现的{b}项问题当场反馈，明确整改责任和整改时限，并将跟踪督促整改到位。"],
  research: ["调研组详细了解了企业生产经营、项目建设和用工用地等情况，听取了企业的意见建议，现场协调解决实际困难{b}项。"],
  training: ["培训采取专题授课与案例讲解相结合的方式，围绕政策要求、业务流程和常见问题进行了系统讲解，全区{a}余名业务骨干参加培训。"],
};
const NEWS_CLOSING = [
  "下一步，{u}将持续跟踪工作推进情况，强化统筹协调和督促检查，确保各项工作落地见效。",
  "{u}有关负责同志表示，将以此为契机，进一步转变工作作风，提升服务水平，为全区高质量发展贡献力量。",
  "下一步，{u}将认真梳理工作中发现的问题，建立问题清单，逐项推动解决。",
];

const NEWS: Record<string, NewsTemplate[]> = {
  drc: [
    {
      title: "召开{Y}年{Q}重点项目建设推进会",
      lead: "召开全区重点项目建设推进会，通报全区重点项目建设进展情况，研究部署下一阶段项目推进工作",
      kind: "meeting",
    },
    { title: "开展{Y}年节能宣传周和全国低碳日活动", lead: "在城市广场开展节能宣传周和全国低碳日主题宣传活动", kind: "activity", months: [6, 7] },
    {
      title: "开展{Y}年{M}月重要民生商品价格监督检查",
      lead: "组织开展重要民生商品价格监督检查，重点检查农贸市场、大型超市明码标价和价格执行情况",
      kind: "inspection",
    },
    {
      title: "召开“十五五”规划编制工作座谈会",
      lead: "召开“十五五”规划编制工作座谈会，听取各部门和专家学者对规划基本思路的意见建议",
      kind: "meeting",
      months: [4, 5, 6],
      years: [2025],
    },
    { title: "赴重点企业开展“助企纾困”走访调研（{Y}年{Q}）", lead: "深入园区重点企业开展“助企纾困”走访调研", kind: "research" },
    {
      title: "召开{Y}年粮食安全责任制考核工作部署会",
      lead: "召开粮食安全党政同责考核工作部署会，对考核自查和迎检工作进行安排",
      kind: "meeting",
      months: [3, 4],
    },
    { title: "开展{Y}年“诚信建设万里行”宣传活动", lead: "开展社会信用体系建设“诚信建设万里行”主题宣传活动", kind: "activity", months: [6, 9] },
    {
      title: "召开{Y}年度党风廉政建设工作会议",
      lead: "召开党风廉政建设工作会议，总结上一年度工作，部署本年度党风廉政建设重点任务",
      kind: "meeting",
      months: [2, 3],
    },
    {
      title: "开展{Y}年粮食储备库安全生产检查",
      lead: "对辖区粮食储备库开展安全生产专项检查，重点检查储粮安全、消防设施和有限空间作业管理",
      kind: "inspection",
    },
    { title: "召开{Y}年上半年经济运行分析会", lead: "召开上半年经济运行分析会，分析主要经济指标完成情况，研究稳增长工作措施", kind: "meeting", months: [7] },
    { title: "举办{Y}年政府投资项目管理业务培训班", lead: "举办政府投资项目管理业务培训班", kind: "training", months: [4, 5, 9, 10] },
    { title: "开展{Y}年优化营商环境政策宣讲进园区活动", lead: "走进示范区产业园开展优化营商环境政策宣讲活动", kind: "activity" },
    { title: "召开{Y}年冬季保供稳价工作会议", lead: "召开冬季能源保供和重要民生商品稳价工作会议", kind: "meeting", months: [11] },
    { title: "组织开展{Y}年国家安全教育日宣传活动", lead: "组织干部职工开展全民国家安全教育日宣传活动", kind: "activity", months: [4] },
  ],
  gov: [
    { title: "召开{Y}年全区安全生产工作会议", lead: "召开全区安全生产工作会议，部署安全生产重点工作", kind: "meeting", months: [2, 3] },
    { title: "召开{Y}年防汛抗旱工作部署会", lead: "召开全区防汛抗旱工作部署会，安排汛前隐患排查和应急准备工作", kind: "meeting", months: [5] },
  ],
  office: [
    {
      title: "召开{Y}年全区政务公开工作推进会",
      lead: "召开全区政务公开工作推进会，通报政务公开第三方评估情况，部署年度重点工作",
      kind: "meeting",
      months: [5, 6],
    },
    { title: "举办{Y}年政务公开业务培训班", lead: "举办全区政务公开业务培训班", kind: "training", months: [9, 10] },
  ],
  edu: [
    { title: "部署{Y}年秋季学期开学工作", lead: "召开秋季学期开学工作会议，部署校园安全、教育收费和开学准备工作", kind: "meeting", months: [8] },
    { title: "开展{Y}年校园安全专项检查", lead: "组织开展校园安全专项检查，重点检查食堂食品安全、消防设施和校车管理", kind: "inspection" },
  ],
  civil: [
    {
      title: "开展{Y}年冬季困难群众走访慰问活动",
      lead: "开展冬季困难群众走访慰问活动，为低保、特困家庭送去慰问金和御寒物资",
      kind: "activity",
      months: [1, 12],
    },
    { title: "召开{Y}年养老服务机构安全管理工作会议", lead: "召开养老服务机构安全管理工作会议", kind: "meeting" },
  ],
  finance: [
    {
      title: "召开{Y}年区级部门预算编制工作部署会",
      lead: "召开区级部门预算编制工作部署会，对预算编制原则、时间安排和有关要求进行部署",
      kind: "meeting",
      months: [9, 10],
    },
    { title: "举办{Y}年政府采购业务培训班", lead: "举办政府采购业务培训班", kind: "training" },
  ],
  hrss: [{ title: "举办{Y}年“春风行动”专场招聘会", lead: "举办“春风行动”专场招聘会，组织辖区企业现场招聘", kind: "activity", months: [2, 3] }],
  housing: [
    {
      title: "开展{Y}年建筑施工安全生产大检查",
      lead: "组织开展建筑施工安全生产大检查，重点检查深基坑、高支模和起重机械等危险性较大的分部分项工程",
      kind: "inspection",
    },
  ],
  health: [{ title: "开展{Y}年家庭医生签约服务宣传周活动", lead: "开展家庭医生签约服务宣传周活动", kind: "activity", months: [5] }],
  market: [
    {
      title: "开展{Y}年节日期间食品安全专项检查",
      lead: "开展节日期间食品安全专项检查，重点检查商场超市、农贸市场和餐饮服务单位",
      kind: "inspection",
      months: [1, 9],
    },
  ],
  stats: [{ title: "开展{Y}年统计执法“双随机”检查", lead: "开展统计执法“双随机、一公开”检查，随机抽取调查对象核查统计数据质量", kind: "inspection" }],
  town: [
    { title: "召开{Y}年春耕生产工作部署会", lead: "召开春耕生产工作部署会，安排农资供应、农技服务和高标准农田管护工作", kind: "meeting", months: [3] },
    { title: "开展{Y}年农村人居环境整治集中行动", lead: "组织各村开展农村人居环境整治集中行动，清理村内垃圾、沟渠和房前屋后杂物", kind: "activity" },
  ],
  street: [
    { title: "开展{Y}年消防安全隐患排查整治", lead: "组织社区网格员开展消防安全隐患排查整治，重点检查高层住宅、沿街商铺和出租房屋", kind: "inspection" },
    { title: "开展{Y}年“邻里节”社区文化活动", lead: "在东湖社区广场举办“邻里节”社区文化活动", kind: "activity", months: [5, 9] },
  ],
  annals: [
    { title: "召开《示范区年鉴（{Y}）》编纂工作会议", lead: "召开年鉴编纂工作会议，部署年鉴供稿和编辑工作", kind: "meeting", months: [3, 4] },
    { title: "举办{Y}年年鉴撰稿人业务培训班", lead: "举办年鉴撰稿人业务培训班", kind: "training", months: [4, 5] },
  ],
};

function newsSpec(rng: Rng, unit: UnitProfile, leaders: Leader[], template: NewsTemplate, day: string): SpecInput {
  const [year, month] = day.split("-").map(Number) as [number, number];
  const fill = (text: string) =>
    text
      .replace("{Y}", String(year))
      .replace("{M}", String(month))
      .replace("{Q}", quarterName(Math.ceil(month / 3)))
      .replace("{u}", unit.shortName)
      .replace("{a}", () => String(rng.int(2, 30) * 10))
      .replace("{b}", () => String(rng.int(3, 25)));
  const head = at(leaders, 0);
  const deputy = leaders[1] ?? head;
  const who: Record<NewsKind, string> = {
    meeting: `${unit.headShort}${head.name}出席会议并讲话。`,
    activity: `${unit.deputyShort}${deputy.name}参加活动。`,
    inspection: `${unit.deputyShort}${deputy.name}带队检查。`,
    research: `${unit.headShort}${head.name}带队调研。`,
    training: `${unit.deputyShort}${deputy.name}作动员讲话。`,
  };
  const title = `${unit.shortName}${fill(template.title)}`;
  const lead = fill(template.lead);
  const bodyHtml = [
    `${cnMonthDay(day)}，${unit.shortName}${lead}。${who[template.kind]}`,
    ...NEWS_DETAIL[template.kind].map(fill),
    fill(rng.pick(NEWS_CLOSING)),
  ]
    .map(p)
    .join("");
  return {
    unit,
    generatedOn: day,
    maxDelay: 3,
    quick: true,
    render: (spec) =>
      content(spec, {
        title,
        summary: `${cnDate(day)}，${unit.shortName}${lead}。`,
        topic: ["工作动态"],
        genre: "其他",
        keywords: ["工作动态", unit.shortName],
        bodyHtml,
      }),
  };
}

/** News items of a unit: templates in random order, each at most once per year, on a working day of a fitting month. */
function newsSpecs(rng: Rng, unit: UnitProfile, leaders: Leader[], count: number, latest = SEED_LAST_DAY): SpecInput[] {
  const templates = NEWS[unit.key] ?? [];
  const candidates = templates.flatMap((template) => (template.years ?? [2025, 2026]).map((year) => ({ template, year })));
  const out: SpecInput[] = [];
  for (const { template, year } of rng.sample(candidates, candidates.length)) {
    if (out.length >= count) break;
    const day = workdayIn(rng, year, template.months ? rng.pick(template.months) : rng.int(1, 11), 3, 26);
    if (day >= SEED_FIRST_DAY && day <= latest) out.push(newsSpec(rng, unit, leaders, template, day));
  }
  return out;
}

/** What 区发改局 did in the last weeks of the story: some of it is still in review. */
const RECENT_DRC_NEWS: [string, NewsTemplate][] = [
  [
    "2026-10-27",
    { title: "召开前三季度经济运行分析会", lead: "召开前三季度经济运行分析会，分析全区主要经济指标完成情况，研究部署四季度稳增长工作", kind: "meeting" },
  ],
  [
    "2026-10-29",
    { title: "召开2027年重点项目谋划储备工作部署会", lead: "召开2027年重点项目谋划储备工作部署会，安排各单位项目谋划和申报工作", kind: "meeting" },
  ],
  ["2026-11-03", { title: "开展2026年冬季能源保供专项检查", lead: "对辖区供热、供气企业开展冬季能源保供专项检查", kind: "inspection" }],
  ["2026-11-05", { title: "赴产业园开展“十五五”重大项目谋划调研", lead: "赴示范区产业园开展“十五五”重大项目谋划调研", kind: "research" }],
  ["2026-11-10", { title: "举办社会信用修复业务培训班", lead: "举办社会信用修复业务培训班", kind: "training" }],
  ["2026-11-12", { title: "开展“诚信兴商”宣传进商圈活动", lead: "在滨河商业街开展“诚信兴商”主题宣传活动", kind: "activity" }],
  ["2026-11-18", { title: "开展秋粮入库安全生产检查", lead: "对区级粮食储备库秋粮入库和安全生产情况开展检查", kind: "inspection" }],
];

const PROCUREMENT_ITEMS: Record<string, [string, string][]> = {
  common: [
    ["办公设备采购", "采购台式计算机、打印机、复印机等办公设备"],
    ["机关物业管理服务", "办公楼保洁、秩序维护、设施设备运行维护等物业管理服务，服务期一年"],
    ["信息系统运维服务", "业务信息系统及网络安全设备的日常运行维护服务，服务期一年"],
    ["档案数字化加工服务", "文书档案整理、扫描、数据著录和挂接等数字化加工服务"],
    ["法律顾问服务", "常年法律顾问服务，服务期一年"],
    ["办公楼维修改造工程", "办公楼屋面防水、外墙及消防设施维修改造"],
  ],
  drc: [
    ["“十五五”规划编制咨询服务", "“十五五”规划前期研究及规划纲要编制咨询服务"],
    ["重点项目谋划储备咨询服务", "重点项目谋划、可行性研究评估及项目库管理咨询服务"],
    ["价格监测数据采集服务", "重要民生商品价格监测数据采集、核验及分析服务"],
    ["社会信用信息平台升级改造", "区公共信用信息平台功能升级及数据归集接口开发"],
    ["粮食储备库智能化改造", "区级粮食储备库粮情测控、视频监控系统改造"],
  ],
  edu: [
    ["中小学课桌椅采购", "采购可调节课桌椅约3000套"],
    ["教室照明改造", "中小学教室照明设施改造"],
  ],
  health: [["基层医疗机构设备采购", "采购DR、彩超等基层医疗机构诊疗设备"]],
  finance: [["预算管理一体化系统运维服务", "预算管理一体化系统运行维护及技术支持服务，服务期一年"]],
};

/** 采购意向 are published before the quarter they announce (财库〔2020〕10号: at least 30 days before procurement). */
function procurementIntentSpec(rng: Rng, unit: UnitProfile, year: number, quarter: number, extra: Partial<SpecInput> = {}): SpecInput {
  const month = (quarter - 1) * 3 + 1;
  const generatedOn =
    quarter === 1 ? (year === 2025 ? workdayIn(rng, year, 1, 5, 12) : workdayIn(rng, year - 1, 12, 8, 20)) : workdayIn(rng, year, month - 1, 10, 24);
  const pool = [...(PROCUREMENT_ITEMS[unit.key] ?? []), ...(PROCUREMENT_ITEMS.common ?? [])];
  const items = rng.sample(pool, rng.int(1, 3)).map(([name, need]) => [name, need, rng.money(8, 380).toFixed(2), `${year}年${rng.int(month, month + 2)}月`]);
  return {
    unit,
    generatedOn,
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${year}年${quarterName(quarter)}政府采购意向`,
        summary: `${unit.name}${year}年${quarterName(quarter)}拟实施的政府采购项目名称、需求概况、预算金额和预计采购时间。`,
        topic: ["政府采购"],
        genre: "公告",
        keywords: ["政府采购", "采购意向", `${year}年`],
        article20Item: "A20_09",
        bodyHtml: [
          p(
            `为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》（财库〔2020〕10号）等有关规定，现将${unit.name}${year}年${quarterName(quarter)}政府采购意向公开如下：`,
          ),
          table(
            ["序号", "采购项目名称", "采购需求概况", "预算金额（万元）", "预计采购时间"],
            items.map((row, i) => [i + 1, ...row]),
          ),
          p("本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。"),
        ].join(""),
      }),
    ...extra,
  };
}

/** `awarded`: projects awarded so far, per unit and year; a unit awards each project once a year. */
function awardSpec(rng: Rng, unit: UnitProfile, day: string, awarded: Set<string>): SpecInput {
  const year = Number(day.slice(0, 4));
  const pool = [...(PROCUREMENT_ITEMS[unit.key] ?? []), ...(PROCUREMENT_ITEMS.common ?? [])].filter(([name]) => !awarded.has(`${unit.key}|${year}|${name}`));
  const [project, need] = rng.pick(pool);
  awarded.add(`${unit.key}|${year}|${project}`);
  const method = rng.pick(["公开招标", "竞争性磋商", "询价"]);
  const amount = rng.int(80_000, 2_600_000);
  const supplier = company(rng);
  const experts = rng.sample(PEOPLE, 3).join("、");
  const projectNo = `SFQCG-${year}-${String(rng.int(1, 260)).padStart(3, "0")}`;
  return {
    unit,
    generatedOn: day,
    maxDelay: 5,
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${year}年度${project}项目中标（成交）结果公告`,
        summary: `${project}项目（${projectNo}）采用${method}方式，中标（成交）供应商为${supplier}，中标（成交）金额${amount}元。`,
        topic: ["政府采购"],
        genre: "公告",
        keywords: ["政府采购", "中标公告", project.slice(0, 20)],
        article20Item: "A20_09",
        bodyHtml: [
          p(`一、项目编号：${projectNo}`),
          p(`二、项目名称：${unit.name}${year}年度${project}项目`),
          p(`三、中标（成交）信息：供应商名称：${supplier}；中标（成交）金额：${amount}元；采购方式：${method}。`),
          p(`四、主要标的信息：${need}。`),
          p(`五、评审专家名单：${experts}。`),
          p("六、公告期限：自本公告发布之日起1个工作日。"),
          p(`七、联系方式：采购人：${unit.name}，地址：${unit.address}，联系电话：${unit.phone}。`),
        ].join(""),
      }),
  };
}

interface PermitKind {
  item: string;
  docPrefix: string;
  subjects: string[];
  trade?: string;
}
const PERMITS: Record<string, PermitKind> = {
  drc: {
    item: "企业投资项目核准",
    docPrefix: "示发改审批",
    subjects: [
      "年产5万吨新型环保建材项目",
      "冷链物流仓储中心项目",
      "20兆瓦分布式光伏发电项目",
      "智能装备制造基地项目",
      "农产品精深加工项目",
      "新能源汽车零部件生产项目",
      "数据中心建设项目",
      "生物医药中试基地项目",
      "城市综合体建设项目",
    ],
  },
  housing: {
    item: "建筑工程施工许可",
    docPrefix: "示建施许",
    subjects: [
      "东湖花园二期住宅楼工程",
      "第三实验小学教学楼工程",
      "区人民医院门诊综合楼改扩建工程",
      "城关镇卫生院迁建工程",
      "产业园研发中心工程",
      "保障性租赁住房（一期）工程",
      "滨河商业街改造工程",
    ],
    trade: "置业",
  },
  health: {
    item: "医疗机构执业登记",
    docPrefix: "示卫健医许",
    subjects: ["口腔诊所", "中医诊所", "内科诊所", "康复医疗中心", "社区卫生服务站", "医学检验实验室"],
    trade: "医疗管理",
  },
  market: {
    item: "食品经营许可",
    docPrefix: "示市监食许",
    subjects: ["预包装食品销售", "热食类食品制售", "散装食品销售", "糕点类食品制售", "保健食品销售"],
    trade: "商贸",
  },
};

function permitSpec(
  rng: Rng,
  unit: UnitProfile,
  year: number,
  period: { month: number } | { half: 1 | 2 },
  { individual = false, ...extra }: Partial<SpecInput> & { individual?: boolean } = {},
): SpecInput {
  const kind = PERMITS[unit.key];
  if (!kind) throw new Error(`No permit kind for ${unit.key}`);
  const label = "month" in period ? `${year}年${period.month}月` : `${year}年${period.half === 1 ? "上半年" : "下半年"}`;
  const endMonth = "month" in period ? period.month : period.half * 6;
  const generatedOn = endMonth === 12 ? workdayIn(rng, year + 1, 1, 5, 14) : workdayIn(rng, year, endMonth + 1, 2, 12);
  const rows = Array.from({ length: rng.int(2, 5) }, (_, i) => {
    const month = "month" in period ? period.month : rng.int(endMonth - 5, endMonth);
    const decided = workdayIn(rng, year, month, 1, 26);
    // 个体工商户 appear under the operator's name.
    const holder = individual && i === 0 ? `${rng.pick(PEOPLE)}（个体工商户）` : company(rng, kind.trade);
    return [i + 1, kind.item, holder, rng.pick(kind.subjects), `${kind.docPrefix}〔${year}〕${rng.int(1, 180)}号`, cnDate(decided)];
  });
  return {
    unit,
    generatedOn,
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${label}行政许可办理结果公示`,
        summary: `${unit.name}${label}作出的${kind.item}决定${rows.length}件。`,
        topic: ["行政执法", "行政许可"],
        genre: "公告",
        keywords: ["行政许可", kind.item, label],
        article20Item: "A20_05",
        bodyHtml: [
          p(`根据《中华人民共和国行政许可法》和“双公示”工作要求，现将${unit.name}${label}行政许可办理结果公示如下：`),
          table(["序号", "许可事项", "行政相对人", "许可内容", "决定文书号", "许可决定日期"], rows),
          p(`如对公示内容有异议，请在公示之日起10个工作日内向${unit.name}反映。联系电话：${unit.phone}。`),
        ].join(""),
      }),
    ...extra,
  };
}

function priceSpec(rng: Rng, unit: UnitProfile, year: number, month: number): SpecInput {
  const goods: [string, string, number, number][] = [
    ["粳米", "元/千克", 5.6, 6.4],
    ["面粉（富强粉）", "元/千克", 4.6, 5.4],
    ["花生油（5升桶装）", "元/桶", 118, 139],
    ["猪肉（精瘦肉）", "元/千克", 26, 34],
    ["鸡蛋", "元/千克", 8.4, 11.6],
    ["大白菜", "元/千克", 1.6, 4.2],
    ["西红柿", "元/千克", 4.8, 9.6],
    ["土豆", "元/千克", 2.8, 4.4],
  ];
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  const rows = goods.map(([name, measure, lo, hi]) => [name, measure, rng.money(lo, hi).toFixed(2), `${rng.rate(-6, 6)}`]);
  return {
    unit,
    generatedOn: workdayIn(rng, at(next, 0), at(next, 1), 3, 10),
    maxDelay: 7,
    render: (spec) =>
      content(spec, {
        title: `示范区${year}年${month}月重要民生商品价格监测情况`,
        summary: `${year}年${month}月全区粮油、肉蛋、蔬菜等重要民生商品零售价格监测情况。`,
        topic: ["统计信息"],
        genre: "统计数据",
        keywords: ["价格监测", "民生商品", `${year}年${month}月`],
        article20Item: "A20_04",
        bodyHtml: [
          p(`${year}年${month}月，全区重要民生商品市场供应充足，价格总体平稳。主要监测品种零售均价如下：`),
          table(["品种", "计量单位", "本月均价", "环比（%）"], rows),
          p("注：数据来源于全区4个价格监测点，均价为各监测点月内采价的算术平均值。"),
        ].join(""),
      }),
  };
}

function keyProjectsSpec(rng: Rng, unit: UnitProfile, year: number, quarter: number): SpecInput {
  const count = year === 2025 ? 86 : 92;
  const total = year === 2025 ? 412.6 : 455.3;
  const planned = year === 2025 ? 138.5 : 151.2;
  const ratio = Math.min(99.8, quarter * 25 + rng.rate(-6, 8));
  const done = Math.round(planned * ratio) / 100;
  const endMonth = quarter * 3;
  const generatedOn = quarter === 4 ? workdayIn(rng, year + 1, 1, 8, 20) : workdayIn(rng, year, endMonth + 1, 8, 20);
  const [started, ongoing, completed] = [rng.int(8, 30), rng.int(30, 50), rng.int(2, 20)];
  return {
    unit,
    generatedOn,
    render: (spec) =>
      content(spec, {
        title: `示范区${year}年${quarterName(quarter)}重点项目建设进展情况`,
        summary: `截至${year}年${endMonth}月底，全区${count}个重点项目累计完成投资${done}亿元，占年度计划的${ratio}%。`,
        topic: ["重大建设项目"],
        genre: "通报",
        keywords: ["重点项目", "项目建设", `${year}年`],
        article20Item: "A20_10",
        bodyHtml: [
          p(`${year}年全区共安排重点项目${count}个，总投资${total}亿元，年度计划投资${planned}亿元。`),
          p(
            `1—${endMonth}月，全区重点项目累计完成投资${done}亿元，占年度计划的${ratio}%。其中新开工项目${started}个，续建项目${ongoing}个，竣工项目${completed}个。`,
          ),
          p(
            "从推进情况看，产业类项目投资增长较快，基础设施和民生类项目按计划有序推进。部分项目存在前期手续办理较慢、要素保障不足等问题，区发展和改革局已会同有关部门逐项协调解决。",
          ),
        ].join(""),
      }),
  };
}

function quickStatsSpec(rng: Rng, unit: UnitProfile, year: number, month: number): SpecInput {
  const scale = month / 12;
  const rows = [
    ["规模以上工业增加值", "亿元", (rng.money(70, 80) * scale).toFixed(2), rng.rate(3.5, 8.5)],
    ["固定资产投资", "亿元", (rng.money(150, 170) * scale).toFixed(2), rng.rate(-2, 7.5)],
    ["社会消费品零售总额", "亿元", (rng.money(120, 135) * scale).toFixed(2), rng.rate(3, 6.5)],
    ["一般公共预算收入", "亿元", (rng.money(18, 22) * scale).toFixed(2), rng.rate(1.5, 6)],
    ["城乡居民人均可支配收入", "元", Math.round(rng.money(38_000, 42_000) * scale), rng.rate(4.5, 6)],
  ];
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  const period = month === 1 ? `${year}年1月` : `${year}年1—${month}月`;
  return {
    unit,
    generatedOn: workdayIn(rng, at(next, 0), at(next, 1), 12, 20),
    maxDelay: 8,
    render: (spec) =>
      content(spec, {
        title: `${period}示范区主要经济指标`,
        summary: `${period}全区规模以上工业增加值、固定资产投资、社会消费品零售总额等主要经济指标完成情况。`,
        topic: ["统计信息"],
        genre: "统计数据",
        keywords: ["统计快报", "主要经济指标", period],
        article20Item: "A20_04",
        bodyHtml: [
          p(`${period}，全区经济运行总体平稳、稳中有进，主要指标完成情况如下：`),
          table(["指标", "单位", period, "同比增长（%）"], rows),
          p("注：1. 规模以上工业增加值增速按可比价格计算；2. 部分指标为初步统计数，最终以统计年报数据为准。"),
        ].join(""),
      }),
  };
}

function statsBulletinSpec(rng: Rng, unit: UnitProfile, year: number): SpecInput {
  const gdp = year === 2024 ? 286.4 : 301.9;
  const bodyHtml = [
    h3("一、综合"),
    p(
      `初步核算，${year}年全区地区生产总值${gdp}亿元，按不变价格计算，比上年增长${rng.rate(4.6, 6.2)}%。其中第一产业增加值${rng.money(14, 18)}亿元，第二产业增加值${rng.money(110, 125)}亿元，第三产业增加值${rng.money(150, 165)}亿元。`,
    ),
    h3("二、工业和建筑业"),
    p(`全年规模以上工业增加值比上年增长${rng.rate(4, 8)}%。全区具有资质等级的总承包和专业承包建筑业企业完成建筑业总产值${rng.money(60, 80)}亿元。`),
    h3("三、固定资产投资"),
    p(`全年固定资产投资比上年增长${rng.rate(1, 7)}%。其中基础设施投资增长${rng.rate(2, 9)}%，民间投资增长${rng.rate(-3, 5)}%。`),
    h3("四、人民生活"),
    p(`全年城乡居民人均可支配收入${rng.int(40_000, 44_000)}元，比上年增长${rng.rate(4.8, 6)}%。`),
    p("注：本公报中部分数据为初步统计数。"),
  ].join("");
  return {
    unit,
    generatedOn: workdayIn(rng, year + 1, 3, 16, 26),
    maxDelay: 10,
    render: (spec) =>
      content(spec, {
        title: `示范区${year}年国民经济和社会发展统计公报`,
        summary: `${year}年全区地区生产总值${gdp}亿元，以及农业、工业、投资、消费、财政、居民收入和社会事业等发展情况。`,
        topic: ["统计信息"],
        genre: "公报",
        keywords: ["统计公报", `${year}年`, "国民经济"],
        article20Item: "A20_04",
        methods: ["政府网站", "政府公报"],
        bodyHtml,
      }),
  };
}

interface PolicyDef {
  subject: string;
  form: "办法" | "方案" | "措施" | "预案" | "要点" | "规划" | "细则";
  purpose: string;
  basis: string;
  scope: string;
  lead: string;
  tasks: string[];
  keywords: string[];
}

function policyTopic(def: PolicyDef): { topic: TopicPath; article20Item: string } {
  if (def.form === "预案") return { topic: ["应急管理"], article20Item: "A20_12" };
  if (def.form === "规划") return { topic: ["规划计划"], article20Item: "A20_03" };
  if (def.form === "办法" || def.form === "细则" || def.form === "措施") return { topic: ["政策文件", "行政规范性文件"], article20Item: "A20_01" };
  return { topic: ["政策文件", "其他文件"], article20Item: "A20_01" };
}

function policyBody(unit: UnitProfile, def: PolicyDef, writtenOn: string, effective: string): string {
  const cover = [p("各有关单位："), p(`现将《${def.subject}》印发给你们，请结合实际，认真贯彻执行。`), p(unit.name), p(cnDate(writtenOn)), h3(def.subject)];
  if (def.form === "办法" || def.form === "细则" || def.form === "措施") {
    const word = def.form === "措施" ? "措施" : def.form;
    const articles = [
      `为了${def.purpose}，根据${def.basis}，结合本区实际，制定本${word}。`,
      `本${word}适用于${def.scope}。`,
      `${def.lead}负责本${word}的组织实施和监督管理，各有关部门按照职责分工做好相关工作。`,
      ...def.tasks,
      `本${word}自${cnDate(effective)}起施行，有效期5年。`,
    ];
    const cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    return [...cover, ...articles.map((text, i) => p(`第${at(cn, i)}条　${text}`))].join("");
  }
  return [
    ...cover,
    h3("一、总体要求"),
    p(
      `坚持以人民为中心的发展思想，围绕${def.purpose}，${def.basis.startsWith("《") ? `认真落实${def.basis}` : def.basis}，结合本区实际，制定本${def.form}。本${def.form}适用于${def.scope}。`,
    ),
    h3("二、主要任务"),
    ...def.tasks.map((task, i) => p(`（${at(["一", "二", "三", "四", "五", "六"], i)}）${task}`)),
    h3("三、保障措施"),
    p(`${def.lead}牵头负责统筹协调，各有关单位要明确责任分工，细化工作措施，加强督促检查，确保各项任务落到实处。`),
  ].join("");
}

/** A document issued with a 印发通知 and its 文号, and optionally its 政策解读, which cites the 文号 and goes online just after it. */
function policySpecs(unit: UnitProfile, def: PolicyDef, day: string, options: { interpretation?: boolean; extra?: Partial<SpecInput> } = {}): Spec[] {
  const { topic, article20Item } = policyTopic(def);
  const isRule = def.form === "办法" || def.form === "细则" || def.form === "措施";
  const policy = makeSpec({
    unit,
    generatedOn: day,
    docPrefix: unit.docPrefix,
    maxDelay: 10,
    render: (spec) =>
      content(spec, {
        title: `${unit.name}关于印发《${def.subject}》的通知`,
        summary: `为${def.purpose}，${unit.name}制定了《${def.subject}》，现予印发。`,
        topic,
        genre: "通知",
        keywords: def.keywords,
        article20Item,
        methods: ["政府网站", "政府公报"],
        // 规范性文件 take effect 30 days after publication at the earliest.
        bodyHtml: policyBody(unit, def, spec.writtenOn ?? spec.generatedOn, addDays(spec.generatedOn, isRule ? 30 : 0)),
      }),
    ...options.extra,
  });
  if (!options.interpretation) return [policy];
  const interpretation = makeSpec({
    unit,
    generatedOn: day,
    after: policy,
    render: (spec) =>
      content(spec, {
        title: `《${def.subject}》政策解读`,
        summary: `对《${def.subject}》的制定背景、依据、主要内容和施行时间进行解读。`,
        topic: ["政策文件", "政策解读"],
        genre: "其他",
        keywords: ["政策解读", ...def.keywords.slice(0, 3)],
        article20Item: "A20_01",
        bodyHtml: [
          h3("一、制定背景"),
          p(`为${def.purpose}，${unit.name}在深入调研、广泛征求意见的基础上，制定了《${def.subject}》（${policy.docNo ?? ""}）。`),
          h3("二、制定依据"),
          p(`主要依据${def.basis}。`),
          h3("三、主要内容"),
          p(
            `《${def.subject}》明确了适用范围为${def.scope}，由${def.lead}负责组织实施，并对以下事项作出规定：${def.tasks.map((t) => t.replace(/。$/, "")).join("；")}。`,
          ),
          h3("四、解读机关及联系方式"),
          p(`解读机关：${unit.name}；联系电话：${unit.phone}。`),
        ].join(""),
      }),
  });
  return [policy, interpretation];
}

const POLICIES: Record<string, PolicyDef> = {
  investment: {
    subject: "示范区政府投资项目管理办法",
    form: "办法",
    purpose: "规范政府投资行为，提高政府投资效益，激发社会投资活力",
    basis: "《政府投资条例》等有关规定",
    scope: "本区使用区级预算安排的资金进行固定资产投资建设活动的管理",
    lead: "区发展和改革局",
    tasks: [
      "政府投资资金应当投向市场不能有效配置资源的公共基础设施、社会公益服务、农业农村、生态环境保护等公共领域的项目，以非经营性项目为主。",
      "政府投资项目实行审批制。项目单位应当编制项目建议书、可行性研究报告、初步设计，按照规定程序报区发展和改革局审批。",
      "经批准的投资概算是控制政府投资项目总投资的依据。初步设计提出的投资概算超过经批准的可行性研究报告提出的投资估算10%的，项目单位应当重新报送可行性研究报告。",
      "区发展和改革局会同有关部门加强对政府投资项目实施情况的监督检查，建立项目信息共享机制。",
    ],
    keywords: ["政府投资", "项目管理", "规范性文件"],
  },
  price2025: {
    subject: "示范区重要民生商品价格监测预警工作方案",
    form: "方案",
    purpose: "及时准确掌握重要民生商品价格变动情况，做好价格异常波动预警和应对",
    basis: "《中华人民共和国价格法》和上级价格监测工作有关要求",
    scope: "全区粮油、肉禽蛋、蔬菜等重要民生商品的价格监测和预警",
    lead: "区发展和改革局",
    tasks: [
      "在城区农贸市场、大型超市设立4个价格监测点，每周采集价格数据。",
      "建立价格异常波动三级预警机制，价格连续两周环比涨幅超过10%的，启动相应等级预警。",
      "每月发布重要民生商品价格监测情况。",
    ],
    keywords: ["价格监测", "价格预警", "民生商品"],
  },
  credit: {
    subject: "示范区社会信用体系建设三年行动方案（2025—2027年）",
    form: "方案",
    purpose: "加快推进社会信用体系建设，营造诚实守信的社会环境",
    basis: "国家和省关于推进社会信用体系建设高质量发展的部署要求",
    scope: "全区政务诚信、商务诚信、社会诚信和司法公信建设",
    lead: "区发展和改革局",
    tasks: [
      "完善区公共信用信息平台，2025年底前实现行政许可和行政处罚信息“双公示”全覆盖。",
      "推行信用承诺制，在政务服务事项中推广告知承诺。",
      "健全守信激励和失信惩戒机制，依法依规开展信用修复。",
    ],
    keywords: ["社会信用", "诚信建设", "行动方案"],
  },
  private: {
    subject: "示范区促进民营经济高质量发展若干措施",
    form: "措施",
    purpose: "优化民营经济发展环境，促进民营经济做大做优做强",
    basis: "《中华人民共和国民营经济促进法》等有关规定",
    scope: "在本区依法登记注册的民营企业",
    lead: "区发展和改革局",
    tasks: [
      "除法律法规另有规定外，不得在招标投标、政府采购中对民营企业设置差别化条件。",
      "对新认定的国家级专精特新“小巨人”企业给予一次性奖励。",
      "建立政企常态化沟通机制，每季度召开一次民营企业座谈会。",
    ],
    keywords: ["民营经济", "营商环境", "规范性文件"],
  },
  grain: {
    subject: "示范区粮食应急保障预案",
    form: "预案",
    purpose: "有效应对粮食市场异常波动，保障粮食供应和价格基本稳定",
    basis: "《中华人民共和国粮食安全保障法》《粮食流通管理条例》等有关规定",
    scope: "本区行政区域内因自然灾害、公共卫生事件等引发的粮食市场异常波动的应对",
    lead: "区发展和改革局",
    tasks: [
      "建立粮食应急供应网点，确保城区每个街道至少有1个应急供应网点。",
      "根据市场异常波动程度，分为国家级、省级、市级和区级四级应急响应。",
      "加强粮食市场监测，出现异常波动时及时报告。",
    ],
    keywords: ["粮食应急", "应急预案"],
  },
  price2026: {
    subject: "示范区重要民生商品价格监测预警工作方案（2026年修订）",
    form: "方案",
    purpose: "健全重要民生商品价格监测预警体系，提升价格异常波动应对能力",
    basis: "《中华人民共和国价格法》和上级价格监测工作有关要求",
    scope: "全区粮油、肉禽蛋、蔬菜、水果等重要民生商品的价格监测和预警",
    lead: "区发展和改革局",
    tasks: [
      "将价格监测点由4个增加至6个，新增水果监测品种。",
      "价格连续两周环比涨幅超过8%的，启动相应等级预警。",
      "每月发布重要民生商品价格监测情况，遇异常波动时加密发布。",
    ],
    keywords: ["价格监测", "价格预警", "民生商品"],
  },
  services: {
    subject: "示范区“十五五”现代服务业发展规划",
    form: "规划",
    purpose: "推动现代服务业高质量发展，构建优质高效的服务业新体系",
    basis: "《示范区国民经济和社会发展第十五个五年规划纲要》",
    scope: "2026—2030年全区现代服务业发展",
    lead: "区发展和改革局",
    tasks: ["到2030年，服务业增加值占地区生产总值比重达到58%左右。", "重点发展现代物流、科技服务、商贸流通和健康养老产业。", "培育3个以上服务业集聚区。"],
    keywords: ["十五五", "现代服务业", "发展规划"],
  },
  reserve2027: {
    subject: "示范区2027年重点项目谋划储备工作方案",
    form: "方案",
    purpose: "做好2027年重点项目谋划储备，夯实项目建设基础",
    basis: "全区重点项目建设工作有关部署",
    scope: "全区各部门、各镇街的项目谋划储备工作",
    lead: "区发展和改革局",
    tasks: ["2026年12月底前，各单位报送2027年拟实施项目清单。", "建立项目储备库动态管理机制，实行“储备一批、开工一批、投产一批”。"],
    keywords: ["重点项目", "项目储备"],
  },
  expropriation: {
    subject: "示范区国有土地上房屋征收与补偿实施办法",
    form: "办法",
    purpose: "规范国有土地上房屋征收与补偿活动，维护公共利益，保障被征收人的合法权益",
    basis: "《国有土地上房屋征收与补偿条例》等有关规定",
    scope: "本区行政区域内国有土地上为公共利益需要征收单位、个人房屋的补偿",
    lead: "区住房和城乡建设局",
    tasks: [
      "房屋征收部门应当对房屋征收范围内房屋的权属、区位、用途、建筑面积等情况组织调查登记。",
      "对被征收房屋价值的补偿，不得低于房屋征收决定公告之日被征收房屋类似房地产的市场价格。",
      "被征收人可以选择货币补偿，也可以选择房屋产权调换。",
    ],
    keywords: ["房屋征收", "征收补偿", "规范性文件"],
  },
  flood: {
    subject: "示范区防汛抗旱应急预案",
    form: "预案",
    purpose: "做好水旱灾害突发事件防范与处置工作，最大程度减少人员伤亡和财产损失",
    basis: "《中华人民共和国防洪法》《中华人民共和国突发事件应对法》等有关规定",
    scope: "本区行政区域内水旱灾害的预防和应急处置",
    lead: "区防汛抗旱指挥部",
    tasks: [
      "应急响应分为四级，Ⅰ级为最高级别。",
      "各镇街、各有关部门汛期实行24小时值班和领导带班制度。",
      "出现险情时，按照“先人员、后财产”的原则组织转移避险。",
    ],
    keywords: ["防汛抗旱", "应急预案"],
  },
  openness: {
    subject: "示范区{Y}年政务公开工作要点",
    form: "要点",
    purpose: "深入推进政务公开，更好发挥政务公开助力政府治理的作用",
    basis: "《中华人民共和国政府信息公开条例》和上级政务公开工作要点",
    scope: "全区各部门、各镇街的政务公开工作",
    lead: "区人民政府办公室",
    tasks: [
      "加强政策文件和政策解读的同步发布，规范性文件解读率达到100%。",
      "做好法定主动公开内容的动态更新，每季度开展一次栏目检查。",
      "规范依申请公开办理，严格落实法定答复期限。",
    ],
    keywords: ["政务公开", "工作要点"],
  },
  enrolment: {
    subject: "示范区{Y}年义务教育阶段学校招生入学工作实施方案",
    form: "方案",
    purpose: "规范义务教育阶段学校招生入学工作，保障适龄儿童少年依法接受义务教育",
    basis: "《中华人民共和国义务教育法》和上级招生入学工作有关要求",
    scope: "全区公办和民办义务教育阶段学校的招生入学",
    lead: "区教育局",
    tasks: [
      "公办学校实行划片招生、免试就近入学，民办学校与公办学校同步招生。",
      "符合条件的随迁子女按照“两为主、两纳入”的要求入学。",
      "招生工作全程通过招生平台办理，招生结果及时公示。",
    ],
    keywords: ["招生入学", "义务教育"],
  },
  subsistence: {
    subject: "示范区最低生活保障审核确认办法",
    form: "办法",
    purpose: "规范最低生活保障审核确认工作，切实保障困难群众基本生活",
    basis: "《社会救助暂行办法》和民政部《最低生活保障审核确认办法》等有关规定",
    scope: "本区行政区域内最低生活保障的申请、审核确认和管理",
    lead: "区民政局",
    tasks: [
      "申请最低生活保障以家庭为单位，由共同生活的家庭成员向户籍所在地镇人民政府（街道办事处）提出书面申请。",
      "镇人民政府（街道办事处）应当自受理申请之日起10个工作日内完成家庭经济状况调查。",
      "审核确认结果在申请人所在村（社区）公示，公示期为7天。",
    ],
    keywords: ["最低生活保障", "社会救助", "规范性文件"],
  },
  funds: {
    subject: "示范区区级财政专项资金管理办法",
    form: "办法",
    purpose: "加强区级财政专项资金管理，提高资金使用效益",
    basis: "《中华人民共和国预算法》及其实施条例等有关规定",
    scope: "区级财政预算安排的具有专门用途的专项资金的设立、分配、使用和监督",
    lead: "区财政局",
    tasks: ["专项资金实行目录管理，未列入目录的不得安排。", "专项资金分配结果除涉密内容外，应当在分配后20日内向社会公开。", "专项资金实行全过程绩效管理。"],
    keywords: ["专项资金", "财政管理", "规范性文件"],
  },
  renewal: {
    subject: "示范区老旧小区改造工作实施方案",
    form: "方案",
    purpose: "改善老旧小区居住环境，提升群众获得感和幸福感",
    basis: "国家和省关于全面推进城镇老旧小区改造工作的部署要求",
    scope: "全区2000年底前建成的城镇老旧小区",
    lead: "区住房和城乡建设局",
    tasks: [
      "2026年改造老旧小区12个，惠及居民3200户。",
      "改造内容分为基础类、完善类和提升类，优先实施基础类改造。",
      "坚持居民自愿，改造方案须经小区三分之二以上居民同意。",
    ],
    keywords: ["老旧小区", "城市更新"],
  },
  villageEnv: {
    subject: "城关镇农村人居环境整治提升工作方案",
    form: "方案",
    purpose: "持续改善农村人居环境，建设宜居宜业和美乡村",
    basis: "上级关于农村人居环境整治提升的工作部署",
    scope: "城关镇所辖各行政村",
    lead: "城关镇人民政府",
    tasks: ["完善农村生活垃圾收运处置体系，实现生活垃圾集中收运全覆盖。", "推进农村户厕改造，年内新改建卫生厕所300户。", "每月开展一次村庄清洁行动评比。"],
    keywords: ["人居环境", "乡村振兴"],
  },
  grid: {
    subject: "东湖街道网格化服务管理实施办法",
    form: "办法",
    purpose: "提升基层治理精细化水平，及时发现和解决群众诉求",
    basis: "上级关于加强基层治理体系和治理能力现代化建设的部署",
    scope: "东湖街道辖区内网格的划分、网格员的管理和网格事项的办理",
    lead: "东湖街道网格化服务管理中心",
    tasks: [
      "辖区划分为48个基础网格，每个网格配备1名专职网格员。",
      "网格员发现的问题按照“发现、上报、派遣、处置、反馈”流程闭环办理。",
      "对群众反映的一般事项，应当在5个工作日内办结并反馈。",
    ],
    keywords: ["网格化", "基层治理"],
  },
};

function withYear(def: PolicyDef, year: number): PolicyDef {
  return { ...def, subject: def.subject.replace("{Y}", String(year)) };
}

function recruitmentSpec(rng: Rng, unit: UnitProfile, year: number, what: string, day: string, extra: Partial<SpecInput> = {}): SpecInput {
  const posts = rng.int(3, 24);
  const from = addDays(day, 10);
  const to = addDays(day, 16);
  return {
    unit,
    generatedOn: day,
    maxDelay: 5,
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${year}年公开招聘${what}公告`,
        summary: `${unit.name}${year}年面向社会公开招聘${what}${posts}名，报名时间为${cnDate(from)}至${cnDate(to)}。`,
        topic: ["人事信息"],
        genre: "公告",
        keywords: ["公开招聘", "招聘公告", `${year}年`],
        methods: ["政府网站", "公告栏"],
        bodyHtml: [
          p(
            `根据《事业单位人事管理条例》《事业单位公开招聘人员暂行规定》等有关规定，经研究，${unit.name}决定面向社会公开招聘${what}${posts}名。现将有关事项公告如下：`,
          ),
          h3("一、招聘岗位及人数"),
          p(`本次计划招聘${what}${posts}名，具体岗位、人数及资格条件详见招聘岗位表。`),
          h3("二、报名条件"),
          p("具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行，身体健康，年龄在18周岁以上、35周岁以下，具备岗位所需的学历、专业和其他条件。"),
          h3("三、报名时间和方式"),
          p(`报名时间：${cnDate(from)}9:00至${cnDate(to)}17:00。报名采取网上报名方式进行。`),
          h3("四、考试和考核"),
          p("考试采取笔试和面试相结合的方式，笔试、面试成绩按照4:6的比例合成总成绩。根据总成绩由高到低等额确定考察人选。"),
          h3("五、咨询电话"),
          p(`${unit.name}：${unit.phone}。`),
        ].join(""),
      }),
    ...extra,
  };
}

function appointmentSpec(rng: Rng, unit: UnitProfile, day: string, batch: number): SpecInput {
  // 区政府 appoints deputy heads of its departments; a department appoints the heads of its sections.
  const chief = (section: string) => (section.endsWith("科") ? "科长" : section.endsWith("站") ? "站长" : "主任");
  const people = rng.sample(PEOPLE, rng.int(1, 3)).map((name) => {
    const departments = unit.sections.filter((s) => s.endsWith("局"));
    const from = rng.pick(unit.kind === "GOVERNMENT" ? departments : unit.sections);
    const current = unit.kind === "GOVERNMENT" ? `${from}${rng.pick(["办公室主任", "综合科科长", "四级调研员"])}` : `${unit.name}${from}副${chief(from)}`;
    const next = rng.pick(unit.sections.filter((s) => s !== from));
    const target = unit.kind === "GOVERNMENT" ? `${rng.pick(departments)}副局长` : `${unit.name}${next}${chief(next)}`;
    return `${name}，${rng.pick(["男", "女"])}，汉族，${rng.int(1978, 1992)}年${rng.int(1, 12)}月生，${rng.pick(["大学", "研究生"])}学历，中共党员，现任${current}，拟任${target}。`;
  });
  const year = Number(day.slice(0, 4));
  const end = addDays(day, 7);
  return {
    unit,
    generatedOn: day,
    maxDelay: 2,
    masking: "公示内容仅保留姓名、性别、民族、出生年月、学历、政治面貌和职务，已删除身份证号码、家庭住址等个人信息。",
    render: (spec) =>
      content(spec, {
        title: `${unit.name}${year}年第${batch}批干部任前公示`,
        summary: `${unit.name}拟任职干部${people.length}名，公示期为${cnDate(addDays(day, 1))}至${cnDate(end)}。`,
        topic: ["人事信息"],
        genre: "公告",
        keywords: ["任前公示", "干部任用"],
        methods: ["政府网站", "公告栏"],
        bodyHtml: [
          p("根据《党政领导干部选拔任用工作条例》有关规定，经研究，现将拟任职干部情况公示如下："),
          ...people.map(p),
          p(
            `公示时间：${cnDate(addDays(day, 1))}至${cnDate(end)}（5个工作日）。公示期间，对拟任职人选有意见或反映问题的，可通过来电、来信、来访等方式向区委组织部反映。`,
          ),
          p("监督电话：12380。"),
        ].join(""),
      }),
  };
}

function reliefSpec(rng: Rng, unit: UnitProfile, year: number, half: 1 | 2): SpecInput {
  const label = `${year}年${half === 1 ? "上半年" : "下半年"}`;
  const rows = [
    ["城市最低生活保障", rng.int(1100, 1400), rng.money(380, 520).toFixed(2)],
    ["农村最低生活保障", rng.int(2400, 2900), rng.money(560, 720).toFixed(2)],
    ["特困人员救助供养", rng.int(420, 560), rng.money(260, 340).toFixed(2)],
    ["临时救助", rng.int(150, 400), rng.money(40, 90).toFixed(2)],
  ];
  return {
    unit,
    generatedOn: half === 1 ? workdayIn(rng, year, 7, 6, 16) : workdayIn(rng, year + 1, 1, 6, 16),
    render: (spec) =>
      content(spec, {
        title: `示范区${label}城乡低保、特困人员救助供养资金发放情况`,
        summary: `${label}全区城乡低保、特困人员救助供养和临时救助的保障人数及资金发放情况。`,
        topic: ["民生保障", "社会保障"],
        genre: "其他",
        keywords: ["最低生活保障", "特困供养", "社会救助"],
        article20Item: "A20_11",
        bodyHtml: [p(`${label}，全区各类社会救助资金均按时足额发放，具体情况如下：`), table(["救助类别", "保障人数（人）", "发放金额（万元）"], rows)].join(""),
      }),
  };
}

function subsidySpec(rng: Rng, unit: UnitProfile, year: number, half: 1 | 2): SpecInput {
  const label = `${year}年${half === 1 ? "上半年" : "下半年"}`;
  const rows = [
    ["一次性创业补贴", rng.int(60, 180), rng.money(30, 90).toFixed(2)],
    ["灵活就业人员社会保险补贴", rng.int(300, 800), rng.money(120, 320).toFixed(2)],
    ["职业技能培训补贴", rng.int(400, 1500), rng.money(60, 200).toFixed(2)],
    ["公益性岗位补贴", rng.int(80, 200), rng.money(90, 240).toFixed(2)],
  ];
  return {
    unit,
    generatedOn: half === 1 ? workdayIn(rng, year, 7, 8, 20) : workdayIn(rng, year + 1, 1, 8, 20),
    render: (spec) =>
      content(spec, {
        title: `示范区${label}就业创业补贴发放情况公示`,
        summary: `${label}全区一次性创业补贴、社会保险补贴、职业技能培训补贴和公益性岗位补贴的发放情况。`,
        topic: ["民生保障", "就业"],
        genre: "公告",
        keywords: ["就业补贴", "创业补贴", label],
        article20Item: "A20_11",
        bodyHtml: [
          p(`根据就业补贴资金管理有关规定，现将${label}全区就业创业补贴发放情况公示如下：`),
          table(["补贴项目", "享受人数（人）", "发放金额（万元）"], rows),
          p(`公示期为5个工作日。如有异议，请向${unit.name}反映，联系电话：${unit.phone}。`),
        ].join(""),
      }),
  };
}

function epidemicSpec(rng: Rng, unit: UnitProfile, year: number, half: 1 | 2): SpecInput {
  const label = `${year}年${half === 1 ? "上半年" : "下半年"}`;
  const diseases = rng.sample(["流行性感冒", "其他感染性腹泻病", "手足口病", "肺结核", "病毒性肝炎", "梅毒", "流行性腮腺炎"], 3);
  const total = rng.int(380, 1400);
  const classB = rng.int(60, 180);
  const kinds = rng.int(9, 14);
  const topShare = rng.rate(70, 90);
  return {
    unit,
    generatedOn: half === 1 ? workdayIn(rng, year, 7, 6, 15) : workdayIn(rng, year + 1, 1, 6, 15),
    render: (spec) =>
      content(spec, {
        title: `示范区${label}法定传染病疫情概况`,
        summary: `${label}全区报告法定传染病${total}例，无死亡病例。`,
        topic: ["民生保障", "医疗卫生"],
        genre: "通报",
        keywords: ["传染病", "疫情概况", label],
        article20Item: "A20_13",
        bodyHtml: [
          p(`${label}，全区共报告法定传染病${kinds}种${total}例，无死亡病例。其中乙类传染病${classB}例，丙类传染病${total - classB}例，未报告甲类传染病。`),
          p(`报告发病数居前三位的病种依次为${diseases.join("、")}，占报告病例总数的${topShare}%。`),
          p("区卫生健康局提醒广大群众注意个人卫生，科学佩戴口罩，出现发热等症状时及时就医。"),
        ].join(""),
      }),
  };
}

function samplingSpec(rng: Rng, unit: UnitProfile, year: number, issue: number): SpecInput {
  const batches = rng.int(80, 260);
  const failed = rng.int(0, 4);
  const month = issue * 3;
  const foodKinds = rng.int(8, 16);
  return {
    unit,
    generatedOn: month === 12 ? workdayIn(rng, year + 1, 1, 6, 14) : workdayIn(rng, year, month, 10, 26),
    render: (spec) =>
      content(spec, {
        title: `示范区${year}年第${issue}期食品安全监督抽检信息公告`,
        summary: `${unit.name}抽检食品${batches}批次，合格${batches - failed}批次，不合格${failed}批次。`,
        topic: ["监督检查"],
        genre: "公告",
        keywords: ["食品安全", "监督抽检"],
        article20Item: "A20_13",
        bodyHtml: [
          p(
            `近期，${unit.name}组织对粮食加工品、食用油、肉制品、乳制品、蔬菜、水果等${foodKinds}类食品开展监督抽检，共抽检样品${batches}批次，合格${batches - failed}批次，不合格${failed}批次。`,
          ),
          p(failed > 0 ? "对抽检中发现的不合格食品，已责令相关食品生产经营者立即采取下架、召回等措施，并依法开展核查处置。" : "本期抽检样品均为合格。"),
          p("消费者如发现食品安全问题，可拨打投诉举报电话12315。"),
        ].join(""),
      }),
  };
}

function simpleSpec(
  unit: UnitProfile,
  generatedOn: string,
  fields: Pick<PlannedContent, "title" | "summary" | "topic" | "genre" | "keywords" | "bodyHtml"> & Partial<PlannedContent>,
  extra: Partial<SpecInput> = {},
): SpecInput {
  return { unit, generatedOn, render: (spec) => content(spec, fields), ...extra };
}

// --- The district's catalogue ------------------------------------------------------------------

/** Later changes to 机构职能: a new section or office, as a new revision (`stopAt`: still in progress). */
const ORG_CHANGES: Record<string, { on: string; sections?: (current: string[]) => string[]; address?: string; stopAt?: "DRAFT" | "SUBMITTED" }> = {
  finance: { on: "2025-11-12", sections: (current) => [...current, "绩效管理科"] },
  market: { on: "2026-04-15", sections: (current) => [...current, "知识产权科"] },
  drc: { on: "2026-11-16", address: "示范区人民大道1号行政中心5号楼", stopAt: "DRAFT" },
  stats: { on: "2026-11-10", sections: (current) => [...current.slice(0, -1), "统计执法监督科（统计数据质量管理科）"], stopAt: "SUBMITTED" },
};

function buildSpecs(rng: Rng, staff: Map<string, StaffPlan>): Spec[] {
  const specs: Spec[] = [];
  const add = (...items: SpecInput[]) => specs.push(...items.map(makeSpec));
  const leadersOf = (key: string) => staff.get(key)?.leaders ?? [];
  const awarded = new Set<string>();
  const award = (unit: UnitProfile, day: string) => awardSpec(rng, unit, day, awarded);

  for (const unit of UNIT_PROFILES) {
    const leaders = leadersOf(unit.key);
    // 机构职能 and 领导信息: some changed later, published as a new revision (or one still in progress).
    const orgChange = ORG_CHANGES[unit.key];
    const orgExtra: Partial<SpecInput> = orgChange
      ? {
          revise: {
            on: orgChange.on,
            stopAt: orgChange.stopAt,
            change: (c) => ({
              ...c,
              bodyHtml: sanitizeBody(orgBody(unit, orgChange.sections?.(unit.sections) ?? unit.sections, orgChange.address ?? unit.address)),
            }),
          },
        }
      : {};
    add(orgSpec(rng, unit, orgExtra));

    const changedOn: Record<string, string> = { gov: "2026-03-18", edu: "2025-09-08", health: "2026-06-10", drc: "2026-02-26" };
    const change = changedOn[unit.key];
    const newcomer = PEOPLE[(unit.serial * 7) % PEOPLE.length] ?? "韩冰";
    add(
      leadersSpec(
        rng,
        unit,
        leaders,
        change
          ? {
              revise: {
                on: change,
                change: (c) => {
                  const replaced = leaders.map((l, i) => (i === leaders.length - 1 ? { ...l, name: newcomer } : l));
                  return { ...c, bodyHtml: sanitizeBody(leadersBody(replaced)) };
                },
              },
            }
          : {},
      ),
    );
    add(annualReportSpec(rng, unit, 2024), annualReportSpec(rng, unit, 2025));
    if (unit.kind !== "GOVERNMENT") {
      if (unit.key === "drc")
        add(budgetSpec(rng, unit, 2025), finalAccountsSpec(rng, unit, 2024), threeFeesSpec(rng, unit, 2024), threeFeesSpec(rng, unit, 2025));
      add(budgetSpec(rng, unit, 2026), finalAccountsSpec(rng, unit, 2025));
    }
  }

  // 区发改局: about half of the catalogue, and most of what the demo accounts see in their queues.
  const drc = profile("drc");
  const drcLeaders = leadersOf("drc");
  const [duplicated, ...drcNews] = newsSpecs(rng, drc, drcLeaders, 28, "2026-10-20");
  if (duplicated) add({ ...duplicated, withdraw: { reason: "ERROR", note: "与同日发布的另一条信息重复，予以撤销。" } });
  add(...drcNews);
  for (const [day, template] of RECENT_DRC_NEWS) add(newsSpec(rng, drc, drcLeaders, template, day));
  for (let year = 2025; year <= 2026; year++) {
    for (let q = 1; q <= 4; q++) {
      const cancelled =
        year === 2025 && q === 3 ? { withdraw: { reason: "OTHER" as const, note: "部分采购项目因预算调整取消，调整后的采购意向另行公开。" } } : {};
      add(procurementIntentSpec(rng, drc, year, q, cancelled));
    }
    for (let m = 1; m <= 12; m++) {
      if (year === 2026 && m > 10) break;
      add(permitSpec(rng, drc, year, { month: m }));
      add(priceSpec(rng, drc, year, m));
    }
    for (let q = 1; q <= (year === 2026 ? 3 : 4); q++) add(keyProjectsSpec(rng, drc, year, q));
    add(
      simpleSpec(drc, workdayIn(rng, year, 1, 12, 22), {
        title: `关于示范区${year - 1}年国民经济和社会发展计划执行情况与${year}年计划草案的报告`,
        summary: `${year - 1}年全区国民经济和社会发展计划执行情况，${year}年经济社会发展的主要预期目标和重点任务。`,
        topic: ["规划计划"],
        genre: "报告",
        keywords: ["国民经济和社会发展计划", `${year}年`],
        article20Item: "A20_03",
        methods: ["政府网站", "政府公报"],
        bodyHtml: [
          h3(`一、${year - 1}年国民经济和社会发展计划执行情况`),
          p(
            `${year - 1}年，全区地区生产总值增长${rng.rate(4.8, 6)}%，固定资产投资增长${rng.rate(2, 7)}%，社会消费品零售总额增长${rng.rate(4, 6.5)}%，主要指标完成或基本完成年度计划。`,
          ),
          h3(`二、${year}年经济社会发展的主要预期目标`),
          p(
            `地区生产总值增长5.5%左右；固定资产投资增长6%左右；社会消费品零售总额增长6%左右；城乡居民人均可支配收入增长与经济增长基本同步；城镇调查失业率控制在5.5%以内。`,
          ),
          h3(`三、${year}年重点任务`),
          p("扎实推进重点项目建设，持续扩大有效投资；大力提振消费；加快发展现代服务业；持续优化营商环境；切实保障和改善民生。"),
        ].join(""),
      }),
    );
    add(
      simpleSpec(
        drc,
        workdayIn(rng, year, 3, 2, 14),
        {
          title: `${drc.name}关于下达示范区${year}年重点项目建设计划的通知`,
          summary: `下达示范区${year}年重点项目${year === 2025 ? 86 : 92}个，年度计划投资${year === 2025 ? 138.5 : 151.2}亿元。`,
          topic: ["规划计划"],
          genre: "通知",
          keywords: ["重点项目", "建设计划", `${year}年`],
          article20Item: "A20_10",
          bodyHtml: [
            p("各镇街、区直各有关部门："),
            p(`经区政府同意，现将示范区${year}年重点项目建设计划下达给你们，请按照计划抓好项目实施，确保完成年度投资任务。`),
            p("各项目责任单位要于每月5日前报送项目进展情况。"),
          ].join(""),
        },
        { docPrefix: drc.docPrefix },
      ),
    );
  }
  add(...policySpecs(drc, POLICIES.investment!, "2025-03-12", { interpretation: true }));
  // The 2025 方案 is repealed by its 2026 revision: a new revision of the old entry marks it 已废止.
  const price2026 = policySpecs(drc, POLICIES.price2026!, "2026-06-18", { interpretation: true });
  add(
    ...policySpecs(drc, POLICIES.price2025!, "2025-05-20", {
      extra: {
        revise: {
          on: "2026-07-06",
          change: (c, on) => ({
            ...c,
            validity: "REPEALED",
            bodyHtml: sanitizeBody(
              `${p(`<strong>本文件已废止。</strong>自${cnDate(on)}起，本方案由《示范区重要民生商品价格监测预警工作方案（2026年修订）》（${price2026[0]?.docNo ?? ""}）替代。`)}${c.bodyHtml}`,
            ),
          }),
        },
      },
    }),
  );
  add(...policySpecs(drc, POLICIES.credit!, "2025-09-16", { interpretation: true }));
  add(...policySpecs(drc, POLICIES.private!, "2026-03-10", { interpretation: true }));
  add(...policySpecs(drc, POLICIES.grain!, "2026-04-21"));
  add(...price2026);
  add(...policySpecs(drc, POLICIES.services!, "2026-07-14", { interpretation: true }));
  add(...policySpecs(drc, POLICIES.reserve2027!, "2026-11-13", { extra: { pending: "SUBMITTED" } }));
  for (const [day, batch] of [
    ["2025-06-17", 1],
    ["2026-04-14", 1],
    ["2026-11-11", 2],
  ] as const)
    add(appointmentSpec(rng, drc, day, batch));
  for (const day of ["2025-04-22", "2025-08-19", "2025-12-09", "2026-03-24", "2026-09-15", "2026-11-05"]) add(award(drc, day));
  add(procurementIntentSpec(rng, drc, 2027, 1, { generatedOn: "2026-11-18" }));
  add(
    simpleSpec(
      drc,
      "2026-10-23",
      {
        title: `${drc.name}关于调整居民生活用管道天然气销售价格的通知`,
        summary: "根据上游气源价格变化，经成本监审和听证，调整全区居民生活用管道天然气第一档销售价格。",
        topic: ["政策文件", "其他文件"],
        genre: "通知",
        keywords: ["天然气价格", "价格调整", "居民生活用气"],
        article20Item: "A20_01",
        methods: ["政府网站", "政府公报", "报刊广播电视"],
        bodyHtml: [
          p("各供气企业："),
          p("根据上游气源价格变化情况，经成本监审、价格听证和集体审议，现将居民生活用管道天然气销售价格调整如下："),
          p("一、居民生活用管道天然气第一档价格由每立方米2.86元调整为每立方米2.98元，第二档、第三档价格按1:1.2:1.5的比价关系相应调整。"),
          p("二、执行居民气价的非居民用户价格同步调整。"),
          p("三、本通知自2027年1月1日起执行。"),
        ].join(""),
      },
      { docPrefix: drc.docPrefix },
    ),
    simpleSpec(
      drc,
      "2026-10-28",
      {
        title: "关于公布示范区2026年度“诚信示范企业”名单的公告",
        summary: "经企业申报、信用审查和社会公示，认定示范区2026年度“诚信示范企业”20家。",
        topic: ["监督检查"],
        genre: "公告",
        keywords: ["社会信用", "诚信示范企业"],
        article20Item: "A20_15",
        bodyHtml: [
          p("根据《示范区社会信用体系建设三年行动方案（2025—2027年）》，经企业申报、信用审查和社会公示，认定以下20家企业为示范区2026年度“诚信示范企业”。"),
          p("（名单见附件）"),
        ].join(""),
      },
      { docPrefix: drc.docPrefix },
    ),
    simpleSpec(drc, "2026-11-06", {
      title: "示范区2026年1—10月企业投资项目备案情况",
      summary: "2026年1—10月全区企业投资项目备案数量、总投资和行业分布情况。",
      topic: ["行政执法", "行政许可"],
      genre: "其他",
      keywords: ["项目备案", "企业投资"],
      article20Item: "A20_05",
      bodyHtml: [
        p(
          `2026年1—10月，全区共备案企业投资项目${rng.int(120, 180)}个，总投资${rng.money(150, 260)}亿元。其中工业项目${rng.int(50, 80)}个，服务业项目${rng.int(40, 70)}个，农业项目${rng.int(8, 20)}个。`,
        ),
      ].join(""),
    }),
  );
  add(
    simpleSpec(
      drc,
      "2026-11-02",
      {
        title: `${drc.name}关于做好示范区2027年国民经济和社会发展计划编制工作的通知`,
        summary: "部署2027年国民经济和社会发展计划编制工作，明确材料报送内容和时间要求。",
        topic: ["规划计划"],
        genre: "通知",
        keywords: ["计划编制", "2027年"],
        article20Item: "A20_03",
        bodyHtml: [
          p("各镇街、区直各有关部门："),
          p(
            "为做好2027年全区国民经济和社会发展计划编制工作，请各单位认真总结2026年计划执行情况，研究提出2027年主要目标和重点任务，于2026年12月10日前报送区发展和改革局。",
          ),
          p(`联系电话：${drc.phone}。`),
        ].join(""),
      },
      { docPrefix: drc.docPrefix },
    ),
  );
  // Items the reviewer decided are not to be published (条例 art. 14–16).
  add(
    simpleSpec(
      drc,
      "2025-07-08",
      {
        title: "关于申请下达示范区滨河片区综合开发项目前期工作经费的请示",
        summary: "申请区财政安排滨河片区综合开发项目前期工作经费。",
        topic: ["重大建设项目"],
        genre: "请示",
        keywords: ["前期工作经费", "请示"],
        bodyHtml: [
          p("区人民政府："),
          p("为加快推进滨河片区综合开发项目前期工作，我局拟委托专业机构开展项目可行性研究和专项评估，所需经费约180万元。特申请区财政予以安排。"),
          p("妥否，请批示。"),
        ].join(""),
      },
      { withhold: { ground: "PROCESS_INFO", note: "属于行政机关在履行行政管理职能过程中形成的请示报告，依据条例第十六条第二款不予公开。" } },
    ),
    simpleSpec(
      drc,
      "2025-12-16",
      {
        title: "示范区2025年第4次重点项目调度专题会议纪要",
        summary: "研究滨河片区综合开发等重点项目推进中的问题。",
        topic: ["重大建设项目"],
        genre: "纪要",
        keywords: ["会议纪要", "项目调度"],
        attribute: "NOT_PUBLIC",
        bodyHtml: [
          p("会议研究了滨河片区综合开发、冷链物流中心等项目推进中存在的用地、资金等问题，议定事项如下："),
          p("一、区自然资源部门加快办理项目用地手续。"),
          p("二、区财政局统筹安排项目前期经费。"),
        ].join(""),
      },
      { withhold: { ground: "PROCESS_INFO", note: "会议纪要属于讨论记录类过程性信息，且议定事项尚在研究中，不予公开。" } },
    ),
    simpleSpec(
      drc,
      "2026-08-11",
      {
        title: "示范区2026年度区级储备粮库存及轮换计划",
        summary: "区级储备粮的库存数量、品种、储存库点和年度轮换安排。",
        topic: ["应急管理"],
        genre: "方案",
        keywords: ["储备粮", "轮换计划"],
        bodyHtml: [p("根据区级储备粮管理有关规定，现将2026年度区级储备粮库存及轮换计划安排如下。"), p("（具体库存数量、储存库点和轮换时间另附表。）")].join(""),
      },
      { withhold: { ground: "STATE_SECRET", note: "区级储备粮库存数量和储存库点已依法定密，属于国家秘密，不予公开；已退回起草科室按涉密载体管理。" } },
    ),
  );

  // The other units: their own series, drafted, reviewed and approved by their own staff.
  const gov = profile("gov");
  add(
    simpleSpec(gov, "2026-02-26", {
      title: "示范区国民经济和社会发展第十五个五年规划纲要",
      summary: "2026—2030年全区经济社会发展的指导思想、主要目标、重点任务和重大举措。",
      topic: ["规划计划"],
      genre: "规划",
      keywords: ["十五五", "规划纲要", "国民经济和社会发展"],
      article20Item: "A20_03",
      methods: ["政府网站", "政府公报", "新闻发布会"],
      bodyHtml: [
        h3("第一章　发展基础和发展环境"),
        p("“十四五”时期，全区经济实力稳步提升，地区生产总值突破300亿元，城乡居民收入持续增长，基础设施和公共服务水平明显提高。"),
        h3("第二章　总体要求和主要目标"),
        p("到2030年，地区生产总值年均增长5.5%左右，服务业增加值占比达到58%左右，城乡居民人均可支配收入增长与经济增长基本同步。"),
        h3("第三章　重点任务"),
        p("构建现代化产业体系，扩大有效投资和消费，推进城乡融合发展，持续增进民生福祉，提升社会治理效能。"),
      ].join(""),
    }),
  );
  for (const year of [2025, 2026]) {
    add(
      simpleSpec(gov, workdayIn(rng, year, 1, 14, 24), {
        title: `${year}年示范区人民政府工作报告`,
        summary: `回顾${year - 1}年工作，部署${year}年全区经济社会发展主要目标和重点工作。`,
        topic: ["规划计划"],
        genre: "报告",
        keywords: ["政府工作报告", `${year}年`],
        article20Item: "A20_03",
        methods: ["政府网站", "政府公报", "报刊广播电视"],
        bodyHtml: [
          h3(`一、${year - 1}年工作回顾`),
          p(`过去一年，全区上下坚持稳中求进工作总基调，地区生产总值增长${rng.rate(5, 6)}%，一般公共预算收入增长${rng.rate(2, 6)}%，各项民生实事全部完成。`),
          h3(`二、${year}年工作安排`),
          p("今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业5000人以上，城乡居民人均可支配收入增长与经济增长同步。"),
        ].join(""),
      }),
    );
    add(
      ...policySpecs(gov, { ...POLICIES.flood!, subject: `示范区${year}年度防汛抗旱应急预案` }, workdayIn(rng, year, 5, 6, 15), {
        extra: year === 2025 ? { withdraw: { reason: "EXPIRED", note: "本预案已被《示范区2026年度防汛抗旱应急预案》替代，不再适用。", on: "2026-06-05" } } : {},
      }),
    );
  }
  add(...policySpecs(gov, POLICIES.expropriation!, "2025-07-15", { interpretation: true }));
  add(appointmentSpec(rng, gov, "2025-11-18", 3), appointmentSpec(rng, gov, "2026-11-17", 2));
  add(...newsSpecs(rng, gov, leadersOf("gov"), 2));

  const office = profile("office");
  add(...policySpecs(office, withYear(POLICIES.openness!, 2025), "2025-04-15"));
  add(...policySpecs(office, withYear(POLICIES.openness!, 2026), "2026-04-14", { interpretation: true }));
  for (const [day, no, topicText, member] of [
    ["2025-06-24", 23, "加快推进城区停车设施建设", "林晓"],
    ["2025-07-22", 41, "完善社区居家养老服务体系", "高峰"],
    ["2026-06-30", 17, "提升政务服务“一网通办”水平", "宋佳"],
  ] as const) {
    const session = day.startsWith("2025") ? "十一届五次会议" : "十一届六次会议";
    add(
      simpleSpec(office, day, {
        title: `对区政协${session}第${no}号提案的答复`,
        summary: `对${member}委员提出的《关于${topicText}的提案》的办理答复。`,
        topic: ["建议提案办理"],
        genre: "函",
        keywords: ["提案答复", "政协提案"],
        article20Item: "A20_15",
        bodyHtml: [
          p(`${member}委员：`),
          p(`您提出的《关于${topicText}的提案》收悉。经认真研究，并会同有关部门办理，现答复如下：`),
          p(
            "您在提案中提出的意见建议，对我们做好相关工作具有重要参考价值。区政府高度重视，已将相关工作列入年度重点任务，明确责任单位和完成时限，并将定期调度推进情况。",
          ),
          p("感谢您对政府工作的关心和支持。"),
        ].join(""),
      }),
    );
  }
  add(...newsSpecs(rng, office, leadersOf("office"), 2));
  add(award(office, "2025-10-21"));

  const edu = profile("edu");
  add(...policySpecs(edu, withYear(POLICIES.enrolment!, 2025), "2025-05-13"));
  add(...policySpecs(edu, withYear(POLICIES.enrolment!, 2026), "2026-05-12", { interpretation: true }));
  add(
    recruitmentSpec(rng, edu, 2025, "中小学教师", "2025-06-10", {
      withdraw: { reason: "ERROR", note: "岗位表中部分岗位学历要求有误，已撤下更正，更正后的公告另行发布。" },
    }),
  );
  add(recruitmentSpec(rng, edu, 2026, "中小学教师", "2026-06-09"));
  add(award(edu, "2025-08-12"), procurementIntentSpec(rng, edu, 2026, 3));
  add(...newsSpecs(rng, edu, leadersOf("edu"), 2));

  const civil = profile("civil");
  add(...policySpecs(civil, POLICIES.subsistence!, "2025-10-21", { interpretation: true }));
  for (const [year, half] of [
    [2025, 1],
    [2025, 2],
    [2026, 1],
  ] as const)
    add(reliefSpec(rng, civil, year, half));
  add(...newsSpecs(rng, civil, leadersOf("civil"), 2));

  const finance = profile("finance");
  for (const year of [2025, 2026]) {
    add(
      simpleSpec(finance, workdayIn(rng, year, 2, 10, 20), {
        title: `示范区${year}年一般公共预算和政府性基金预算`,
        summary: `经区人民代表大会批准的${year}年全区一般公共预算、政府性基金预算及预算说明。`,
        topic: ["财政资金", "预算"],
        genre: "报告",
        keywords: ["政府预算", `${year}年`, "一般公共预算"],
        article20Item: "A20_07",
        methods: ["政府网站", "政府公报"],
        bodyHtml: [
          p(
            `${year}年全区一般公共预算收入安排${rng.money(19, 22)}亿元，加上上级补助、债务转贷等收入，收入总计${rng.money(38, 46)}亿元；一般公共预算支出安排${rng.money(36, 44)}亿元。`,
          ),
          p(`政府性基金预算收入安排${rng.money(8, 14)}亿元，政府性基金预算支出安排${rng.money(9, 15)}亿元。`),
          p("预算已经区人民代表大会审查批准，现予公开。"),
        ].join(""),
      }),
    );
  }
  add(...policySpecs(finance, POLICIES.funds!, "2025-06-17", { interpretation: true }));
  add(procurementIntentSpec(rng, finance, 2026, 1), procurementIntentSpec(rng, finance, 2027, 1, { generatedOn: "2026-11-17" }));
  add(...newsSpecs(rng, finance, leadersOf("finance"), 2));

  const hrss = profile("hrss");
  add(recruitmentSpec(rng, hrss, 2025, "所属事业单位工作人员", "2025-04-08"), recruitmentSpec(rng, hrss, 2026, "所属事业单位工作人员", "2026-04-07"));
  for (const [year, half] of [
    [2025, 1],
    [2025, 2],
    [2026, 1],
  ] as const)
    add(subsidySpec(rng, hrss, year, half));
  add(...newsSpecs(rng, hrss, leadersOf("hrss"), 1));
  add(
    simpleSpec(
      hrss,
      "2026-01-20",
      {
        title: `${hrss.name}2025年度机关工作人员年度考核结果`,
        summary: "本局机关工作人员2025年度考核等次确定情况。",
        topic: ["人事信息"],
        genre: "通知",
        keywords: ["年度考核"],
        bodyHtml: [p("根据公务员考核有关规定，经考核委员会审核，2025年度本局机关工作人员考核等次确定如下：（名单略）。")].join(""),
      },
      { withhold: { ground: "INTERNAL_AFFAIRS", note: "属于人事管理类内部事务信息，依据条例第十六条第一款不予公开。" } },
    ),
  );
  add(recruitmentSpec(rng, hrss, 2026, "社区工作者", "2026-11-16", { pending: "DRAFT" }));

  const housing = profile("housing");
  for (const [year, half] of [
    [2025, 1],
    [2025, 2],
    [2026, 1],
  ] as const)
    add(permitSpec(rng, housing, year, { half }));
  add(...policySpecs(housing, POLICIES.renewal!, "2026-03-17"));
  for (const [year, half] of [
    [2025, 2],
    [2026, 1],
  ] as const) {
    add(
      simpleSpec(housing, half === 1 ? workdayIn(rng, year, 7, 8, 20) : workdayIn(rng, year + 1, 1, 8, 20), {
        title: `示范区${year}年${half === 1 ? "上半年" : "下半年"}保障性租赁住房项目建设进展情况`,
        summary: `全区保障性租赁住房项目的开工、建成和分配情况。`,
        topic: ["重大建设项目"],
        genre: "通报",
        keywords: ["保障性租赁住房", "项目建设"],
        article20Item: "A20_10",
        bodyHtml: [
          p(
            `${year}年全区计划筹集保障性租赁住房${rng.int(600, 1200)}套（间），截至${half === 1 ? "6" : "12"}月底已开工${rng.int(400, 900)}套（间），建成${rng.int(200, 600)}套（间），已分配入住${rng.int(100, 400)}套（间）。`,
          ),
        ].join(""),
      }),
    );
  }
  add(award(housing, "2026-05-19"), award(housing, "2026-11-04"));
  add(
    simpleSpec(
      housing,
      "2025-09-23",
      {
        title: "示范区东湖花园二期工程施工总承包投标文件及报价明细",
        summary: "东湖花园二期工程施工总承包项目各投标人的投标文件和分项报价明细。",
        topic: ["行政执法", "行政许可"],
        genre: "其他",
        keywords: ["投标文件", "报价明细"],
        bodyHtml: [p("本项目共有5家投标人递交投标文件，各投标人的技术方案、分项报价和企业财务资料见附表。")].join(""),
      },
      {
        withhold: {
          ground: "THIRD_PARTY",
          note: "投标文件和报价明细涉及投标人的商业秘密，公开会对第三方合法权益造成损害，依据条例第十五条不予公开；中标结果已另行公告。",
        },
      },
    ),
  );

  const health = profile("health");
  for (const [year, half] of [
    [2025, 1],
    [2025, 2],
    [2026, 1],
  ] as const)
    add(permitSpec(rng, health, year, { half }), epidemicSpec(rng, health, year, half));
  add(recruitmentSpec(rng, health, 2026, "乡镇卫生院专业技术人员", "2026-05-26"), award(health, "2026-10-28"));
  add(...newsSpecs(rng, health, leadersOf("health"), 1));

  const market = profile("market");
  for (const [year, half] of [
    [2025, 1],
    [2025, 2],
    [2026, 1],
  ] as const) {
    // The first list named individual businesses' operators in full; on review it was taken down.
    const first = year === 2025 && half === 1;
    add(
      permitSpec(
        rng,
        market,
        year,
        { half },
        first
          ? { individual: true, withdraw: { reason: "CONFIDENTIALITY", note: "公示表中个体工商户经营者姓名未作处理，经复查不宜公开，已撤下处理后重新公示。" } }
          : {},
      ),
    );
  }
  for (const [year, issue] of [
    [2025, 2],
    [2025, 4],
    [2026, 2],
    [2026, 3],
    [2026, 4],
  ] as const) {
    const spec = samplingSpec(rng, market, year, issue);
    add(year === 2026 && issue === 4 ? { ...spec, generatedOn: "2026-11-10" } : spec);
  }
  add(...newsSpecs(rng, market, leadersOf("market"), 1));
  add(
    simpleSpec(
      market,
      "2026-07-14",
      {
        title: "示范区某商贸有限公司涉嫌销售超过保质期食品案调查终结报告",
        summary: "对某商贸有限公司涉嫌销售超过保质期食品一案的调查过程、证据和处理意见。",
        topic: ["行政执法", "行政处罚"],
        genre: "报告",
        keywords: ["案件调查", "食品安全"],
        article20Item: "A20_06",
        bodyHtml: [
          p(
            "经立案调查，当事人在其经营场所销售超过保质期的预包装食品，违法事实清楚，证据确凿。建议依据《中华人民共和国食品安全法》第一百二十四条予以行政处罚。",
          ),
        ].join(""),
      },
      { withhold: { ground: "ENFORCEMENT_FILE", note: "调查终结报告属于行政执法案卷信息，依据条例第十六条第二款不予公开；处罚决定将按规定另行公示。" } },
    ),
  );

  const stats = profile("stats");
  for (const month of [3, 6, 9, 12]) add(quickStatsSpec(rng, stats, 2025, month));
  for (let month = 2; month <= 10; month++) add(quickStatsSpec(rng, stats, 2026, month));
  add(statsBulletinSpec(rng, stats, 2024), statsBulletinSpec(rng, stats, 2025));
  add(...newsSpecs(rng, stats, leadersOf("stats"), 1));

  const town = profile("town");
  add(...policySpecs(town, POLICIES.villageEnv!, "2025-04-09"));
  for (const year of [2025, 2026]) {
    add(
      simpleSpec(town, workdayIn(rng, year, 4, 8, 24), {
        title: `城关镇${year}年衔接推进乡村振兴补助资金项目公示`,
        summary: `城关镇${year}年衔接推进乡村振兴补助资金项目名称、建设内容、补助金额和受益群众情况。`,
        topic: ["民生保障", "扶贫"],
        genre: "公告",
        keywords: ["乡村振兴", "补助资金", `${year}年`],
        article20Item: "A20_11",
        methods: ["政府网站", "公告栏"],
        bodyHtml: [
          p(`现将城关镇${year}年衔接推进乡村振兴补助资金项目公示如下：`),
          table(
            ["序号", "项目名称", "建设内容", "补助资金（万元）", "受益农户（户）"],
            [
              [1, "东坡村产业路硬化项目", "硬化道路2.3公里", rng.money(60, 120).toFixed(2), rng.int(80, 200)],
              [2, "前进村蔬菜大棚建设项目", "新建温室大棚12座", rng.money(80, 160).toFixed(2), rng.int(40, 120)],
            ],
          ),
          p("公示期为10天。对公示内容有异议的，请向城关镇人民政府反映。"),
        ].join(""),
      }),
    );
  }
  add(...newsSpecs(rng, town, leadersOf("town"), 2));

  const street = profile("street");
  add(...policySpecs(street, POLICIES.grid!, "2026-02-10"));
  for (const [day, q] of [
    ["2025-10-14", 3],
    ["2026-07-14", 2],
    ["2026-11-12", 4],
  ] as const) {
    const year = Number(day.slice(0, 4));
    const rows = Array.from({ length: rng.int(3, 6) }, (_, i) => [
      i + 1,
      `${rng.pick(PEOPLE).slice(0, 1)}**`,
      rng.pick(["东湖社区", "湖滨社区", "映月社区", "春晖社区"]),
      rng.int(1, 4),
      rng.int(300, 1600),
    ]);
    add(
      simpleSpec(
        street,
        day,
        {
          title: `东湖街道${year}年${quarterName(q)}城市最低生活保障新增对象公示`,
          summary: `东湖街道${year}年${quarterName(q)}拟新增城市最低生活保障对象${rows.length}户。`,
          topic: ["民生保障", "社会保障"],
          genre: "公告",
          keywords: ["最低生活保障", "公示"],
          article20Item: "A20_11",
          methods: ["政府网站", "公告栏"],
          bodyHtml: [
            p("根据《示范区最低生活保障审核确认办法》，经入户调查、民主评议和审核，现将拟新增城市最低生活保障对象公示如下："),
            table(["序号", "户主姓名", "所在社区", "保障人口（人）", "月保障金额（元）"], rows),
            p("公示期为7天。如有异议，请向东湖街道便民服务中心反映。"),
          ].join(""),
        },
        { masking: "户主姓名仅保留姓氏，已删除身份证号码、家庭住址和家庭成员信息（个人信息保护法第二十五条）。" },
      ),
    );
  }
  add(...newsSpecs(rng, street, leadersOf("street"), 2));

  const annals = profile("annals");
  for (const year of [2025, 2026]) {
    add(
      simpleSpec(annals, workdayIn(rng, year, 2, 24, 28), {
        title: `${annals.name}${year}年工作要点`,
        summary: `${annals.name}${year}年志书编纂、年鉴编辑和方志资源开发利用等重点工作安排。`,
        topic: ["规划计划"],
        genre: "其他",
        keywords: ["工作要点", "地方志", `${year}年`],
        article20Item: "A20_03",
        bodyHtml: [
          p(`一、完成《示范区年鉴（${year}）》编纂出版工作，力争9月底前出版。`),
          p("二、推进《示范区志（2011—2025）》资料收集和篇目设计。"),
          p("三、开展地方志进机关、进校园、进社区活动，推动方志资源开发利用。"),
        ].join(""),
      }),
    );
  }
  add(...newsSpecs(rng, annals, leadersOf("annals"), 2));
  return specs;
}

// --- From specs to stories ---------------------------------------------------------------------

/** Gives each document with a 代字 its 文号, in date order per 代字 and year, with the gaps of unpublished documents. */
function numberDocuments(rng: Rng, specs: Spec[]): void {
  const last = new Map<string, number>();
  for (const spec of specs) {
    if (!spec.docPrefix) continue;
    const year = Number(spec.generatedOn.slice(0, 4));
    const key = `${spec.docPrefix}|${year}`;
    const serial = (last.get(key) ?? 0) + rng.int(1, 6);
    last.set(key, serial);
    spec.docNo = `${spec.docPrefix}〔${year}〕${serial}号`;
    spec.writtenOn = previousWorkday(addDays(spec.generatedOn, -rng.int(0, 2)));
  }
}

const CLEARANCE_NOTES = ["经审查，不涉及国家秘密、工作秘密和敏感信息，同意公开。", "无涉密内容，可以公开。", "已核对，未发现个人隐私和商业秘密。", ""];
const APPROVAL_NOTES = ["同意发布。", "同意。", "同意公开。", ""];

/** What a drafter first submitted when a reviewer sent it back, and the reviewer's reason and words. */
function beforeReturn(rng: Rng, final: PlannedContent): { before: PlannedContent; reason: ReturnReason; note: string } {
  const reason = rng.pick<ReturnReason>(["METADATA", "METADATA", "PERSONAL_DATA", "ATTRIBUTE", "CONTENT"]);
  switch (reason) {
    case "METADATA":
      return final.article20Item && rng.chance(0.5)
        ? { before: { ...final, article20Item: null }, reason, note: "请补充对应的条例第二十条事项。" }
        : { before: { ...final, summary: "" }, reason, note: "内容概述未填写，请按目录要求补充后重新提交。" };
    case "PERSONAL_DATA":
      return {
        before: { ...final, bodyHtml: sanitizeBody(`${final.bodyHtml}${p(`联系人：${rng.pick(PEOPLE)}，手机：139${rng.int(10_000_000, 99_999_999)}`)}`) },
        reason,
        note: "正文含有经办人个人手机号码，请删除或改为办公电话。",
      };
    case "ATTRIBUTE":
      return { before: { ...final, attribute: "ON_REQUEST" }, reason, note: "该信息属于条例第二十条规定的主动公开范围，公开属性应为主动公开。" };
    default: {
      const trimmed = final.bodyHtml.replace(/<p>[^<]*<\/p>$/, "");
      const body = trimmed && trimmed !== final.bodyHtml ? trimmed : `${final.bodyHtml}${p("（此处内容待补充）")}`;
      return { before: { ...final, bodyHtml: sanitizeBody(body) }, reason, note: "正文内容不完整，请补充后重新提交。" };
    }
  }
}

/** Dates the steps between `from` and `until` (both exclusive), in order. */
function timed(rng: Rng, from: Date, until: Date, steps: Step[]): PlannedEvent[] {
  const times = spreadTimes(rng, from, until, steps.length);
  return steps.map((step, i) => ({ ...step, at: at(times, i) }));
}

function clearStep(rng: Rng, spec: Spec): Step {
  return spec.masking
    ? { type: "clear", conclusion: "PUBLIC_AFTER_MASKING", note: spec.masking }
    : { type: "clear", conclusion: "PUBLIC", note: rng.pick(CLEARANCE_NOTES) };
}

/**
 * The review of one revision up to its publication at `publishAt`, the steps before it spread over the
 * working hours since `from`. Mostly straight through; sometimes returned by the reviewer or the leader
 * and corrected; sometimes approved for a round time and then published by the scheduler.
 * `opening(submitted)` are the steps that produce the content first submitted.
 */
function reviewToPublication(
  rng: Rng,
  spec: Spec,
  from: Date,
  publishAt: Date,
  final: PlannedContent,
  opening: (submitted: PlannedContent) => Step[],
): { submitted: PlannedContent; events: PlannedEvent[] } {
  const roll = rng.float();
  const slot = chinaTime(chinaDay(publishAt), rng.pick([8 * 60 + 30, 9 * 60, 10 * 60, 15 * 60]));
  const scheduled = roll > 0.92 && !spec.quick && !spec.after && slot.getTime() - from.getTime() > 6 * HOUR;
  const returnedAt = roll < 0.07 ? "CLEARANCE" : roll < 0.1 ? "APPROVAL" : null;
  const back = returnedAt ? beforeReturn(rng, final) : null;
  const submitted = back?.before ?? final;
  const steps: Step[] = [...opening(submitted), { type: "submit" }];
  if (back) {
    if (returnedAt === "APPROVAL") steps.push(clearStep(rng, spec));
    steps.push({ type: "return", reason: back.reason, note: back.note }, { type: "edit", content: final }, { type: "submit" });
  }
  steps.push(clearStep(rng, spec));
  if (scheduled) {
    const events = timed(rng, from, new Date(slot.getTime() - 10 * 60_000), [
      ...steps,
      { type: "approve", note: "同意，定时发布。", publishAt: chinaMinute(slot) },
    ]);
    // The built-in scheduler runs every 30 seconds (lib/entries/scheduler.ts).
    return { submitted, events: [...events, { type: "publish", at: new Date(slot.getTime() + rng.int(1, 30) * 1000), bySystem: true }] };
  }
  const events = timed(rng, from, publishAt, steps);
  return {
    submitted,
    events: [
      ...events,
      { type: "approve", at: publishAt, note: rng.pick(APPROVAL_NOTES), publishAt: null },
      { type: "publish", at: publishAt, bySystem: false },
    ],
  };
}

const STORY_END = chinaTime(SEED_LAST_DAY, 17 * 60 + 30);

function startOf(day: string): Date {
  return chinaTime(day, 8 * 60 + 30);
}

/** A revision still in the review chain at the end of the story. */
function pendingRevision(rng: Rng, spec: Spec, state: PendingState, final: PlannedContent): PlannedRevision {
  const steps: Step[] = [{ type: "create" }];
  let initial = final;
  if (state === "RETURNED") {
    const back = beforeReturn(rng, final);
    initial = back.before;
    steps.push({ type: "submit" });
    if (rng.chance(0.3)) steps.push(clearStep(rng, spec));
    steps.push({ type: "return", reason: back.reason, note: back.note });
  }
  if (state === "SUBMITTED" || state === "CLEARED" || state === "APPROVED") steps.push({ type: "submit" });
  if (state === "CLEARED" || state === "APPROVED") steps.push(clearStep(rng, spec));
  if (state === "APPROVED") {
    // Approved for publication at a set time after the story ends.
    const day = nextWorkday(addDays(SEED_LAST_DAY, rng.int(5, 12)));
    steps.push({ type: "approve", note: "同意，请按时发布。", publishAt: `${day}T${rng.pick(["09:00", "10:00", "15:00"])}` });
  }
  return { initial, events: timed(rng, startOf(spec.generatedOn), STORY_END, steps) };
}

function planEntry(rng: Rng, spec: Spec): EntryPlan {
  const final = spec.render(spec);
  const start = startOf(spec.generatedOn);
  const plan: EntryPlan = { unitKey: spec.unit.key, revisions: [] };

  if (spec.withhold) {
    const decidedAt = publicationTime(rng, spec.generatedOn, 6);
    const events = timed(rng, start, decidedAt, [{ type: "create" }, { type: "submit" }]);
    plan.revisions.push({
      initial: final,
      events: [...events, { type: "withhold", at: decidedAt, legalGround: spec.withhold.ground, note: spec.withhold.note }],
    });
    return plan;
  }

  // A 解读 goes online minutes after its document; while the document is in review it waits as a draft.
  if (spec.after && !spec.after.publishedAt) spec.pending ??= "DRAFT";
  let publishAt: Date | null = null;
  if (!spec.pending) {
    publishAt = spec.after?.publishedAt
      ? new Date(spec.after.publishedAt.getTime() + rng.int(3, 90) * 60_000)
      : publicationTime(rng, spec.generatedOn, spec.maxDelay);
    if (publishAt > STORY_END) spec.pending = "SUBMITTED";
  }
  if (spec.pending || !publishAt) {
    plan.revisions.push(pendingRevision(rng, spec, spec.pending ?? "DRAFT", final));
    return plan;
  }

  const first = reviewToPublication(rng, spec, start, publishAt, final, () => [{ type: "create" }]);
  plan.revisions.push({ initial: first.submitted, events: first.events });
  let lastPublished = at(first.events, first.events.length - 1).at;
  spec.publishedAt = lastPublished;

  if (spec.revise) {
    // A later revision starts as a copy of the published one; the clerk edits it and it goes through review again.
    const { on, change, stopAt } = spec.revise;
    const next = { ...change(final, on), generatedOn: on };
    const from = startOf(on);
    if (from <= lastPublished) throw new Error(`Revision of "${final.title}" on ${on} is before its first publication`);
    if (stopAt) {
      const steps: Step[] = [{ type: "newRevision" }, { type: "edit", content: next }];
      if (stopAt === "SUBMITTED") steps.push({ type: "submit" });
      plan.revisions.push({ initial: final, events: timed(rng, from, STORY_END, steps) });
    } else {
      const republishAt = publicationTime(rng, on, 10);
      if (republishAt > STORY_END) throw new Error(`Revision of "${final.title}" would be published after the story ends`);
      const second = reviewToPublication(rng, { ...spec, masking: undefined }, from, republishAt, next, (submitted) => [
        { type: "newRevision" },
        { type: "edit", content: submitted },
      ]);
      plan.revisions.push({ initial: final, events: second.events });
      lastPublished = at(second.events, second.events.length - 1).at;
    }
  }

  if (spec.withdraw) {
    let day = spec.withdraw.on ?? nextWorkday(addDays(chinaDay(lastPublished), rng.int(6, 60)));
    if (day > SEED_LAST_DAY) day = SEED_LAST_DAY;
    let when = chinaTime(day, rng.int(9 * 60, 17 * 60));
    if (when <= lastPublished) when = new Date(lastPublished.getTime() + 2 * HOUR);
    at(plan.revisions, plan.revisions.length - 1).events.push({ type: "unpublish", at: when, reason: spec.withdraw.reason, note: spec.withdraw.note });
  }
  return plan;
}

/** Items formed in the last weeks are still on their way, the older ones further along the chain. */
function assignPending(specs: Spec[]): void {
  const open = specs.filter((s) => s.generatedOn >= PENDING_FROM && !s.pending && !s.withhold && !s.revise && !s.after);
  const documents = open.filter((s) => !s.quick);
  documents.forEach((spec, i) => {
    const share = i / documents.length;
    spec.pending = share < 0.15 ? "APPROVED" : share < 0.35 ? "CLEARED" : share < 0.6 ? "SUBMITTED" : i % 3 === 0 ? "RETURNED" : "DRAFT";
  });
  // News of the last few days is still being written or checked; older news is online.
  open.filter((s) => s.quick && s.generatedOn >= addDays(SEED_LAST_DAY, -6)).forEach((spec, i) => (spec.pending = i % 2 === 0 ? "SUBMITTED" : "DRAFT"));
}

/**
 * The demo district's catalogue: the content and review story of every entry, and the staff acting in
 * it. Pure and deterministic: the same `seed` always gives the same plan.
 */
export function planSeedEntries(seed = SEED_ENTRIES_SEED): SeedPlan {
  const rng = new Rng(seed);
  const staff = planStaff(rng);
  const specs = buildSpecs(rng, staff).filter((s) => s.generatedOn >= SEED_FIRST_DAY && s.generatedOn <= SEED_LAST_DAY);
  // Stable: items of the same day keep their order (a document before its 解读).
  specs.sort((a, b) => (a.generatedOn < b.generatedOn ? -1 : a.generatedOn > b.generatedOn ? 1 : 0));
  numberDocuments(rng, specs);
  assignPending(specs);
  const entries = specs.map((spec) => planEntry(rng, spec));
  return { entries, staff: [...staff.values()] };
}

// ---------------------------------------------------------------------------------------------------
// Replay: the rows lib/entries/service.ts would have written
// ---------------------------------------------------------------------------------------------------

export type Persona = "clerk" | "reviewer" | "leader";

/** What the replay needs from the database: units, the acting accounts and category ids. */
export interface SeedWorld {
  units: Map<string, { id: number; code: string; path: string }>;
  staff: Map<string, Record<Persona, Actor>>;
  topicId: (path: TopicPath) => number;
  genreId: (name: string) => number;
  /** Serials already used per unit id and year (normally none). */
  usedSerials?: Map<string, number>;
}

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: null extends T[P] ? Date | null : Date };

/** The rows to insert, with their instants as Dates (the Prisma input types also allow strings). */
export interface SeedRows {
  entries: (Dated<Prisma.EntryCreateManyInput, "firstPublishedAt" | "withdrawnAt" | "createdAt" | "updatedAt"> & { id: number; indexNo: string | null })[];
  revisions: (Dated<Prisma.EntryRevisionCreateManyInput, "generatedOn" | "submittedAt" | "scheduledAt" | "publishedAt" | "createdAt" | "updatedAt"> & {
    id: number;
    state: RevisionState;
    contentHash: string;
  })[];
  reviews: (Dated<Prisma.ReviewRecordCreateManyInput, "createdAt" | "updatedAt"> & { revisionId: number })[];
  audits: AuditRow[];
  sequences: { unitId: number; year: number; last: number; createdAt: Date; updatedAt: Date }[];
}

interface SimRevision {
  id: number;
  number: number;
  state: RevisionState;
  content: EntryContent;
  hash: string;
  drafterId: number;
  lastEditorId: number;
  returnReason: string | null;
  returnNote: string | null;
  submittedAt: Date | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  reviews: { step: "CLEARANCE" | "APPROVAL"; decision: string; actorId: number; contentHash: string; createdAt: Date }[];
}

function toEntryContent(planned: PlannedContent, unitId: number, world: SeedWorld): EntryContent {
  return {
    title: planned.title,
    summary: planned.summary,
    documentNo: planned.documentNo,
    generatedOn: planned.generatedOn,
    writtenOn: planned.writtenOn,
    unitId,
    topicId: world.topicId(planned.topic),
    genreId: world.genreId(planned.genre),
    keywords: planned.keywords,
    validity: planned.validity,
    attribute: planned.attribute,
    methods: planned.methods,
    scope: planned.scope,
    article20Item: planned.article20Item,
    bodyHtml: sanitizeBody(planned.bodyHtml),
    attachmentHashes: [],
  };
}

const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Replays every story through the real review rules and returns the rows to insert. Entry and revision
 * ids are assigned from 1 in order of creation (the tables are empty when the seed runs); 索引号 are
 * allocated per unit and China-time year in order of first publication.
 */
export function buildSeedRows(plans: EntryPlan[], world: SeedWorld): SeedRows {
  const firstEvent = (plan: EntryPlan) => at(at(plan.revisions, 0).events, 0).at.getTime();
  const ordered = [...plans].sort((a, b) => firstEvent(a) - firstEvent(b));

  // 索引号 in order of first publication.
  const serials = new Map(world.usedSerials ?? []);
  const sequenceTimes = new Map<string, { first: Date; last: Date }>();
  const indexNos = new Map<EntryPlan, string>();
  const publications = ordered
    .map((plan) => ({ plan, at: plan.revisions.flatMap((r) => r.events).find((e) => e.type === "publish")?.at }))
    .filter((x): x is { plan: EntryPlan; at: Date } => x.at !== undefined)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { plan, at: when } of publications) {
    const unit = world.units.get(plan.unitKey);
    if (!unit) throw new Error(`Unknown unit ${plan.unitKey}`);
    const year = chinaYear(when);
    const key = `${unit.id}:${year}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    indexNos.set(plan, formatIndexNo(unit.code, year, serial));
    const times = sequenceTimes.get(key);
    sequenceTimes.set(key, { first: times?.first ?? when, last: when });
  }

  // Revision ids in order of creation across all entries.
  const revisionStarts = ordered.flatMap((plan, entryIndex) =>
    plan.revisions.map((revision, i) => ({ entryIndex, number: i + 1, at: at(revision.events, 0).at.getTime() })),
  );
  revisionStarts.sort((a, b) => a.at - b.at || a.entryIndex - b.entryIndex || a.number - b.number);
  const revisionIds = new Map(revisionStarts.map((r, i) => [`${r.entryIndex}:${r.number}`, i + 1]));

  const rows: SeedRows = { entries: [], revisions: [], reviews: [], audits: [], sequences: [] };
  ordered.forEach((plan, entryIndex) =>
    replayEntry(plan, entryIndex + 1, (number) => revisionIds.get(`${entryIndex}:${number}`) ?? 0, indexNos.get(plan) ?? null, world, rows),
  );

  // Inserted in time order, so ids grow with time as they would have.
  rows.audits.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  rows.reviews.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  rows.revisions.sort((a, b) => a.id - b.id);
  for (const [key, last] of serials) {
    const [unitId, year] = key.split(":").map(Number) as [number, number];
    const times = sequenceTimes.get(key);
    if (times) rows.sequences.push({ unitId, year, last, createdAt: times.first, updatedAt: times.last });
  }
  return rows;
}

function replayEntry(
  plan: EntryPlan,
  entryId: number,
  revisionId: (number: number) => number,
  allocatedIndexNo: string | null,
  world: SeedWorld,
  rows: SeedRows,
): void {
  const unit = world.units.get(plan.unitKey);
  const staff = world.staff.get(plan.unitKey);
  if (!unit || !staff) throw new Error(`No unit or staff for ${plan.unitKey}`);
  const entry = {
    id: entryId,
    unitId: unit.id,
    indexNo: null as string | null,
    firstPublishedAt: null as Date | null,
    withdrawnAt: null as Date | null,
    withdrawalReason: null as string | null,
    withdrawalNote: null as string | null,
    createdAt: at(at(plan.revisions, 0).events, 0).at,
    updatedAt: at(at(plan.revisions, 0).events, 0).at,
  };
  const revisions: SimRevision[] = [];

  const audit = (
    actor: Actor | null,
    when: Date,
    action: string,
    fields: { fromState?: string | null; toState?: string | null; reason?: string | null; summary: string; details: Prisma.InputJsonValue },
  ) =>
    rows.audits.push({
      createdAt: when,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? "系统",
      action,
      entityType: "Entry",
      entityId: String(entryId),
      unitId: unit.id,
      fromState: fields.fromState ?? null,
      toState: fields.toState ?? null,
      reason: fields.reason ?? null,
      summary: fields.summary,
      details: fields.details,
    });

  // auditTransition() of the service: summary names the revision as it was loaded.
  const transitionAudit = (
    actor: Actor | null,
    revision: SimRevision,
    when: Date,
    action: string,
    to: RevisionState,
    summary: string,
    extra: { reason?: string | null; details?: Record<string, Prisma.InputJsonValue | null> } = {},
  ) =>
    audit(actor, when, action, {
      fromState: revision.state,
      toState: to,
      reason: extra.reason ?? null,
      summary: `${summary}：「${revision.content.title}」（第 ${revision.number} 版，${REVISION_STATE_LABELS[revision.state]} → ${REVISION_STATE_LABELS[to]}）`,
      details: { revisionId: revision.id, contentHash: revision.hash, ...extra.details },
    });

  const facts = (revision: SimRevision): RevisionFacts => {
    const since = revision.submittedAt?.getTime() ?? 0;
    const latest = (step: "CLEARANCE" | "APPROVAL", decision: string) =>
      revision.reviews.filter((r) => r.step === step && r.decision === decision && r.createdAt.getTime() >= since).at(-1) ?? null;
    const clearance = latest("CLEARANCE", "CLEARED");
    const approval = latest("APPROVAL", "APPROVED");
    return {
      state: revision.state,
      unitPath: unit.path,
      drafterId: revision.drafterId,
      lastEditorId: revision.lastEditorId,
      contentHash: revision.hash,
      clearance: clearance && { reviewerId: clearance.actorId, contentHash: clearance.contentHash },
      approval: approval && { approverId: approval.actorId, contentHash: approval.contentHash },
      // The demo's bodies are plain; the pre-check runs on submissions made in the app.
      unacknowledgedFindings: 0,
    };
  };

  /** The service's authorize(): the real rules must allow every step of the story. */
  const allow = (actor: Actor | "system", action: ReviewAction, revision: SimRevision): RevisionState => {
    const decision = decide(actor, action, facts(revision));
    if (!decision.ok) throw new Error(`Seed story refused at ${action} of "${revision.content.title}": ${decision.message}`);
    return decision.to;
  };

  // moveState(): every state change bumps the version.
  const move = (revision: SimRevision, to: RevisionState, when: Date) => {
    revision.state = to;
    revision.version += 1;
    revision.updatedAt = when;
  };

  const addReview = (
    revision: SimRevision,
    actor: Actor,
    when: Date,
    record: Omit<Prisma.ReviewRecordCreateManyInput, "revisionId" | "actorId" | "actorName" | "contentHash" | "createdAt" | "updatedAt"> & {
      step: "CLEARANCE" | "APPROVAL";
    },
  ) => {
    rows.reviews.push({
      ...record,
      revisionId: revision.id,
      actorId: actor.id,
      actorName: actor.displayName,
      contentHash: revision.hash,
      createdAt: when,
      updatedAt: when,
    });
    revision.reviews.push({ step: record.step, decision: record.decision, actorId: actor.id, contentHash: revision.hash, createdAt: when });
  };

  plan.revisions.forEach((planned, index) => {
    const number = index + 1;
    const content = toEntryContent(planned.initial, unit.id, world);
    const firstAt = at(planned.events, 0).at;
    const revision: SimRevision = {
      id: revisionId(number),
      number,
      state: "DRAFT",
      content,
      hash: contentHash(content),
      drafterId: staff.clerk.id,
      lastEditorId: staff.clerk.id,
      returnReason: null,
      returnNote: null,
      submittedAt: null,
      scheduledAt: null,
      publishedAt: null,
      version: 1,
      createdAt: firstAt,
      updatedAt: firstAt,
      reviews: [],
    };

    for (const event of planned.events) {
      const when = event.at;
      switch (event.type) {
        case "create":
          if (!can(staff.clerk, "entries.draft", { unitPath: unit.path })) throw new Error(`${staff.clerk.username} cannot draft in ${plan.unitKey}`);
          audit(staff.clerk, when, "entry.create", {
            toState: "DRAFT",
            summary: `起草信息「${content.title}」`,
            details: { revisionId: revision.id, contentHash: revision.hash },
          });
          break;
        case "newRevision": {
          // startRevision(): a copy of the latest revision, audited against that revision.
          const latest = revisions.at(-1);
          if (!latest || (latest.state !== "PUBLISHED" && latest.state !== "WITHDRAWN"))
            throw new Error(`New revision of "${content.title}" without a published one`);
          if (latest.hash !== revision.hash) throw new Error(`Revision ${number} of "${content.title}" does not start as a copy of the one before`);
          transitionAudit(staff.clerk, latest, when, "entry.new_revision", "DRAFT", "新建修订版本");
          break;
        }
        case "edit": {
          const after = toEntryContent(event.content, unit.id, world);
          const afterHash = contentHash(after);
          if (revision.state !== "DRAFT" || afterHash === revision.hash) throw new Error(`Edit of "${content.title}" changes nothing or is not of a draft`);
          const before = revision.hash;
          revision.content = after;
          revision.hash = afterHash;
          revision.lastEditorId = staff.clerk.id;
          move(revision, "DRAFT", when);
          audit(staff.clerk, when, "entry.edit", {
            fromState: "DRAFT",
            toState: "DRAFT",
            summary: `修改信息「${after.title}」（第 ${number} 版）`,
            details: { revisionId: revision.id, before, after: afterHash },
          });
          break;
        }
        case "submit": {
          const to = allow(staff.clerk, "submit", revision);
          transitionAudit(staff.clerk, revision, when, "entry.submit", to, "提交保密审查");
          move(revision, to, when);
          revision.submittedAt = when;
          revision.returnReason = null;
          revision.returnNote = null;
          break;
        }
        case "clear":
        case "withhold": {
          const withheld = event.type === "withhold";
          const to = allow(staff.reviewer, withheld ? "withhold" : "clear", revision);
          const conclusion = withheld ? "NOT_PUBLIC" : event.conclusion;
          const legalGround = withheld ? event.legalGround : null;
          const attribute: DisclosureAttribute = withheld ? "NOT_PUBLIC" : revision.content.attribute;
          addReview(revision, staff.reviewer, when, {
            step: "CLEARANCE",
            decision: withheld ? "WITHHELD" : "CLEARED",
            conclusion,
            legalGround,
            attribute,
            note: event.note,
          });
          transitionAudit(staff.reviewer, revision, when, withheld ? "entry.withhold" : "entry.clear", to, withheld ? "保密审查认定不予公开" : "保密审查通过", {
            reason: legalGround,
            details: { conclusion, attribute, note: event.note },
          });
          move(revision, to, when);
          break;
        }
        case "return": {
          const actor = revision.state === "SUBMITTED" ? staff.reviewer : staff.leader;
          const to = allow(actor, "returnToDrafter", revision);
          addReview(revision, actor, when, {
            step: revision.state === "SUBMITTED" ? "CLEARANCE" : "APPROVAL",
            decision: "RETURNED",
            reason: event.reason,
            note: event.note,
          });
          transitionAudit(actor, revision, when, "entry.return", to, `退回修改（${RETURN_REASONS[event.reason]}）`, { reason: event.note });
          move(revision, to, when);
          revision.returnReason = event.reason;
          revision.returnNote = event.note;
          revision.submittedAt = null;
          break;
        }
        case "approve": {
          const to = allow(staff.leader, "approve", revision);
          const scheduledAt = event.publishAt ? new Date(`${event.publishAt}:00+08:00`) : null;
          if (scheduledAt && scheduledAt <= when) throw new Error(`Scheduled time of "${content.title}" is not in the future`);
          addReview(revision, staff.leader, when, { step: "APPROVAL", decision: "APPROVED", note: event.note });
          transitionAudit(
            staff.leader,
            revision,
            when,
            "entry.approve",
            to,
            scheduledAt ? `审批通过，定于 ${event.publishAt?.replace("T", " ")} 发布` : "审批通过",
            { reason: event.note || null },
          );
          move(revision, to, when);
          revision.scheduledAt = scheduledAt;
          break;
        }
        case "publish": {
          const actor = event.bySystem ? null : staff.leader;
          allow(actor ?? "system", "publish", revision);
          if (event.bySystem && (!revision.scheduledAt || revision.scheduledAt > when))
            throw new Error(`"${content.title}" published by the scheduler before its time`);
          const indexNo = entry.indexNo ?? allocatedIndexNo;
          if (!indexNo) throw new Error(`No index number for "${content.title}"`);
          move(revision, "PUBLISHED", when);
          revision.publishedAt = when;
          revision.scheduledAt = null;
          for (const older of revisions) if (older.state === "PUBLISHED") move(older, "SUPERSEDED", when);
          entry.indexNo = indexNo;
          entry.firstPublishedAt ??= when;
          entry.withdrawnAt = null;
          entry.withdrawalReason = null;
          entry.withdrawalNote = null;
          entry.updatedAt = when;
          audit(actor, when, "entry.publish", {
            fromState: "APPROVED",
            toState: "PUBLISHED",
            summary: `发布（索引号 ${indexNo}）：「${revision.content.title}」（第 ${number} 版，${REVISION_STATE_LABELS.APPROVED} → ${REVISION_STATE_LABELS.PUBLISHED}）`,
            details: { revisionId: revision.id, contentHash: revision.hash, indexNo },
          });
          break;
        }
        case "unpublish": {
          const to = allow(staff.leader, "unpublish", revision);
          transitionAudit(staff.leader, revision, when, "entry.unpublish", to, `撤销发布（${WITHDRAWAL_REASONS[event.reason]}）`, { reason: event.note });
          move(revision, to, when);
          entry.withdrawnAt = when;
          entry.withdrawalReason = event.reason;
          entry.withdrawalNote = event.note;
          entry.updatedAt = when;
          break;
        }
      }
    }
    revisions.push(revision);
  });

  rows.entries.push(entry);
  for (const r of revisions) {
    rows.revisions.push({
      id: r.id,
      entryId,
      number: r.number,
      state: r.state,
      title: r.content.title,
      summary: r.content.summary,
      documentNo: r.content.documentNo,
      generatedOn: dateOnly(r.content.generatedOn),
      writtenOn: r.content.writtenOn ? dateOnly(r.content.writtenOn) : null,
      topicId: r.content.topicId,
      genreId: r.content.genreId,
      keywords: r.content.keywords,
      validity: r.content.validity,
      attribute: r.content.attribute,
      methods: r.content.methods,
      scope: r.content.scope,
      article20Item: r.content.article20Item,
      bodyHtml: r.content.bodyHtml,
      contentHash: r.hash,
      drafterId: r.drafterId,
      lastEditorId: r.lastEditorId,
      returnReason: r.returnReason,
      returnNote: r.returnNote,
      submittedAt: r.submittedAt,
      scheduledAt: r.scheduledAt,
      publishedAt: r.publishedAt,
      version: r.version,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// The seed step
// ---------------------------------------------------------------------------------------------------

/** The demo accounts of 区发改局 (prisma/seed/index.ts) act for that unit; the other units get their own. */
const DRC_ACCOUNTS: Record<Persona, string> = { clerk: "clerk", reviewer: "reviewer", leader: "leader" };
const PERSONA_ROLES: Record<Persona, Role> = { clerk: "CLERK", reviewer: "REVIEWER", leader: "LEADER" };

const actorSelect = {
  id: true,
  username: true,
  displayName: true,
  unitId: true,
  roles: { select: { role: true, unitId: true, unit: { select: { path: true, name: true } } } },
} as const;

/**
 * Seeds the demo catalogue: about 300 entries in every review state, with their reviews, 索引号 and
 * audit trail. Runs only while there are no entries at all. Units other than 区发改局 get a clerk,
 * reviewer and leader account (e.g. caizheng.clerk) sharing one password hash: the demo password when
 * set, otherwise a random one nobody is shown (an administrator can reset it).
 */
export async function seedEntries(ctx: SeedContext): Promise<void> {
  const { db } = ctx;
  if ((await db.entry.count()) > 0) return;
  const plan = planSeedEntries();

  const units = new Map<string, { id: number; code: string; path: string }>();
  const unitRows = await db.unit.findMany({ where: { id: { in: [...ctx.unitIds.values()] } }, select: { id: true, code: true, path: true, disabled: true } });
  for (const [key, id] of ctx.unitIds) {
    const row = unitRows.find((u) => u.id === id);
    if (row && !row.disabled) units.set(key, row);
  }

  // Review staff: the demo accounts for 区发改局, a new triple for every other unit.
  const usernames = new Map<string, Record<Persona, string>>();
  for (const { unitKey } of plan.staff) {
    if (!units.has(unitKey)) continue;
    const login = profile(unitKey).login;
    usernames.set(unitKey, unitKey === "drc" ? DRC_ACCOUNTS : { clerk: `${login}.clerk`, reviewer: `${login}.reviewer`, leader: `${login}.leader` });
  }
  const wanted = [...usernames.values()].flatMap((names) => Object.values(names));
  const existing = new Set((await db.user.findMany({ where: { username: { in: wanted } }, select: { username: true } })).map((u) => u.username));
  const missing = plan.staff.flatMap(({ unitKey, clerk, reviewer, leader }) => {
    const names = usernames.get(unitKey);
    const unit = units.get(unitKey);
    if (!names || !unit) return [];
    const displayNames: Record<Persona, string> = { clerk, reviewer, leader };
    return (Object.keys(names) as Persona[])
      .filter((persona) => !existing.has(names[persona]))
      .map((persona) => ({ username: names[persona], displayName: displayNames[persona], role: PERSONA_ROLES[persona], unitId: unit.id }));
  });
  if (missing.length > 0) {
    // One hash for all: argon2 takes ~50 ms each and these accounts are never printed.
    const passwordHash = await hashPassword(ctx.demoPassword ?? generatePassword());
    await db.$transaction(async (tx) => {
      for (const user of missing) {
        const row = await tx.user.create({
          data: {
            username: user.username,
            displayName: user.displayName,
            unitId: user.unitId,
            passwordHash,
            roles: { create: { role: user.role, unitId: user.unitId } },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor: null,
          action: "user.create",
          entityType: "User",
          entityId: row.id,
          unitId: user.unitId,
          summary: `演示数据：新增用户 ${user.username}（${ROLE_LABELS[user.role]}）`,
        });
      }
    });
  }
  const accounts = await db.user.findMany({ where: { username: { in: wanted } }, select: actorSelect });
  const staff = new Map<string, Record<Persona, Actor>>();
  for (const [unitKey, names] of usernames) {
    const actor = (username: string): Actor => {
      const user = accounts.find((u) => u.username === username);
      if (!user) throw new Error(`Seed account ${username} is missing`);
      return {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        unitId: user.unitId,
        roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unit.path, unitName: r.unit.name })),
      };
    };
    staff.set(unitKey, { clerk: actor(names.clerk), reviewer: actor(names.reviewer), leader: actor(names.leader) });
  }

  const categories = await db.category.findMany({ where: { unitId: null }, select: { id: true, kind: true, name: true, parentId: true } });
  const topics = new Map<string, number>();
  for (const c of categories.filter((c) => c.kind === "TOPIC")) {
    const parent = categories.find((p) => p.id === c.parentId);
    topics.set(parent ? `${parent.name}\\${c.name}` : c.name, c.id);
  }
  const genres = new Map(categories.filter((c) => c.kind === "GENRE").map((c) => [c.name, c.id]));
  const world: SeedWorld = {
    units,
    staff,
    // An admin may have renamed a node since: fall back to the parent topic, then fail loudly.
    topicId: (path) => {
      const id = topics.get(path.join("\\")) ?? topics.get(path[0]);
      if (id === undefined) throw new Error(`Topic ${path.join("\\")} is missing`);
      return id;
    },
    genreId: (name) => {
      const id = genres.get(name) ?? genres.get("其他");
      if (id === undefined) throw new Error(`Genre ${name} is missing`);
      return id;
    },
    usedSerials: new Map((await db.indexSequence.findMany()).map((s) => [`${s.unitId}:${s.year}`, s.last])),
  };
  const rows = buildSeedRows(
    plan.entries.filter((e) => units.has(e.unitKey)),
    world,
  );

  await db.$transaction(
    async (tx) => {
      await tx.entry.createMany({ data: rows.entries });
      await tx.entryRevision.createMany({ data: rows.revisions });
      await tx.reviewRecord.createMany({ data: rows.reviews });
      await appendAuditRows(tx, rows.audits);
      for (const s of rows.sequences) {
        await tx.indexSequence.upsert({
          where: { unitId_year: { unitId: s.unitId, year: s.year } },
          create: s,
          update: { last: s.last, updatedAt: s.updatedAt },
        });
      }
      // Ids were given explicitly: move the id sequences past them.
      await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"Entry"', 'id'), (SELECT MAX("id") FROM "Entry"))`;
      await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"EntryRevision"', 'id'), (SELECT MAX("id") FROM "EntryRevision"))`;
      await recordAudit(tx, {
        actor: null,
        action: "entry.seed",
        entityType: "Entry",
        entityId: "demo",
        summary: `演示数据：新增公开目录条目 ${rows.entries.length} 条`,
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
