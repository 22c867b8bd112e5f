import { type Finding, type WordList, type WordListEntry, makeFinding } from "./model";

/**
 * Common wrong expressions (错敏词) in government writing with their correct form: misspelt idioms and
 * set phrases, and non-standard political terms from the 新华社《新闻报道中的禁用词》 list. Only forms
 * that are wrong in every context are here (截止/截至, 签定/签订 depend on context and are left out).
 */
export const DEFAULT_WRONG_EXPRESSIONS: WordList = {
  kind: "WRONG",
  entries: [
    { word: "防碍", correct: "妨碍" },
    { word: "按装", correct: "安装" },
    { word: "既使", correct: "即使" },
    { word: "布署", correct: "部署" },
    { word: "坐谈会", correct: "座谈会" },
    { word: "震憾", correct: "震撼" },
    { word: "松驰", correct: "松弛" },
    { word: "历行节约", correct: "厉行节约" },
    { word: "一愁莫展", correct: "一筹莫展" },
    { word: "再接再励", correct: "再接再厉" },
    { word: "迫不急待", correct: "迫不及待" },
    { word: "变本加利", correct: "变本加厉" },
    { word: "一如继往", correct: "一如既往" },
    { word: "按步就班", correct: "按部就班" },
    { word: "走头无路", correct: "走投无路" },
    { word: "默守成规", correct: "墨守成规" },
    { word: "针贬时弊", correct: "针砭时弊" },
    { word: "不径而走", correct: "不胫而走" },
    { word: "一股作气", correct: "一鼓作气" },
    { word: "出奇不意", correct: "出其不意" },
    { word: "穿流不息", correct: "川流不息" },
    { word: "竭泽而鱼", correct: "竭泽而渔" },
    { word: "台湾总统", correct: "台湾地区领导人" },
    { word: "北朝鲜", correct: "朝鲜" },
  ],
};

/** The lists scanText applies when none are given. Units add their own sensitive words. */
export const DEFAULT_WORD_LISTS: WordList[] = [DEFAULT_WRONG_EXPRESSIONS];

type Compiled = { pattern: RegExp; entries: Map<string, { kind: WordList["kind"]; entry: WordListEntry }> };

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One alternation over all words, longest first, so at each position the longest entry wins and
 * matches never overlap. A word in several lists keeps its first entry.
 */
export function compileWordLists(lists: WordList[]): Compiled | null {
  const entries: Compiled["entries"] = new Map();
  for (const list of lists)
    for (const entry of list.entries) {
      const word = entry.word.trim();
      if (word && !entries.has(word)) entries.set(word, { kind: list.kind, entry: { ...entry, word } });
    }
  if (entries.size === 0) return null;
  const words = [...entries.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { pattern: new RegExp(words.map(escapeRegExp).join("|"), "g"), entries };
}

/** Sensitive words (敏感词) and wrong expressions (错误表述, with the correct form as the suggestion). */
export function detectWords(text: string, lists: WordList[]): Finding[] {
  const compiled = compileWordLists(lists);
  if (!compiled) return [];
  const findings: Finding[] = [];
  for (const match of text.matchAll(compiled.pattern)) {
    const hit = compiled.entries.get(match[0]);
    if (!hit) continue;
    const end = match.index + match[0].length;
    if (hit.kind === "SENSITIVE") findings.push(makeFinding(text, "SENSITIVE_WORD", match.index, end));
    else findings.push(makeFinding(text, "WRONG_EXPRESSION", match.index, end, hit.entry.correct ? { suggestion: hit.entry.correct } : undefined));
  }
  return findings;
}

/**
 * The lists for a scan from configured words (system-wide and the unit's own, WatchWord rows) after the
 * built-in ones: a configured wrong expression can add to DEFAULT_WRONG_EXPRESSIONS but not replace one.
 */
export function wordListsWith(words: { kind: WordList["kind"]; word: string; correct: string | null }[]): WordList[] {
  const ofKind = (kind: WordList["kind"]): WordList => ({
    kind,
    entries: words.filter((w) => w.kind === kind).map((w) => (w.correct ? { word: w.word, correct: w.correct } : { word: w.word })),
  });
  return [...DEFAULT_WORD_LISTS, ofKind("SENSITIVE"), ofKind("WRONG")].filter((list) => list.entries.length > 0);
}
