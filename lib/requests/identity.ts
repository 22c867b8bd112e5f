/**
 * Checks of applicants' identity documents, so a typo is caught on the form instead of weeks later.
 * Pure; messages in Chinese for the form.
 */
import { usccCheckChar } from "@/lib/units/model";

export const ID_TYPES = ["RESIDENT_ID", "PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "FOREIGN_PERMANENT_RESIDENT", "USCC", "OTHER"] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, string> = {
  RESIDENT_ID: "居民身份证",
  PASSPORT: "护照",
  HK_MACAO_PERMIT: "港澳居民来往内地通行证",
  TAIWAN_PERMIT: "台湾居民来往大陆通行证",
  FOREIGN_PERMANENT_RESIDENT: "外国人永久居留身份证",
  USCC: "统一社会信用代码",
  OTHER: "其他证件",
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** The check character of an 18-digit 居民身份证号码 (GB 11643, ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  return CHECK_CHARS[sum % 11]!;
}

/** Null when `value` is a plausible number for `type`, else what is wrong with it. */
export function checkIdNumber(type: IdType, value: string): string | null {
  const id = value.trim().toUpperCase();
  switch (type) {
    case "RESIDENT_ID": {
      if (!/^\d{17}[\dX]$/.test(id)) return "居民身份证号码应为 18 位，最后一位可以是数字或 X";
      const birth = id.slice(6, 14);
      const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, "") !== birth || birth < "19000101")
        return "居民身份证号码中的出生日期不正确，请核对";
      return residentIdCheckChar(id.slice(0, 17)) === id[17] ? null : "居民身份证号码校验位不正确，请核对";
    }
    case "USCC":
      if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(id)) return "统一社会信用代码应为 18 位数字或大写字母";
      return usccCheckChar(id.slice(0, 17)) === id[17] ? null : "统一社会信用代码校验位不正确，请核对";
    default:
      return /^[0-9A-Z()（）-]{5,30}$/.test(id) ? null : "证件号码应为 5 至 30 位字母或数字";
  }
}
