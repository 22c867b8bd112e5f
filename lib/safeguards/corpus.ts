import { luhnCheckDigit, residentIdCheckChar } from "./checksums";
import { type FindingType, type ScanOptions, type WordList } from "./model";
import { DEFAULT_WRONG_EXPRESSIONS } from "./word-lists";

/*
 * A labelled corpus for the pre-check: for every detector at least ten sentences that contain what it
 * looks for and ten that must not trigger it, in the contexts government documents use. Each example
 * lists every finding the whole scan should return, as [type, exact match]. ID and card numbers are
 * made with their check characters here; their "bad" twins change only the check character.
 * All names and numbers are invented.
 */

export type ExpectedFinding = [FindingType, string];
/**
 * `knownLimit` marks a realistic case the rules get wrong on purpose or cannot tell apart; it is labelled
 * with the truth, counts in the scores, and its test asserts it is still wrong (so a fix is noticed).
 */
export type CorpusExample = { detector: FindingType; text: string; expect: ExpectedFinding[]; knownLimit?: string };

/** An 18-character ID number with the correct GB 11643 check character. */
export const id = (first17: string) => first17 + residentIdCheckChar(first17);
/** The same 17 digits with a wrong check character. */
export const badId = (first17: string) => first17 + (residentIdCheckChar(first17) === "1" ? "2" : "1");
/** A card number with the correct Luhn check digit. */
export const card = (payload: string) => payload + luhnCheckDigit(payload);
/** The same payload with a wrong check digit. */
export const badCard = (payload: string) => payload + String((Number(luhnCheckDigit(payload)) + 1) % 10);
const grouped = (digits: string, separator = " ") => digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`);

/** The day the corpus is scanned on, so birth dates after it are rejected. */
export const CORPUS_TODAY = { year: 2025, month: 6, day: 30 };

/** A unit's sensitive-word list as the corpus assumes it, with the default wrong expressions. */
export const CORPUS_WORD_LISTS: WordList[] = [
  {
    kind: "SENSITIVE",
    entries: [{ word: "维稳对象" }, { word: "上访人员" }, { word: "重点上访人员" }, { word: "信访老户" }, { word: "内部价" }, { word: "群体性事件" }],
  },
  DEFAULT_WRONG_EXPRESSIONS,
];

export const CORPUS_OPTIONS: ScanOptions = { today: CORPUS_TODAY, wordLists: CORPUS_WORD_LISTS };

const ID_A = id("11010519800101123");
const ID_B = id("33010619751230204");
const ID_LEAP = id("44030419920229001");
const ID_C = id("51010720001010345");
const ID_D = id("62010219650715321");
const ID_E = id("21020219881111002");
const ID_F = id("65010219990909876");
/** Valid ID whose digits also pass Luhn: must be reported as an ID, not a bank card. */
const ID_LUHN = "330106198506101068";
/** Valid all-digit 统一社会信用代码 that also passes Luhn. */
const USCC_LUHN = "913301067040471251";

const CARD_ICBC = card("622202100112345678");
const CARD_CCB = card("621700123456789012");
const CARD_ABC = card("622848001234567890");
const CARD_MC = card("520123456789012");

const e = (detector: FindingType, text: string, ...expect: ExpectedFinding[]): CorpusExample => ({ detector, text, expect });

const CLASSIFICATION: CorpusExample[] = [
  e("CLASSIFICATION_MARK", "机密★5年\n示范区人民政府关于加强应急物资储备的通知", ["CLASSIFICATION_MARK", "机密★5年"]),
  e("CLASSIFICATION_MARK", "秘密★长期\n示范区国家安全工作领导小组会议纪要", ["CLASSIFICATION_MARK", "秘密★长期"]),
  e("CLASSIFICATION_MARK", "2024年度公开招聘笔试试题\n绝密★启用前", ["CLASSIFICATION_MARK", "绝密★启用前"]),
  e("CLASSIFICATION_MARK", "秘密 1年\n特急\n示范区发展和改革局文件", ["CLASSIFICATION_MARK", "秘密 1年"]),
  e("CLASSIFICATION_MARK", "机密\n示政发〔2024〕5号\n关于调整区级储备粮规模的批复", ["CLASSIFICATION_MARK", "机密"]),
  e("CLASSIFICATION_MARK", "文件标题：关于重点项目选址的请示  密级：秘密  紧急程度：平件", ["CLASSIFICATION_MARK", "密级：秘密"]),
  e("CLASSIFICATION_MARK", "【机密】关于区域防汛调度方案的报告", ["CLASSIFICATION_MARK", "【机密】"]),
  e("CLASSIFICATION_MARK", "内部资料 注意保存\n示范区2024年第一季度经济运行分析", ["CLASSIFICATION_MARK", "内部资料 注意保存"]),
  e("CLASSIFICATION_MARK", "抄送：区委办公室，区人大常委会办公室。（此件不公开）", ["CLASSIFICATION_MARK", "此件不公开"]),
  e("CLASSIFICATION_MARK", "本材料仅供内部参考，请勿转发。", ["CLASSIFICATION_MARK", "仅供内部参考"]),
  e("CLASSIFICATION_MARK", "示范区财政局关于预算执行情况的说明（内部使用）", ["CLASSIFICATION_MARK", "内部使用"]),
  e("CLASSIFICATION_MARK", "机密★ 10年\n特急", ["CLASSIFICATION_MARK", "机密★ 10年"]),
  e("CLASSIFICATION_MARK", "会议纪要\n不得外传", ["CLASSIFICATION_MARK", "不得外传"]),
  e("CLASSIFICATION_MARK", "依法保护商业秘密和个人隐私，不得泄露。"),
  e("CLASSIFICATION_MARK", "全体干部职工要增强保密意识，自觉保守国家秘密。"),
  e("CLASSIFICATION_MARK", "国家秘密的密级分为绝密、机密、秘密三级。"),
  e("CLASSIFICATION_MARK", "加强政务数据的机密性、完整性和可用性保护。"),
  e("CLASSIFICATION_MARK", "健全内部控制制度，定期开展内部审计。"),
  e("CLASSIFICATION_MARK", "办理完毕后，请注意保存好缴费凭证。"),
  e("CLASSIFICATION_MARK", "各科室要加强内部资料的登记和管理。"),
  e("CLASSIFICATION_MARK", "涉密文件不得外传，违者依法追究责任。"),
  e("CLASSIFICATION_MARK", "依法打击窃取、刺探、收买国家秘密的违法犯罪行为。"),
  e("CLASSIFICATION_MARK", "秘密投票选举产生新一届村民委员会。"),
  e("CLASSIFICATION_MARK", "机密文件管理办法（2024年修订）"),
  e("CLASSIFICATION_MARK", "政务服务满意度评价：★★★★★"),
  e("CLASSIFICATION_MARK", "本文件公开方式：主动公开。"),
];

const RESIDENT_ID: CorpusExample[] = [
  e("RESIDENT_ID", `申请人张某，身份证号码${ID_A}，联系地址见附件。`, ["RESIDENT_ID", ID_A]),
  e("RESIDENT_ID", `经办人：李某某（身份证号：${ID_B}）`, ["RESIDENT_ID", ID_B]),
  e("RESIDENT_ID", `补贴发放名单：王某 ${ID_LEAP} 男`, ["RESIDENT_ID", ID_LEAP]),
  e("RESIDENT_ID", "委托代理人公民身份号码11010519491231002X。", ["RESIDENT_ID", "11010519491231002X"]),
  e("RESIDENT_ID", "被申请人身份证号11010519491231002x，系本区居民。", ["RESIDENT_ID", "11010519491231002x"]),
  e("RESIDENT_ID", "其原身份证号码110105800101123已换领第二代身份证。", ["RESIDENT_ID", "110105800101123"]),
  e("RESIDENT_ID", `身份证号码为${ID_C}的申请人已补正材料。`, ["RESIDENT_ID", ID_C]),
  e("RESIDENT_ID", `序号1 赵某 ${ID_D} 已核实`, ["RESIDENT_ID", ID_D]),
  e("RESIDENT_ID", `受理回执：公民身份号码 ${ID_E}`, ["RESIDENT_ID", ID_E]),
  e("RESIDENT_ID", `${ID_F}（本人）`, ["RESIDENT_ID", ID_F]),
  e("RESIDENT_ID", `低保对象钱某，身份证${ID_LUHN}，家庭人口3人。`, ["RESIDENT_ID", ID_LUHN]),
  e("RESIDENT_ID", "身份证号：１１０１０５１９４９１２３１００２Ｘ（全角）", ["RESIDENT_ID", "１１０１０５１９４９１２３１００２Ｘ"]),
  e("RESIDENT_ID", `申请人身份证号码${badId("11010519800101123")}（校验位有误）。`),
  e("RESIDENT_ID", `登记的号码为${id("11010519801332123")}，月份不存在。`),
  e("RESIDENT_ID", `经核对，号码${id("11010520010230123")}不是有效号码。`),
  e("RESIDENT_ID", `系统中录入的${id("11010520300101123")}出生日期晚于今天。`),
  e("RESIDENT_ID", `编号${id("10010519800101123")}的档案已归档。`),
  e("RESIDENT_ID", "订单号202306150000123456已完成支付。"),
  e("RESIDENT_ID", `业务流水号9${ID_A}已办结。`),
  e("RESIDENT_ID", "旧证号码110105801301123的月份无效。"),
  e("RESIDENT_ID", `项目编号ZB${ID_B}已公示。`),
  e("RESIDENT_ID", "统一社会信用代码：91350100M000100Y43。"),
  e("RESIDENT_ID", `统一社会信用代码：${USCC_LUHN}。`),
];

const MOBILE: CorpusExample[] = [
  e("MOBILE", "联系人：王科长，联系电话：13800138000。", ["MOBILE", "13800138000"]),
  e("MOBILE", "咨询电话 139 1234 5678（工作日）", ["MOBILE", "139 1234 5678"]),
  e("MOBILE", "申请人手机：186-0571-2233，请及时联系。", ["MOBILE", "186-0571-2233"]),
  e("MOBILE", "境外来电请拨+86 13912345678。", ["MOBILE", "+86 13912345678"]),
  e("MOBILE", "请拨打15057112345与经办人联系。", ["MOBILE", "15057112345"]),
  e("MOBILE", "举报人（17712345678）反映，该路段夜间施工扰民。", ["MOBILE", "17712345678"]),
  e("MOBILE", "家属电话18612345678。", ["MOBILE", "18612345678"]),
  e("MOBILE", "国际格式008613712345678亦可。", ["MOBILE", "008613712345678"]),
  e("MOBILE", "办理结果将以短信通知至19912345678。", ["MOBILE", "19912345678"]),
  e("MOBILE", "微信同号：16612345678", ["MOBILE", "16612345678"]),
  e("MOBILE", "联系方式为13312345678/13412345678。", ["MOBILE", "13312345678"], ["MOBILE", "13412345678"]),
  e("MOBILE", "截至年底，全区常住人口为12345678901人次。"),
  e("MOBILE", "文件编号20231380013800已作废。"),
  e("MOBILE", "预算金额13,800,138,000元。"),
  e("MOBILE", "坐标经度113.9812345678。"),
  e("MOBILE", "预算金额1380013800元。"),
  e("MOBILE", "订单号A13912345678已发货。"),
  e("MOBILE", "邮编310012，电话区号0571。"),
  e("MOBILE", `收款账号${CARD_ICBC}。`, ["BANK_CARD", CARD_ICBC]),
  e("MOBILE", `身份证号${ID_A}。`, ["RESIDENT_ID", ID_A]),
  e("MOBILE", "邮箱13912345678@139.com。", ["EMAIL", "13912345678@139.com"]),
  e("MOBILE", "政务服务便民热线12345全天候受理。"),
];

const LANDLINE: CorpusExample[] = [
  e("LANDLINE", "咨询电话：0571-87654321。", ["LANDLINE", "0571-87654321"]),
  e("LANDLINE", "联系电话（010）65432100。", ["LANDLINE", "（010）65432100"]),
  e("LANDLINE", "传真：020-8765 4321", ["LANDLINE", "020-8765 4321"]),
  e("LANDLINE", "监督电话 0755 23456789（工作日）", ["LANDLINE", "0755 23456789"]),
  e("LANDLINE", "电话：02887654321", ["LANDLINE", "02887654321"]),
  e("LANDLINE", "办公室电话0571-88881234转8012。", ["LANDLINE", "0571-88881234转8012"]),
  e("LANDLINE", "联系电话(0571)88776655。", ["LANDLINE", "(0571)88776655"]),
  e("LANDLINE", "联系电话：0931-8123456。", ["LANDLINE", "0931-8123456"]),
  e("LANDLINE", "举报电话：010-64001234。", ["LANDLINE", "010-64001234"]),
  e("LANDLINE", "投诉电话0512－6868 1234。", ["LANDLINE", "0512－6868 1234"]),
  e("LANDLINE", "示政发〔2024〕12号"),
  e("LANDLINE", "公示期为2023-10-01至2023-12-31。"),
  e("LANDLINE", "档案编号0571-2023-001。"),
  e("LANDLINE", "政务服务热线12345。"),
  e("LANDLINE", "服务热线400-800-1234。"),
  e("LANDLINE", "邮政编码：100010。"),
  e("LANDLINE", "办公时间09:00-17:30。"),
  e("LANDLINE", "卷宗0101 2023已移交。"),
  e("LANDLINE", "固定电话号码位数为7位或8位。"),
  e("LANDLINE", "电话：13812345678", ["MOBILE", "13812345678"]),
  e("LANDLINE", "代码01012345678为测试数据。"),
];

const BANK_CARD: CorpusExample[] = [
  e("BANK_CARD", `收款账号：${CARD_ICBC}`, ["BANK_CARD", CARD_ICBC]),
  e("BANK_CARD", `补助资金已打入卡号${grouped(CARD_CCB)}。`, ["BANK_CARD", grouped(CARD_CCB)]),
  e("BANK_CARD", "测试卡号4111111111111111不得用于实际支付。", ["BANK_CARD", "4111111111111111"]),
  e("BANK_CARD", `开户行：中国农业银行 卡号 ${CARD_ABC}`, ["BANK_CARD", CARD_ABC]),
  e("BANK_CARD", `补贴发放至社保卡银行账户${card("621483012345678901")}。`, ["BANK_CARD", card("621483012345678901")]),
  e("BANK_CARD", `信用卡号${grouped(CARD_MC, "-")}已冻结。`, ["BANK_CARD", grouped(CARD_MC, "-")]),
  e("BANK_CARD", `原存折账号${card("955880012345678901")}已销户。`, ["BANK_CARD", card("955880012345678901")]),
  e("BANK_CARD", `退款账户${card("625807123456789")}。`, ["BANK_CARD", card("625807123456789")]),
  e("BANK_CARD", `账户${card("62170000987654321")}已核实。`, ["BANK_CARD", card("62170000987654321")]),
  e("BANK_CARD", `申请人银行卡号为${card("623668123456789012")}，请核对。`, ["BANK_CARD", card("623668123456789012")]),
  e("BANK_CARD", `收款账号：${badCard("622202100112345678")}`),
  e("BANK_CARD", "合同编号1234567890123452。"),
  e("BANK_CARD", `低保对象身份证${ID_LUHN}。`, ["RESIDENT_ID", ID_LUHN]),
  e("BANK_CARD", `统一社会信用代码${USCC_LUHN}。`),
  e("BANK_CARD", `交易流水号${CARD_ICBC}0。`),
  e("BANK_CARD", "日期 2023 0615 0000 1234"),
  e("BANK_CARD", "项目代码2306-330106-04-01-123456。"),
  e("BANK_CARD", "金额6,222,021,234.56元。"),
  e("BANK_CARD", "卡号前15位622202123456789。"),
  e("BANK_CARD", "不动产权证号：浙（2024）示范区不动产权第0123456号。"),
  e("BANK_CARD", `尾号${CARD_ABC.slice(-4)}的账户已到账。`),
];

const EMAIL: CorpusExample[] = [
  e("EMAIL", "信息公开申请可发送至xxgk@shifanqu.gov.cn。", ["EMAIL", "xxgk@shifanqu.gov.cn"]),
  e("EMAIL", "联系人邮箱：zhang.san@163.com", ["EMAIL", "zhang.san@163.com"]),
  e("EMAIL", "申请人邮箱li_si2023@qq.com，已回复。", ["EMAIL", "li_si2023@qq.com"]),
  e("EMAIL", "请抄送wang-wu@mail.example.org.cn", ["EMAIL", "wang-wu@mail.example.org.cn"]),
  e("EMAIL", "订阅邮件info+news@example.com退订。", ["EMAIL", "info+news@example.com"]),
  e("EMAIL", "邮箱：ABC@Example.COM", ["EMAIL", "ABC@Example.COM"]),
  e("EMAIL", "申请人邮箱：13912345678@139.com", ["EMAIL", "13912345678@139.com"]),
  e("EMAIL", "简历请发送至 hr@shifan.gov.cn。", ["EMAIL", "hr@shifan.gov.cn"]),
  e("EMAIL", "Contact: a@b.cn.", ["EMAIL", "a@b.cn"]),
  e("EMAIL", "联系邮箱zhaoliu@sina.com或电话。", ["EMAIL", "zhaoliu@sina.com"]),
  e("EMAIL", "@示范区发布 官方微博"),
  e("EMAIL", "测试账号user@localhost不能收信。"),
  e("EMAIL", "欢迎关注@示范区政务新媒体。"),
  e("EMAIL", "邮箱：xxgk#shifan.gov.cn（发送时将#换成@）"),
  e("EMAIL", "地址格式a@b无效。"),
  e("EMAIL", "test@.cn不是有效地址。"),
  e("EMAIL", "网址www.shifan.gov.cn"),
  e("EMAIL", "版本号v1.2@beta已发布。"),
  e("EMAIL", "单价5@10元。"),
  e("EMAIL", "请以 name at example dot com 形式书写。"),
];

const ADDRESS: CorpusExample[] = [
  e("ADDRESS", "申请人住址：浙江省杭州市西湖区文三路100号3幢2单元501室", ["ADDRESS", "浙江省杭州市西湖区文三路100号3幢2单元501室"]),
  e("ADDRESS", "家住示范区幸福路28号阳光小区5栋1单元302室。", ["ADDRESS", "示范区幸福路28号阳光小区5栋1单元302室"]),
  e("ADDRESS", "当事人居住在东湖花园12幢3单元601室。", ["ADDRESS", "东湖花园12幢3单元601室"]),
  e("ADDRESS", "送达地址：上海市黄浦区南京东路100弄5号1203室", ["ADDRESS", "上海市黄浦区南京东路100弄5号1203室"]),
  e("ADDRESS", "现住北京市朝阳区和平里3号楼2单元401。", ["ADDRESS", "北京市朝阳区和平里3号楼2单元401"]),
  e("ADDRESS", "户籍地址为示范区城关镇张家村3组15号。", ["ADDRESS", "示范区城关镇张家村3组15号"]),
  e("ADDRESS", "快递送至翠苑小区3-2-501。", ["ADDRESS", "翠苑小区3-2-501"]),
  e("ADDRESS", "申请人地址：广东省深圳市南山区科技园路1号2栋", ["ADDRESS", "广东省深圳市南山区科技园路1号2栋"]),
  e("ADDRESS", "现居住于幸福家园8号楼1单元。", ["ADDRESS", "幸福家园8号楼1单元"]),
  e("ADDRESS", "江苏省南京市鼓楼区中山北路200号15-3-1102", ["ADDRESS", "江苏省南京市鼓楼区中山北路200号15-3-1102"]),
  e("ADDRESS", "被申请人住所：示范区教师宿舍2栋101室。", ["ADDRESS", "示范区教师宿舍2栋101室"]),
  e("ADDRESS", "示范区人民政府位于人民路1号。"),
  e("ADDRESS", "会议在区政府3号楼301会议室召开。"),
  e("ADDRESS", "本次检查覆盖朝阳区、海淀区等6个区。"),
  e("ADDRESS", "办公地点：人民路100号行政中心5楼。"),
  e("ADDRESS", "全区共有住宅小区120个。"),
  e("ADDRESS", "解放路街道办事处召开居民代表会议。"),
  e("ADDRESS", "地址：示范区建设路88号"),
  e("ADDRESS", "第3单元的学习内容为公文写作。"),
  e("ADDRESS", "本小区共有12栋住宅楼。"),
  e("ADDRESS", "全村共有128户村民。"),
  e("ADDRESS", "阳光花园项目二期3栋主体已完工。"),
  e("ADDRESS", "2号楼3单元的电梯已维修完毕。"),
  e("ADDRESS", "示范区人民医院3号楼301室为发热门诊。"),
];

const SENSITIVE: CorpusExample[] = [
  e("SENSITIVE_WORD", "各街道要做好维稳对象的排查工作。", ["SENSITIVE_WORD", "维稳对象"]),
  e("SENSITIVE_WORD", "附件：重点上访人员名单", ["SENSITIVE_WORD", "重点上访人员"]),
  e("SENSITIVE_WORD", "对上访人员开展走访。", ["SENSITIVE_WORD", "上访人员"]),
  e("SENSITIVE_WORD", "建立信访老户包案化解机制。", ["SENSITIVE_WORD", "信访老户"]),
  e("SENSITIVE_WORD", "本批次物资按内部价结算。", ["SENSITIVE_WORD", "内部价"]),
  e("SENSITIVE_WORD", "妥善处置群体性事件。", ["SENSITIVE_WORD", "群体性事件"]),
  e("SENSITIVE_WORD", "维稳对象和信访老户分别建档。", ["SENSITIVE_WORD", "维稳对象"], ["SENSITIVE_WORD", "信访老户"]),
  e("SENSITIVE_WORD", "防范发生群体性事件，化解重点上访人员诉求。", ["SENSITIVE_WORD", "群体性事件"], ["SENSITIVE_WORD", "重点上访人员"]),
  e("SENSITIVE_WORD", "（一）上访人员基本情况", ["SENSITIVE_WORD", "上访人员"]),
  e("SENSITIVE_WORD", "内部价格表另附", ["SENSITIVE_WORD", "内部价"]),
  e("SENSITIVE_WORD", "做好信访工作，畅通群众诉求表达渠道。"),
  e("SENSITIVE_WORD", "群众上访反映的问题已全部办结。"),
  e("SENSITIVE_WORD", "加强维稳工作的组织领导。"),
  e("SENSITIVE_WORD", "参会人员名单见附件。"),
  e("SENSITIVE_WORD", "价格内部审核流程。"),
  e("SENSITIVE_WORD", "突发事件应急预案。"),
  e("SENSITIVE_WORD", "老户籍档案已数字化。"),
  e("SENSITIVE_WORD", "对象范围为全区低保家庭。"),
  e("SENSITIVE_WORD", "群体性活动安全管理。"),
  e("SENSITIVE_WORD", "信访事项办理情况。"),
];

const WRONG: CorpusExample[] = [
  e("WRONG_EXPRESSION", "任何单位不得防碍执法人员依法履职。", ["WRONG_EXPRESSION", "防碍"]),
  e("WRONG_EXPRESSION", "在小区出入口按装监控设备。", ["WRONG_EXPRESSION", "按装"]),
  e("WRONG_EXPRESSION", "既使遇到困难，也要按期完成任务。", ["WRONG_EXPRESSION", "既使"]),
  e("WRONG_EXPRESSION", "会议对下一阶段工作进行了布署。", ["WRONG_EXPRESSION", "布署"]),
  e("WRONG_EXPRESSION", "召开企业家坐谈会。", ["WRONG_EXPRESSION", "坐谈会"]),
  e("WRONG_EXPRESSION", "希望全体同志再接再励，再创佳绩。", ["WRONG_EXPRESSION", "再接再励"]),
  e("WRONG_EXPRESSION", "坚持历行节约，反对铺张浪费。", ["WRONG_EXPRESSION", "历行节约"]),
  e("WRONG_EXPRESSION", "我们将一如继往地支持民营经济发展。", ["WRONG_EXPRESSION", "一如继往"]),
  e("WRONG_EXPRESSION", "会见台湾总统府前官员。", ["WRONG_EXPRESSION", "台湾总统"]),
  e("WRONG_EXPRESSION", "北朝鲜代表团到访。", ["WRONG_EXPRESSION", "北朝鲜"]),
  e("WRONG_EXPRESSION", "改革不能按步就班，也不能一愁莫展。", ["WRONG_EXPRESSION", "按步就班"], ["WRONG_EXPRESSION", "一愁莫展"]),
  e("WRONG_EXPRESSION", "任何单位不得妨碍执法人员依法履职。"),
  e("WRONG_EXPRESSION", "在小区出入口安装监控设备。"),
  e("WRONG_EXPRESSION", "即使遇到困难，也要按期完成任务。"),
  e("WRONG_EXPRESSION", "会议对下一阶段工作进行了部署。"),
  e("WRONG_EXPRESSION", "召开企业家座谈会。"),
  e("WRONG_EXPRESSION", "希望全体同志再接再厉，再创佳绩。"),
  e("WRONG_EXPRESSION", "坚持厉行节约，反对铺张浪费。"),
  e("WRONG_EXPRESSION", "会见台湾地区领导人。"),
  e("WRONG_EXPRESSION", "朝鲜半岛局势。"),
  e("WRONG_EXPRESSION", "申请截止日期为6月30日。"),
  e("WRONG_EXPRESSION", "改革不能按部就班，也不能一筹莫展。"),
];

const limit = (example: CorpusExample, knownLimit: string): CorpusExample => ({ ...example, knownLimit });

const KNOWN_LIMITS: CorpusExample[] = [
  limit(e("CLASSIFICATION_MARK", "文件首页左上角标注“秘密★1年”等密级和保密期限。"), "a mark quoted in a rule about marks is still a mark's shape"),
  limit(e("MOBILE", "详见http://www.shifan.gov.cn/art/13912345678.html"), "11 digits in a URL path look like a mobile number"),
  limit(e("EMAIL", "图标文件icon@2x.png已更新。"), "a file name with @ and an extension looks like an address"),
  limit(e("ADDRESS", "住址：示范区幸福路28号", ["ADDRESS", "示范区幸福路28号"]), "a house number without flat detail is not reported, even after 住址"),
  limit(e("ADDRESS", "会议在示范区人民路100号5楼501室召开。"), "an office room has the shape of a flat"),
];

export const CORPUS: CorpusExample[] = [
  ...CLASSIFICATION,
  ...RESIDENT_ID,
  ...MOBILE,
  ...LANDLINE,
  ...BANK_CARD,
  ...EMAIL,
  ...ADDRESS,
  ...SENSITIVE,
  ...WRONG,
  ...KNOWN_LIMITS,
];
