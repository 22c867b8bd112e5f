/** Default 主题分类 tree (domain.md §6) and 体裁 list; admins can extend both per unit. */
export const DEFAULT_TOPICS: [string, string[]][] = [
  ["机构职能", ["机构设置", "领导信息"]],
  ["政策文件", ["规章", "行政规范性文件", "其他文件", "政策解读"]],
  ["规划计划", []],
  ["统计信息", []],
  ["财政资金", ["预算", "决算", "三公经费"]],
  ["行政事业性收费", []],
  ["政府采购", []],
  ["重大建设项目", []],
  ["人事信息", []],
  ["行政执法", ["行政许可", "行政处罚", "行政强制"]],
  ["民生保障", ["扶贫", "社会保障", "教育", "医疗卫生", "就业"]],
  ["应急管理", []],
  ["监督检查", []],
  ["建议提案办理", []],
  ["工作动态", []],
  ["政府信息公开", ["政府信息公开指南", "政府信息公开制度", "政府信息公开年报", "依申请公开"]],
];

/** 党政机关公文 kinds (党政机关公文处理工作条例 art. 8) plus the common non-公文 forms. */
export const DEFAULT_GENRES = [
  "决议",
  "决定",
  "命令（令）",
  "公报",
  "公告",
  "通告",
  "意见",
  "通知",
  "通报",
  "报告",
  "请示",
  "批复",
  "议案",
  "函",
  "纪要",
  "规划",
  "方案",
  "办法",
  "统计数据",
  "其他",
];

/**
 * Expected update intervals (days) of catalogue columns, by topic name: dynamic news weekly, budgets,
 * final accounts and the annual report yearly. Stale and blank columns are the most common failing in
 * official site inspections (domain.md §11); admins change these at /admin/categories.
 */
export const DEFAULT_UPDATE_INTERVALS: Record<string, number> = {
  工作动态: 7,
  预算: 365,
  决算: 365,
  政府信息公开年报: 365,
};
