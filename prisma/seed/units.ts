import type { UnitKind } from "@/lib/db/generated/enums";
import { orgCodeCheckChar, usccCheckChar } from "@/lib/units/model";

export interface SeedUnit {
  key: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  parentKey: string | null;
  /** Serial used to derive a valid demo 统一社会信用代码 (region 990101 does not exist: demo data). */
  serial: number;
}

/** A demo district: its government, offices and departments, a town and a subdistrict, an institution. */
export const SEED_UNITS: SeedUnit[] = [
  { key: "gov", name: "示范区人民政府", shortName: "区政府", kind: "GOVERNMENT", parentKey: null, serial: 1 },
  { key: "office", name: "示范区人民政府办公室", shortName: "区政府办", kind: "DEPARTMENT", parentKey: "gov", serial: 2 },
  { key: "drc", name: "示范区发展和改革局", shortName: "区发改局", kind: "DEPARTMENT", parentKey: "gov", serial: 3 },
  { key: "edu", name: "示范区教育局", shortName: "区教育局", kind: "DEPARTMENT", parentKey: "gov", serial: 4 },
  { key: "civil", name: "示范区民政局", shortName: "区民政局", kind: "DEPARTMENT", parentKey: "gov", serial: 5 },
  { key: "finance", name: "示范区财政局", shortName: "区财政局", kind: "DEPARTMENT", parentKey: "gov", serial: 6 },
  { key: "hrss", name: "示范区人力资源和社会保障局", shortName: "区人社局", kind: "DEPARTMENT", parentKey: "gov", serial: 7 },
  { key: "housing", name: "示范区住房和城乡建设局", shortName: "区住建局", kind: "DEPARTMENT", parentKey: "gov", serial: 8 },
  { key: "health", name: "示范区卫生健康局", shortName: "区卫健局", kind: "DEPARTMENT", parentKey: "gov", serial: 9 },
  { key: "market", name: "示范区市场监督管理局", shortName: "区市场监管局", kind: "DEPARTMENT", parentKey: "gov", serial: 10 },
  { key: "stats", name: "示范区统计局", shortName: "区统计局", kind: "DEPARTMENT", parentKey: "gov", serial: 11 },
  { key: "town", name: "城关镇人民政府", shortName: "城关镇", kind: "TOWNSHIP", parentKey: "gov", serial: 12 },
  { key: "street", name: "东湖街道办事处", shortName: "东湖街道", kind: "SUBDISTRICT", parentKey: "gov", serial: 13 },
  { key: "annals", name: "示范区地方志编纂中心", shortName: "区史志办", kind: "INSTITUTION", parentKey: "office", serial: 14 },
];

/** A checksum-valid 统一社会信用代码 for a government organ (登记管理部门 1, 机构类别 1) in the demo region. */
export function demoUnitCode(serial: number): string {
  const orgBody = `0${String(serial).padStart(7, "0")}`;
  const first17 = `11990101${orgBody}${orgCodeCheckChar(orgBody)}`;
  return first17 + usccCheckChar(first17);
}
