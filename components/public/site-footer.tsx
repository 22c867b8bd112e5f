import Link from "next/link";
import { psbLink } from "@/lib/site/schemas";

interface FooterSettings {
  siteName: string;
  hostName: string;
  siteCode: string;
  icpNo: string;
  psbNo: string;
  contactPhone: string;
  contactEmail: string;
  contactAddress: string;
}

/** 主办单位, contact and the registration numbers every government site must show (网站标识码, ICP, 公安备案). */
export function SiteFooter({ settings }: { settings: FooterSettings }) {
  const psb = psbLink(settings.psbNo);
  const contact = [
    settings.contactAddress && `地址：${settings.contactAddress}`,
    settings.contactPhone && `电话：${settings.contactPhone}`,
    settings.contactEmail && `邮箱：${settings.contactEmail}`,
  ].filter(Boolean);
  return (
    <footer className="border-t border-slate-300 bg-white print:hidden">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-slate-700">
        <p>
          <Link href="/guide">政府信息公开指南</Link> · <Link href="/reports">年度报告</Link> · <Link href="/apply">依申请公开</Link> ·{" "}
          <a href="/feed.xml">RSS 订阅</a> · <a href="/sitemap.xml">网站地图</a>
        </p>
        {settings.hostName && <p>主办单位：{settings.hostName}</p>}
        {contact.length > 0 && <p>{contact.join("　")}</p>}
        <p className="flex flex-wrap gap-x-4">
          {settings.siteCode && <span>网站标识码：{settings.siteCode}</span>}
          {settings.icpNo && (
            <a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">
              {settings.icpNo}
            </a>
          )}
          {settings.psbNo &&
            (psb ? (
              <a href={psb} rel="noopener noreferrer">
                {settings.psbNo}
              </a>
            ) : (
              <span>{settings.psbNo}</span>
            ))}
        </p>
      </div>
    </footer>
  );
}
