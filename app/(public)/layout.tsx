import Link from "next/link";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/site-footer";
import { readPreferences, type TextSize } from "@/lib/preferences";
import { getSiteSettings } from "@/lib/site/queries";

/** Every public page reads the catalogue (and the footer settings): render on request, never at build time. */
export const dynamic = "force-dynamic";

const SIZE_CHOICES: [TextSize, string][] = [
  ["normal", "标准"],
  ["large", "大"],
  ["xlarge", "特大"],
];

/** Header links: padded to a target of at least 24 × 24 px (WCAG 2.5.8), which older fingers need. */
const NAV_LINK = "inline-block min-w-6 rounded px-1.5 py-1 text-center text-white";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [settings, preferences] = await Promise.all([getSiteSettings(), readPreferences()]);
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
          <nav aria-label="网站导航" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm print:hidden">
            <span role="group" aria-label="字号" className="flex items-center gap-1">
              <span aria-hidden="true">字号</span>
              {/* The size in use is framed (a border, not a colour: it stays visible in high contrast). */}
              {SIZE_CHOICES.map(([size, label]) => (
                <a
                  key={size}
                  href={`/preferences?size=${size}`}
                  aria-current={preferences.size === size ? "true" : undefined}
                  className={`${NAV_LINK} border-2 border-transparent aria-[current=true]:border-white aria-[current=true]:font-bold aria-[current=true]:no-underline`}
                >
                  {label}
                </a>
              ))}
            </span>
            {/* One switch: the link that changes the colours the reader has now. */}
            {preferences.contrast ? (
              <a href="/preferences?contrast=0" className={NAV_LINK}>
                常规配色
              </a>
            ) : (
              <a href="/preferences?contrast=1" className={NAV_LINK}>
                高对比度
              </a>
            )}
            <Link href="/search" className={NAV_LINK}>
              信息检索
            </Link>
            <Link href="/login" className={NAV_LINK}>
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
