import { detectClassificationMarks } from "./classification";
import { type Finding, type FindingType, type ScanOptions, toHalfWidth } from "./model";
import { detectAddresses, detectBankCards, detectEmails, detectLandlines, detectMobiles, detectResidentIds } from "./personal-data";
import { DEFAULT_WORD_LISTS, detectWords } from "./word-lists";

/**
 * Personal-data findings may be masked, so they must not overlap one another; when two detectors claim
 * the same digits the earlier, then the longer, then the higher in this order wins.
 */
const PERSONAL_ORDER: FindingType[] = ["RESIDENT_ID", "BANK_CARD", "EMAIL", "MOBILE", "LANDLINE", "ADDRESS"];

function overlapGroup(type: FindingType): string {
  return PERSONAL_ORDER.includes(type) ? "PERSONAL" : type;
}

function rank(finding: Finding): number {
  const index = PERSONAL_ORDER.indexOf(finding.type);
  return index < 0 ? 0 : index;
}

/** Keeps, within each overlap group, findings that do not overlap an earlier kept one. */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
  const groupEnds = new Map<string, number>();
  const kept: Finding[] = [];
  for (const finding of ordered) {
    const group = overlapGroup(finding.type);
    if (finding.start < (groupEnds.get(group) ?? 0)) continue;
    groupEnds.set(group, finding.end);
    kept.push(finding);
  }
  return kept;
}

/**
 * The pre-check run on submit (issue P6 item 1): classification and internal marks, resident ID numbers,
 * mobile and landline numbers, bank cards, e-mail addresses, detailed home addresses and the word lists
 * (DEFAULT_WORD_LISTS unless `wordLists` is given). Findings are in text order; offsets are UTF-16
 * indices into `text`. Pure: the same text and options always give the same findings.
 */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  // Numbers and addresses are looked for with full-width digits and letters as ASCII; the match shown is the original.
  const halfWidth = toHalfWidth(text);
  const patterned = [
    ...detectClassificationMarks(halfWidth),
    ...detectResidentIds(halfWidth, options),
    ...detectBankCards(halfWidth, options),
    ...detectEmails(halfWidth),
    ...detectMobiles(halfWidth),
    ...detectLandlines(halfWidth),
    ...detectAddresses(halfWidth),
  ].map((finding) => ({ ...finding, match: text.slice(finding.start, finding.end) }));
  return withoutOverlaps([...patterned, ...detectWords(text, options.wordLists ?? DEFAULT_WORD_LISTS)]);
}

export type Excerpt = { before: string; match: string; after: string; isCutBefore: boolean; isCutAfter: boolean };

const isLowSurrogate = (text: string, index: number) => /[\uDC00-\uDFFF]/.test(text.charAt(index));

/**
 * The finding with up to `radius` characters of context each side, cut at line breaks and never
 * inside a surrogate pair, for showing the match highlighted.
 */
export function excerpt(text: string, finding: Pick<Finding, "start" | "end">, radius = 20): Excerpt {
  let from = Math.max(0, finding.start - radius);
  let to = Math.min(text.length, finding.end + radius);
  if (from > 0 && isLowSurrogate(text, from)) from--;
  if (to < text.length && isLowSurrogate(text, to)) to++;
  const lineStart = text.lastIndexOf("\n", finding.start - 1) + 1;
  const lineEnd = text.indexOf("\n", finding.end);
  from = Math.max(from, lineStart);
  if (lineEnd >= 0) to = Math.min(to, lineEnd);
  return {
    before: text.slice(from, finding.start),
    match: text.slice(finding.start, finding.end),
    after: text.slice(finding.end, to),
    isCutBefore: from > lineStart,
    isCutAfter: to < (lineEnd < 0 ? text.length : lineEnd),
  };
}

/** Where an offset is: 1-based line (paragraph, for scanned HTML) and column. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
