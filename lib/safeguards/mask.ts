import { type Finding, type FindingType, toHalfWidth } from "./model";

/** The finding types one-click masking (issue P6 item 2) applies to; marks and words are edited instead. */
export const MASKABLE_TYPES: ReadonlySet<FindingType> = new Set(["RESIDENT_ID", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS"]);

export function isMaskable(type: FindingType): boolean {
  return MASKABLE_TYPES.has(type);
}

/** Replaces with * every digit of `value` whose index among the digits is outside [keepHead, count - keepTail). */
function maskDigits(value: string, keepHead: number, keepTail: number, isIdChar = false): string {
  const isDigit = (char: string) => (isIdChar ? /[0-9Xx]/ : /[0-9]/).test(toHalfWidth(char));
  const count = [...value].filter(isDigit).length;
  let index = 0;
  return [...value]
    .map((char) => {
      if (!isDigit(char)) return char;
      const keep = index < keepHead || index >= count - keepTail;
      index++;
      return keep ? char : "*";
    })
    .join("");
}

function landlineAreaDigits(value: string): number {
  const area = /^[(（]?(0\d{2,3})(?:[)）\-－— ])/.exec(value);
  if (area?.[1]) return area[1].length;
  return /^0(?:10|2\d)/.test(value) ? 3 : 4;
}

/**
 * The masked form of a finding's match, or null for types that are not masked. Separators are kept:
 *   resident ID: first 3 and last 4 (110***********1234); mobile: first 3 and last 4 of the 11-digit
 *   number (138****5678, a +86 prefix kept); landline: area code and last 2 (0571-******88);
 *   bank card: last 4 (****************1234); e-mail: first character, *** and the domain (z***@example.cn);
 *   address: its house, building, entrance and flat numbers (人民路**号*栋*单元***室).
 */
export function maskedValue(finding: Pick<Finding, "type" | "match">): string | null {
  const value = finding.match;
  switch (finding.type) {
    case "RESIDENT_ID":
      return maskDigits(value, 3, 4, true);
    case "MOBILE": {
      const prefixDigits = toHalfWidth(value).replace(/\D/g, "").length - 11;
      return maskDigits(value, prefixDigits + 3, 4);
    }
    case "LANDLINE":
      return maskDigits(value, landlineAreaDigits(toHalfWidth(value)), 2);
    case "BANK_CARD":
      return maskDigits(value, 0, 4);
    case "EMAIL": {
      const at = toHalfWidth(value).lastIndexOf("@");
      return `${value.charAt(0)}***${value.slice(at)}`;
    }
    case "ADDRESS":
      // Digits, and Chinese numerals only where they number something (文三路 keeps its name).
      return value.replace(/[0-9０-９]|[一二三四五六七八九十百零〇]+(?=号|弄|栋|幢|座|单元|层|楼|室|组|[-－])/g, (numeral) => "*".repeat(numeral.length));
    default:
      return null;
  }
}

function checkFinding(text: string, finding: Finding): void {
  if (text.slice(finding.start, finding.end) !== finding.match)
    throw new Error(`Stale finding: text at ${finding.start}–${finding.end} is not "${finding.match}"`);
}

/**
 * `text` with the finding masked. A non-maskable finding leaves the text as it is; a finding whose
 * offsets no longer point at its match (the text changed since the scan) throws.
 */
export function maskFinding(text: string, finding: Finding): string {
  checkFinding(text, finding);
  const masked = maskedValue(finding);
  return masked === null ? text : text.slice(0, finding.start) + masked + text.slice(finding.end);
}

/**
 * `text` with every maskable finding masked, applied from the end so earlier offsets stay valid.
 * Of overlapping findings only the later-starting one is masked (scanText never returns such).
 */
export function maskAll(text: string, findings: Finding[]): string {
  let result = text;
  let limit = Infinity;
  for (const finding of [...findings].filter((f) => isMaskable(f.type)).sort((a, b) => b.start - a.start)) {
    if (finding.end > limit) continue;
    result = maskFinding(result, finding);
    limit = finding.start;
  }
  return result;
}
