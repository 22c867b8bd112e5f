import Link from "next/link";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/site-footer";
import { getSiteSettings } from "@/lib/site/queries";

/** Every public page reads the catalogue (and the footer settings): render on request, never at build time. */
export const dynamic = "force-dynamic";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2">
        跳到正文
      </a>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
          <Link href="/" className="text-xl font-bold text-white">
            {settings.siteName}
          </Link>
          <nav aria-label="网站导航" className="flex flex-wrap items-center gap-4 text-sm print:hidden">
            <span className="flex items-center gap-2">
              字号
              <a href="/preferences?size=normal" className="text-white">
                标准
              </a>
              <a href="/preferences?size=large" className="text-white">
                大
              </a>
              <a href="/preferences?size=xlarge" className="text-white">
                特大
              </a>
            </span>
            <a href="/preferences?contrast=1" className="text-white">
              高对比度
            </a>
            <a href="/preferences?contrast=0" className="text-white">
              常规配色
            </a>
            <Link href="/search" className="text-white">
              信息检索
            </Link>
            <Link href="/login" className="text-white">
              工作人员登录
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  );
}
