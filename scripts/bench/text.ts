/**
 * Chinese catalogue entries for the benchmark, deterministic and pure: entry `i` of a run with seed `s`
 * is always the same. Word frequencies are skewed the way a real disclosure catalogue is: news
 * (工作动态) and money (预算, 采购) dominate, each topic's subjects follow a Zipf curve, and
 * BENCH_TERMS.rare (古树名木) occurs in about one entry in ten thousand. Bodies mix sentences of the
 * entry's topic, common government boilerplate and sentences of the demo seed (prisma/seed).
 */
import { bodyText } from "@/lib/entries/sanitize";
import { planSeedEntries, Rng } from "@/prisma/seed/entries";
import { BENCH_UNITS, TOWNS, type BenchUnit } from "./world";

/** The words the benchmark searches for; the generator guarantees their frequencies. */
export const BENCH_TERMS = {
  /** A common 2-character word (in roughly a fifth of all entries). */
  common: "预算",
  /** A 4-character phrase (a few percent of entries). */
  phrase: "政府采购",
  /** A rare word: RARE_RATE of entries. */
  rare: "古树名木",
} as const;
export const RARE_RATE = 1 / 10_000;

/** First and last publication day of generated entries (China time). */
export const FIRST_DAY = "2015-01-05";
export const LAST_DAY = "2026-11-20";
/** Yearly growth of the number of publications (more recent years publish more). */
const GROWTH = 0.12;

// ---------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------

interface Theme {
  /** 主题分类 path, parent\child, as in prisma/seed/categories.ts. */
  topic: string;
  /** Share of all entries. */
  weight: number;
  genres: string[];
  /** Subjects, most frequent first (picked on a Zipf curve). */
  subjects: string[];
  titles: string[];
  /** Sentences of this topic; slots in braces (see `fill`). */
  facts: string[];
  /** 第二十条 item when the topic is one of the statutory kinds. */
  article20Item?: string;
}

const THEMES: Theme[] = [
  {
    topic: "工作动态",
    weight: 30,
    genres: ["其他"],
    subjects: [
      "安全生产",
      "优化营商环境",
      "乡村振兴",
      "文明城市创建",
      "防汛备汛",
      "民生实事",
      "招商引资",
      "项目建设",
      "冬季供暖",
      "森林防火",
      "垃圾分类",
      "河湖长制",
      "疫苗接种",
      "消防安全",
      "燃气安全",
      "食品安全",
      "校园安全",
      "秸秆禁烧",
    ],
    titles: [
      "{short}开展{year}年{subject}专项检查",
      "{short}召开{subject}工作推进会",
      "{short}部署{subject}工作",
      "区领导调研{place}{subject}工作",
      "{place}扎实推进{subject}",
      "{short}举办{subject}培训班",
      "{unit}召开{year}年第{quarter}季度{subject}工作会议",
    ],
    facts: [
      "{month}月{day}日，{short}召开{subject}工作推进会，{person}出席会议并讲话。",
      "会议通报了前一阶段{subject}工作开展情况，分析了存在的问题，部署了下一步重点任务。",
      "检查组先后深入{place}等{n}个点位，采取听取汇报、查阅资料、实地查看等方式开展检查。",
      "此次检查共发现问题隐患{n}处，已当场整改{n2}处，其余问题已下发整改通知书，限期整改到位。",
      "会议要求，各单位要进一步提高思想认识，压实工作责任，确保{subject}各项任务落到实处。",
      "{person}强调，要坚持问题导向，聚焦群众急难愁盼，切实把{subject}工作抓紧抓实抓好。",
      "截至{month}月底，全区{subject}工作累计投入资金{money}万元，完成年度目标任务的{pct}%。",
      "下一步，{short}将持续加强督查指导，推动{subject}工作常态化、长效化。",
      "培训邀请了有关专家授课，全区{n}名业务骨干参加培训。",
    ],
  },
  {
    topic: "政策文件\\其他文件",
    weight: 6,
    genres: ["通知", "意见", "方案", "通报", "函"],
    subjects: [
      "安全生产",
      "政务公开",
      "优化营商环境",
      "数字政府建设",
      "乡村振兴",
      "城市更新",
      "生态环境保护",
      "促进消费",
      "稳就业",
      "老旧小区改造",
      "农村人居环境整治",
      "基层治理",
    ],
    titles: [
      "{unit}关于做好{year}年{subject}工作的通知",
      "{unit}关于印发《{year}年{subject}工作要点》的通知",
      "{unit}关于印发{subject}实施方案的通知",
      "{unit}关于进一步加强{subject}工作的意见",
      "{unit}关于{subject}工作情况的通报",
    ],
    facts: [
      "为深入贯彻落实党中央、国务院关于{subject}的决策部署，进一步推动我区{subject}工作提质增效，结合我区实际，制定本方案。",
      "各镇人民政府、街道办事处，区政府各部门：现将《{year}年{subject}工作要点》印发给你们，请结合实际认真贯彻落实。",
      "到{year}年底，全区{subject}工作机制更加健全，重点任务全面完成，群众满意度明显提升。",
      "各单位要明确分管领导和具体责任人，于{month}月{day}日前将工作开展情况报送{short}。",
      "所需经费由各单位统筹安排，严格按照有关规定使用管理。",
      "本通知自印发之日起施行，由{short}负责解释。",
      "各单位要加强组织领导，细化工作措施，确保各项任务按时保质完成。",
    ],
  },
  {
    topic: "政策文件\\行政规范性文件",
    weight: 3,
    genres: ["办法", "通知", "决定"],
    subjects: ["专项资金", "政府投资项目", "公共租赁住房", "城市道路挖掘", "农村宅基地", "产业扶持资金", "人才引进", "住房公积金", "停车设施", "户外广告设置"],
    titles: ["{unit}关于印发《示范区{subject}管理办法》的通知", "示范区{subject}管理暂行办法", "{unit}关于修订《示范区{subject}管理办法》的决定"],
    facts: [
      "第一条 为加强和规范{subject}管理，根据《{law}》等有关法律法规，结合本区实际，制定本办法。",
      "第二条 本办法适用于本区行政区域内{subject}的申请、审核、使用和监督管理。",
      "第三条 {short}负责{subject}的统筹协调和监督管理工作，各镇街按照职责分工做好相关工作。",
      "第八条 {subject}实行预算管理，纳入年度财政预算，专款专用，任何单位和个人不得截留、挤占、挪用。",
      "第十二条 违反本办法规定的，由有关部门责令限期改正；构成犯罪的，依法追究刑事责任。",
      "第十五条 本办法自{year}年{month}月{day}日起施行，有效期五年。",
    ],
    article20Item: "A20_01",
  },
  {
    topic: "政策文件\\政策解读",
    weight: 3,
    genres: ["其他"],
    subjects: [
      "专项资金管理办法",
      "稳就业若干措施",
      "优化营商环境实施方案",
      "医疗保障待遇政策",
      "老旧小区改造实施方案",
      "农业支持保护补贴政策",
      "人才引进办法",
      "消费券发放活动",
    ],
    titles: ["《示范区{subject}》政策解读", "一图读懂《示范区{subject}》", "关于《示范区{subject}》的解读"],
    facts: [
      "一、起草背景 为贯彻落实上级有关要求，进一步做好{subject}相关工作，{short}起草了本文件。",
      "二、主要内容 文件共{n}条，明确了适用范围、支持标准、申报程序和监督管理等内容。",
      "三、政策亮点 一是扩大了政策覆盖范围；二是简化了申报材料；三是压缩了办理时限，由原来的{n2}个工作日压缩至{n3}个工作日。",
      "四、解读机关及联系方式 解读机关：{unit}；联系电话：{phone}。",
    ],
  },
  {
    topic: "政策文件\\规章",
    weight: 0.4,
    genres: ["命令（令）"],
    subjects: ["城市市容和环境卫生"],
    titles: ["示范区{subject}管理规定"],
    facts: ["为了加强{subject}管理，根据《{law}》，制定本规定。"],
  },
  {
    topic: "财政资金\\预算",
    weight: 5,
    genres: ["报告", "其他"],
    subjects: ["部门预算", "一般公共预算", "政府性基金预算", "预算执行情况", "预算绩效目标", "国有资本经营预算"],
    titles: [
      "{unit}{year}年{subject}",
      "{unit}{year}年部门预算公开说明",
      "示范区{year}年{subject}和{subject2}草案",
      "关于示范区{prev}年{subject}和{year}年预算草案的报告",
    ],
    facts: [
      "{year}年{short}收入预算{money}万元，其中：一般公共预算拨款收入{money2}万元，政府性基金预算拨款收入{money3}万元。",
      "{year}年{short}支出预算{money}万元，比上年预算增加{money2}万元，增长{pct}%，主要原因是人员经费和项目支出增加。",
      "{year}年{short}一般公共预算“三公”经费预算数为{money3}万元，比上年减少{money4}万元，主要原因是厉行节约、压减公务接待。",
      "{year}年{short}政府采购预算总额{money2}万元，其中：货物类{money3}万元，服务类{money4}万元。",
      "预算绩效管理情况：{year}年{short}实行绩效目标管理的项目{n}个，涉及一般公共预算{money}万元。",
      "名词解释：一般公共预算拨款收入，指区级财政当年拨付的资金。",
      "全区一般公共预算收入完成{money}万元，为预算的{pct}%，同比增长{pct2}%。",
      "区级预算执行情况总体良好，预算执行进度与序时进度基本一致。",
    ],
    article20Item: "A20_04",
  },
  {
    topic: "财政资金\\决算",
    weight: 3,
    genres: ["报告", "其他"],
    subjects: ["部门决算", "财政决算", "政府性基金决算"],
    titles: ["{unit}{prev}年{subject}", "{unit}{prev}年度部门决算公开说明", "关于示范区{prev}年{subject}的报告"],
    facts: [
      "{prev}年度{short}收入总计{money}万元，支出总计{money2}万元，与上年相比分别增加{money3}万元和{money4}万元。",
      "{prev}年度{short}一般公共预算财政拨款支出{money}万元，占本年支出合计的{pct}%。",
      "{prev}年度{short}“三公”经费支出{money3}万元，完成预算的{pct}%，决算数小于预算数的主要原因是严格控制公务支出。",
      "{prev}年度{short}政府采购支出总额{money2}万元，其中授予中小企业合同金额{money3}万元。",
      "{prev}年度{short}组织对{n}个项目开展了绩效自评，涉及一般公共预算支出{money}万元。",
    ],
    article20Item: "A20_04",
  },
  {
    topic: "财政资金\\三公经费",
    weight: 1.5,
    genres: ["其他"],
    subjects: ["“三公”经费预算", "“三公”经费决算"],
    titles: ["{unit}{year}年{subject}情况说明"],
    facts: [
      "{year}年{short}“三公”经费预算{money3}万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费{money4}万元，公务接待费{n}万元。",
      "与上年相比，“三公”经费减少{money4}万元，下降{pct}%，主要原因是认真落实过紧日子要求。",
    ],
    article20Item: "A20_04",
  },
  {
    topic: "财政资金",
    weight: 2,
    genres: ["通知", "其他"],
    subjects: ["专项资金分配结果", "转移支付资金", "惠民惠农补贴资金", "政府债务", "资金使用情况"],
    titles: ["关于下达{year}年{subject}的通知", "示范区{year}年{subject}公示", "{unit}{year}年{subject}"],
    facts: [
      "现下达你单位{year}年{subject}{money}万元，列{year}年政府收支分类科目有关款项，请按规定及时拨付使用。",
      "资金分配按照因素法测算，综合考虑{place}等镇街的人口、面积和绩效评价结果。",
      "截至{year}年{month}月末，全区政府债务余额{money}万元，控制在上级核定的债务限额以内。",
    ],
    article20Item: "A20_04",
  },
  {
    topic: "政府采购",
    weight: 8,
    genres: ["公告", "其他"],
    subjects: ["政府采购意向", "中标结果", "成交结果", "采购需求", "招标公告", "竞争性磋商公告", "询价公告", "合同公告", "更正公告"],
    titles: ["{unit}{year}年第{quarter}季度政府采购意向", "{unit}{project}{subject}", "{project}政府采购项目{subject}", "{unit}关于{project}的{subject}"],
    facts: [
      "为便于供应商及时了解政府采购信息，根据财政部《关于开展政府采购意向公开工作的通知》，现将{unit}{year}年第{quarter}季度采购意向公开如下。",
      "项目名称：{project}；采购方式：公开招标；预算金额：{money}万元；预计采购时间：{year}年{month}月。",
      "中标（成交）供应商名称：{company}；中标（成交）金额：{money2}万元。",
      "评审专家名单：{person}、{person2}、{person3}。",
      "本项目专门面向中小企业采购，符合政府采购促进中小企业发展的有关规定。",
      "各有关当事人对成交结果有异议的，可以在公告期限届满之日起七个工作日内以书面形式提出质疑。",
      "采购人：{unit}，联系电话：{phone}；采购代理机构：{company2}。",
      "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。",
    ],
  },
  {
    topic: "行政执法\\行政许可",
    weight: 5,
    genres: ["公告", "其他"],
    subjects: ["行政许可办理结果", "食品经营许可", "建设工程规划许可", "排水许可", "林木采伐许可", "施工许可", "医疗机构执业许可", "道路运输经营许可"],
    titles: ["{unit}{year}年{month}月{subject}公示", "{unit}关于{company}{subject}的公示", "{short}{year}年第{n}批{subject}"],
    facts: [
      "根据《中华人民共和国行政许可法》第四十条规定，现将{year}年{month}月{subject}予以公示。",
      "本月共受理{subject}申请{n}件，办结{n2}件，准予许可{n2}件，不予许可0件。",
      "申请人：{company}；许可事项：{subject}；许可决定日期：{year}年{month}月{day}日；有效期至{next}年{month}月{day}日。",
      "公示期间如有异议，请以书面形式向{short}反映，联系电话：{phone}。",
    ],
    article20Item: "A20_06",
  },
  {
    topic: "行政执法\\行政处罚",
    weight: 4,
    genres: ["公告", "其他"],
    subjects: ["行政处罚决定", "行政处罚结果", "行政处罚案件信息"],
    titles: ["{unit}{subject}书（{doc}）", "{short}{year}年{month}月{subject}公开", "{unit}关于{company}的{subject}"],
    facts: [
      "当事人{company}存在违反《{law}》的行为，{short}依法作出罚款{money4}万元的行政处罚。",
      "违法事实：经查，当事人于{year}年{month}月{day}日未按规定开展经营活动，违反了有关法律规定。",
      "当事人如不服本处罚决定，可在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。",
      "{year}年{month}月，{short}共办结行政处罚案件{n}件，罚没款共计{money3}万元。",
    ],
    article20Item: "A20_06",
  },
  {
    topic: "人事信息",
    weight: 5,
    genres: ["公告", "通知", "其他"],
    subjects: ["公开招聘工作人员", "事业单位公开招聘", "干部任前公示", "人事任免", "拟聘用人员名单", "公务员录用", "见习岗位招募"],
    titles: ["{unit}{year}年{subject}公告", "{unit}关于{person}等同志职务任免的通知", "{unit}{year}年{subject}拟聘用人员公示", "{short}{year}年{subject}"],
    facts: [
      "根据工作需要，经研究，{unit}决定面向社会{subject}{n}名，现将有关事项公告如下。",
      "报名时间：{year}年{month}月{day}日至{month}月{next_day}日；报名方式：网上报名。",
      "应聘人员须具有全日制大学本科及以上学历，年龄在35周岁以下。",
      "经研究，决定任命{person}同志为{short}副局长，免去其原任职务。",
      "公示期间，对公示对象有异议的，可通过来电、来信、来访等方式向区委组织部反映。",
      "聘用人员工资待遇按照事业单位有关规定执行。",
    ],
    article20Item: "A20_14",
  },
  {
    topic: "民生保障\\社会保障",
    weight: 3,
    genres: ["其他", "通知"],
    subjects: ["城乡居民最低生活保障", "特困人员救助供养", "临时救助", "高龄津贴", "残疾人两项补贴", "城乡居民养老保险", "养老服务补贴"],
    titles: ["示范区{year}年{month}月{subject}资金发放情况", "{unit}关于调整{subject}标准的通知", "{place}{year}年{subject}对象公示"],
    facts: [
      "{year}年{month}月，全区发放{subject}资金{money}万元，惠及困难群众{n}人次。",
      "自{year}年{month}月1日起，城乡居民最低生活保障标准由每人每月{n2}元提高到{n3}元。",
      "各镇街要严格按照“个人申请、入户调查、民主评议、审核审批”的程序开展对象认定工作。",
      "所需资金由区财政统筹安排，确保按时足额发放到位。",
    ],
    article20Item: "A20_09",
  },
  {
    topic: "民生保障\\教育",
    weight: 3,
    genres: ["通知", "公告", "其他"],
    subjects: ["义务教育招生", "学生资助", "教师招聘", "幼儿园收费", "校园安全", "课后服务", "营养改善计划"],
    titles: ["示范区{year}年{subject}工作方案", "{unit}关于做好{year}年{subject}工作的通知", "{short}{year}年{subject}情况公示"],
    facts: [
      "{year}年全区共发放各类学生资助资金{money}万元，资助学生{n}人次。",
      "义务教育阶段学校招生实行免试就近入学，坚持公平公正、阳光招生。",
      "各学校要健全校园安全管理制度，定期开展应急疏散演练。",
      "课后服务经费按照“政府补助、学校统筹”的原则筹措。",
    ],
    article20Item: "A20_11",
  },
  {
    topic: "民生保障\\医疗卫生",
    weight: 3,
    genres: ["通知", "其他"],
    subjects: ["基本公共卫生服务", "家庭医生签约服务", "医疗救助", "传染病防控", "医疗机构校验", "疫苗接种"],
    titles: ["示范区{year}年{subject}项目实施方案", "{unit}关于开展{subject}工作的通知", "{short}{year}年{subject}工作总结"],
    facts: [
      "{year}年全区人均基本公共卫生服务经费补助标准为{n}元。",
      "全区家庭医生签约服务覆盖{n2}万人，重点人群签约率达到{pct}%。",
      "{year}年全区实施医疗救助{n}人次，支出医疗救助资金{money}万元。",
    ],
    article20Item: "A20_11",
  },
  {
    topic: "民生保障\\就业",
    weight: 2,
    genres: ["通知", "公告", "其他"],
    subjects: ["就业补贴", "职业技能培训", "公益性岗位", "创业担保贷款", "招聘会"],
    titles: ["示范区{year}年{subject}发放情况公示", "{short}关于举办{year}年{subject}的通知", "{unit}{year}年{subject}人员名单公示"],
    facts: [
      "{year}年全区城镇新增就业{n}人，发放就业补贴资金{money}万元。",
      "组织开展职业技能培训{n2}期，培训{n3}人次。",
      "本次招聘会共有{n}家企业参会，提供岗位{n2}个，初步达成就业意向{n3}人。",
    ],
    article20Item: "A20_09",
  },
  {
    topic: "民生保障\\扶贫",
    weight: 1,
    genres: ["其他"],
    subjects: ["衔接资金项目", "防止返贫动态监测", "消费帮扶"],
    titles: ["示范区{year}年{subject}计划公告", "{place}{year}年{subject}公示"],
    facts: [
      "{year}年全区共安排衔接推进乡村振兴补助资金{money}万元，实施项目{n}个。",
      "项目实施地点：{place}；建设内容：产业道路及配套设施；补助标准：{money4}万元。",
    ],
    article20Item: "A20_10",
  },
  {
    topic: "重大建设项目",
    weight: 3,
    genres: ["其他", "批复"],
    subjects: ["道路改造工程", "污水处理厂扩建工程", "学校新建工程", "安置房建设项目", "综合管廊工程", "公园提升工程", "桥梁加固工程"],
    titles: ["关于{project}可行性研究报告的批复", "{project}招标公告", "示范区{year}年重点项目建设进度", "{project}竣工验收公示"],
    facts: [
      "项目总投资{money}万元，资金来源为政府专项债券及区财政资金。",
      "建设内容包括主体工程、配套管网及附属设施，建设工期{n}个月。",
      "截至{year}年{month}月底，全区{n}个重点项目累计完成投资{money2}万元，完成年度计划的{pct}%。",
      "项目招标采用公开招标方式，中标单位为{company}。",
    ],
    article20Item: "A20_08",
  },
  {
    topic: "规划计划",
    weight: 2,
    genres: ["规划", "报告", "方案"],
    subjects: ["国民经济和社会发展计划", "国土空间总体规划", "综合交通专项规划", "教育事业发展规划", "卫生健康事业发展规划"],
    titles: ["示范区“十四五”{subject}", "关于示范区{prev}年{subject}执行情况与{year}年计划草案的报告", "示范区{year}年{subject}"],
    facts: [
      "{prev}年全区地区生产总值完成{money}亿元，同比增长{pct}%。",
      "到{year}年，全区常住人口城镇化率达到{pct2}%，基本公共服务实现均等化。",
      "规划期内，统筹推进{n}项重大工程，总投资约{money2}亿元。",
    ],
    article20Item: "A20_03",
  },
  {
    topic: "统计信息",
    weight: 2,
    genres: ["统计数据", "公报"],
    subjects: ["主要经济指标", "国民经济和社会发展统计公报", "统计月报", "人口抽样调查主要数据"],
    titles: ["示范区{year}年{month}月{subject}", "示范区{prev}年{subject}", "{year}年1—{month}月示范区{subject}"],
    facts: [
      "{year}年1—{month}月，全区规模以上工业增加值同比增长{pct}%。",
      "社会消费品零售总额{money}亿元，同比增长{pct2}%。",
      "一般公共预算收入{money2}亿元，同比增长{pct}%；一般公共预算支出{money3}亿元。",
      "城镇居民人均可支配收入{n}元，农村居民人均可支配收入{n2}元。",
    ],
    article20Item: "A20_05",
  },
  {
    topic: "应急管理",
    weight: 3,
    genres: ["通知", "方案", "其他"],
    subjects: ["防汛抗旱应急预案", "安全生产隐患排查", "森林火灾应急预案", "突发事件总体应急预案", "地质灾害防治"],
    titles: ["示范区{subject}（{year}年修订）", "{unit}关于开展{subject}的通知", "{short}{year}年{subject}工作情况"],
    facts: [
      "本预案适用于本区行政区域内发生的{subject}相关突发事件的应对工作。",
      "各单位要全面排查整治{subject}风险隐患，建立问题清单、责任清单和整改清单。",
      "全区共排查企业{n}家，发现隐患{n2}处，已整改{n3}处。",
      "应急保障经费由区财政统筹保障。",
    ],
    article20Item: "A20_12",
  },
  {
    topic: "监督检查",
    weight: 3,
    genres: ["通报", "其他"],
    subjects: ["双随机一公开抽查", "食品安全监督抽检", "产品质量监督抽查", "审计整改", "生态环境执法检查"],
    titles: ["{short}{year}年第{n}期{subject}结果", "关于{year}年度{subject}情况的通报", "{unit}{year}年{subject}结果公示"],
    facts: [
      "本期共抽检食品样品{n}批次，合格{n2}批次，不合格样品已依法处置。",
      "按照“双随机、一公开”要求，随机抽取检查对象{n}户，随机选派执法人员{n2}名。",
      "审计发现的问题已整改{n3}个，整改金额{money}万元，制定完善制度{n}项。",
    ],
    article20Item: "A20_13",
  },
  {
    topic: "建议提案办理",
    weight: 1.5,
    genres: ["函", "其他"],
    subjects: ["区人大代表建议", "区政协委员提案"],
    titles: ["{unit}关于区政协{session}届{n}次会议第{n2}号提案的答复", "{unit}{year}年{subject}办理情况"],
    facts: [
      "您提出的关于{topic_word}的提案收悉，现答复如下。",
      "{year}年{short}共承办{subject}{n}件，已全部按时办结，满意率100%。",
      "感谢您对我区{topic_word}工作的关心和支持。",
    ],
  },
  {
    topic: "行政事业性收费",
    weight: 1,
    genres: ["其他", "通知"],
    subjects: ["行政事业性收费目录清单", "涉企收费清单"],
    titles: ["示范区{year}年{subject}", "{unit}关于公布{year}年{subject}的通知"],
    facts: ["现将{year}年{subject}予以公布，清单之外一律不得收费。", "收费项目{n}项，其中涉企收费{n2}项。"],
    article20Item: "A20_07",
  },
  {
    topic: "机构职能\\机构设置",
    weight: 0.3,
    genres: ["其他"],
    subjects: ["机构职能"],
    titles: ["{unit}{subject}"],
    facts: ["{unit}设内设机构{n}个。", "办公地址：示范区人民大道{n2}号。"],
    article20Item: "A20_02",
  },
  {
    topic: "机构职能\\领导信息",
    weight: 0.3,
    genres: ["其他"],
    subjects: ["领导信息"],
    titles: ["{unit}{subject}"],
    facts: ["{person}，{short}党组书记、局长，主持全面工作。", "{person2}，党组成员、副局长，负责办公室、财务方面工作。"],
    article20Item: "A20_02",
  },
  {
    topic: "政府信息公开\\政府信息公开年报",
    weight: 0.3,
    genres: ["报告"],
    subjects: ["政府信息公开工作年度报告"],
    titles: ["{unit}{prev}年{subject}"],
    facts: ["本报告根据《中华人民共和国政府信息公开条例》要求编制。", "{prev}年，{short}主动公开政府信息{n}条，收到政府信息公开申请{n2}件。"],
  },
  {
    topic: "政府信息公开\\政府信息公开指南",
    weight: 0.1,
    genres: ["其他"],
    subjects: ["政府信息公开指南"],
    titles: ["{unit}{subject}"],
    facts: ["公民、法人或者其他组织可以向{short}申请获取政府信息。"],
  },
];

/** Common government boilerplate, mixed into every topic. */
const GENERIC: string[] = [
  "{short}高度重视此项工作，成立了由主要负责同志任组长的工作领导小组。",
  "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。",
  "各单位要加强统筹协调，形成工作合力，确保各项工作取得实效。",
  "严格落实过紧日子要求，从严从紧控制一般性支出。",
  "下一步，我们将进一步完善工作机制，持续提升服务水平。",
  "各镇人民政府、街道办事处要结合实际，抓好贯彻落实。",
  "请各单位于{month}月{day}日前报送工作开展情况。",
  "坚持以人民为中心的发展思想，切实保障和改善民生。",
  "加强政务公开，主动接受社会监督。",
  "进一步压实属地责任、部门监管责任和企业主体责任。",
];

/** Boilerplate about money, in a few percent of entries of any topic. */
const MONEY_BOILERPLATE = ["相关经费纳入年度部门预算，严格执行预算管理制度。", "涉及政府采购的，严格按照政府采购有关规定执行。"];

/** Closing lines; an entry ends with one of them or none. */
const CLOSERS = [
  "特此公告。",
  "特此通知。",
  "联系人：{person}，联系电话：{phone}。",
  "欢迎社会各界监督，监督电话：{phone}。",
  "本信息由{unit}负责解释。",
  "附件：相关名单",
];

const PEOPLE = [
  "王建国",
  "李秀英",
  "张伟",
  "刘芳",
  "陈明",
  "杨洋",
  "赵丽",
  "黄磊",
  "周静",
  "吴斌",
  "徐强",
  "孙敏",
  "马超",
  "朱琳",
  "胡军",
  "郭涛",
  "何平",
  "高峰",
  "林晓",
  "罗杰",
  "郑红",
  "梁宇",
  "谢娜",
  "宋佳",
  "唐亮",
  "韩雪",
  "冯刚",
  "于洁",
  "董辉",
  "萧然",
];
const COMPANIES = ["华信", "鼎盛", "恒达", "瑞丰", "金泰", "宏远", "中科", "天诚", "永安", "锦程", "东方", "盛世", "卓越", "博远", "新源", "广和"];
const TRADES = ["建设工程", "科技", "物流", "新材料", "实业", "能源", "农业发展", "环保科技", "电子", "物业服务", "信息技术", "食品", "医疗器械", "工程咨询"];
const LAWS = [
  "中华人民共和国预算法",
  "中华人民共和国政府采购法",
  "中华人民共和国行政许可法",
  "中华人民共和国行政处罚法",
  "中华人民共和国食品安全法",
  "中华人民共和国安全生产法",
  "中华人民共和国城乡规划法",
  "中华人民共和国政府信息公开条例",
  "优化营商环境条例",
  "社会救助暂行办法",
];
const PROJECTS = [
  "办公设备采购",
  "物业管理服务",
  "信息化系统运维",
  "道路维修工程",
  "绿化养护服务",
  "食堂配餐服务",
  "安保服务",
  "档案数字化服务",
  "校舍维修改造工程",
  "医疗设备采购",
  "公务用车定点维修",
  "老旧小区改造工程",
  "农村饮水安全工程",
];
const CN_QUARTER = ["一", "二", "三", "四"];

// ---------------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------------

/** The seed's generator, plus the skewed choices realistic text needs. */
class BenchRng extends Rng {
  /** Zipf-like: item k (0-based) with weight 1/(k+1). */
  zipf<T>(items: readonly T[]): T {
    return items[zipfIndex(items.length, this.float())]!;
  }
  weighted<T>(items: readonly T[], cumulative: readonly number[]): T {
    const x = this.float() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > x) high = mid;
      else low = mid + 1;
    }
    return items[low]!;
  }
}

const zipfTables = new Map<number, number[]>();
function zipfIndex(n: number, x: number): number {
  let table = zipfTables.get(n);
  if (!table) {
    let sum = 0;
    table = Array.from({ length: n }, (_, k) => (sum += 1 / (k + 1)));
    zipfTables.set(n, table);
  }
  const target = x * table[n - 1]!;
  const i = table.findIndex((c) => c > target);
  return i < 0 ? n - 1 : i;
}

const cumulate = (weights: number[]) => {
  let sum = 0;
  return weights.map((w) => (sum += w));
};

/** A different, well-mixed PRNG seed for every entry, so any entry can be generated on its own. */
function entrySeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------------------

export interface GeneratedEntry {
  /** Index into BENCH_UNITS. */
  unit: number;
  /** 主题分类 path parent\child; a name of DEFAULT_GENRES. */
  topic: string;
  genre: string;
  title: string;
  summary: string;
  documentNo: string | null;
  keywords: string[];
  validity: "VALID" | "AMENDED" | "REPEALED";
  article20Item: string | null;
  bodyHtml: string;
  /** 生成日期 and 成文日期, yyyy-mm-dd. */
  generatedOn: string;
  writtenOn: string | null;
  publishedAt: Date;
}

let seedSentences: string[] | undefined;
/** Sentences of the demo seed's hand-written entries (about a thousand), for variety. */
function demoSentences(): string[] {
  seedSentences ??= [
    ...new Set(
      planSeedEntries().entries.flatMap((e) =>
        bodyText(e.revisions[0]!.initial.bodyHtml)
          .split(/(?<=[。！？；])/)
          .map((s) => s.trim())
          .filter((s) => s.length >= 10 && s.length <= 160),
      ),
    ),
  ];
  return seedSentences;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const DAY_MS = 86_400_000;
const firstMs = Date.parse(`${FIRST_DAY}T00:00:00+08:00`);
const lastMs = Date.parse(`${LAST_DAY}T18:00:00+08:00`);
const yearsSpan = (lastMs - firstMs) / (365.25 * DAY_MS);

/** yyyy-mm-dd of an instant in China time. */
function chinaDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

export class EntryGenerator {
  private readonly themes = THEMES;
  private readonly themeWeights = cumulate(THEMES.map((t) => t.weight));
  private readonly unitWeights = cumulate(BENCH_UNITS.map((u) => u.weight));
  private readonly unitIndexes = BENCH_UNITS.map((_, i) => i);
  private readonly demo = demoSentences();

  constructor(
    private readonly seed: number,
    private readonly total: number,
  ) {}

  /**
   * Entry `index` (0-based) of `total`. Publication dates grow with the index (ids follow time, as in
   * a real catalogue), denser in recent years.
   */
  entry(index: number): GeneratedEntry {
    const rng = new BenchRng(entrySeed(this.seed, index));
    const unitIndex = rng.weighted(this.unitIndexes, this.unitWeights);
    const unit = BENCH_UNITS[unitIndex]!;
    const theme = rng.weighted(this.themes, this.themeWeights);

    // Inverse CDF of an exponentially growing rate over the span, then up to a day of jitter.
    const fraction = Math.min(1, (index + rng.float()) / this.total);
    const years = Math.log(1 + fraction * (Math.exp(GROWTH * yearsSpan) - 1)) / GROWTH;
    const publishedMs = Math.min(lastMs, firstMs + years * 365.25 * DAY_MS);
    const publishedAt = new Date(publishedMs);
    const generatedOn = chinaDate(publishedMs - rng.int(1, 15) * DAY_MS);
    const writtenOn = rng.float() < 0.5 ? chinaDate(Date.parse(`${generatedOn}T00:00:00Z`) - rng.int(0, 5) * DAY_MS) : null;
    const year = Number(generatedOn.slice(0, 4));

    const slots = this.slots(rng, unit, theme, year);
    const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => slots(name));
    const title = fill(rng.pick(theme.titles));
    const unique = new Set<string>();
    const count = Math.max(1, Math.round(Math.exp(2.2 + 0.5 * gaussian(rng))));
    for (let i = 0; i < count; i++) {
      const roll = rng.float();
      unique.add(roll < 0.6 ? fill(rng.pick(theme.facts)) : roll < 0.92 ? fill(rng.pick(GENERIC)) : rng.pick(this.demo));
    }
    if (rng.float() < 0.04) unique.add(rng.pick(MONEY_BOILERPLATE));
    if (rng.float() < 0.6) unique.add(fill(rng.pick(CLOSERS)));
    const sentences = [...unique];
    if (rng.float() < RARE_RATE)
      sentences.splice(rng.int(0, sentences.length), 0, fill(`组织开展辖区${BENCH_TERMS.rare}普查和挂牌保护工作，共登记${BENCH_TERMS.rare}{n}株。`));
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length;) {
      const take = rng.int(1, 4);
      paragraphs.push(`<p>${escapeHtml(sentences.slice(i, i + take).join(""))}</p>`);
      i += take;
    }
    const hasDocumentNo = theme.genres[0] !== "其他" || rng.float() < 0.15;
    return {
      unit: unitIndex,
      topic: theme.topic,
      genre: rng.pick(theme.genres),
      title,
      summary: rng.float() < 0.4 ? sentences[0]!.slice(0, 120) : "",
      documentNo: hasDocumentNo ? `${unit.docPrefix}〔${year}〕${rng.int(1, 300)}号` : null,
      keywords: [...new Set([slots("subject"), theme.topic.split("\\").at(-1)!])].slice(0, rng.int(1, 2)),
      validity: rng.float() < 0.9 ? "VALID" : rng.float() < 0.7 ? "AMENDED" : "REPEALED",
      article20Item: theme.article20Item ?? null,
      bodyHtml: paragraphs.join(""),
      generatedOn,
      writtenOn,
      publishedAt,
    };
  }

  /** Slot values of one entry: fixed per entry (one subject, one company…), so the text stays coherent. */
  private slots(rng: BenchRng, unit: BenchUnit, theme: Theme, year: number): (name: string) => string {
    const values = new Map<string, string>();
    const money = () => (rng.float() * 10 ** rng.int(1, 4)).toFixed(2);
    const make: Record<string, () => string> = {
      unit: () => unit.name,
      short: () => unit.shortName,
      year: () => String(year),
      prev: () => String(year - 1),
      next: () => String(year + 1),
      month: () => String(rng.int(1, 12)),
      day: () => String(rng.int(1, 28)),
      next_day: () => String(rng.int(1, 28)),
      quarter: () => rng.pick(CN_QUARTER),
      session: () => rng.pick(["七", "八", "九"]),
      n: () => String(rng.int(2, 300)),
      n2: () => String(rng.int(2, 120)),
      n3: () => String(rng.int(2, 60)),
      money,
      money2: money,
      money3: money,
      money4: money,
      pct: () => (rng.float() * 30 + 1).toFixed(1),
      pct2: () => (rng.float() * 60 + 20).toFixed(1),
      subject: () => rng.zipf(theme.subjects),
      subject2: () => rng.zipf(theme.subjects),
      topic_word: () => rng.zipf(THEMES[0]!.subjects),
      place: () => rng.pick(TOWNS)[0],
      person: () => rng.pick(PEOPLE),
      person2: () => rng.pick(PEOPLE),
      person3: () => rng.pick(PEOPLE),
      company: () => `示范区${rng.pick(COMPANIES)}${rng.pick(TRADES)}有限公司`,
      company2: () => `示范区${rng.pick(COMPANIES)}工程咨询有限公司`,
      project: () => `${unit.shortName}${rng.pick(PROJECTS)}项目`,
      law: () => rng.pick(LAWS),
      phone: () => `0991-8${rng.int(100_000, 999_999)}`,
      doc: () => `${unit.docPrefix}罚〔${year}〕${rng.int(1, 400)}号`,
    };
    return (name) => {
      let value = values.get(name);
      if (value === undefined) {
        value = make[name]?.() ?? `{${name}}`;
        values.set(name, value);
      }
      return value;
    };
  }
}

/** A standard normal deviate (Box–Muller). */
function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.float())) * Math.cos(2 * Math.PI * rng.float());
}

/** Topic paths the generator uses; each must exist in prisma/seed/categories.ts. */
export const BENCH_TOPICS = THEMES.map((t) => t.topic);
/** Genres the generator uses; each must be one of DEFAULT_GENRES. */
export const BENCH_GENRES = [...new Set(THEMES.flatMap((t) => t.genres))];
