import { type Finding, makeFinding } from "./model";

/*
 * Classification marks (密级标志, 《保守国家秘密法》 art. 17 and GB/T 9704-2012 §7.2.3) and marks of
 * internal material (内部事项). Both mean the text must not be published as it is, so they block.
 *
 * The level words 绝密/机密/秘密 are everyday words too (商业秘密, 保守国家秘密, 机密性, 秘密的), so a level
 * word alone in a sentence is never a mark. It is one only in a mark's shape:
 *   1. followed by ★ (or ☆), with or without a 保密期限: 机密★5年, 秘密★长期, 绝密★启用前;
 *   2. followed by a 期限 without ★ (机密 5年, 秘密·长期) when not preceded by a Han character;
 *   3. alone on its line, or followed on that line only by an urgency mark (特急/加急): a header mark;
 *   4. after 密级：, or alone in brackets: 【机密】, （秘密）.
 * Internal marks (内部资料, 内部文件, 内部使用, 注意保存, 不得外传, …) count when they stand as a mark:
 * alone on their line or in brackets, possibly several together (内部资料 注意保存). In a sentence they
 * are ordinary (加强内部资料管理, 请注意保存好收据, 涉密文件不得外传). 内部控制, 内部审计 are never marks.
 * 仅供内部参考/仅供内部使用/仅限内部使用 and 此件不公开/本件不公开 are marks wherever they are.
 */

const LEVEL = "(?:绝密|机密|秘密)";
const COUNT = "[0-9０-９一二三四五六七八九十]+";
const TERM = `(?:${COUNT}[ \\t]*(?:年|个月)|长期|启用前|公布前|发布前)`;
const GAP = "[ \\t\\u3000]*";
const OPEN = "[【\\[（(〔]";
const CLOSE = "[】\\]）)〕]";

const LEVEL_MARKS: RegExp[] = [
  new RegExp(`${LEVEL}${GAP}[★☆]${GAP}(?:${TERM}|[（(]${TERM}[)）])?`, "g"),
  new RegExp(`(?<![\\u4e00-\\u9fa5])${LEVEL}${GAP}[·•]?${GAP}${TERM}`, "g"),
  new RegExp(`(?<=^|\\n)${GAP}${LEVEL}(?:${GAP}(?:特急|加急|特提|平急))?${GAP}(?=\\n|$)`, "g"),
  new RegExp(`密级${GAP}[:：]${GAP}(?:${LEVEL}|内部)`, "g"),
  new RegExp(`${OPEN}${GAP}${LEVEL}${GAP}${CLOSE}`, "g"),
];

const INTERNAL =
  "(?:(?:此件|本件|本材料)?(?:内部资料|内部文件|内部使用|内部参考|内部刊物|内部发行|内部传阅)|注意保存|注意保密|不得外传|请勿外传|严禁外传|禁止外传)";
const SEP = "[，,、 \\t\\u3000]*";
const INTERNAL_MARKS: RegExp[] = [
  new RegExp(`(?<=(?:^|\\n)${GAP})${INTERNAL}(?:${SEP}${INTERNAL})*(?=${GAP}(?:\\n|$))`, "g"),
  new RegExp(`(?<=${OPEN}${GAP})${INTERNAL}(?:${SEP}${INTERNAL})*(?=${GAP}${CLOSE})`, "g"),
  /仅供内部(?:参考|使用|传阅)|仅限内部(?:使用|传阅)|(?:此件|本件)不(?:予)?公开/g,
];

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return [start, end];
}

/** Classification and internal-material marks in text order, each span reported once. */
export function detectClassificationMarks(text: string): Finding[] {
  const found: Finding[] = [];
  const add = (patterns: RegExp[], label: string) => {
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) {
        const [start, end] = trimmed(text, match.index, match.index + match[0].length);
        if (end > start) found.push(makeFinding(text, "CLASSIFICATION_MARK", start, end, { label }));
      }
  };
  add(LEVEL_MARKS, "密级标志");
  add(INTERNAL_MARKS, "内部事项标志");
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
