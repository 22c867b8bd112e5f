import type { UnitKind } from "@/lib/db/generated/enums";

export const UNIT_KINDS = ["GOVERNMENT", "DEPARTMENT", "TOWNSHIP", "SUBDISTRICT", "INSTITUTION", "OTHER"] as const satisfies readonly UnitKind[];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  GOVERNMENT: "人民政府",
  DEPARTMENT: "政府部门",
  TOWNSHIP: "乡镇",
  SUBDISTRICT: "街道",
  INSTITUTION: "事业单位",
  OTHER: "其他",
};

/** Path of a unit below `parentPath` (or a root when null): "/1/" → "/1/7/". */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** Depth in the tree: "/1/" is 0, "/1/7/" is 1. */
export function depthOf(path: string): number {
  return path.split("/").filter(Boolean).length - 1;
}

// GB 32100-2015 统一社会信用代码: 31-character alphabet without I, O, Z, S, V.
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a 统一社会信用代码, or null if a character is invalid. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? "");
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? null;
}

// GB 11714-1997 组织机构代码: 8 body characters and a check digit (X for 10).
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function orgCodeCheckChar(first8: string): string | null {
  if (first8.length !== 8) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i] ?? "";
    const value = /[0-9]/.test(ch) ? Number(ch) : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : -1;
    if (value < 0) return null;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/**
 * Checks a unit code used in 索引号. Codes of 18 characters must be valid 统一社会信用代码 and codes
 * of 9 (or "XXXXXXXX-X") valid 组织机构代码, because a typo there is copied into every index number;
 * other lengths are local codes (2–32 letters, digits, hyphens), which have no checksum to test.
 * Returns an error message, or null when the code is acceptable.
 */
export function checkUnitCode(code: string): string | null {
  if (!/^[0-9A-Z-]{2,32}$/.test(code)) return "单位代码只能包含大写字母、数字和连字符，长度 2–32 位";
  if (code.length === 18 && !code.includes("-")) {
    return usccCheckChar(code.slice(0, 17)) === code[17] ? null : "统一社会信用代码校验位不正确，请核对";
  }
  const org = code.length === 10 && code[8] === "-" ? code.slice(0, 8) + code[9] : code;
  if (org.length === 9 && !org.includes("-")) {
    return orgCodeCheckChar(org.slice(0, 8)) === org[8] ? null : "组织机构代码校验位不正确，请核对";
  }
  return null;
}

export interface TreeNode<T> {
  item: T;
  depth: number;
  children: TreeNode<T>[];
}

/** Chinese collation, made once (localeCompare with a locale builds a collator on every call). */
const BY_NAME = new Intl.Collator("zh-CN");

/**
 * Orders units as a tree (parents before children, siblings by sortOrder then name) and returns it
 * flattened with depths, which is what lists and <select>s need. Units whose parent is not in the
 * list become roots, so a partial view (one admin's subtree) still renders.
 */
export function flattenTree<T extends { id: number; parentId: number | null; sortOrder: number; name: string }>(units: T[]): { item: T; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<number | null, T[]>();
  for (const unit of units) {
    const key = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), unit]);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || BY_NAME.compare(a.name, b.name));
  const out: { item: T; depth: number }[] = [];
  const visit = (parent: number | null, depth: number) => {
    for (const unit of byParent.get(parent) ?? []) {
      out.push({ item: unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
