/**
 * Demo site settings and 政府信息公开指南: the footer of a real district site, and guides for the
 * district government (which every unit without its own inherits) and one department.
 */
import { recordAudit } from "@/lib/audit/record";
import { plainTextToHtml, sanitizeBody } from "@/lib/entries/sanitize";
import type { SeedContext } from "./index";

/** Obviously fictitious registration numbers (示 is no province) in the real formats. */
export const DEMO_SETTINGS = {
  siteName: "示范区政府信息公开",
  hostName: "示范区人民政府办公室",
  siteCode: "9901010001",
  icpNo: "示ICP备20260001号-1",
  psbNo: "示公网安备99010102000001号",
  contactPhone: "0999-12345678",
  contactEmail: "gongkai@example.gov.cn",
  contactAddress: "示范区政府路1号",
};

export const guideText = (
  unitName: string,
  office: string,
) => `为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。申请人在获取${unitName}政府信息前，请仔细阅读本指南。
一、主动公开
（一）公开范围。${unitName}按照《条例》第十九条、第二十条的规定，主动公开机构职能、政策文件、规划计划、财政预决算、行政执法、人事信息等政府信息。
（二）公开形式。主动公开的政府信息通过本平台的政府信息公开目录发布，同时可通过政府公报、新闻发布会、政务新媒体以及档案馆、图书馆、政务服务中心设置的查阅点获取。
（三）公开时限。属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。
（四）目录编排。政府信息公开目录按主题分类和体裁编排，每条信息包括索引号、信息名称、内容概述、生成日期、发布机构、文号等要素，可按发布机构、主题、体裁、年份检索。
二、依申请公开
（一）受理机构。${office}负责受理向${unitName}提出的政府信息公开申请。
（二）申请方式。申请人可以当面提交或通过邮政寄送书面申请；书写确有困难的，可以口头提出，由受理机构代为填写。
（三）答复期限。能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经负责人同意并告知申请人，延长的期限最长不超过20个工作日。
（四）收费。行政机关依申请提供政府信息，不收取费用；申请人申请公开政府信息的数量、频次明显超过合理范围的，可以按照国家有关规定收取信息处理费。
三、监督和救济
申请人认为${unitName}在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。`;

const DEMO_GUIDES: { unitKey: string; officeName: string; officeAddress: string; phone: string; fax: string }[] = [
  {
    unitKey: "gov",
    officeName: "示范区人民政府办公室政务公开科",
    officeAddress: "示范区政府路1号政务服务中心3楼",
    phone: "0999-12345678",
    fax: "0999-12345679",
  },
  { unitKey: "drc", officeName: "示范区发展和改革局办公室", officeAddress: "示范区政府路1号2号楼208室", phone: "0999-12345601", fax: "0999-12345602" },
];

export async function seedSite({ db, unitIds }: SeedContext): Promise<void> {
  if (!(await db.siteSettings.findUnique({ where: { id: 1 } }))) {
    await db.$transaction(async (tx) => {
      await tx.siteSettings.create({ data: { id: 1, ...DEMO_SETTINGS } });
      await recordAudit(tx, { actor: null, action: "site.update", entityType: "SiteSettings", entityId: 1, summary: "演示数据：网站设置" });
    });
  }
  for (const guide of DEMO_GUIDES) {
    const unitId = unitIds.get(guide.unitKey);
    if (unitId === undefined || (await db.disclosureGuide.findUnique({ where: { unitId } }))) continue;
    const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } });
    await db.$transaction(async (tx) => {
      await tx.disclosureGuide.create({
        data: {
          unitId,
          bodyHtml: sanitizeBody(plainTextToHtml(guideText(unit.name, guide.officeName))),
          officeName: guide.officeName,
          officeAddress: guide.officeAddress,
          officeHours: "工作日 上午9:00—12:00，下午13:30—17:00",
          phone: guide.phone,
          fax: guide.fax,
          email: "gongkai@example.gov.cn",
          postalCode: "999001",
        },
      });
      await recordAudit(tx, {
        actor: null,
        action: "guide.create",
        entityType: "DisclosureGuide",
        entityId: unitId,
        unitId,
        summary: `演示数据：发布「${unit.name}」政府信息公开指南`,
      });
    });
  }
}
