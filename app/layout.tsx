import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { readPreferences, TEXT_SIZES } from "@/lib/preferences";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "政府信息公开", template: "%s - 政府信息公开" },
  description: "政府信息公开目录、依申请公开和政府信息公开年度报告",
  alternates: {
    types: {
      "application/rss+xml": [{ url: "/feed.xml", title: "最新公开信息（RSS）" }],
      "application/atom+xml": [{ url: "/feed.atom", title: "最新公开信息（Atom）" }],
    },
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const preferences = await readPreferences();
  return (
    <html lang="zh-CN" style={{ fontSize: TEXT_SIZES[preferences.size] }} data-contrast={preferences.contrast ? "high" : undefined}>
      <body>{children}</body>
    </html>
  );
}
