import type { CalendarDate } from "./model";

/** Weights of the first 17 digits of a resident ID number, GB 11643-1999 (ISO 7064 MOD 11-2). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = "10X98765432";

/**
 * Province-level codes, the first two digits of an administrative division code (GB/T 2260), plus 71 (台湾)
 * and 81–83 (香港、澳门, and 83 for the 台湾 residence permit).
 */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

export function isProvinceCode(twoDigits: string): boolean {
  return PROVINCE_CODES.has(Number(twoDigits));
}

/** The GB 11643 check character for the first 17 digits of an 18-character ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? "";
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * A plausible birth date: a real calendar date from 1900 on, and not after `today` when given
 * (otherwise not after 2100, so the detector stays a pure function of its input).
 */
export function isPlausibleBirthDate(date: CalendarDate, today?: CalendarDate): boolean {
  if (!isCalendarDate(date.year, date.month, date.day) || date.year < 1900) return false;
  return today ? compareDates(date, today) <= 0 : date.year <= 2100;
}

/** An 18-character resident ID (GB 11643): province code, birth date and check character. */
export function isValidResidentId18(id: string, today?: CalendarDate): boolean {
  if (!/^[1-9]\d{16}[\dX]$/i.test(id) || !isProvinceCode(id.slice(0, 2))) return false;
  const birth = { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
  return isPlausibleBirthDate(birth, today) && residentIdCheckChar(id) === id.charAt(17).toUpperCase();
}

/** A 15-digit first-generation ID (before 1999): province code and a birth date in 19yy; it has no check digit. */
export function isValidResidentId15(id: string, today?: CalendarDate): boolean {
  if (!/^[1-9]\d{14}$/.test(id) || !isProvinceCode(id.slice(0, 2))) return false;
  return isPlausibleBirthDate({ year: 1900 + Number(id.slice(6, 8)), month: Number(id.slice(8, 10)), day: Number(id.slice(10, 12)) }, today);
}

/** The Luhn (ISO/IEC 7812) check over a digit string, as bank card numbers carry it. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `payload`. */
export function luhnCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) if (passesLuhn(payload + digit)) return String(digit);
  return "";
}

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015). Organisations' codes are public and
 * common in government documents; an all-digit one must not be taken for a bank card.
 */
export function isValidSocialCreditCode(code: string): boolean {
  const upper = code.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(upper)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(upper.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  return USCC_CHARS.charAt((31 - (sum % 31)) % 31) === upper.charAt(17);
}
