import { isValidResidentId15, isValidResidentId18, isValidSocialCreditCode, passesLuhn } from "./checksums";
import { type Finding, type ScanOptions, makeFinding } from "./model";

/*
 * Detectors for personal data (个人信息) in a text. Each returns its findings in text order. Numbers
 * are ASCII digits; a number is never taken from inside a longer run of digits or letters, so parts of
 * document numbers, serials and URLs are not reported.
 */

function collect(text: string, pattern: RegExp, accept: (match: RegExpExecArray) => boolean, build: (match: RegExpExecArray) => Finding): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(pattern)) if (accept(match)) findings.push(build(match));
  return findings;
}

const ID_PATTERN = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

/**
 * 居民身份证号码: 18 characters with a real province code, a plausible birth date and the GB 11643 check
 * character, or the 15-digit first generation with a province code and a real date. An 18-digit
 * number failing the checksum is not reported (it may still be a bank card).
 */
export function detectResidentIds(text: string, options: ScanOptions = {}): Finding[] {
  return collect(
    text,
    ID_PATTERN,
    ([id]) => (id.length === 18 ? isValidResidentId18(id, options.today) : isValidResidentId15(id, options.today)),
    (match) => makeFinding(text, "RESIDENT_ID", match.index, match.index + match[0].length),
  );
}

// 11 digits 1[3-9]…, optionally +86/0086 and spaced or hyphenated 3-4-4; never next to more digits,
// letters or an e-mail "@" (then the whole address is the finding).
const MOBILE_PATTERN = /(?<![0-9A-Za-z@._%+-])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9A-Za-z@])/g;

/** 手机号码 (mainland numbering plan: 13x–19x). */
export function detectMobiles(text: string): Finding[] {
  return collect(
    text,
    MOBILE_PATTERN,
    () => true,
    (match) => makeFinding(text, "MOBILE", match.index, match.index + match[0].length),
  );
}

// Area codes: 010, 02x and 03xx–09xx. Local numbers have 7 or 8 digits and never start with 0 or 1.
const AREA = String.raw`0(?:10|2\d|[3-9]\d{2})`;
const LOCAL = String.raw`[2-9]\d{2,3}[ \u00a0-]?\d{4}(?:(?:转|-|ext\.?)\d{1,5})?`;
const LANDLINE_PATTERN = new RegExp(String.raw`(?<![0-9A-Za-z])(?:[(（]${AREA}[)）] ?|${AREA}(?:[-－—] ?| ))${LOCAL}(?![0-9A-Za-z])`, "g");
// Without a separator the digits could be anything, so only right after a word saying it is a number.
const KEYED_LANDLINE_PATTERN = new RegExp(String.raw`(?<=(?:电话|传真|座机|热线|联系方式|Tel|TEL)[:：]? ?)${AREA}[2-9]\d{6,7}(?![0-9A-Za-z])`, "g");

/** 固定电话: 0571-8888 8888, (010)12345678, 0755 2345 6789; unseparated only after 电话/传真/…. */
export function detectLandlines(text: string): Finding[] {
  const build = (match: RegExpExecArray) => makeFinding(text, "LANDLINE", match.index, match.index + match[0].length);
  const separated = collect(text, LANDLINE_PATTERN, () => true, build);
  const keyed = collect(text, KEYED_LANDLINE_PATTERN, () => true, build);
  return [...separated, ...keyed].sort((a, b) => a.start - b.start);
}

// 16–19 digits in one run, or in groups of four separated by single spaces or hyphens.
const CARD_PATTERN = /(?<![0-9A-Za-z]|\d[ -])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)(?![0-9A-Za-z]|[ -]\d)/g;

/**
 * 银行卡号: 16–19 digits with a card-network first digit (3 JCB/Amex, 4 Visa, 5 Mastercard, 6 UnionPay,
 * 9 domestic debit) that pass the Luhn check and are neither a valid resident ID nor a valid
 * unified social credit code (both also 18 characters long).
 */
export function detectBankCards(text: string, options: ScanOptions = {}): Finding[] {
  return collect(
    text,
    CARD_PATTERN,
    ([raw]) => {
      const digits = raw.replace(/[ -]/g, "");
      if (!/^[34569]/.test(digits) || !passesLuhn(digits)) return false;
      return !(digits.length === 18 && (isValidResidentId18(digits, options.today) || isValidSocialCreditCode(digits)));
    },
    (match) => makeFinding(text, "BANK_CARD", match.index, match.index + match[0].length),
  );
}

const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const EMAIL_PATTERN = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@${LABEL}(?:\.${LABEL})*\.[A-Za-z]{2,}(?![A-Za-z0-9-])`, "g");

/** 电子邮箱: local@domain.tld (ASCII; a trailing full stop is not part of the address). */
export function detectEmails(text: string): Finding[] {
  return collect(
    text,
    EMAIL_PATTERN,
    () => true,
    (match) => makeFinding(text, "EMAIL", match.index, match.index + match[0].length),
  );
}

// A place-name character: any Han character except the particles and verbs that usually come right
// before an address (家住…, 位于…, 地址为…), so the finding starts at the place name.
const NAME = "(?:(?![的在住于是为到与及向从址至往了对把被将])[\\u4e00-\\u9fa5])";
const DIGIT = "[0-9一二三四五六七八九十百零〇]";
const NUM = `${DIGIT}+`;
const ROAD = `${NAME}{1,20}?(?:路|街|巷|弄|胡同|大道)${NUM}(?:弄${NUM})?(?:号|弄)`;
const ESTATE = `${NAME}{1,12}?(?:小区|花园|公寓|家园|新村|苑|村|大院|家属院|宿舍|社区|庄园|里)`;
const UNIT = `(?:[-－]?${NUM}(?:号楼|号院|栋|幢|座|单元(?:${NUM}(?:室|号)?)?|层|楼|室|组|号)|${NUM}[-－]${NUM}(?:[-－]${NUM})?)`;
const ADDRESS_PATTERN = new RegExp(`(?:${ROAD}(?:${ESTATE})?|${ESTATE})${UNIT}+`, "g");
/** House-level detail: a building, entrance or flat, or a village group with a house number (not 全村128户). */
const HOUSE_LEVEL = new RegExp(`${DIGIT}(?:号楼|栋|幢|单元|室)|组${NUM}号|\\d[-－]\\d+[-－]\\d`);

/**
 * 详细住址: a road and house number or a residential estate or village, followed by house-level detail
 * (栋/幢/号楼/单元/室, 3-2-501, or 村…组…号). A district, a road or a building with only a floor
 * (an office: 人民路1号3楼) is not reported.
 */
export function detectAddresses(text: string): Finding[] {
  return collect(
    text,
    ADDRESS_PATTERN,
    ([address]) => HOUSE_LEVEL.test(address),
    (match) => makeFinding(text, "ADDRESS", match.index, match.index + match[0].length),
  );
}
