/**
 * The benchmark's district: 121 publishing units in a three-level tree (区政府, 40 departments and
 * institutions, 20 towns and subdistricts with three institutions each), with how much each publishes.
 * Pure data; generate.ts writes it.
 */
import type { UnitKind } from "@/lib/db/generated/enums";

export interface BenchUnit {
  key: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  parentKey: string | null;
  /** 文号 代字, e.g. 示财 in 示财〔2024〕12号. */
  docPrefix: string;
  /** Relative share of the entries it publishes. */
  weight: number;
}

/** Departments in rough order of how much they publish (finance, development and market regulation publish most). */
const DEPARTMENTS: [name: string, short: string, prefix: string][] = [
  ["财政局", "区财政局", "示财"],
  ["发展和改革局", "区发改局", "示发改"],
  ["市场监督管理局", "区市场监管局", "示市监"],
  ["教育局", "区教育局", "示教"],
  ["住房和城乡建设局", "区住建局", "示建"],
  ["人力资源和社会保障局", "区人社局", "示人社"],
  ["卫生健康委员会", "区卫健委", "示卫健"],
  ["民政局", "区民政局", "示民"],
  ["农业农村局", "区农业农村局", "示农"],
  ["自然资源局", "区自然资源局", "示自然资"],
  ["交通运输局", "区交通运输局", "示交"],
  ["生态环境分局", "区生态环境分局", "示环"],
  ["应急管理局", "区应急管理局", "示应急"],
  ["城市管理综合执法局", "区城管执法局", "示城管"],
  ["水务局", "区水务局", "示水"],
  ["商务局", "区商务局", "示商"],
  ["文化和旅游局", "区文旅局", "示文旅"],
  ["统计局", "区统计局", "示统"],
  ["医疗保障局", "区医保局", "示医保"],
  ["审计局", "区审计局", "示审"],
  ["公安分局", "区公安分局", "示公"],
  ["司法局", "区司法局", "示司"],
  ["科学技术局", "区科技局", "示科"],
  ["工业和信息化局", "区工信局", "示工信"],
  ["退役军人事务局", "区退役军人局", "示退役"],
  ["国有资产监督管理委员会", "区国资委", "示国资"],
  ["政务服务和数据管理局", "区政数局", "示政数"],
  ["林业局", "区林业局", "示林"],
  ["体育局", "区体育局", "示体"],
  ["信访局", "区信访局", "示信访"],
  ["机关事务管理局", "区机关事务局", "示机关"],
  ["人民防空办公室", "区人防办", "示人防"],
  ["粮食和物资储备局", "区粮储局", "示粮"],
  ["民族宗教事务局", "区民宗局", "示民宗"],
  ["乡村振兴局", "区乡村振兴局", "示乡振"],
  ["投资促进局", "区投促局", "示投促"],
  ["地方金融监督管理局", "区金融局", "示金融"],
  ["供销合作社联合社", "区供销社", "示供销"],
  ["档案馆", "区档案馆", "示档"],
];

export const TOWNS: [name: string, kind: "TOWNSHIP" | "SUBDISTRICT"][] = [
  ["城关镇", "TOWNSHIP"],
  ["东湖街道", "SUBDISTRICT"],
  ["西山镇", "TOWNSHIP"],
  ["南河镇", "TOWNSHIP"],
  ["北岭镇", "TOWNSHIP"],
  ["金桥街道", "SUBDISTRICT"],
  ["新华街道", "SUBDISTRICT"],
  ["青石镇", "TOWNSHIP"],
  ["白沙镇", "TOWNSHIP"],
  ["柳林镇", "TOWNSHIP"],
  ["桃源镇", "TOWNSHIP"],
  ["人民路街道", "SUBDISTRICT"],
  ["长安街道", "SUBDISTRICT"],
  ["和平街道", "SUBDISTRICT"],
  ["龙泉镇", "TOWNSHIP"],
  ["石门镇", "TOWNSHIP"],
  ["双河镇", "TOWNSHIP"],
  ["三里桥街道", "SUBDISTRICT"],
  ["高新街道", "SUBDISTRICT"],
  ["凤凰镇", "TOWNSHIP"],
];

const TOWN_INSTITUTIONS = ["卫生院", "中心学校", "便民服务中心"];

function buildUnits(): BenchUnit[] {
  const units: BenchUnit[] = [
    { key: "gov", name: "示范区人民政府", shortName: "区政府", kind: "GOVERNMENT", parentKey: null, docPrefix: "示政", weight: 12 },
    { key: "office", name: "示范区人民政府办公室", shortName: "区政府办", kind: "DEPARTMENT", parentKey: "gov", docPrefix: "示政办", weight: 10 },
  ];
  DEPARTMENTS.forEach(([name, shortName, docPrefix], rank) => {
    units.push({ key: `dept${rank + 1}`, name: `示范区${name}`, shortName, kind: "DEPARTMENT", parentKey: "gov", docPrefix, weight: 24 / (1 + rank * 0.25) });
  });
  units.push({ key: "media", name: "示范区融媒体中心", shortName: "区融媒体中心", kind: "INSTITUTION", parentKey: "office", docPrefix: "示融媒", weight: 1 });
  TOWNS.forEach(([town, kind], t) => {
    const key = `town${t + 1}`;
    const name = kind === "TOWNSHIP" ? `${town}人民政府` : `${town}办事处`;
    units.push({ key, name, shortName: town, kind, parentKey: "gov", docPrefix: `${town.slice(0, 2)}`, weight: 3 });
    TOWN_INSTITUTIONS.forEach((what, i) =>
      units.push({
        key: `${key}.${i + 1}`,
        name: `${town.replace(/街道$/, "街道")}${what}`,
        shortName: `${town}${what}`,
        kind: "INSTITUTION",
        parentKey: key,
        docPrefix: `${town.slice(0, 2)}${what.slice(0, 1)}`,
        weight: 0.6,
      }),
    );
  });
  return units;
}

/** Every unit, each parent before its children. */
export const BENCH_UNITS: BenchUnit[] = buildUnits();
